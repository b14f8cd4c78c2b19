/**
 * RSS 2.0 and Atom 1.0 feeds of briefs: one entry per brief (the desk makes one
 * per day of reporting). Written by hand because the two formats are a handful
 * of elements; every text is XML-escaped and stripped of characters XML forbids.
 */
import type { Brief } from "../brief/index.js";

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  /** ISO 8601 timestamp. */
  updated: string;
  summary: string;
}

export interface Feed {
  title: string;
  link: string;
  selfLink: string;
  updated: string;
  entries: FeedEntry[];
}

// Control characters other than tab, LF and CR are not allowed anywhere in XML 1.0.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters removed
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const rfc822 = (iso: string) => new Date(iso).toUTCString();

export function renderRss(feed: Feed): string {
  const items = feed.entries
    .map(
      (e) =>
        `<item><title>${xmlText(e.title)}</title><link>${xmlText(e.link)}</link><guid isPermaLink="false">${xmlText(e.id)}</guid><pubDate>${rfc822(e.updated)}</pubDate><description>${xmlText(e.summary)}</description></item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>${xmlText(feed.title)}</title><link>${xmlText(feed.link)}</link>
<atom:link href="${xmlText(feed.selfLink)}" rel="self" type="application/rss+xml"/>
<description>${xmlText(feed.title)}</description><lastBuildDate>${rfc822(feed.updated)}</lastBuildDate>
${items}
</channel></rss>
`;
}

export function renderAtom(feed: Feed): string {
  const entries = feed.entries
    .map(
      (e) =>
        `<entry><id>${xmlText(e.id)}</id><title>${xmlText(e.title)}</title><link href="${xmlText(e.link)}"/><updated>${xmlText(e.updated)}</updated><summary>${xmlText(e.summary)}</summary></entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${xmlText(feed.selfLink)}</id><title>${xmlText(feed.title)}</title>
<link rel="self" href="${xmlText(feed.selfLink)}"/><link href="${xmlText(feed.link)}"/>
<updated>${xmlText(feed.updated)}</updated><author><name>ThinkTanksMonitor</name></author>
${entries}
</feed>
`;
}

const CONFLICTS_NAMED = 3;

/** A daily brief as a feed entry: its counts in words, then its sharpest conflicts. */
export function briefEntry(brief: Brief, day: string, baseUrl: string): FeedEntry {
  const s = brief.summary;
  const conflicts = brief.sections
    .flatMap((x) => x.statements)
    .filter((x) => x.status === "conflicting" || x.status === "disputed")
    .slice(0, CONFLICTS_NAMED)
    .map((x) => (x.variants.length > 1 ? x.variants.map((v) => v.value).join(" vs ") : x.text));
  const counts = `${s.reports} reports from ${s.independentSources} independent sources: ${s.claims.corroborated} corroborated, ${s.claims.single_source} single source, ${s.claims.conflicting} conflicting, ${s.claims.disputed} disputed.`;
  const base = baseUrl.replace(/\/+$/, "");
  return {
    id: `ttm:${brief.dossierId}:${day}`,
    title: `${brief.title}: brief for ${day}`,
    link: `${base}/api/brief?format=html&since=${day}&until=${day}`,
    updated: `${day}T23:59:59Z`,
    summary: conflicts.length ? `${counts} In question: ${conflicts.join("; ")}.` : counts,
  };
}
