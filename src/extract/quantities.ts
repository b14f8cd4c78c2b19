/**
 * Quantities layer: figures with units ("about 500 drones", "60 to 90 days",
 * "a 20-point plan", "90%", "$10 billion"), with how each is bounded. Numbers
 * that are dates, times of day, ordinals or parts of names are left out, and
 * so are vague small counts ("one or two", "the two sides"). People counted
 * by role keep their noun, sources of the report too ("two officials said").
 */
import type { Quantity, QuantityBound, Sentence } from "../model/index.js";
import { wordTable } from "../util/lookup.js";
import {
  FRACTION_SOURCE,
  NUMBER_DIGITS_SOURCE,
  NUMBER_WORD_SOURCE,
  OPENERS,
  parseDigits,
  parseFraction,
  parseNumberWords,
  SCALE_SOURCE,
  unitAfter,
  unitOfNoun,
  WORD_NUMBER_UNITS,
} from "./number-words.js";
import { namesKnownSet, roleAfter, unitFromContext } from "./quantity-context.js";
import { isPluralNoun } from "./singular.js";
import type { Component } from "./types.js";

export const quantitiesComponent: Component = {
  name: "quantities",
  run(doc) {
    doc.quantities = findQuantities(doc.report.text, doc.sentences);
  },
};

/** Durations and their size in the next smaller unit, for "an hour and 15 minutes". */
const SMALLER: Record<string, [string, number]> = wordTable({
  hour: ["minute", 60],
  day: ["hour", 24],
  week: ["day", 7],
  year: ["month", 12],
  decade: ["year", 10],
  century: ["year", 100],
});

/** A currency sign or code before a figure: "$", "US$", "AU$ ", "€", "EUR ". */
const CURRENCY_SOURCE = String.raw`(?:US|AU|A|C|CA|HK|NZ|S)?[$€£]\s?|(?:USD|EUR|GBP)\s?`;
const currencyOf = (sign: string): string =>
  /€|EUR/.test(sign) ? "euro" : /£|GBP/.test(sign) ? "pound" : "dollar";

/** Words before a figure that bound it, longest first within each bound. */
const HEDGES: Array<[QuantityBound, string]> = [
  ["more_than", "just over|a little over|slightly over|a little more than|slightly more than"],
  ["more_than", "more than|over|upwards of|in excess of|above"],
  ["at_least", "at least|a minimum of|no fewer than|no less than|not less than"],
  ["less_than", "just under|a little under|less than|fewer than|under|below"],
  ["at_most", "at most|up to|no more than|not more than|a maximum of|as many as"],
  [
    "approx",
    "an estimated|an approximate|approximately|about|around|roughly|nearly|almost|some|estimated|close to|circa",
  ],
];

const HEDGE_RE = new RegExp(
  `(?<![\\p{L}])(${HEDGES.flatMap(([, ws]) => ws.split("|"))
    .sort((a, b) => b.length - a.length)
    .join("|")})\\s+$`,
  "iu",
);
const BOUND_OF = new Map<string, QuantityBound>(
  HEDGES.flatMap(([b, ws]) => ws.split("|").map((w): [string, QuantityBound] => [w, b])),
);

