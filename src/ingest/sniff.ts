/**
 * What a document is, from its content rather than its name: an RSS, Atom or
 * RSS 1.0 (RDF) feed, a JSON Feed, an HTML page, or something else. Reads the
 * first element past the XML declaration, comments, processing instructions
 * and any DOCTYPE.
 */
export type DocumentKind = "rss" | "atom" | "rdf" | "json-feed" | "html" | "other";

const PROLOGUE = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*/i;
const JSON_FEED_VERSION = /"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

export function sniffKind(text: string): DocumentKind {
  const head = text.slice(0, 65_536).replace(/^\uFEFF/, "");
  const trimmed = head.trimStart();
  if (trimmed.startsWith("{")) return JSON_FEED_VERSION.test(head) ? "json-feed" : "other";
  if (/^<!doctype\s+html/i.test(trimmed)) return "html";
  const rest = head.replace(PROLOGUE, "");
  const root = /^<([A-Za-z_][\w.:-]*)/.exec(rest)?.[1]?.toLowerCase();
  if (!root) return "other";
  const local = root.includes(":") ? root.slice(root.indexOf(":") + 1) : root;
  if (local === "rss" || local === "channel") return "rss";
  if (local === "feed") return "atom";
  if (local === "rdf") return "rdf";
  if (local === "html" || local === "head" || local === "body") return "html";
  return "other";
}
