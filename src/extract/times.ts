/**
 * Times layer: date expressions resolved against the report's publication day
 * ("on Sunday", "early January", "this week", "in a few weeks", "Dec. 28").
 * Explicit calendar dates are parsed by chrono-node; relative and partial
 * expressions by the rules below, which carry the granularity the model asks
 * for. Phrases with no calendar anchor ("very soon") and times of day are not
 * dates; neither are publication stamps.
 */
import * as chrono from "chrono-node";
import type { Sentence, TimeExpression } from "../model/index.js";
import { anchorBefore, findAnchoredDays } from "./anchored-days.js";
import {
  addDays,
  isoWeekValue,
  MONTHS,
  monthOf,
  monthValue,
  nearestYear,
  periodOf,
  pointsForward,
  publicationDay,
  resolveWeekday,
  type Tense,
  tenseAround,
  utcDay,
} from "./granularity.js";
import { deicticValue, localDays } from "./local-day.js";
import { parseDigits, parseNumberWords } from "./number-words.js";
import { sentenceIndexer } from "./quantities.js";
import { ci, day, mayMatch, type Resolved, type Rule, rule } from "./time-rule.js";
import type { Component } from "./types.js";
import { STORY_WEEK, WEEK_PART_RULES } from "./week-parts.js";

export const timesComponent: Component = {
  name: "times",
  run(doc) {
    doc.times = findTimes(doc.report.text, doc.sentences, doc.report.published);
  },
};

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTH = `(${MONTHS.join("|")})`;
const monthNumber = (name: string) => MONTHS.indexOf(name) + 1;
const shiftMonths = (ref: Date, n: number) =>
  monthValue(ref.getUTCFullYear(), ref.getUTCMonth() + 1 + n);
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365 };

/** Keys of the rules below (see Rule.keys): each a word, or one of words, its rule cannot match without. */
const WEEKDAY_KEY = new RegExp(WEEKDAYS.join("|"));
const MONTH_KEY = new RegExp(MONTHS.join("|"));
const UNIT_KEY = /week|month|year/;

/**
 * "in a few weeks", "within weeks", "in the coming days", "in later weeks":
 * the month it most likely falls in ("in the later weeks of the war" is no
 * such span). "within three days" is a time limit with no day it starts
 * from: a duration, not a date.
 */
const VAGUE_AHEAD = rule(
  `(?:${ci("in")}\\s+(a\\s+few|a\\s+couple\\s+of|several|two|three)|${ci("within")}(?:\\s+(a\\s+few|a\\s+couple\\s+of|several))?|${ci("in|over|during")}\\s+(?:the\\s+(?:coming|next)|coming|later(?!\\s+\\w+\\s+of\\b))(?:\\s+(few))?)\\s+(days|weeks|months)`,
  (m, ref) => {
    const howMany = (m[1] ?? m[2] ?? m[3] ?? "a few").toLowerCase().replace(/\s+/g, " ");
    const n = { "a couple of": 2, two: 2, three: 3 }[howMany] ?? 3;
    const unit = m[4]!.replace(/s$/, "");
    return { value: monthOf(addDays(ref, n * UNIT_DAYS[unit]!)), granularity: "vague" };
  },
  [/(?:day|week|month)s/],
);