const NUM = `(?:(?:[$€£]\\s?)?(?:(?:${NUMBER_DIGITS_SOURCE})${SCALE_SOURCE}?)|${NUMBER_WORD_SOURCE})`;
const CORE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}$€£,.])(${CURRENCY_SOURCE})?(?:(${NUMBER_DIGITS_SOURCE})(${SCALE_SOURCE})?|(${NUMBER_WORD_SOURCE}))(?![\\p{N}])`,
  "giu",
);
const RANGE_RE = new RegExp(`^\\s*(to|-|–|—|and|or)\\s*(${NUM})(?![\\p{N}])`, "iu");
/** "or" and a number after a figure: "three or four days". */
const OR_NUMBER = new RegExp(`^\\s+or\\s+(?:${NUM})(?![\\p{L}\\p{N}])`, "iu");
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const MONTH_BEFORE = new RegExp(`(?:${MONTHS})\\.?\\s+$`);
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})\\b`);
const TIME_AFTER = /^(?:\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|utc\b|o'clock)|:\d|\/\d|-\d\d-\d\d)/i;
/** A figure with no unit of its own, which a neighbour may lend it. */
interface Orphan {
  start: number;
  end: number;
  value: number;
  hedge: Hedge | null;
}

interface Draft {
  start: number;
  end: number;
  value: number | [number, number];
  unit: string;
  bound: QuantityBound;
  approx: boolean;
  partOfCounted?: true;
}

/** All quantities in a text; `sentences` give each its sentence index. */
export function findQuantities(text: string, sentences: Sentence[]): Quantity[] {
  const drafts: Draft[] = [];
  const orphans: Orphan[] = [];
  for (const m of text.matchAll(CORE_RE)) {
    const found = readFigure(text, m, orphans);
    if (found) drafts.push(...found);
  }
  drafts.push(...findArticleDurations(text), ...findFractions(text));
  drafts.push(...adoptOrphans(text, orphans, drafts));
  const sentenceAt = sentenceIndexer(sentences);
  return dropOverlaps(drafts).map((d) => {
    const sentence = sentenceAt(d.start);
    const from = sentences[sentence]?.start ?? 0;
    const fronted = !d.partOfCounted && frontedPartitive(text.slice(from, d.start));
    return {
      ...d,
      ...(fronted ? { partOfCounted: true as const } : {}),
      text: text.slice(d.start, d.end),
      sentence,
    };
  });
}

/**
 * "Of the sailors released, 40 were serving long sentences": a figure after
 * a fronted "of the …" counts part of that group, never a rival of its total.
 */
const FRONTED_PARTITIVE =
  /^\s*(?:[\p{L}’'-]+\s+){0,2}?of\s+(?:the|those|these|them|all|its|their)\b[^,;:.]{0,80},\s*(?:[\p{L}-]+\s+){0,2}$/iu;

function frontedPartitive(before: string): boolean {
  return FRONTED_PARTITIVE.test(before);
}

function readFigure(text: string, m: RegExpMatchArray, orphans: Orphan[]): Draft[] | null {
  const start = m.index!;
  let end = start + m[0].length;
  const currency = m[1] ? currencyOf(m[1]) : undefined;
  const isWords = m[4] !== undefined;
  const value = isWords ? parseNumberWords(m[4]!) : parseDigits(`${m[2]}${m[3] ?? ""}`);
  if (value === null || isExcluded(text, start, end, isWords, value)) return null;

  const hedge = hedgeBefore(text, start);
  let second: number | null = null;
  const range = RANGE_RE.exec(text.slice(end));
  if (range && (range[1] !== "and" || hedge?.word === "between")) {
    second = parseDigits(range[2]!.replace(/^[$€£]\s?/, "")) ?? parseNumberWords(range[2]!);
    // "three or four days" is a range; "one or two" a vague few, and "4 or 2" no range.
    if (range[1]!.toLowerCase() === "or" && (second === null || value <= 1 || second <= value))
      second = null;
    if (second !== null) end += range[0].length;
  }
  const unit = currency
    ? { unit: currency, end, known: true }
    : unitAfter(text, end, isWords || second !== null);
  // "1.5m people" is a count; a bare "2m" may as well be metres.
  if (m[3] && /^(?:m|k)$/i.test(m[3]) && !currency && (!unit || text[end] === "-")) return null;
  const isYear = !isWords && !m[3] && /^\d{4}$/.test(m[2]!) && value >= 1900 && value <= 2100;
  const named = !isWords && followsName(text, start);
  // After a name, a capitalised word is more of the name ("Boeing 787 Dreamliner").
  if (named && /^\s\p{Lu}/u.test(text.slice(end, end + 2))) return null;
  if (!unit || (named && !unit.known)) {
    if (isYear || named) return null;
    // The part's text stops at its figure: the group after "of" may hold a count of its own.
    const partOf = second === null ? nounOfPart(text, end) : null;
    if (partOf && (!isWords || partCountHolds(text, start, end, value, partOf))) {
      const part = draft(hedge?.start ?? start, end, value, null, partOf.unit, hedge);
      return [partOf.counted ? { ...part, partOfCounted: true } : part];
    }
    const byContext = unitFromContext(text, hedge?.start ?? start, end);
    if (byContext) return [draft(start, byContext.end, value, second, byContext.unit, hedge)];
    if (second !== null) return null;
    const counted = numberOfNoun(text, hedge?.start ?? start);
    if (counted && (!isWords || wordCountHolds(text, start, end, value, counted)))
      return [draft(start, end, value, null, counted, hedge)];
    // A number word with no noun is a figure only when bounded ("as many as thirty"), or
    // when it goes on with a count told before ("four more", "the other three").
    if (isWords) {
      if (hedge && hedge.word !== "between")
        orphans.push({ start: hedge.start, end, value, hedge });
      else if (continuesCount(text, start, end) || othersAfter(text, end))
        orphans.push({ start, end, value, hedge: null });
      return null;
    }
    if (isArmySize(text, start, value)) return [draft(start, end, value, null, "troop", hedge)];
    orphans.push({ start: hedge?.start ?? start, end, value, hedge });
    return null;
  }
  if (isYear && !unit.known) return null;
  // "forces would stay at 800,000 soldiers": an army's size, counted in troops.
  if (unit.unit === "soldier" && isArmySize(text, start, value)) unit.unit = "troop";
  // "40 men serving long sentences": people whose role the clause gives keep that noun.
  if (unit.unit === "person") unit.unit = roleAfter(text, unit.end) ?? unit.unit;
  // "Eleven days ago", "a day earlier" are dates, not durations.
  if (/^\s+(?:ago|earlier|later)\b/i.test(text.slice(unit.end, unit.end + 10))) return null;
  // "two days after the summit", "a week before Christmas": a day counted from an event.
  if (isCountedFromEvent(text, unit.unit, unit.end)) return null;
  if (isWords && !wordCountHolds(text, start, end, value, unit.unit)) return null;
  // "from 28 to 20 points" is a change between two figures, not a range.
  if (second !== null && second < value) {
    return [
      draft(start, start + m[0].length, value, null, unit.unit, hedge),
      draft(end - range![2]!.length, unit.end, second, null, unit.unit, null),
    ];
  }
  const merged = mergeSmallerDuration(text, unit.unit, value, unit.end);
  if (merged && second === null)
    return [draft(start, merged.end, merged.value, null, merged.unit, hedge)];
  return [draft(start, unit.end, value, second, unit.unit, hedge)];
}

/**
 * "an army of 800,000", "forces would remain at 800,000": a figure in the
 * thousands after words for an army is its size, counted in troops.
 */
function isArmySize(text: string, start: number, value: number): boolean {
  const army = /\b(?:army|armed forces|forces|troops|military)\b[^.]{0,40}$/i;
  return value >= 1000 && army.test(text.slice(Math.max(0, start - 60), start));
}

function draft(
  start: number,
  end: number,
  value: number,
  high: number | null,
  unit: string,
  hedge: Hedge | null,
): Draft {
  const bound: QuantityBound = high !== null ? "range" : (hedge?.bound ?? "exact");
  const approx = hedge ? ["approx", "more_than", "less_than"].includes(hedge.bound) : false;
  return {
    start: hedge?.start ?? start,
    end,
    value: high !== null ? [value, high] : value,
    unit,
    bound,
    approx,
  };
}

interface Hedge {
  start: number;
  word: string;
  bound: QuantityBound;
}

function hedgeBefore(text: string, start: number): Hedge | null {
  const before = text.slice(Math.max(0, start - 30), start);
  const between = /(?<![\p{L}])between\s+$/iu.exec(before);
  if (between) return { start: start - between[0].length, word: "between", bound: "range" };
  const h = HEDGE_RE.exec(before);
  if (!h) return null;
  const word = h[1]!.toLowerCase();
  return { start: start - h[0].length, word, bound: BOUND_OF.get(word) ?? "approx" };
}

/** Nouns a writer counts their own points with: "two things stand out", "three questions remain". */
const FRAMING_NOUNS = new Set(
  "thing question test reason lesson way takeaway scenario caveat".split(" "),
);

/**
 * A number in words counts only as a figure a reader would check: not "one"
 * before a noun that is no measure ("one option"), and not a known set ("the
 * two leaders"; "the two-hour call" still counts, as a measure).
 */
function wordCountHolds(
  text: string,
  start: number,
  end: number,
  value: number,
  unit: string,
): boolean {
  if (value === 1 && !WORD_NUMBER_UNITS.has(unit)) return false;
  // "Two tests will come quickly", "three reasons": the writer's own points, not a count told.
  if (FRAMING_NOUNS.has(unit)) return false;
  // "the other ten percent": a share is a measure, never a set of known members.
  if (unit === "percent") return true;
  return text[end] === "-" || !namesKnownSet(text, start);
}

/**
 * "three days after the vote", "a week before Christmas", "two months after
 * its launch": a span of days counted from an event is a date, not a duration.
 */
function isCountedFromEvent(text: string, unit: string, at: number): boolean {
  if (!/^(?:day|week|month)$/.test(unit)) return false;
  return /^\s+(?:after|before)\s+(?:(?:the|a|an|his|her|its|their|this|that|these|those|it|them)(?!\p{L})|\p{Lu}|\d)/u.test(
    text.slice(at, at + 20),
  );
}

/** Dates, times of day and ordinals are not quantities. */
function isExcluded(
  text: string,
  start: number,
  end: number,
  isWords: boolean,
  value: number,
): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 12);
  if (/^(?:st|nd|rd|th)\b/i.test(after) || TIME_AFTER.test(after)) return true;
  if (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after)) return true;
  if (/[\p{L}\p{N}][-/#]$|#$/u.test(before)) return true;
  // "one in three homes", "4 out of 10": a ratio, not two counts.
  if (/(?:\d|\bone)\s+(?:in|out\s+of)\s+$/i.test(before)) return true;
  if (/^\s+(?:in|out\s+of)\s+(?:\d|every\b)/i.test(after)) return true;
  // "one or two", "three or more": vague; "three or four days" is a range (readFigure).
  const orRange = value > 1 && OR_NUMBER.test(text.slice(end, end + 30));
  if (isWords)
    return (
      /^\p{L}/u.test(after) || (/^\s+or\s+/i.test(after) && !orRange) || /\bor\s+$/i.test(before)
    );
  return false;
}

/**
 * A figure right after a capitalised word may be part of a name ("Article 5",
 * "Minsk 2"); it counts only when a known unit follows ("gives Ukraine 15-year guarantees").
 */
function followsName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const previous = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before);
  return previous !== null && !OPENERS.has(previous[1]!.toLowerCase().replace(/\.$/, ""));
}

