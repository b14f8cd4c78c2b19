/**
 * Exports of the brief and the records behind it: PDF (printed by Chromium),
 * ClaimReview JSON-LD, CSV of claims and stances, RSS and Atom feeds of briefs.
 */
export { BrowserMissingError, chromiumMissing, chromiumPath, launchChromium } from "./browser.js";
export { claimReviews } from "./claimreview.js";
export { claimsCsv, csvCell, stancesCsv } from "./csv.js";
export { briefFeed, dailyBriefs } from "./daily-briefs.js";
export { type Feed, type FeedEntry, renderAtom, renderRss } from "./feed.js";
export { printPdf } from "./pdf.js";
export { type ExportRecords, type LoadedRecords, loadRecords } from "./records.js";
