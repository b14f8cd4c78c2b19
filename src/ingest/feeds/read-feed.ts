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
      return headlineOnly(item, feed, itemOrigin, "feed item has no text (no content or summary)");
    return { ok: true, raw };
  });
}

/**
 * An item with no text of its own and no page read for it: its headline stands
 * as the text, marked so, rather than the item being dropped; with no headline
 * either, it is refused with the reason given.
 */
export function headlineOnly(
  item: FeedItem,
  feed: ParsedFeed,
  origin: string,
  reason: string,
): ReadItem {
  const title = item.title?.trim();
  if (!title) return { ok: false, origin, reason: `${reason}, and no title`, stage: "parse" };
  return { ok: true, raw: { ...feedItemToRaw(item, feed, origin, title), headlineOnly: true } };
}
