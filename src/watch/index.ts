/** Watch mode: poll feeds on a schedule, take in what is new, analyze, survive restarts. */
export {
  configFromDossier,
  loadSourcesFile,
  parseDuration,
  type WatchConfig,
  WatchConfigError,
  type WatchedFeed,
} from "./config.js";
export { type PollOutcome, pollFeed } from "./poll.js";
export { JsonReporter, LineReporter, reporterFor, type WatchReporter } from "./progress.js";
export { retryContextKey, retryResolvedKey } from "./state.js";
export { runWatch, type WatchTotals } from "./watcher.js";