const RULES: Rule[] = [
  // "on Sunday", "Friday's", "last Tuesday", "next Monday"
  rule(
    `(?:(${ci("on|by|until|since|from|before|after|last|next|this|late|early")})\\s+)?(${WEEKDAYS.join("|")})(?:['’]s)?(?:\\s+(?:morning|afternoon|evening|night))?`,
    (m, ref, tense) => {
      const lead = m[1]?.toLowerCase();
      const weekday = WEEKDAYS.indexOf(m[2]!);
      if (lead === "last") return day(resolveWeekday(ref, weekday, "past", true));
      if (lead === "next") return day(resolveWeekday(ref, weekday, "future", true));
      if (tense !== "unknown") return day(resolveWeekday(ref, weekday, tense));
      const back = resolveWeekday(ref, weekday, "past");
      const ahead = resolveWeekday(ref, weekday, "future");
      const nearer = ahead.getTime() - ref.getTime() < ref.getTime() - back.getTime();
      return day(nearer ? ahead : back);
    },
    [WEEKDAY_KEY],
  ),
  // "early January", "mid-December 2025", "late last month", "the end of the year"
  rule(
    `(?:${ci("in|by|until|from|since|before|after|through|during")}\\s+)?(${ci("early|mid|late")}|${ci("the")}\\s+(?:end|beginning|start|middle|turn)\\s+of)[\\s-]+(?:(last|this|next)\\s+(month|year)|the\\s+(month|year)|${MONTH}(?:,?\\s+(\\d{4}))?|(\\d{4}))`,
    (m, ref, tense) => {
      const part = m[1]!.toLowerCase();
      const shift = { last: -1, this: 0, next: 1 }[m[2] ?? "this"] ?? 0;
      const unit = m[3] ?? m[4];
      if (unit === "month") return { value: shiftMonths(ref, shift), granularity: "month-part" };
      if (m[5]) {
        const month = monthNumber(m[5]);
        const year = m[6] ? Number(m[6]) : nearestYear(ref, month, null, tense);
        return { value: monthValue(year, month), granularity: "month-part" };
      }
      const year = m[7] ? Number(m[7]) : ref.getUTCFullYear() + shift;
      if (/end|turn/.test(part)) return { value: monthValue(year, 12), granularity: "month-part" };
      if (/beginning|start/.test(part)) {
        return { value: monthValue(year, 1), granularity: "month-part" };
      }
      return { value: String(year), granularity: "year" };
    },
    [
      /[eE]arly|[mM]id|[lL]ate|[tT]he\s+(?:end|beginning|start|middle|turn)\s+of/,
      new RegExp(`month|year|\\d{4}|${MONTHS.join("|")}`),
    ],
  ),
  // "in January", "since March 2022", "later in January"
  rule(
    `(?:(${ci("in|by|until|since|from|during|through|before|after|later in|earlier in|early in|late in")})\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?(?!\\s*\\d)`,
    (m, ref, tense) => {
      // "May" and "March" are also a verb: take them only with a preposition or a year.
      if ((m[2] === "May" || m[2] === "March") && !m[1] && !m[3]) return null;
      const month = monthNumber(m[2]!);
      const year = m[3] ? Number(m[3]) : nearestYear(ref, month, null, tense);
      return { value: monthValue(year, month), granularity: "month" };
    },
    [MONTH_KEY],
  ),
  // "last month", "this week", "next year", "earlier this month"
  rule(
    `(?:${ci("earlier|later")}\\s+)?(${ci("last|this|next|the previous|the coming|the following")})\\s+(week|month|year)`,
    (m, ref) => {
      const which = m[1]!.toLowerCase();
      const shift = /last|previous/.test(which) ? -1 : /this/.test(which) ? 0 : 1;
      if (m[2] === "week")
        return { value: isoWeekValue(addDays(ref, 7 * shift)), granularity: "week" };
      if (m[2] === "month") return { value: shiftMonths(ref, shift), granularity: "month" };
      return { value: String(ref.getUTCFullYear() + shift), granularity: "year" };
    },
    [/[lL]ast|[tT]his|[nN]ext|[tT]he [pP]revious|[tT]he [cC]oming|[tT]he [fF]ollowing/, UNIT_KEY],
  ),
  // "in 2022", "since 2014", "by 2030"
  rule(
    `(?:${ci("in|since|by|until|before|after|from|through|during|throughout|early|late|mid")}[\\s-]+)((?:19|20)\\d{2})(?![%,.]\\d|\\s*(?:percent|per cent))`,
    (m) => ({ value: m[1]!, granularity: "year" }),
    [/(?:19|20)\d\d/],
  ),
  VAGUE_AHEAD,
  // "soon after New Year", "before the New Year holidays"
  rule(
    `(?:(?:soon|shortly|just|right)\\s+)?(${ci("after|before|by|until|around")})\\s+(?:the\\s+)?New\\s+Year(?:['’]s)?(?:\\s+(?:holidays?|break))?`,
    (m, ref) => {
      const year = ref.getUTCFullYear() + (ref.getUTCMonth() >= 6 ? 1 : 0);
      const after = /after|around/i.test(m[1]!);
      return {
        value: after ? monthValue(year, 1) : monthValue(year - 1, 12),
        granularity: "vague",
      };
    },
    [/New\s+Year/],
  ),
  // "today", "yesterday", "tomorrow" ("a day earlier" counts from the story's day: anchored-days)
  rule(
    `(${ci("today|tonight|this morning|this afternoon|this evening|yesterday|last night|tomorrow")})`,
    (m, ref) => {
      const w = m[1]!.toLowerCase();
      const shift = /yesterday|last night/.test(w) ? -1 : w === "tomorrow" ? 1 : 0;
      return day(addDays(ref, shift));
    },
    [/oday|omorrow|esterday|orning|fternoon|vening|ight/],
  ),
  // "Eleven days ago", "two weeks ago"
  rule(
    `(\\d+|[A-Za-z]+(?:-[a-z]+)?)\\s+(day|week|month|year)s?\\s+ago`,
    (m, ref) => {
      const n = parseDigits(m[1]!) ?? parseNumberWords(m[1]!);
      if (n === null) return null;
      const unit = m[2]!;
      const then = addDays(ref, -n * UNIT_DAYS[unit]!);
      if (unit === "day") return day(then);
      if (unit === "week") return { value: isoWeekValue(then), granularity: "week" };
      if (unit === "month") return { value: shiftMonths(ref, -n), granularity: "month" };
      return { value: String(ref.getUTCFullYear() - n), granularity: "year" };
    },
    [/\sago/],
  ),
  // Holidays of the season the talks run through.
  rule(
    `(Orthodox\\s+Christmas|Christmas\\s+Eve|Christmas\\s+Day|Christmas|New\\s+Year['’]s\\s+Eve|New\\s+Year['’]s\\s+Day)`,
    (m, ref, tense) => {
      const name = m[1]!.replace(/\s+/g, " ").replace("’", "'");
      const [month, dd] = (
        {
          "Orthodox Christmas": [1, 7],
          "Christmas Eve": [12, 24],
          "New Year's Eve": [12, 31],
          "New Year's Day": [1, 1],
        } as Record<string, [number, number]>
      )[name] ?? [12, 25];
      return day(utcDay(nearestYear(ref, month, dd, tense), month, dd));
    },
    [/Christmas|New\s+Year/],
  ),
];

