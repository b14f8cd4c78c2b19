/** Feeds: RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1 into plain FeedItems. */
export { htmlToParagraphs, itemText, wordCount } from "./item-text.js";
export { type FeedParse, parseFeedText } from "./parse.js";
export { feedItemToRaw, headlineOnly, readFeed } from "./read-feed.js";
export type { Enclosure, FeedFormat, FeedItem, ParsedFeed } from "./types.js";
