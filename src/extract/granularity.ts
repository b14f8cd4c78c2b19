/**
 * Calendar arithmetic for time expressions: days, ISO weeks, months and years
 * as the values TimeExpression carries, and the choices a reader makes when a
 * text leaves the year or the direction out ("on Sunday", "in January").
 * All dates are UTC calendar days.
 */

/** Which way the text points from the publication date, when it says. */
export type Tense = "past" | "future" | "unknown";

const DAY_MS = 86_400_000;

/** Month names as English writes them, January first. */
export const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** The publication day of a report, from its ISO timestamp. */
export function publicationDay(published: string): Date {
  const t = Date.parse(published);
  if (Number.isNaN(t)) {
    throw new Error(`report.published "${published}" is not an ISO 8601 timestamp`);
  }
  const d = new Date(t);
  return utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** A UTC calendar day; month is 1-12. */
export function utcDay(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function dayValue(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function monthValue(year: number, month: number): string {
  const d = utcDay(year, month, 1);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The month a day falls in, "YYYY-MM". */
export function monthOf(d: Date): string {
  return monthValue(d.getUTCFullYear(), d.getUTCMonth() + 1);
}

/** ISO 8601 week of a day, "YYYY-Www" (weeks start on Monday; week 1 holds the first Thursday). */
export function isoWeekValue(d: Date): string {
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = addDays(d, 3 - weekday);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - utcDay(year, 1, 1).getTime()) / DAY_MS / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * The day a weekday name points to: the latest such day on or before the
 * reference for past or unknown direction (reports mostly tell what happened),
 * the next one on or after it for the future. "last"/"next" exclude the reference day.
 */
export function resolveWeekday(ref: Date, weekday: number, tense: Tense, strict = false): Date {
  const today = ref.getUTCDay();
  if (tense === "future") {
    const ahead = (weekday - today + 7) % 7 || (strict ? 7 : 0);
    return addDays(ref, ahead);
  }
  const back = (today - weekday + 7) % 7 || (strict ? 7 : 0);
  return addDays(ref, -back);
}

/**
 * The year for a month (and day) given without one: the candidate nearest the
 * reference, where a candidate on the wrong side of a stated tense counts as
 * `penalty` units further away.
 */
export function nearestYear(ref: Date, month: number, day: number | null, tense: Tense): number {
  const year = ref.getUTCFullYear();
  let best = year;
  let bestCost = Number.POSITIVE_INFINITY;
  for (const y of [year - 1, year, year + 1]) {
    const diff =
      day === null
        ? (y - year) * 12 + month - (ref.getUTCMonth() + 1)
        : (utcDay(y, month, day).getTime() - ref.getTime()) / DAY_MS;
    const penalty = day === null ? 6 : 120;
    const wrongWay = (tense === "future" && diff < 0) || (tense === "past" && diff > 0);
    // Ties go to the stated direction, or to the past when none is stated.
    const tieBreak = diff > 0 ? 0.5 : 0;
    const cost = Math.abs(diff) + (wrongWay ? penalty : 0) + (tense === "future" ? 0 : tieBreak);
    if (cost < bestCost) {
      bestCost = cost;
      best = y;
    }
  }
  return best;
}

/** Whether a period (given by its first and last day) lies after the reference, or holds it with a future tense. */
export function pointsForward(first: Date, last: Date, ref: Date, tense: Tense): boolean {
  if (first.getTime() > ref.getTime()) return true;
  return last.getTime() >= ref.getTime() && tense === "future";
}

/** First and last day of a value produced here ("YYYY-MM-DD", "YYYY-Www", "YYYY-MM", "YYYY"). */
export function periodOf(value: string): [Date, Date] {
  const [y, second, third] = value.split("-");
  const year = Number(y);
  if (second === undefined) return [utcDay(year, 1, 1), utcDay(year, 12, 31)];
  if (second.startsWith("W")) {
    const jan4 = utcDay(year, 1, 4);
    const monday = addDays(jan4, -((jan4.getUTCDay() + 6) % 7) + (Number(second.slice(1)) - 1) * 7);
    return [monday, addDays(monday, 6)];
  }
  const month = Number(second);
  if (third === undefined) return [utcDay(year, month, 1), utcDay(year, month + 1, 0)];
  const d = utcDay(year, month, Number(third));
  return [d, d];
}

/**
 * Words that point a clause ahead. "plan to" counts as the verb only: "a
 * 12-point plan to end the siege", "their plan to" is a noun. An obligation
 * ("must free") is yet to be met, unless it is a guess about the past ("must
 * have been"). "should" is left out: it gives advice and hopes as often as
 * a time ("a step that should bring peace").
 */
const FUTURE_CUE =
  /\b(?:will|shall|would|going to|expects?|expected to|due to|(?:is|are) due|(?<!(?:\b(?:a|an|the|this|that|its|his|her|their|our|your|new)|-point|['’]s)\s+)plans? to|planned|planning|intends? to|set to|scheduled|ahead of|upcoming|to be held|next|must(?!\s+have\b))\b|['’]ll\b/gi;
const PAST_CUE =
  /\b(?:[a-z]+ed|said|met|held|spoke|told|took|sat|came|went|gave|made|had|was|were|did|began|fought|left|brought|sent|wrote|saw|struck|won|lost|fell|flew|kept|led|chose|sought|paid|hit|shot|ago)\b/g;
/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST =
  /^(?:(?:need|feed|speed|seed|deed|weed|bleed|breed|greed|indeed|proceed|exceed|succeed)|armed|based|limited|advanced|detailed|related|concerned|so-called|alleged|fortified|contested|unresolved|unsettled|united|occupied|red|bed|shed)$/;
const CLAUSE_BREAK = /[,;:—–()“”"]/;
/**
 * A participle that takes an infinitive of being ("believed to be alive",
 * "said to have fled") describes a state, not a past event.
 */
const PARTICIPLE_OF_STATE = /^\s+to\s+(?:be|have)\b/;
/**
 * A clause subordinate to what goes before ("her statement on Friday that it
 * would free …"): its verbs tell of their own time, seen from the day before
 * them, and do not place that day.
 */
const SUBORDINATE_START =
  /\s(?:that|which|who|whom|whose|if|whether|because|unless|although|though|whereas)\s/g;

/**
 * Which way a clause points: the tense cue nearest to the expression at
 * [start, end) decides, first within its clause, then within the sentence.
 */
export function tenseAround(
  text: string,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): Tense {
  let from = start;
  while (from > sentence.start && !CLAUSE_BREAK.test(text[from - 1]!)) from--;
  let to = end;
  while (to < sentence.end && !CLAUSE_BREAK.test(text[to]!)) to++;
  // Subordinate clauses after the expression tell nothing of it: the first
  // ends its clause, and the sentence is read without any of them.
  const subordinates = subordinatesAfter(text, end, sentence.end);
  const ownEnd = Math.min(to, subordinates[0]?.[0] ?? to);
  return (
    nearestCue(text, from, ownEnd, start, end) ??
    nearestCue(text, sentence.start, sentence.end, start, end, subordinates) ??
    "unknown"
  );
}

/**
 * The subordinate clauses that open in [from, to), each from its first word
 * to the next clause break: "who took office in 2022" in "Before his address
 * on Saturday, Yoon, who took office in 2022, had not appeared".
 */
function subordinatesAfter(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const span = ` ${text.slice(from, to)} `;
  for (const m of span.matchAll(SUBORDINATE_START)) {
    // The span has one space more in front, so its offsets are one ahead of the text's.
    const open = from + m.index;
    if (out.length > 0 && open < out[out.length - 1]![1]) continue;
    let close = open;
    while (close < to && !CLAUSE_BREAK.test(text[close]!)) close++;
    out.push([open, close]);
  }
  return out;
}

function nearestCue(
  text: string,
  from: number,
  to: number,
  start: number,
  end: number,
  skipped: ReadonlyArray<[number, number]> = [],
): Tense | null {
  const cues: Array<{ at: number; until: number; tense: Tense }> = [];
  const span = text.slice(from, to);
  for (const m of span.matchAll(FUTURE_CUE)) {
    cues.push({ at: from + m.index!, until: from + m.index! + m[0].length, tense: "future" });
  }
  for (const m of span.matchAll(PAST_CUE)) {
    const at = from + m.index!;
    const insideFuture = cues.some((c) => c.tense === "future" && at >= c.at && at < c.until);
    const after = at + m[0].length;
    const ofState = PARTICIPLE_OF_STATE.test(text.slice(after, after + 16));
    if (!insideFuture && !ofState && !NOT_PAST.test(m[0]) && (at < start || at >= end)) {
      cues.push({ at, until: at + m[0].length, tense: "past" });
    }
  }
  let best: Tense | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const c of cues) {
    if (c.at >= start && c.at < end) continue;
    if (skipped.some(([a, b]) => c.at >= a && c.at < b)) continue;
    const distance = c.at >= end ? c.at - end : start - c.until;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = c.tense;
    }
  }
  return best;
}
