/**
 * Days counted from another day of the story: "the day before", "the
 * previous day", "a day later", "two days earlier", "the next day", "the same
 * day", "earlier in the day". They count from the nearest day named before
 * them in the text (in the same or the previous sentence), or from the
 * publication day when the text names none there ("a day earlier" in a report
 * about today). With an event of their own ("two days after the summit") they
 * count from the day the text gives that event ("the summit on 6 May").
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

/** Each pattern gives its matches, and the count and the direction of a match. */
const ANCHORED: Array<{
  matches(text: string): Iterable<RegExpMatchArray>;
  shift(m: RegExpExecArray): number | null;
  /** Only a day the text named gives the phrase a date, never the report's own. */
  needsNamedDay?: boolean;
}> = [
  {
    // "the day before", "the previous day", "the day after", "the next day", "the following day"
    matches: keyed(
      /[Tt]he\s+(?:day|previous|next|following|same)\s/,
      /(?<![\p{L}])(?:on\s+)?[Tt]he\s+(?:(day\s+before|previous\s+day|day\s+prior)|(day\s+after|next\s+day|following\s+day)|(same\s+day))(?![\p{L}])/gu,
    ),
    shift: (m) => (m[1] ? -1 : m[2] ? 1 : 0),
  },
  {
    // "a day earlier", "two days later", "three days before"
    matches: countedDays,
    shift: (m) => {
      const n = /^a$/i.test(m[1]!) ? 1 : parseNumber(m[1]!);
      if (n === null || n > 31) return null;
      return /earlier|before/.test(m[2]!) ? -n : n;
    },
  },
  {
    // "earlier in the day", "later that day", "earlier that morning": the story's own day
    matches: keyed(
      /(?:arlier|ater)\s+(?:in\s+the\s+day|that\s)/,
      /(?<![\p{L}])(?:[Ee]arlier|[Ll]ater)\s+(?:in\s+the\s+day|that\s+(?:day|morning|afternoon|evening))(?![\p{L}])/gu,
    ),
    shift: () => 0,
  },
  {
    // "Envoys met on Monday and signed that day": the day last named. With none
    // named, "that day" points back to something the text does not date.
    matches: keyed(
      /that\s+(?:same\s+)?day/,
      /(?<![\p{L}])(?:on\s+)?that\s+(?:same\s+)?day(?![\p{L}'’-])/gu,
    ),
    shift: () => 0,
    needsNamedDay: true,
  },
];

/**
 * The matches of a global pattern, or none when the text lacks `key`, a
 * plain pattern every match holds: the pattern tries its lookbehind at every
 * position, the key is a quick search.
 */
function keyed(key: RegExp, re: RegExp): (text: string) => Iterable<RegExpMatchArray> {
  return (text) => (key.test(text) ? text.matchAll(re) : []);
}

/** A count of days and a direction: "two days later". */
const COUNTED =
  /(?<![\p{L}\p{N}])(\d{1,2}|\p{L}+)\s+days?\s+(earlier|later|before|after)(?![\p{L}])/uy;
/** What follows the count in every match of COUNTED: "days later". */
const COUNTED_TAIL = /days?\s+(?:earlier|later|before|after)/g;
const SPACE = /\s/;
/** A letter or a digit, or half of a letter written as a surrogate pair. */
const WORD_UNIT = /[\p{L}\p{N}\uD800-\uDFFF]/u;

/**
 * The matches of COUNTED, in order and without overlaps, as a global scan
 * would give them. A global scan tries the count at every position of the
 * text; here it is tried only in the word right before each "days later"
 * (before the spaces that lead to it), where a match must begin, and from
 * the end of the last match on.
 */
function countedDays(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const tail of text.matchAll(COUNTED_TAIL)) {
    let spaces = tail.index!;
    while (spaces > 0 && SPACE.test(text[spaces - 1]!)) spaces--;
    let word = spaces;
    while (word > 0 && WORD_UNIT.test(text[word - 1]!)) word--;
    for (let at = Math.max(word, from); at < spaces; at++) {
      // A unicode scan never starts inside a surrogate pair.
      if (isLowSurrogate(text, at) && isHighSurrogate(text, at - 1)) continue;
      COUNTED.lastIndex = at;
      const m = COUNTED.exec(text);
      if (m) {
        out.push(m);
        from = at + m[0].length;
        break;
      }
    }
  }
  return out;
}

const isHighSurrogate = (text: string, at: number) => /[\uD800-\uDBFF]/.test(text[at] ?? "");
const isLowSurrogate = (text: string, at: number) => /[\uDC00-\uDFFF]/.test(text[at] ?? "");

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
  for (const { matches, shift, needsNamedDay } of ANCHORED) {
    for (const m of matches(text)) {
      const start = m.index!;
      const end = start + m[0].length;
      const after = text.slice(end, end + 12);
      if (COMPARISON.test(after)) continue;
      const n = shift(m as RegExpExecArray);
      if (n === null) continue;
      if (/(?:before|after|prior)$/.test(m[0]) && OWN_ANCHOR.test(after)) {
        const eventEnd = end + (EVENT_OBJECT.exec(text.slice(end))?.[0].length ?? 0);
        const event =
          dayNamedWith(text, eventEnd, found) ?? eventDay(text, end, sentenceStarts, found);
        if (event) {
          out.push({
            start,
            end: eventEnd,
            value: dayValue(addDays(event, n)),
            granularity: "day",
          });
        }
        continue;
      }
      // "earlier in the day" tells of the story's day, however far back the text named it.
      const storyDay = /^(?:earlier|later)\s/i.test(m[0]);
      const named = anchorBefore(start, storyDay ? [] : sentenceStarts, found);
      // "a day later" with no day named before it says nothing about the calendar.
      if (!named && (n > 0 || needsNamedDay)) continue;
      const anchor = named ?? ref;
      out.push({ start, end, value: dayValue(addDays(anchor, n)), granularity: "day" });
    }
  }
  return out;
}

