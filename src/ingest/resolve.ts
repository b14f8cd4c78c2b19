/**
 * Turns what a reader found into a Report, or the reason it cannot be one:
 * normalised text, canonical URL, UTC date, a known source, id and hash.
 */
import type { Report } from "../model/index.js";
import { dropBoilerplate } from "./boilerplate.js";
import { parsePublished } from "./dates.js";
import { detectLanguage } from "./language.js";
import { canonicalUrl, contentHash, normaliseText, reportId } from "./normalise.js";
import type { RawReport } from "./raw-report.js";
import type { SourceDirectory } from "./sources.js";

export interface ResolveContext {
  sources: SourceDirectory;
  defaultSourceId?: string | undefined;
  language?: string | undefined;
}

export type Resolved =
  | { ok: true; report: Report }
  | { ok: false; reason: string; sourceId: string | null };

const TITLE_MAX = 160;

export function resolveReport(raw: RawReport, ctx: ResolveContext): Resolved {
  const url = raw.url ? canonicalUrl(raw.url) : null;
  const source = resolveSource(raw, url, ctx);
  const sourceId = source.ok ? source.id : null;
  const refuse = (reason: string): Resolved => ({ ok: false, reason, sourceId });

  // Page furniture ("Skip to Content", share rows, cookie notices) is no part of the report.
  const text = dropBoilerplate(normaliseText(raw.text));
  if (text === "") return refuse("empty text: the report has no body");
  const dated = publicationDate(raw, url);
  if (!dated.ok) return refuse(dated.reason);
  const published = dated;
  if (!source.ok) return refuse(source.reason);

  const report: Report = {
    id: reportId({ url, text }),
    sourceId: source.id,
    url,
    title: raw.title ? normaliseText(raw.title).replace(/\s+/g, " ") : titleFromText(text),
    byline: raw.byline ? normaliseText(raw.byline).replace(/\s+/g, " ") : null,
    published: published.iso,
    text,
    language: detectLanguage(text, raw.language ?? ctx.language).tag,
    contentHash: contentHash(text),
    origin: raw.origin,
  };
  if (raw.externalId !== null) report.externalId = raw.externalId;
  if (dated.assumed) report.dateAssumed = dated.assumed;
  if (raw.headlineOnly) report.headlineOnly = true;
  return { ok: true, report };
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = String.raw`(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/**
 * A dateline with a whole date at the head of the text, before its dash:
 * "KYIV, December 28, 2025 — …", "Geneva, 9 January 2026 (Wire) - …".
 */
const DATELINE = new RegExp(
  String.raw`^[^\n]{0,60}?\b(?:${MONTH}\s+(\d{1,2}),?\s+((?:19|20)\d{2})|(\d{1,2})\s+${MONTH}\s+((?:19|20)\d{2}))\b[^\n]{0,40}?\s[—–-]\s`,
  "i",
);

/** The day a dateline at the head of a text gives, as an ISO timestamp, or null. */
export function datelineDay(text: string): string | null {
  const m = DATELINE.exec(text.trimStart());
  if (!m) return null;
  const month = MONTHS.indexOf((m[1] ?? m[5])!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2] ?? m[4]);
  const year = Number(m[3] ?? m[6]);
  if (month < 1 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().replace(".000Z", "Z").replace(/T.*$/, "T00:00:00Z");
}

/** The path of an address; the whole string when it is no URL ("see page 4"). */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

type Dated = { ok: true; iso: string; assumed?: string } | { ok: false; reason: string };

/** "/2025/12/28/", "/2025-12-28-": a day in a page's address. */
const URL_DAY = /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=[/-]|$|\.)/;

/**
 * The publication date: the one the input gives; else a day in its address;
 * else the fallback the reader gives (a file's time, the time of fetching),
 * marked as assumed. With none of these, the report is refused.
 */
function publicationDate(raw: RawReport, url: string | null): Dated {
  const given = raw.published;
  const missing = given === undefined || given === null || given === "";
  const parsed = missing ? null : parsePublished(given);
  if (parsed?.ok) return { ok: true, iso: parsed.iso };
  const day = url ? URL_DAY.exec(pathOf(url)) : null;
  if (day) return { ok: true, iso: `${day[1]}-${day[2]}-${day[3]}T00:00:00Z` };
  const dateline = datelineDay(raw.text);
  if (dateline) return { ok: true, iso: dateline };
  const why = missing ? "no publication date" : "an unreadable publication date";
  if (raw.fallbackDate) {
    const at = parsePublished(raw.fallbackDate.at);
    if (at.ok) return { ok: true, iso: at.iso, assumed: `${raw.fallbackDate.from} (${why})` };
  }
  if (parsed && !parsed.ok) return { ok: false, reason: parsed.reason };
  return {
    ok: false,
    reason:
      "no publication date (expected a 'published' field, e.g. published: 2025-12-28T23:40:00Z)",
  };
}

type SourceChoice = { ok: true; id: string } | { ok: false; reason: string };

/** Named source first, then the URL's host, then the run's default. */
function resolveSource(raw: RawReport, url: string | null, ctx: ResolveContext): SourceChoice {
  const named = raw.source ? ctx.sources.find(raw.source) : null;
  if (named) return { ok: true, id: named.id };
  const byUrl = ctx.sources.fromUrl(url);
  if (byUrl) return { ok: true, id: byUrl.id };
  if (ctx.defaultSourceId) return { ok: true, id: ctx.defaultSourceId };
  if (raw.source)
    return { ok: false, reason: `unknown source '${raw.source}' (not in the dossier)` };
  return {
    ok: false,
    reason: "no source (expected a 'source' field with the id or name of a dossier source)",
  };
}

/** A report with no title is shown by its first line, cut at a word boundary. */
function titleFromText(text: string): string {
  const firstLine = text.split("\n", 1)[0] ?? "";
  if (firstLine.length <= TITLE_MAX) return firstLine;
  const cut = firstLine.slice(0, TITLE_MAX);
  const space = cut.lastIndexOf(" ");
  return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