/** Fractions that may follow "and" in a duration: "an hour and a quarter". */
const DURATION_FRACTIONS: Record<string, number> = wordTable({
  "a half": 0.5,
  "a quarter": 0.25,
  "three quarters": 0.75,
});

/** " and a half", " and 15 minutes" after a duration, by the smaller unit it may add. */
const AND_SMALLER = new Map(
  Object.values(SMALLER).map(([unit]) => [
    unit,
    new RegExp(
      `^\\s+and\\s+(?:(a\\s+half|a\\s+quarter|three[- ]quarters)(?![\\p{L}])|(${NUM})\\s+${unit}s?\\b)`,
      "iu",
    ),
  ]),
);

/**
 * "an hour and 15 minutes" → 75 minute; "a year and a half" → 18 month; "an
 * hour and a quarter" → 75 minute; "two days and a half" → 60 hour.
 */
function mergeSmallerDuration(
  text: string,
  unit: string,
  value: number,
  at: number,
): { unit: string; value: number; end: number } | null {
  const smaller = SMALLER[unit];
  if (!smaller) return null;
  const m = AND_SMALLER.get(smaller[0])!.exec(text.slice(at, at + 40));
  if (!m) return null;
  const share = m[1] ? DURATION_FRACTIONS[m[1].toLowerCase().replace(/[\s-]+/g, " ")]! : 0;
  const extra = m[1] ? smaller[1] * share : (parseDigits(m[2]!) ?? parseNumberWords(m[2]!) ?? 0);
  return { unit: smaller[0], value: value * smaller[1] + extra, end: at + m[0].length };
}

