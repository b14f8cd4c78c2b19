/**
 * Days counted from another day of the story: "the day before", "the
 * previous day", "a day later", "two days earlier", "the next day", "the same
 * day". They count from the nearest day named before them in the text (in
 * the same or the previous sentence), or from the publication day when the
 * text names none there ("a day earlier" in a report about today).
 */
import { addDays, dayValue } from "./granularity.js";
import { parseNumber } from "./number-words.js";

export interface DayFound {
  start: number;
  end: number;
  value: string;
  granularity: string;
  sentence?: number;
}

/** Each pattern gives the count and the direction. */
const ANCHORED: Array<{ re: RegExp; shift(m: RegExpExecArray): number | null }> = [
  {
    // "the day before", "the previous day", "the day after", "the next day", "the following day"
    re: /(?<![\p{L}])(?:on\s+)?[Tt]he\s+(?:(day\s+before|previous\s+day|day\s+prior)|(day\s+after|next\s+day|following\s+day)|(same\s+day))(?![\p{L}])/gu,
    shift: (m) => (m[1] ? -1 : m[2] ? 1 : 0),
  },
  {
    // "a day earlier", "two days later", "three days before"
    re: /(?<![\p{L}\p{N}])(\d{1,2}|\p{L}+)\s+days?\s+(earlier|later|before|after)(?![\p{L}])/gu,
    shift: (m) => {
      const n = /^a$/i.test(m[1]!) ? 1 : parseNumber(m[1]!);
      if (n === null || n > 31) return null;
      return /earlier|before/.test(m[2]!) ? -n : n;
    },
  },
];

/**
 * "the day before the vote", "the day after falling": a preposition with its
 * own object counts from that event, not from a day. "later than planned" is
 * a comparison.
 */
const OWN_ANCHOR = /^\s*[\p{L}\p{N}]/u;
const COMPARISON = /^\s+than\b/;

/**
 * Anchored day phrases in `text`, resolved against the day-granularity dates
 * already `found` (sorted or not) or the publication day `ref`.
 */
export function findAnchoredDays(
  text: string,
  sentenceStarts: number[],
  found: DayFound[],
  ref: Date,
): DayFound[] {
  const out: DayFound[] = [];
  for (const { re, shift } of ANCHORED) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      const after = text.slice(end, end + 12);
      if (COMPARISON.test(after)) continue;
      if (/(?:before|after|prior)$/.test(m[0]) && OWN_ANCHOR.test(after)) continue;
      const n = shift(m as RegExpExecArray);
      if (n === null) continue;
      const named = anchorBefore(start, sentenceStarts, found);
      // "a day later" with no day named before it says nothing about the calendar.
      if (!named && n > 0) continue;
      const anchor = named ?? ref;
      out.push({ start, end, value: dayValue(addDays(anchor, n)), granularity: "day" });
    }
  }
  return out;
}

/** The nearest day named before `at`, no further back than the start of the previous sentence. */
function anchorBefore(at: number, sentenceStarts: number[], found: DayFound[]): Date | null {
  const own = sentenceStarts.filter((s) => s <= at);
  const from = own.length >= 2 ? own[own.length - 2]! : 0;
  let best: DayFound | null = null;
  for (const f of found) {
    if (f.granularity !== "day" || f.end > at || f.start < from) continue;
    if (!best || f.start > best.start) best = f;
  }
  if (!best) return null;
  const [y, mo, d] = best.value.split("-").map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!));
}