interface Found extends Resolved {
  start: number;
  end: number;
  tense: Tense;
}

/** All date expressions in a text, resolved against the publication timestamp. */
export function findTimes(
  text: string,
  sentences: Sentence[],
  published: string,
): TimeExpression[] {
  const ref = publicationDay(published);
  const spans =
    sentences.length > 0 ? sentences : [{ index: 0, start: 0, end: text.length, paragraph: 0 }];
  const found: Found[] = [];
  for (const s of spans) {
    const sentenceText = text.slice(s.start, s.end);
    if (/^\s*(?:published|updated|posted|last updated)\b/i.test(sentenceText)) continue;
    found.push(...ruleFindings(text, s, ref), ...explicitDates(text, s, ref));
  }
  const days = localDays(text, published, ref);
  const named = dropOverlaps(found).map((f) => {
    // "tonight" in a report whose own day is not the UTC publication day.
    const local = deicticValue(days, f.start, text.slice(f.start, f.end));
    return local ? { ...f, value: local } : f;
  });
  anchorVagueToSpeech(text, spans, named);
  const starts = spans.map((s) => s.start);
  anchorWeekToStory(text, starts, named);
  const anchored = findAnchoredDays(text, starts, named, ref).map((a): Found => {
    const s = spans.find((x) => x.start <= a.start && a.end <= x.end) ?? spans[0]!;
    return { ...a, granularity: "day", tense: tenseAround(text, s, a.start, a.end) };
  });
  const sentenceAt = sentenceIndexer(sentences);
  return dropOverlaps([...named, ...anchored]).map((f) => {
    const [first, last] = periodOf(f.value);
    return {
      start: f.start,
      end: f.end,
      text: text.slice(f.start, f.end),
      value: f.value,
      granularity: f.granularity,
      future: pointsForward(first, last, ref, f.tense),
      sentence: sentenceAt(f.start),
    };
  });
}

