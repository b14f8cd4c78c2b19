/** JSON Feed 1.0/1.1 into FeedItems. */
import type { JsonFeed } from "feedsmith";
import { absoluteUrl, baseFor } from "./links.js";
import { contentKey } from "./rss.js";
import type { FeedItem, ParsedFeed } from "./types.js";

export function fromJsonFeed(feed: JsonFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const base = baseFor(documentUrl ?? feed.feed_url ?? null, feed.home_page_url ?? null);
  const feedAuthor = names(feed.authors);
  return {
    format: "json",
    title: feed.title?.trim() || null,
    link: absoluteUrl(feed.home_page_url, base),
    language: feed.language ?? null,
    items: (feed.items ?? []).map((item) => jsonItem(item, base, feedAuthor, feed.language)),
    warnings: [],
  };
}

function jsonItem(
  item: JsonFeed.Item<string>,
  base: string | null,
  feedAuthor: string | null,
  feedLanguage: string | undefined,
): FeedItem {
  const url = absoluteUrl(item.url ?? item.external_url, base);
  return {
    key:
      (item.id !== undefined && String(item.id).trim()) ||
      url ||
      contentKey(item.title, item.content_html, item.content_text),
    url,
    title: item.title?.trim() || null,
    author: names(item.authors) ?? feedAuthor,
    published: item.date_published ?? item.date_modified ?? null,
    updated: item.date_modified ?? null,
    summaryHtml: item.summary ? item.summary : null,
    contentHtml: item.content_html ?? null,
    contentText: item.content_text ?? null,
    enclosures: (item.attachments ?? []).flatMap((a) => {
      const href = absoluteUrl(a.url, base);
      return href
        ? [{ url: href, type: a.mime_type ?? null, length: a.size_in_bytes ?? null }]
        : [];
    }),
    language: item.language ?? feedLanguage ?? null,
  };
}

function names(authors: { name?: string }[] | undefined): string | null {
  const list = (authors ?? []).map((a) => a.name?.trim()).filter(Boolean);
  return list.length ? list.join(", ") : null;
}