/** "the summit", "the Florida summit", "his phone call", "a deadline": an event named after before/after. */
const EVENT_OBJECT =
  /^\s+(?:the|this|that|his|her|its|their|a|an)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:\p{Ll}+\s+)?\p{Ll}{3,}(?![\p{L}])/u;
const NOT_EVENT =
  /^(?:that|which|when|with|from|over|into|about|then|there|this|those|these|were|was|had|have|said)$/;

/**
 * The day given with the event itself, in the words right after its noun and
 * in the same clause: "a deadline set for Sunday", "the vote on Friday".
 */
function dayNamedWith(text: string, eventEnd: number, found: DayFound[]): Date | null {
  const next = found
    .filter((f) => f.granularity === "day" && f.start >= eventEnd)
    .sort((a, b) => a.start - b.start)[0];
  if (!next) return null;
  const between = text.slice(eventEnd, next.start);
  if (!SAME_CLAUSE_GAP.test(between)) return null;
  return dayOf(next.value);
}

/** A few words and no clause break: "set for", " Trump had set for ", " on". */
const SAME_CLAUSE_GAP = /^[^,;:.!?—–()"“”]{0,40}$/;

const dayOf = (value: string): Date => {
  const [y, mo, d] = value.split("-").map(Number);
  return new Date(Date.UTC(y!, mo! - 1, d!));
};

/**
 * The day the text gives an event named by its noun: a sentence that holds
 * the same noun and a day ("Sunday's call", "the summit in Paris on 6 May"),
 * the day nearest the noun.
 */
function eventDay(
  text: string,
  at: number,
  sentenceStarts: number[],
  found: DayFound[],
): Date | null {
  const object = EVENT_OBJECT.exec(text.slice(at));
  if (!object) return null;
  const nouns = object[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((w) => /^\p{Ll}{3,}$/u.test(w) && !NOT_EVENT.test(w))
    .reverse();
  // "the day before the son reported …": a clause, not an event's name.
  if (nouns.some((w) => /ed$/.test(w))) return null;
  // The head noun first, then the word before it ("the phone call": call, then phone).
  for (const noun of nouns) {
    const best = nearestDayOfNoun(text, noun, at, object[0].length, sentenceStarts, found);
    if (best) {
      const [y, mo, d] = best.value.split("-").map(Number);
      return new Date(Date.UTC(y!, mo! - 1, d!));
    }
  }
  return null;
}

/** The day named nearest to a mention of `noun` in that mention's sentence. */
function nearestDayOfNoun(
  text: string,
  noun: string,
  at: number,
  length: number,
  sentenceStarts: number[],
  found: DayFound[],
): DayFound | null {
  const re = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])`, "gu");
  let best: { f: DayFound; distance: number } | null = null;
  for (const m of text.matchAll(re)) {
    const pos = m.index!;
    if (pos >= at && pos < at + length) continue;
    const s = sentenceStarts.filter((x) => x <= pos).pop() ?? 0;
    const e = sentenceStarts.find((x) => x > pos) ?? text.length;
    for (const f of found) {
      if (f.granularity !== "day" || f.start < s || f.end > e) continue;
      const distance = Math.abs(f.start - pos);
      if (!best || distance < best.distance) best = { f, distance };
    }
  }
  return best?.f ?? null;
}

/** The nearest day named before `at`, no further back than the start of the previous sentence. */
export function anchorBefore(at: number, sentenceStarts: number[], found: DayFound[]): Date | null {
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