/**
 * "When they met on 4 May, she said a deal would come in a few weeks": a
 * vague span in reported speech counts from the day the words were said,
 * when the sentence names that day before it and tells of the past.
 */
function anchorVagueToSpeech(
  text: string,
  spans: Array<{ start: number; end: number }>,
  found: Found[],
): void {
  for (const f of found) {
    if (f.granularity !== "vague") continue;
    const m = new RegExp(VAGUE_AHEAD.re.source, "u").exec(text.slice(f.start, f.end));
    if (m?.index !== 0) continue;
    const s = spans.find((x) => x.start <= f.start && f.end <= x.end);
    if (!s) continue;
    const said = found
      .filter((d) => d.granularity === "day" && d.start >= s.start && d.end <= f.start)
      .pop();
    if (!said) continue;
    const between = text.slice(said.end, f.start);
    if (!SPEECH_PAST.test(between)) continue;
    const resolved = VAGUE_AHEAD.resolve(m, periodOf(said.value)[0], "future");
    if (resolved) f.value = resolved.value;
  }
}

/**
 * "Talks opened on 4 May. Later in the week, …": the week is the one of the
 * day the story tells of, when the text names one just before (in the same or
 * the previous sentence); otherwise the report's own.
 */
function anchorWeekToStory(text: string, sentenceStarts: number[], found: Found[]): void {
  for (const f of found) {
    if (f.granularity !== "week") continue;
    const m = new RegExp(STORY_WEEK.re.source, "u").exec(text.slice(f.start, f.end));
    if (m?.index !== 0) continue;
    const story = anchorBefore(f.start, sentenceStarts, found);
    const resolved = story && STORY_WEEK.resolve(m, story, f.tense);
    if (resolved) f.value = resolved.value;
  }
}

/** A verb of saying in the past, between the day named and the vague span. */
const SPEECH_PAST =
  /\b(?:said|told|predicted|promised|pledged|vowed|declared|announced|insisted|wrote|added|estimated|forecast|suggested)\b/i;

/** Every date rule, in the order they are tried (exported for tests of their keys). */
export const ALL_RULES = [...RULES, ...WEEK_PART_RULES];

function ruleFindings(text: string, s: { start: number; end: number }, ref: Date): Found[] {
  const out: Found[] = [];
  const sentenceText = text.slice(s.start, s.end);
  for (const r of ALL_RULES) {
    if (!mayMatch(r, sentenceText)) continue;
    for (const m of sentenceText.matchAll(r.re)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const tense = directionOf(text, s, start, end, m[0]);
      const resolved = r.resolve(m as RegExpExecArray, ref, tense);
      if (resolved) out.push({ ...resolved, start, end, tense });
    }
  }
  return out;
}

/**
 * A day set for something ("a deadline set for Sunday", "the vote, scheduled
 * for Friday"): the setting may be past while the day it names is still to
 * come, so a verb in the past does not place the day.
 */
const APPOINTED_FOR = /\b(?:set|scheduled|slated|fixed|planned|timed|due)\s+for\s+$/i;
/** "until noon on Monday", "by 6 p.m. on Friday": a deadline with its hour. */
const DEADLINE_HOUR =
  /\b(?:by|before|until|till)\s+(?:noon|midnight|dawn|\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?)\s+$/i;

/** The tense a rule's match is read with: its clause's, unless the words before it say more. */
function directionOf(
  text: string,
  s: { start: number; end: number },
  start: number,
  end: number,
  words: string,
): Tense {
  const tense = tenseAround(text, s, start, end);
  const before = text.slice(Math.max(s.start, start - 40), start);
  if (tense === "past" && APPOINTED_FOR.test(before)) return "unknown";
  // "by the end of the year", "before New Year", "until noon on Monday": a deadline points forward.
  if (
    tense === "unknown" &&
    (/^(?:by|before|until)\s/i.test(words) || DEADLINE_HOUR.test(before))
  ) {
    return "future";
  }
  return tense;
}

