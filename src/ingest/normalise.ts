/**
 * Canonical forms that make ingest repeatable: the stored text (every offset
 * points into it), its content hash, canonical URLs and the report id.
 */
import { createHash } from "node:crypto";

/**
 * CRLF to LF, trailing spaces stripped, runs of blank lines cut to one, Unicode
 * NFC, outer blank space trimmed; nothing else changes.
 */
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function sha256(value: string): string {
  return createHash("sha256").update(value, "utf8").digest("hex");
}

/** sha256 of the text with all whitespace runs read as one space, so re-wrapping changes nothing. */
export function contentHash(text: string): string {
  return sha256(text.normalize("NFC").replace(/\s+/g, " ").trim());
}

/** Query parameters that only say how a reader arrived, never which page it is. */
const TRACKING_PARAMS = new Set([
  "fbclid",
  "gclid",
  "dclid",
  "msclkid",
  "yclid",
  "igshid",
  "mc_cid",
  "mc_eid",
  "_ga",
  "ref",
  "ref_src",
  "cmpid",
  "ocid",
  "smid",
  "s_cid",
  "spm",
  "share",
]);

function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith("utm_") || lower.startsWith("at_") || TRACKING_PARAMS.has(lower);
}

/**
 * Lower-case host, no fragment, no tracking parameters (the rest sorted), no
 * trailing slash. A string that is not an absolute URL is returned trimmed.
 */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !isTrackingParam(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : "";
  const path = parsed.pathname.replace(/\/+$/, "");
  const auth = parsed.username ? `${parsed.username}@` : "";
  return `${parsed.protocol}//${auth}${parsed.host.toLowerCase()}${path}${query}`;
}

/** True for an address with no path or query beyond "/": a site's front page. */
function isFrontPage(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.pathname === "/" || u.pathname === "") && u.search === "";
  } catch {
    return false;
  }
}

/** A stable report id: from the canonical URL when there is one, else from the content. */
export function reportId(input: { url: string | null; text: string }): string {
  const url = input.url?.trim();
  // A site's front page ("http://example.com/") is where many items point, not one report.
  const digest =
    url && !isFrontPage(url)
      ? sha256(`url ${canonicalUrl(url)}`)
      : contentHash(normaliseText(input.text));
  return `r-${digest.slice(0, 16)}`;
}
