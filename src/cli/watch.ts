/** `ttm watch`: polls the feeds of the dossier or a sources file until stopped (SIGINT/SIGTERM). */
import { withEnvironmentAllowList } from "../ingest/fetch/settings.js";
import type { FullTextMode } from "../ingest/remote.js";
import {
  configFromDossier,
  loadSourcesFile,
  reporterFor,
  runWatch,
  WatchConfigError,
} from "../watch/index.js";
import { UsageError } from "./commands.js";
import { type GlobalOptions, withSession } from "./context.js";
import { openHandoff } from "./handoff.js";

export interface WatchCommandOptions extends GlobalOptions {
  sources?: string;
  once?: boolean;
  json?: boolean;
  fullText?: FullTextMode;
  allowAddress?: string[];
  analyzeHere?: boolean;
}

export async function watchCommand(opts: WatchCommandOptions): Promise<number> {
  return withSession(opts, async ({ store, dossier, dossierFile }) => {
    let config: Awaited<ReturnType<typeof loadSourcesFile>>;
    try {
      config = opts.sources ? await loadSourcesFile(opts.sources) : configFromDossier(dossier);
    } catch (error) {
      if (error instanceof WatchConfigError) throw new UsageError(error.message);
      throw error;
    }
    if (config.feeds.length === 0)
      throw new UsageError(
        `nothing to watch: no source in ${dossierFile} lists feeds; pass --sources FILE (e.g. config/live-sources.yaml)`,
      );
    config.fetch = withEnvironmentAllowList({
      ...config.fetch,
      allowAddresses: [...config.fetch.allowAddresses, ...(opts.allowAddress ?? [])],
    });
    if (opts.fullText) config.fullText = opts.fullText;
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const next = await openHandoff(opts);
    try {
      const totals = await runWatch({
        store,
        dossier,
        config,
        reporter: reporterFor(opts),
        signal: controller.signal,
        once: opts.once,
        handoff: next.handoff,
      });
      // One round in which every feed failed is a failed run; a long watch is never one.
      return opts.once && totals.failed === config.feeds.length ? 1 : 0;
    } finally {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      await next.close();
    }
  });
}
