/**
 * Feed items as report inputs: a saved feed file through the same path as a
 * fetched one. Each item's origin is its own address, or the file with the
 * item's position, so a refused item can be found and retried.
 */
import type { RawReport, ReadItem } from "../raw-report.js";
import { itemText } from "./item-text.js";
import { parseFeedText } from "./parse.js";
import type { FeedItem, ParsedFeed } from "./types.js";

export function feedItemToRaw(
  item: FeedItem,
  feed: ParsedFeed,
  origin: string,
  text: string = itemText(item).text,
): RawReport {
  return {
    origin,
    // The feed's title names the outlet; resolve falls back to the URL's host and the default.
    source: feed.title,
    declaredSource: null,
    url: item.url,
    title: item.title,
    byline: item.author,
    published: item.published ?? item.updated ?? undefined,
    text,
    language: item.language ?? feed.language,
    externalId: null,
  };
}

/** A Reader for feed files: one ReadItem per item, or one refusal for the file. */
export function readFeed(content: string, origin: string): ReadItem[] {
  const parsed = parseFeedText(content, null);
  if (!parsed.ok) return [{ ok: false, origin, reason: parsed.reason, stage: "parse" }];
  const { feed } = parsed;
  if (feed.items.length === 0)
    return [{ ok: false, origin, reason: "feed has no items", stage: "parse" }];
  return feed.items.map((item, i): ReadItem => {
    const itemOrigin = `${origin}#${i + 1}`;
    const raw = feedItemToRaw(item, feed, itemOrigin);
    if (raw.text.trim() === "")
      return {
        ok: false,
        origin: itemOrigin,
        reason: "feed item has no text (no content or summary)",
        stage: "parse",
      };
    return { ok: true, raw };
  });
}
