/** RSS 0.9x/2.0 and RSS 1.0 (RDF) feeds, as parsed by feedsmith, into FeedItems. */
import { createHash } from "node:crypto";
import type { RdfFeed, RssFeed } from "feedsmith";
import { absoluteUrl, baseFor } from "./links.js";
import type { Enclosure, FeedItem, ParsedFeed } from "./types.js";

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;

export function fromRss(feed: RssFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const base = baseFor(documentUrl, feed.link ?? null);
  return {
    format: "rss",
    title: feed.title?.trim() || feed.dc?.titles?.[0] || null,
    link: absoluteUrl(feed.link, base),
    language: feed.language ?? feed.dc?.languages?.[0] ?? null,
    items: (feed.items ?? []).map((item) => rssItem(item, base)),
    warnings: [],
  };
}

export function fromRdf(feed: RdfFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const base = baseFor(documentUrl, feed.link ?? null);
  return {
    format: "rdf",
    title: feed.title?.trim() || feed.dc?.titles?.[0] || null,
    link: absoluteUrl(feed.link, base),
    language: feed.dc?.languages?.[0] ?? null,
    items: (feed.items ?? []).map((item) => rdfItem(item, base)),
    warnings: [],
  };
}

function rssItem(item: RssItem, base: string | null): FeedItem {
  const guid = item.guid?.value?.trim() || null;
  const permalink =
    item.guid?.isPermaLink !== false && guid && /^https?:/i.test(guid) ? guid : null;
  const url = absoluteUrl(item.link ?? permalink, base);
  const author = item.authors?.map((a) => a.name ?? a.email).find(Boolean) ?? null;
  return {
    key: guid ?? url ?? contentKey(item.title, item.description, item.pubDate),
    url,
    title: item.title?.trim() || item.dc?.titles?.[0] || null,
    author: item.dc?.creators?.join(", ") || author || null,
    published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? null,
    updated: item.dcterms?.modified?.[0] ?? null,
    summaryHtml: item.description ?? null,
    contentHtml: item.content?.encoded ?? null,
    contentText: null,
    enclosures: (item.enclosures ?? []).flatMap((e) => enclosure(e.url, e.type, e.length, base)),
    language: item.dc?.languages?.[0] ?? null,
  };
}

function rdfItem(item: RdfItem, base: string | null): FeedItem {
  const url = absoluteUrl(item.link ?? item.rdf?.about, base);
  return {
    key: item.rdf?.about?.trim() || url || contentKey(item.title, item.description, null),
    url,
    title: item.title?.trim() || item.dc?.titles?.[0] || null,
    author: item.dc?.creators?.join(", ") || null,
    published: item.dc?.dates?.[0] ?? item.dcterms?.issued?.[0] ?? null,
    updated: item.dcterms?.modified?.[0] ?? null,
    summaryHtml: item.description ?? item.dc?.descriptions?.[0] ?? null,
    contentHtml: item.content?.encoded ?? null,
    contentText: null,
    enclosures: [],
    language: item.dc?.languages?.[0] ?? null,
  };
}

export function enclosure(
  url: string | undefined,
  type: string | undefined,
  length: number | undefined,
  base: string | null,
): Enclosure[] {
  const href = absoluteUrl(url, base);
  if (!href) return [];
  return [
    { url: href, type: type ?? null, length: Number.isFinite(length) ? (length as number) : null },
  ];
}

/** An item with neither guid nor link is known by what it says. */
export function contentKey(...parts: (string | null | undefined)[]): string {
  const digest = createHash("sha256").update(parts.map((p) => p ?? "").join("\u0000"));
  return `sha256:${digest.digest("hex").slice(0, 32)}`;
}
