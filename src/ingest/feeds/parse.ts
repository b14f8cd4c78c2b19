/**
 * Parses a feed's text with feedsmith (RSS, Atom, RDF, JSON Feed), after
 * removing any DOCTYPE. feedsmith runs fast-xml-parser with entity processing
 * off, so no entity is ever expanded or fetched. A document that is not a
 * feed, or whose XML is broken, comes back with a reason.
 */
import { type AnyFeed, DetectError, MalformedError, ParseError, parseFeed } from "feedsmith";
import { sniffKind } from "../sniff.js";
import { fromAtom } from "./atom.js";
import { stripDoctype } from "./doctype.js";
import { fromJsonFeed } from "./json-feed.js";
import { fromRdf, fromRss } from "./rss.js";
import type { ParsedFeed } from "./types.js";

export type FeedParse =
  | { ok: true; feed: ParsedFeed }
  /** malformed: the document looked like a feed but its XML or JSON is broken. */
  | { ok: false; reason: string; malformed: boolean };

export function parseFeedText(text: string, documentUrl: string | null = null): FeedParse {
  const kind = sniffKind(text);
  if (kind === "html") return { ok: false, reason: "an HTML page, not a feed", malformed: false };
  const stripped = stripDoctype(text);
  let parsed: AnyFeed<string>;
  try {
    parsed = parseFeed<string>(stripped.text);
  } catch (error) {
    return refusal(error, kind);
  }
  const feed = normalise(parsed, documentUrl);
  if (stripped.warning) feed.warnings.push(stripped.warning);
  return { ok: true, feed };
}

function normalise(parsed: AnyFeed<string>, documentUrl: string | null): ParsedFeed {
  switch (parsed.format) {
    case "rss":
      return fromRss(parsed.feed, documentUrl);
    case "atom":
      return fromAtom(parsed.feed, documentUrl);
    case "rdf":
      return fromRdf(parsed.feed, documentUrl);
    case "json":
      return fromJsonFeed(parsed.feed, documentUrl);
  }
}

function refusal(error: unknown, kind: string): FeedParse {
  if (error instanceof MalformedError) {
    const cause = (error.cause as Error | undefined)?.message ?? error.message;
    return { ok: false, reason: `malformed feed: ${cause}`, malformed: true };
  }
  if (error instanceof ParseError)
    return {
      ok: false,
      reason: `empty feed: no title, link or items found (${kind})`,
      malformed: false,
    };
  if (error instanceof DetectError)
    return {
      ok: false,
      reason: "not a feed: no RSS, Atom, RSS 1.0 (RDF) or JSON Feed document found",
      malformed: kind !== "other",
    };
  return { ok: false, reason: `feed parser failed: ${(error as Error).message}`, malformed: true };
}