/**
 * "just over an hour", "half an hour", "half a century", "a quarter of a century",
 * "an hour and 15 minutes": one unit with no figure.
 */
const ARTICLE_DURATION =
  /(?<![\p{L}])(?:(half|a\s+quarter(?:\s+of)?|three\s+quarters\s+of)\s+)?an?\s+(hour|day|week|month|year|decade|century)\b/giu;
/** What every match of ARTICLE_DURATION holds, found without trying a lookbehind at every position. */
const ARTICLE_DURATION_KEY = /an?\s+(?:hour|day|week|month|year|decade|century)/iu;

function findArticleDurations(text: string): Draft[] {
  const out: Draft[] = [];
  if (!ARTICLE_DURATION_KEY.test(text)) return out;
  for (const m of text.matchAll(ARTICLE_DURATION)) {
    const start = m.index!;
    const unit = m[2]!.toLowerCase();
    if (/^\s+(?:ago|earlier|later)\b/i.test(text.slice(start + m[0].length))) continue;
    if (m[1]) {
      const share = /^half/i.test(m[1]) ? 0.5 : /^three/i.test(m[1]) ? 0.75 : 0.25;
      const [small, factor] = SMALLER[unit] ?? [unit, 1];
      const hedge = hedgeBefore(text, start);
      out.push(draft(start, start + m[0].length, factor * share, null, small, hedge));
      continue;
    }
    const merged = mergeSmallerDuration(text, unit, 1, start + m[0].length);
    const hedge = hedgeBefore(text, start);
    if (merged) out.push(draft(start, merged.end, merged.value, null, merged.unit, hedge));
    else if (hedge && hedge.word !== "between") {
      out.push(draft(start, start + m[0].length, 1, null, unit, hedge));
    }
  }
  return out;
}