/** Calendar dates with a month and a day ("December 28", "Dec. 28, 2025", "28/12/2025"), via chrono. */
function explicitDates(text: string, s: { start: number; end: number }, ref: Date): Found[] {
  const out: Found[] = [];
  const raw = text.slice(s.start, s.end);
  // Every written date holds a figure: a sentence with none is not worth the checks below.
  if (!/\d/.test(raw)) return out;
  // chrono reads "the night of December 31" as tonight: the part of the day is blanked out.
  const sentenceText = raw.replace(/\b(?:night|morning|evening|afternoon)\s+of\b/gi, (w) =>
    " ".repeat(w.length),
  );
  // Only written dates are kept, so a sentence with none is not worth chrono's time.
  if (!MAY_HOLD_WRITTEN_DATE.test(sentenceText)) return out;
  for (const r of chrono.en.parse(sentenceText, ref, { forwardDate: false })) {
    const c = r.start;
    if (!c.isCertain("month") || !c.isCertain("day") || !WRITTEN_DATE.test(r.text)) continue;
    const month = c.get("month")!;
    const dd = c.get("day")!;
    let start = s.start + r.index;
    // Keep the date and leave a time of day chrono may have joined to it ("January 6 at 3 p.m.").
    const written = r.text.replace(/(?:,?\s+at|,)\s+\d.*$/s, "");
    // "December 24 to January 2": two dates, each at its place; "Dec. 22-23" stays one.
    const split = /\s*(?:to|until|through|till|-|–|—)\s*(?=\S*\s*\S*$)/.exec(written);
    const second = r.end && split ? written.slice(split.index + split[0].length) : "";
    const ownDate = second !== "" && WRITTEN_DATE.test(second);
    let end = start + (ownDate ? split!.index : written.length);
    // "December 27–28", which chrono does not read as a range: the span takes the second day.
    const dash = /^\s?[-–—]\s?\d{1,2}(?!\d)/.exec(text.slice(end, end + 6));
    if (dash && !r.end) end += dash[0].length;
    const tense = tenseAround(text, s, start, end);
    const year = c.isCertain("year") ? c.get("year")! : nearestYear(ref, month, dd, tense);
    const on = /[Oo]n\s+$/.exec(text.slice(Math.max(0, start - 3), start));
    if (on) start -= on[0].length;
    const first = utcDay(year, month, dd);
    out.push({ ...day(first), start, end, tense });
    if (ownDate && r.end) {
      const secondStart = start + (on ? on[0].length : 0) + split!.index + split![0].length;
      const secondEnd = s.start + r.index + written.length;
      out.push({ ...day(rangeEnd(r.end, first)), start: secondStart, end: secondEnd, tense });
    }
  }
  return out;
}

/** The last day of a range: the first such day on or after its first day when no year is given. */
function rangeEnd(c: chrono.ParsedComponents, first: Date): Date {
  const month = c.get("month")!;
  const dd = c.get("day")!;
  if (c.isCertain("year")) return utcDay(c.get("year")!, month, dd);
  const sameYear = utcDay(first.getUTCFullYear(), month, dd);
  return sameYear < first ? utcDay(first.getUTCFullYear() + 1, month, dd) : sameYear;
}

/** A date written out with a month and figures, not a casual word like "now" or "tomorrow". */
const MONTH_ABBR = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const WRITTEN_DATE = new RegExp(
  `\\b${MONTH_ABBR}\\s+\\d|\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_ABBR}|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}`,
);

/** WRITTEN_DATE without its word boundary: true wherever chrono could find a date to keep. */
const MAY_HOLD_WRITTEN_DATE = new RegExp(WRITTEN_DATE.source.replace(/^\\b/, ""), "i");

function dropOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) continue;
    kept.push(f);
  }
  return kept;
}
