/**
 * A fetched or saved web page as a report input: bytes decoded by their
 * charset, then the page reader (Readability's main text, title, byline and
 * date; meta tags, OpenGraph and JSON-LD). Links in the page are made
 * absolute against the page's own address, which is also the report's URL
 * when the page names no canonical one.
 */
import { decodeDocument } from "./charset.js";
import { absoluteUrl } from "./feeds/links.js";
import { readHtml } from "./html.js";
import type { ReadItem } from "./raw-report.js";

export interface PageRead {
  item: ReadItem;
  charset: string;
  warnings: string[];
}

export function readPage(
  bytes: Uint8Array,
  options: { url: string | null; contentType?: string | null; origin?: string },
): PageRead {
  const decoded = decodeDocument(bytes, options.contentType);
  const origin = options.origin ?? options.url ?? "(page)";
  return {
    item: readPageText(decoded.text, origin, options.url),
    charset: decoded.charset,
    warnings: decoded.warnings,
  };
}

export function readPageText(text: string, origin: string, url: string | null): ReadItem {
  const [item] = readHtml(text, origin);
  if (!item) return { ok: false, origin, reason: "no text found in the page", stage: "parse" };
  if (!item.ok) return { ...item, stage: "parse" };
  const raw = item.raw;
  const canonical = absoluteUrl(raw.url, url);
  const resolved = { ...raw, url: canonical ?? url };
  if (resolved.text.trim() === "")
    return { ok: false, origin, reason: "no article text found in the page", stage: "parse" };
  return { ok: true, raw: resolved };
}