/** "about three-quarters of Donetsk", "the remaining quarter": shares, in percent. */
const FRACTION = new RegExp(`(?<![\\p{L}-])(${FRACTION_SOURCE})(?![\\p{L}-])`, "giu");
/** A word every match of FRACTION holds. */
const FRACTION_KEY = /quarter|half|third|fifth|tenth/iu;

function findFractions(text: string): Draft[] {
  const out: Draft[] = [];
  if (!FRACTION_KEY.test(text)) return out;
  for (const m of text.matchAll(FRACTION)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 30), start);
    const after = text.slice(end, end + 30);
    const remaining = /(?<![\p{L}])the\s+(?:remaining|other|last)\s+$/iu.exec(before);
    const ofPart = /^\s+of\s+(?!(?:the\s+)?(?:year|month|century|\d))/i.test(after);
    if (!remaining && !ofPart) continue;
    if (/\b(?:first|second|third|fourth|final|next|this|past)\s+$/i.test(before)) continue;
    if (/^\s+(?:an?|the)\s+(?:hour|day|week|month|year)/i.test(after)) continue;
    const value = parseFraction(m[1]!);
    if (value === null) continue;
    const hedge = hedgeBefore(text, start);
    const d = draft(
      remaining ? start - remaining[0].length : start,
      end,
      value,
      null,
      "percent",
      hedge,
    );
    out.push({ ...d, approx: true, bound: hedge ? d.bound : "approx" });
  }
  return out;
}

