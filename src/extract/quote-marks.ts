/**
 * Quotation marks of every common style, paired within each paragraph:
 * curly “…”, straight "…", single ‘…’ and '…', guillemets «…» (and the
 * reversed »…«), and low-high „…“ / ‚…‘.
 *
 * Single marks double as apostrophes (don't, Kyiv's, allies', 'til), so a
 * single mark opens a quote only at the start of a word and closes one only at
 * the end of a word not followed by a letter; a plural possessive ("the
 * allies' help") is not taken as a closing mark while a later one can close.
 * A quote nested in another (“He said ‘no’”) is part of the outer one: only
 * outermost regions are returned. A double-style quote left open at the end of
 * a paragraph runs on (news style opens each continued paragraph again); an
 * unclosed straight single mark was an apostrophe and is dropped.
 */

import { wordTable } from "../util/lookup.js";
import { paragraphStarts } from "./sentences.js";

/** A pair of quotation marks: the content runs between `open` and `close`. */
export interface QuotedRegion {
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  closed: boolean;
  paragraph: number;
  /** The region opens a paragraph that carries on a quote left open in the previous one. */
  continuation: boolean;
}

/** Each opening mark with the marks that may close it. */
const CLOSERS: Record<string, string> = wordTable({
  "“": "”",
  "„": "“”",
  "«": "»",
  "»": "«",
  '"': '"',
  "‘": "’",
  "‚": "‘’",
  "'": "'",
});
/** Marks that are also apostrophes. */
const APOSTROPHES = new Set(["'", "’", "‘"]);

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);

/** Whether the mark at i can open a quote: at a word start, with text after it. */
function canOpen(text: string, i: number, start: number): boolean {
  const c = text[i]!;
  if (!(c in CLOSERS)) return false;
  const after = text[i + 1];
  if (isSpace(after)) return false;
  if (!APOSTROPHES.has(c) && c !== '"') return true;
  return i === start || !isLetter(text[i - 1]);
}

/** Whether the mark at i can close a quote opened by `opener`. */
function canClose(text: string, i: number, opener: string): boolean {
  const c = text[i]!;
  if (!CLOSERS[opener]!.includes(c)) return false;
  if (!APOSTROPHES.has(c) && c !== '"') return true;
  return !isSpace(text[i - 1]) && !isLetter(text[i + 1]);
}

/** "the allies' help": a mark after an s and before a lower-case word reads as a possessive. */
function looksPossessive(text: string, i: number): boolean {
  return /s/i.test(text[i - 1] ?? "") && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3));
}

/** The first offset after `from` (before `end`) that can close `opener`, preferring non-possessives. */
function closerFor(text: string, from: number, end: number, opener: string): number {
  let possessive = -1;
  for (let i = from; i < end; i++) {
    if (!canClose(text, i, opener)) continue;
    // A mark that could open a nested quote of another style is skipped here.
    if (APOSTROPHES.has(text[i]!) && looksPossessive(text, i)) {
      if (possessive < 0) possessive = i;
      continue;
    }
    return i;
  }
  return possessive;
}

/**
 * Whether an unclosed mark at i carries its quote into the next paragraph. Straight
 * single marks never do (they were apostrophes: 'til, '90s); curly single ones only
 * when they open the paragraph or a capitalised word (not ‘em, ‘cause).
 */
function runsOn(text: string, i: number, start: number): boolean {
  const c = text[i]!;
  if (c === "'") return false;
  if (!APOSTROPHES.has(c) && c !== "‚") return true;
  return i === start || /\p{Lu}/u.test(text[i + 1] ?? "");
}

/** Any mark that opens a quote (the keys of CLOSERS). */
const MARK = new RegExp(`[${Object.keys(CLOSERS).join("")}]`, "g");

/**
 * The regions of the last text asked about: mentions and quotes both ask for the
 * same report's text, one after the other. One entry only, so nothing piles up
 * across reports; callers only read the array.
 */
let lastRegions: { text: string; regions: QuotedRegion[] } | null = null;

/** Pairs the quotation marks of each paragraph; outermost regions only, in text order. */
export function quotedRegions(text: string): QuotedRegion[] {
  if (lastRegions?.text !== text) lastRegions = { text, regions: pairMarks(text) };
  return lastRegions.regions;
}

function pairMarks(text: string): QuotedRegion[] {
  const starts = paragraphStarts(text);
  const regions: QuotedRegion[] = [];
  let leftOpen = false;
  starts.forEach((pStart, paragraph) => {
    const next = starts[paragraph + 1] ?? text.length;
    const end = pStart + text.slice(pStart, next).trimEnd().length;
    let first = true;
    let openedHere = false;
    for (let i = pStart; i < end; i++) {
      // Only a quotation mark can open: jump to the next one.
      MARK.lastIndex = i;
      if (!MARK.test(text)) break;
      i = MARK.lastIndex - 1;
      if (i >= end) break;
      if (!canOpen(text, i, pStart)) continue;
      const opener = text[i]!;
      const close = closerFor(text, i + 1, end, opener);
      const continuation = first && leftOpen && i === pStart;
      first = false;
      if (close < 0) {
        if (!runsOn(text, i, pStart)) continue;
        regions.push({ open: i, close: end, closed: false, paragraph, continuation });
        openedHere = true;
        break;
      }
      regions.push({ open: i, close, closed: true, paragraph, continuation });
      i = close;
    }
    leftOpen = openedHere;
  });
  return regions;
}

/** Whether an offset lies between the marks of one of the regions. */
export function insideQuote(regions: readonly QuotedRegion[], offset: number): boolean {
  return regions.some((r) => offset > r.open && offset < r.close);
}

/** Offsets of the opening and of the closing marks of the regions, for token tests. */
export function markOffsets(regions: readonly QuotedRegion[]) {
  return {
    opens: new Set(regions.map((r) => r.open)),
    closes: new Set(regions.filter((r) => r.closed).map((r) => r.close)),
  };
}
