/**
 * What the watcher remembers per feed, in the store's key/value metadata so a
 * restart picks up where the last run stopped. Key scheme:
 *   watch:feed:<feed URL>      validators, seen item keys, schedule, failures
 *   retry:context:<origin>     what the feed said of an item that was quarantined
 *   retry:resolved:<origin>    when `ttm retry` took a quarantined input in
 */
import type { Store } from "../store/store.js";

export interface FeedState {
  etag: string | null;
  lastModified: string | null;
  /** Keys of items already taken in or quarantined, newest last. */
  seen: string[];
  lastPolledAt: string | null;
  nextPollAt: string | null;
  failures: number;
  lastError: string | null;
}

/** Enough to recognise every item a feed still lists; older keys drop off. */
export const SEEN_LIMIT = 5_000;

export const feedStateKey = (url: string) => `watch:feed:${url}`;
export const retryContextKey = (origin: string) => `retry:context:${origin}`;
export const retryResolvedKey = (origin: string) => `retry:resolved:${origin}`;

export function emptyFeedState(): FeedState {
  return {
    etag: null,
    lastModified: null,
    seen: [],
    lastPolledAt: null,
    nextPollAt: null,
    failures: 0,
    lastError: null,
  };
}

export async function loadFeedState(store: Store, url: string): Promise<FeedState> {
  const text = await store.getMeta(feedStateKey(url));
  if (!text) return emptyFeedState();
  try {
    return { ...emptyFeedState(), ...(JSON.parse(text) as Partial<FeedState>) };
  } catch {
    // A damaged entry costs one full fetch; the store's reports keep re-ingest a no-op.
    return emptyFeedState();
  }
}

export async function saveFeedState(store: Store, url: string, state: FeedState): Promise<void> {
  const seen = state.seen.length > SEEN_LIMIT ? state.seen.slice(-SEEN_LIMIT) : state.seen;
  await store.setMeta(feedStateKey(url), JSON.stringify({ ...state, seen }));
}

/** When a feed is polled next: its interval, doubled for each failure in a row, at most 6 h (or the interval). */
export function nextPollTime(now: number, intervalMs: number, failures: number): number {
  if (failures === 0) return now + intervalMs;
  const ceiling = Math.max(intervalMs, 6 * 3_600_000);
  return now + Math.min(intervalMs * 2 ** Math.min(failures, 20), ceiling);
}