/**
 * A bare figure next to one with a unit takes that unit: "cut from 28 points to 20",
 * "20 points from the 28".
 */
function adoptOrphans(text: string, orphans: Orphan[], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const o of orphans) {
    const theStart = /(?<![\p{L}])the\s+$/iu.exec(text.slice(Math.max(0, o.start - 4), o.start));
    const start = theStart ? o.start - theStart[0].length : o.start;
    const link = /^\s*(?:to|from|and|or|versus|vs\.?|,)\s*(?:the\s+)?$/i;
    const near = drafts.find(
      (d) =>
        (d.end <= start && d.end >= start - 25 && link.test(text.slice(d.end, start))) ||
        (d.start >= o.end && d.start <= o.end + 25 && link.test(text.slice(o.end, d.start))),
    );
    // A figure past 100 beside a share is an amount, not another share ("rose 4% to 3.2 trillion").
    if (near && !(near.unit === "percent" && o.value > 100)) {
      out.push(markPart(text, o, draft(start, o.end, o.value, null, near.unit, null)));
      continue;
    }
    const answer = ellipticalAntecedent(text, o, drafts) ?? continuedAntecedent(text, o, drafts);
    if (answer) out.push(markPart(text, o, answerDraft(text, o, answer.unit)));
  }
  return out;
}

/** "51 travellers, about 20 of whom …": a part of the group counted before, marked as nounOfPart marks one. */
function markPart(text: string, o: Orphan, d: Draft): Draft {
  const part = /^\s+of\s+(?:whom|them|which)(?![\p{L}])/iu.test(text.slice(o.end, o.end + 16));
  return part ? { ...d, partOfCounted: true } : d;
}

/**
 * "two of its soldiers", "three of the wounded medics": a count of part of a
 * group, whose noun comes after "of" and a determiner. A group counted itself
 * ("four of the 28 hostages") gives the part too, marked as such: claims keep
 * it out of the whole's figures, beside which it would stand as a rival value.
 */
const PART_OF =
  /^\s+of\s+(?:the|its|their|his|her|our|your|those|these)\s+([\p{N},.]+\s+)?((?:\p{Ll}[\p{Ll}-]*\s*){1,3})/u;

interface PartOf {
  unit: string;
  /** Where the group's noun ends. */
  end: number;
  /** The group carries a count of its own. */
  counted: boolean;
}

function nounOfPart(text: string, end: number): PartOf | null {
  const m = PART_OF.exec(text.slice(end, end + 60));
  if (!m) return null;
  // The first plural noun of up to three words: "of the 40 stranded sailors".
  const words = m[2]!.split(/\s+/);
  const at = words.findIndex(isPluralNoun);
  // "of our loved ones": "ones" stands for a noun said elsewhere.
  if (at < 0 || words[at] === "ones") return null;
  const head = m[0].length - m[2]!.length;
  const nounEnd = end + head + words.slice(0, at + 1).join(" ").length;
  return { unit: unitOfNoun(words[at]!), end: nounEnd, counted: m[1] !== undefined };
}

/**
 * A part counted in words is a figure as any word count is; "one of its
 * soldiers" only as a casualty ("killed one of its soldiers", "one of its
 * medics was wounded"), where one is a toll.
 */
function partCountHolds(
  text: string,
  start: number,
  end: number,
  value: number,
  part: PartOf,
): boolean {
  if (value !== 1) return wordCountHolds(text, start, end, value, part.unit);
  return (
    unitFromContext(text, start, end) !== null || unitFromContext(text, start, part.end) !== null
  );
}

/**
 * Words before a count that go on with one told before: "the other 13", "another 40",
 * "all 20", "leaving 20" (what is left of it), "half the 600" (a figure it is measured against).
 */
