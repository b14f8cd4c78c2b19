/**
 * One poll of one feed: a conditional GET, then each item not seen before is
 * read (its page fetched when the feed has only a summary), stored or
 * quarantined, and marked seen at once, so a stop between two items loses
 * and repeats nothing. The feed's validators are saved only after every item
 * has been handled: a run cut short fetches the whole feed again next time.
 */

import type { PoliteClient } from "../ingest/fetch/polite-client.js";
import { ingestItems } from "../ingest/index.js";
import type { ReadItem } from "../ingest/raw-report.js";
import { type FullTextMode, fetchUrlDocument, readFeedItem } from "../ingest/remote.js";
import type { Source } from "../model/index.js";
import { storeIngested } from "../pipeline.js";
import type { Store } from "../store/store.js";
import type { WatchedFeed } from "./config.js";
import {
  type FeedState,
  loadFeedState,
  nextPollTime,
  retryContextKey,
  saveFeedState,
} from "./state.js";

export interface PollContext {
  store: Store;
  client: PoliteClient;
  sources: Source[];
  fullText: FullTextMode;
  signal: AbortSignal;
  now: () => number;
}

export interface PollOutcome {
  feed: string;
  status: "new-items" | "no-new-items" | "not-modified" | "failed" | "stopped";
  added: number;
  updated: number;
  quarantined: number;
  error: string | null;
  nextPollAt: string;
}

export async function pollFeed(feed: WatchedFeed, ctx: PollContext): Promise<PollOutcome> {
  const state = await loadFeedState(ctx.store, feed.url);
  const outcome: PollOutcome = {
    feed: feed.url,
    status: "no-new-items",
    added: 0,
    updated: 0,
    quarantined: 0,
    error: null,
    nextPollAt: "",
  };
  const document = await fetchUrlDocument(feed.url, {
    client: ctx.client,
    validators: { etag: state.etag, lastModified: state.lastModified },
    signal: ctx.signal,
  });
  if (ctx.signal.aborted)
    return { ...outcome, status: "stopped", nextPollAt: state.nextPollAt ?? "" };
  if (document.kind === "failed" || document.kind === "page") {
    const reason =
      document.kind === "page" ? "the address is a web page, not a feed" : document.item.reason;
    const stage = document.kind === "page" ? "parse" : (document.item.stage ?? "fetch");
    await ctx.store.addQuarantine({
      origin: feed.url,
      stage,
      reason,
      at: new Date(ctx.now()).toISOString(),
      sourceId: feed.sourceId,
    });
    return finish(
      ctx,
      feed,
      state,
      { ...outcome, status: "failed", error: reason },
      state.failures + 1,
    );
  }
  if (document.kind === "not-modified")
    return finish(ctx, feed, state, { ...outcome, status: "not-modified" }, 0);
  const seen = new Set(state.seen);
  for (const item of document.feed.items) {
    if (seen.has(item.key)) continue;
    const read = await readFeedItem(item, document.feed, feed.url, {
      client: ctx.client,
      fullText: ctx.fullText,
      signal: ctx.signal,
    });
    if (ctx.signal.aborted)
      return { ...outcome, status: "stopped", nextPollAt: state.nextPollAt ?? "" };
    await take(read, feed, ctx, outcome, item.published ?? item.updated, item.title);
    seen.add(item.key);
    state.seen.push(item.key);
    await saveFeedState(ctx.store, feed.url, state);
  }
  state.etag = document.fetched.etag;
  state.lastModified = document.fetched.lastModified;
  const status =
    outcome.added + outcome.updated + outcome.quarantined > 0 ? "new-items" : "no-new-items";
  return finish(ctx, feed, state, { ...outcome, status }, 0);
}

/** Stores one read item under the feed's source, or quarantines it with what a retry will need. */
async function take(
  read: ReadItem,
  feed: WatchedFeed,
  ctx: PollContext,
  outcome: PollOutcome,
  published: string | null,
  title: string | null,
): Promise<void> {
  if (read.ok) read.raw.source = feed.sourceId;
  else {
    read.sourceId = feed.sourceId;
    await ctx.store.setMeta(
      retryContextKey(read.origin),
      JSON.stringify({ sourceId: feed.sourceId, published, title }),
    );
  }
  const result = ingestItems([read], { sources: ctx.sources, defaultSourceId: feed.sourceId });
  const summary = await storeIngested(ctx.store, result);
  outcome.added += summary.added;
  outcome.updated += summary.updated;
  outcome.quarantined += summary.quarantined.length;
}

async function finish(
  ctx: PollContext,
  feed: WatchedFeed,
  state: FeedState,
  outcome: PollOutcome,
  failures: number,
): Promise<PollOutcome> {
  const now = ctx.now();
  state.failures = failures;
  state.lastError = outcome.error;
  state.lastPolledAt = new Date(now).toISOString();
  state.nextPollAt = new Date(nextPollTime(now, feed.intervalMs, failures)).toISOString();
  await saveFeedState(ctx.store, feed.url, state);
  return { ...outcome, nextPollAt: state.nextPollAt };
}
