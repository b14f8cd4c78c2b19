/** A feed as the rest of ingest sees it, whatever its format: plain records. */
export type FeedFormat = "rss" | "atom" | "rdf" | "json";

export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

export interface FeedItem {
  /** What identifies the item across polls: guid, id, link, or a hash of its content. */
  key: string;
  /** The item's page, absolute. */
  url: string | null;
  title: string | null;
  author: string | null;
  /** Dates as the feed wrote them; parsed when the report is resolved. */
  published: string | null;
  updated: string | null;
  summaryHtml: string | null;
  /** The full body (content:encoded, Atom content, content_html), as HTML. */
  contentHtml: string | null;
  /** A body given as plain text (JSON Feed content_text, Atom type="text"). */
  contentText: string | null;
  enclosures: Enclosure[];
  language: string | null;
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** The site the feed belongs to, absolute. */
  link: string | null;
  language: string | null;
  items: FeedItem[];
  /** Things that were wrong but did not stop the parse (a stripped DOCTYPE, bad bytes). */
  warnings: string[];
}
