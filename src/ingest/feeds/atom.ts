/** Atom 1.0 (and the 0.3 drafts feedsmith reads) into FeedItems. */
import type { AtomFeed } from "feedsmith";
import { absoluteUrl, baseFor } from "./links.js";
import { contentKey, enclosure } from "./rss.js";
import type { FeedItem, ParsedFeed } from "./types.js";

type Entry = AtomFeed.Entry<string>;
type Link = AtomFeed.Link<string>;
type Text = { value?: string; type?: string } | undefined;

export function fromAtom(feed: AtomFeed.Feed<string>, documentUrl: string | null): ParsedFeed {
  const site = alternate(feed.links);
  const base = baseFor(documentUrl, site);
  return {
    format: "atom",
    title: textValue(feed.title),
    link: absoluteUrl(site, base),
    language: feed.dc?.languages?.[0] ?? null,
    items: (feed.entries ?? []).map((entry) => atomEntry(entry, base)),
    warnings: [],
  };
}

function atomEntry(entry: Entry, base: string | null): FeedItem {
  const url = absoluteUrl(alternate(entry.links), base);
  const body = splitText(entry.content);
  const summary = splitText(entry.summary);
  return {
    key: entry.id?.trim() || url || contentKey(textValue(entry.title), body.html ?? body.text),
    url,
    title: textValue(entry.title),
    author:
      entry.authors
        ?.map((a) => a.name)
        .filter(Boolean)
        .join(", ") ||
      entry.dc?.creators?.join(", ") ||
      null,
    published: entry.published ?? entry.dc?.dates?.[0] ?? entry.updated ?? null,
    updated: entry.updated ?? null,
    summaryHtml: summary.html ?? (summary.text ? escapeHtml(summary.text) : null),
    contentHtml: body.html,
    contentText: body.text,
    enclosures: (entry.links ?? [])
      .filter((l) => l.rel === "enclosure")
      .flatMap((l) => enclosure(l.href, l.type, l.length, base)),
    language: entry.dc?.languages?.[0] ?? null,
  };
}

/** The rel="alternate" link (a missing rel means alternate), HTML preferred. */
function alternate(links: Link[] | undefined): string | null {
  const candidates = (links ?? []).filter((l) => !l.rel || l.rel === "alternate");
  const html = candidates.find((l) => !l.type || /html/i.test(l.type));
  return (html ?? candidates[0])?.href ?? null;
}

/** Atom text constructs: type="text" is plain text, html and xhtml are markup. */
function splitText(text: Text): { html: string | null; text: string | null } {
  const value = text?.value?.trim();
  if (!value) return { html: null, text: null };
  const type = (text?.type ?? "text").toLowerCase();
  if (type === "html" || type === "xhtml" || type.includes("html"))
    return { html: value, text: null };
  return { html: null, text: value };
}

function textValue(text: Text): string | null {
  const value = text?.value?.trim();
  if (!value) return null;
  return (text?.type ?? "").includes("html") ? value.replace(/<[^>]*>/g, "").trim() || null : value;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
