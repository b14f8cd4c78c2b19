/**
 * Ingest from an address: fetches it politely, decides by content whether it
 * is a feed or a page, and turns it into report inputs. A feed item that
 * carries only a summary is completed from its page (unless told not to);
 * when the page cannot be had the item is refused with the reason, except
 * when robots.txt keeps us out, where the feed's own summary is the report.
 */
import { decodeDocument } from "./charset.js";
import {
  type FeedItem,
  feedItemToRaw,
  headlineOnly,
  itemText,
  type ParsedFeed,
  parseFeedText,
  wordCount,
} from "./feeds/index.js";
import { FetchError } from "./fetch/errors.js";
import type { FetchResult, Validators } from "./fetch/fetcher.js";
import type { PoliteClient } from "./fetch/polite-client.js";
import { readPage } from "./pages.js";
import type { ReadItem } from "./raw-report.js";
import { sniffKind } from "./sniff.js";

/** When to fetch an item's page: when the feed gives less than a full text, always, or never. */
export type FullTextMode = "auto" | "always" | "never";

/** A feed body shorter than this is taken for a summary. */
export const FULL_TEXT_MIN_WORDS = 150;

export interface RemoteOptions {
  client: PoliteClient;
  fullText?: FullTextMode | undefined;
  signal?: AbortSignal | undefined;
}

export type UrlDocument =
  | { kind: "feed"; feed: ParsedFeed; fetched: FetchResult }
  | { kind: "page"; item: ReadItem; fetched: FetchResult; warnings: string[] }
  | { kind: "not-modified"; fetched: FetchResult }
  | { kind: "failed"; item: Extract<ReadItem, { ok: false }> };

/** Fetches an address and reads it as a feed or a page. */
export async function fetchUrlDocument(
  url: string,
  options: RemoteOptions & { validators?: Validators | undefined },
): Promise<UrlDocument> {
  let fetched: FetchResult;
  try {
    fetched = await options.client.get(url, {
      validators: options.validators,
      signal: options.signal,
    });
  } catch (error) {
    return { kind: "failed", item: failure(url, error) };
  }
  if (fetched.notModified) return { kind: "not-modified", fetched };
  const decoded = decodeDocument(fetched.body, fetched.contentType);
  const kind = sniffKind(decoded.text);
  if (kind === "html") {
    const page = readPage(fetched.body, {
      url: fetched.url,
      contentType: fetched.contentType,
      origin: url,
    });
    return { kind: "page", item: page.item, fetched, warnings: page.warnings };
  }
  if (kind === "other" && !/xml|json/i.test(fetched.contentType ?? "")) {
    const type = fetched.contentType ?? "no Content-Type";
    return {
      kind: "failed",
      item: {
        ok: false,
        origin: url,
        reason: `neither a feed nor an HTML page (${type})`,
        stage: "parse",
      },
    };
  }
  const parsed = parseFeedText(decoded.text, fetched.url);
  if (!parsed.ok)
    return {
      kind: "failed",
      item: { ok: false, origin: url, reason: parsed.reason, stage: "parse" },
    };
  parsed.feed.warnings.push(...decoded.warnings);
  return { kind: "feed", feed: parsed.feed, fetched };
}

/** Everything at an address as report inputs: a page's one, or one per feed item. */
export async function readUrl(url: string, options: RemoteOptions): Promise<ReadItem[]> {
  const document = await fetchUrlDocument(url, options);
  switch (document.kind) {
    case "failed":
      return [document.item];
    case "page":
      return [document.item];
    case "not-modified":
      return [];
    case "feed": {
      const items: ReadItem[] = [];
      for (const item of document.feed.items)
        items.push(await readFeedItem(item, document.feed, url, options));
      if (items.length === 0)
        return [{ ok: false, origin: url, reason: "feed has no items", stage: "parse" }];
      return items;
    }
  }
}

/** One feed item as a report input, its page fetched when the feed has no full text. */
export async function readFeedItem(
  item: FeedItem,
  feed: ParsedFeed,
  feedUrl: string,
  options: RemoteOptions,
): Promise<ReadItem> {
  const origin = item.url ?? `${feedUrl}#${item.key}`;
  const own = itemText(item);
  const mode = options.fullText ?? "auto";
  const wantPage =
    item.url !== null &&
    (mode === "always" ||
      (mode === "auto" && (!own.full || wordCount(own.text) < FULL_TEXT_MIN_WORDS)));
  if (!wantPage || item.url === null) return withText(item, feed, origin, own.text);
  let fetched: FetchResult;
  try {
    fetched = await options.client.get(item.url, { signal: options.signal, accept: "text/html" });
  } catch (error) {
    if (error instanceof FetchError && error.code === "robots_disallowed" && own.text.trim() !== "")
      return withText(item, feed, origin, own.text);
    return failure(origin, error);
  }
  const page = readPage(fetched.body, { url: item.url, contentType: fetched.contentType, origin });
  if (!page.item.ok) return own.text.trim() ? withText(item, feed, origin, own.text) : page.item;
  const fromPage = page.item.raw;
  const raw = feedItemToRaw(item, feed, origin, fromPage.text);
  return {
    ok: true,
    raw: {
      ...raw,
      title: raw.title ?? fromPage.title,
      byline: raw.byline ?? fromPage.byline,
      published: raw.published ?? fromPage.published,
      language: raw.language ?? fromPage.language,
    },
  };
}

function withText(item: FeedItem, feed: ParsedFeed, origin: string, text: string): ReadItem {
  if (text.trim() === "")
    return headlineOnly(item, feed, origin, "feed item has no text and no page to read it from");
  return { ok: true, raw: feedItemToRaw(item, feed, origin, text) };
}

function failure(origin: string, error: unknown): Extract<ReadItem, { ok: false }> {
  const reason = error instanceof Error ? error.message : String(error);
  return { ok: false, origin, reason, stage: "fetch" };
}
