/**
 * `ttm retry`: takes quarantined inputs in again when their origin is an
 * address or a file that still exists. An item from a watched feed gets back
 * what the feed said of it (source, date, title). One that goes through is
 * marked resolved in the store's metadata, so it is not retried again.
 */
import { existsSync } from "node:fs";
import type { PoliteClient } from "../ingest/fetch/polite-client.js";
import { ingestItems, ingestPaths } from "../ingest/index.js";
import type { ReadItem } from "../ingest/raw-report.js";
import { readUrl } from "../ingest/remote.js";
import type { Dossier, QuarantineItem } from "../model/index.js";
import { storeIngested } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { retryContextKey, retryResolvedKey } from "./state.js";

export interface RetryOutcome {
  origin: string;
  stage: string;
  result: "taken" | "still-failing" | "skipped";
  reason: string;
}

interface ItemContext {
  sourceId?: string;
  published?: string | null;
  title?: string | null;
}

const RETRIED_STAGES = new Set(["fetch", "parse", "ingest"]);

/** The address or file to read again for an origin, or null. */
export function retryTarget(origin: string): { url: string } | { file: string } | null {
  if (/^https?:\/\//i.test(origin)) return { url: origin };
  for (const candidate of [origin, origin.replace(/#\d+$/, ""), origin.replace(/:\d+$/, "")]) {
    if (existsSync(candidate)) return { file: candidate };
  }
  return null;
}

export async function retryQuarantined(
  store: Store,
  dossier: Dossier,
  client: PoliteClient,
): Promise<RetryOutcome[]> {
  const latest = new Map<string, QuarantineItem>();
  for (const item of await store.listQuarantine()) latest.set(item.origin, item);
  const outcomes: RetryOutcome[] = [];
  for (const item of latest.values()) {
    if (await store.getMeta(retryResolvedKey(item.origin))) continue;
    outcomes.push(await retryOne(store, dossier, client, item));
  }
  return outcomes;
}

async function retryOne(
  store: Store,
  dossier: Dossier,
  client: PoliteClient,
  item: QuarantineItem,
): Promise<RetryOutcome> {
  const base = { origin: item.origin, stage: item.stage };
  if (!RETRIED_STAGES.has(item.stage))
    return {
      ...base,
      result: "skipped",
      reason: `stage '${item.stage}' is redone by \`ttm analyze\``,
    };
  const target = retryTarget(item.origin);
  if (!target)
    return {
      ...base,
      result: "skipped",
      reason: "origin is neither an address nor an existing file",
    };
  const sources = [...dossier.sources, ...(await store.listSources())];
  const context = await loadContext(store, item.origin);
  const defaultSourceId = context.sourceId ?? item.sourceId ?? undefined;
  const result =
    "url" in target
      ? ingestItems(
          (await readUrl(target.url, { client })).map((read) => withContext(read, context)),
          { sources, defaultSourceId },
        )
      : await ingestPaths([target.file], { sources, defaultSourceId, client });
  const summary = await storeIngested(store, result);
  const taken = summary.added + summary.updated + summary.unchanged;
  if (taken > 0 && summary.quarantined.length === 0) {
    await store.setMeta(retryResolvedKey(item.origin), new Date().toISOString());
    return { ...base, result: "taken", reason: `${taken} report(s) taken in` };
  }
  const why = summary.quarantined[0]?.reason ?? "nothing to take in";
  return { ...base, result: "still-failing", reason: why };
}

async function loadContext(store: Store, origin: string): Promise<ItemContext> {
  const text = await store.getMeta(retryContextKey(origin));
  if (!text) return {};
  try {
    return JSON.parse(text) as ItemContext;
  } catch {
    return {};
  }
}

function withContext(read: ReadItem, context: ItemContext): ReadItem {
  if (!read.ok) return read;
  const raw = { ...read.raw };
  if (context.sourceId) raw.source = context.sourceId;
  if (context.title) raw.title = context.title;
  if (context.published) raw.published = context.published;
  return { ok: true, raw };
}