const CONTINUE_LEAD =
  /(?<![\p{L}])(?:the\s+other|another|the\s+remaining|all|the\s+last|leaving|(?:half|twice|double|triple)\s+(?:of\s+)?the)\s+$/iu;
/**
 * Words after a count that go on with one told before: "four more", "20 of whom".
 * "90 others" is not one: others beside a named group are people of any kind.
 */
const CONTINUE_TAIL = /^\s+(?:more|of\s+(?:whom|them|which))(?![\p{L}])/iu;

/**
 * "Twenty hostages are alive. … the remains of 28 others": "others" in a later
 * sentence than a count goes on with it. In the count's own sentence ("killed
 * three soldiers and 90 others") others are people of any kind.
 */
const OTHERS_TAIL = /^\s+others(?![\p{L}])/iu;
const othersAfter = (text: string, end: number) => OTHERS_TAIL.test(text.slice(end, end + 10));
/** A sentence break: an end mark, then a capital. */
const SENTENCE_BREAK = /[.!?]["”’]?\s+\p{Lu}/gu;

function continuesCount(text: string, start: number, end: number): boolean {
  return (
    CONTINUE_LEAD.test(text.slice(Math.max(0, start - 16), start)) ||
    CONTINUE_TAIL.test(text.slice(end, end + 16))
  );
}

/**
 * "cut the number of grain barges to 30", "bringing the number of bodies
 * returned to eight", "put the number of wounded at 40": a bare figure that
 * a number of things, named before it in its clause, is set to, reaches or
 * stands at counts those things.
 */
const NUMBER_OF =
  /(?<![\p{L}])number\s+of\s+((?:\p{Ll}[\p{Ll}-]*\s+){1,3})([^.;:!?,"“”]{0,50}?)(?<![\p{L}])(?:to|at|is|was|reached|hit|topped)\s+$/u;
/** Words that open another clause between the number and the figure: "… in May and raised fares to 12". */
const OTHER_CLAUSE = /(?<![\p{L}])(?:and|but|or|while|which|who|that|as)(?![\p{L}])/iu;

function numberOfNoun(text: string, start: number): string | null {
  const m = NUMBER_OF.exec(text.slice(Math.max(0, start - 110), start));
  if (!m || OTHER_CLAUSE.test(m[2]!)) return null;
  const noun = m[1]!.trim().split(/\s+/).find(isPluralNoun);
  return noun ? unitOfNoun(noun) : null;
}

/**
 * A bare count that goes on with one told before ("seven were freed at dawn and
 * the other 13 at noon", "four bodies on Monday and four more on Tuesday")
 * counts what that one counts: the last figure with a unit in its sentence or
 * the one before, in the same paragraph, that counts things (not a share, a sum
 * or a length of time).
 */
function continuedAntecedent(text: string, o: Orphan, drafts: Draft[]): Draft | null {
  const others = othersAfter(text, o.end);
  if (!continuesCount(text, o.start, o.end) && !others) return null;
  // A bound goes with "of whom" ("about 20 of whom"), not with a lead ("the other about 20").
  if (o.hedge && !CONTINUE_TAIL.test(text.slice(o.end, o.end + 16))) return null;
  const earlier = drafts.filter((d) => d.end <= o.start && d.end >= o.start - 250);
  const last = earlier.sort((a, b) => b.end - a.end)[0];
  if (!last || typeof last.value !== "number" || !isCountUnit(last.unit)) return null;
  const between = text.slice(last.end, o.start);
  const breaks = (between.match(SENTENCE_BREAK) ?? []).length;
  if (breaks > 1 || (others && breaks === 0)) return null;
  if (/\n\s*\n/.test(between)) return null;
  return last;
}

/** Units that count things or people, not shares, sums of money or lengths of time. */
function isCountUnit(unit: string): boolean {
  return !/^(?:percent|dollar|euro|pound|ruble|hryvnia|shekel|yuan|year|month|week|day|hour|minute|second|kilometre|kilometer|mile|metre|meter)$/.test(
    unit,
  );
}

/** Words before a bare figure that show its noun was left out: "asked for", "a more modest". */
const ELLIPSIS_ADJ =
  "more|less|much|far|mere|modest|higher|lower|smaller|larger|bigger|further|additional|extra|full|round|paltry|generous|revised";
const ELLIPSIS_LEAD = new RegExp(
  `(?<![\\p{L}])(?:for|(?:a|an|the)\\s+(?:(?:${ELLIPSIS_ADJ})\\s+)?(?:${ELLIPSIS_ADJ}))\\s+$`,
  "iu",
);
/** A bare figure that ends its clause: "… and asked for up to 40." */
const CLAUSE_END = /^\s*(?:[.,;:!?)"”’]|$|\s(?:and|but|while|whereas)\b)/u;

/**
 * A bare figure that ends its clause after a bound ("asked for up to 40",
 * "settled for 12", "offered a more modest 85") continues the last figure
 * with a unit, in its sentence or the one before, when the two are of a
 * size: the noun was left out because the reader already has it.
 */
function ellipticalAntecedent(text: string, o: Orphan, drafts: Draft[]): Draft | null {
  if (!CLAUSE_END.test(text.slice(o.end, o.end + 8))) return null;
  const before = text.slice(Math.max(0, o.start - 40), o.start);
  if (!o.hedge && !ELLIPSIS_LEAD.test(before)) return null;
  const earlier = drafts.filter((d) => d.end <= o.start && d.end >= o.start - 250);
  const last = earlier.sort((a, b) => b.end - a.end)[0];
  if (!last || typeof last.value !== "number" || last.value <= 0) return null;
  // No more than one sentence boundary between them.
  const between = text.slice(last.end, o.start);
  if ((between.match(/[.!?]["”’]?\s+\p{Lu}/gu) ?? []).length > 1) return null;
  if (/\n\s*\n/.test(between)) return null;
  const ratio = o.value / last.value;
  if (ratio > 20 || ratio < 1 / 20) return null;
  if (last.unit === "percent" && o.value > 100) return null;
  return last;
}

/** The draft of an elliptical figure, taking in the article and words that lead it. */
function answerDraft(text: string, o: Orphan, unit: string): Draft {
  if (o.hedge) return draft(o.start, o.end, o.value, null, unit, o.hedge);
  const before = text.slice(Math.max(0, o.start - 40), o.start);
  const lead = /(?<![\p{L}])(?:a|an|the)\s+(?:\p{Ll}+\s+){1,2}$/u.exec(before);
  const start = lead && ELLIPSIS_LEAD.test(before) ? o.start - lead[0].length : o.start;
  return draft(start, o.end, o.value, null, unit, null);
}

function dropOverlaps(drafts: Draft[]): Draft[] {
  const sorted = [...drafts].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const d of sorted) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }
  return kept;
}

/** Index of the sentence holding an offset (the last one starting at or before it). */
export function sentenceIndexAt(sentences: Sentence[], offset: number): number {
  let found = sentences[0]?.index ?? 0;
  for (const s of sentences) {
    if (s.start > offset) break;
    found = s.index;
  }
  return found;
}

/**
 * sentenceIndexAt for many offsets in the same sentences: a binary search
 * when the sentences run in text order (as the sentence layer gives them),
 * the same scan otherwise.
 */
export function sentenceIndexer(sentences: Sentence[]): (offset: number) => number {
  const ordered = sentences.every((s, i) => i === 0 || sentences[i - 1]!.start <= s.start);
  if (!ordered) return (offset) => sentenceIndexAt(sentences, offset);
  return (offset) => {
    // The first sentence that starts after the offset.
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.start <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? (sentences[0]?.index ?? 0) : sentences[lo - 1]!.index;
  };
}
