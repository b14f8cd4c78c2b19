/**
 * The watch loop: each round polls the feeds that are due (all of them with
 * --once), analyzes incrementally when anything new came in, then sleeps
 * until the next feed is due. A stop signal ends the sleep or the round at
 * the next item; everything taken in so far is already stored.
 */

import type { ClientDependencies } from "../ingest/fetch/polite-client.js";
import { PoliteClient } from "../ingest/fetch/polite-client.js";
import { realSleep, type Sleep } from "../ingest/fetch/rate-limit.js";
import type { Dossier } from "../model/index.js";
import { analyzeHere, type Handoff } from "../pipeline.js";
import type { Store } from "../store/store.js";
import type { WatchConfig } from "./config.js";
import { type PollOutcome, pollFeed } from "./poll.js";
import type { RoundSummary, WatchReporter } from "./progress.js";
import { loadFeedState } from "./state.js";

export interface WatchOptions {
  store: Store;
  dossier: Dossier;
  config: WatchConfig;
  reporter: WatchReporter;
  signal: AbortSignal;
  once?: boolean | undefined;
  now?: () => number;
  sleep?: Sleep;
  client?: PoliteClient;
  clientDependencies?: ClientDependencies;
  /** What follows a round that took something in: analysis here unless told otherwise. */
  handoff?: Handoff;
}

export interface WatchTotals {
  rounds: number;
  added: number;
  updated: number;
  quarantined: number;
  failed: number;
}

export async function runWatch(options: WatchOptions): Promise<WatchTotals> {
  const { store, config, reporter, signal } = options;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const client = options.client ?? new PoliteClient(config.fetch, options.clientDependencies);
  if (config.sources.length > 0) await store.upsertSources(config.sources);
  const sources = [...options.dossier.sources, ...(await store.listSources())];
  const totals: WatchTotals = { rounds: 0, added: 0, updated: 0, quarantined: 0, failed: 0 };
  while (!signal.aborted) {
    const due = options.once ? config.feeds : await dueFeeds(store, config, now());
    if (due.length > 0) {
      totals.rounds++;
      reporter.roundStarted(totals.rounds, due.length);
      const ctx = { store, client, sources, fullText: config.fullText, signal, now };
      const outcomes = await Promise.all(
        due.map(async (feed) => {
          const outcome = await pollFeed(feed, ctx);
          reporter.feedPolled(outcome);
          return outcome;
        }),
      );
      const summary = await summarise(totals.rounds, outcomes, options);
      for (const key of ["added", "updated", "quarantined", "failed"] as const)
        totals[key] += summary[key];
      reporter.roundFinished(summary);
    }
    if (options.once || signal.aborted) break;
    const wake = await nextWake(store, config, now());
    reporter.waiting(new Date(wake));
    await sleep(Math.max(1_000, wake - now()), signal);
  }
  reporter.stopped(signal.aborted ? "stop requested; state saved" : "one round done");
  return totals;
}

async function summarise(
  round: number,
  outcomes: PollOutcome[],
  options: WatchOptions,
): Promise<RoundSummary> {
  const sum = (pick: (o: PollOutcome) => number) => outcomes.reduce((n, o) => n + pick(o), 0);
  const summary: RoundSummary = {
    round,
    feeds: outcomes.length,
    added: sum((o) => o.added),
    updated: sum((o) => o.updated),
    quarantined: sum((o) => o.quarantined),
    failed: outcomes.filter((o) => o.status === "failed").length,
    analyzed: null,
    queued: null,
  };
  if (summary.added + summary.updated > 0 && !options.signal.aborted) {
    const next = await (options.handoff ?? analyzeHere)(options.store, options.dossier);
    if ("queued" in next) summary.queued = next.queued;
    else
      summary.analyzed = { extracted: next.analyzed.extracted, clusters: next.analyzed.clusters };
  }
  return summary;
}

async function dueFeeds(store: Store, config: WatchConfig, now: number) {
  const due = [];
  for (const feed of config.feeds) {
    const state = await loadFeedState(store, feed.url);
    if (!state.nextPollAt || Date.parse(state.nextPollAt) <= now) due.push(feed);
  }
  return due;
}

async function nextWake(store: Store, config: WatchConfig, now: number): Promise<number> {
  let earliest = Number.POSITIVE_INFINITY;
  for (const feed of config.feeds) {
    const state = await loadFeedState(store, feed.url);
    earliest = Math.min(earliest, state.nextPollAt ? Date.parse(state.nextPollAt) : now);
  }
  return Number.isFinite(earliest) ? earliest : now + 60_000;
}
