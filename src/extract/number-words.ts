/**
 * Numbers and units as reports write them: digits with thousands separators
 * and scale words ("800,000", "1.5 million", "$10bn"), English number words
 * ("fifteen", "forty-five", "a hundred"), and the nouns that give a figure its
 * unit ("drones", "-point", "%"). Quantity extraction builds its patterns from
 * the sources here and turns matched text back into values and units.
 */

import { wordTable } from "../util/lookup.js";
import { isPluralNoun, singular } from "./singular.js";

const UNITS: Record<string, number> = wordTable({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

const TENS: Record<string, number> = wordTable({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

const SCALES: Record<string, number> = wordTable({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  bn: 1_000_000_000,
  m: 1_000_000,
  k: 1_000,
  tn: 1_000_000_000_000,
});

/** Fractions written as words, as a share in percent ("three-quarters" = 75). */
const FRACTIONS: Record<string, number> = wordTable({
  half: 50,
  "a half": 50,
  "one half": 50,
  quarter: 25,
  "a quarter": 25,
  "one quarter": 25,
  "three quarters": 75,
  "a third": 100 / 3,
  "one third": 100 / 3,
  "two thirds": 200 / 3,
  "a fifth": 20,
  "one fifth": 20,
  "a tenth": 10,
});

const longestFirst = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join("|");
const unitWords = longestFirst(Object.keys(UNITS));
const tensWords = longestFirst(Object.keys(TENS));
const tensAndUnits = `(?:${tensWords})(?:-(?:${unitWords}))?|${unitWords}`;

/** A number written in words: "fifteen", "forty-five", "a hundred", "two thousand", "a dozen". */
export const NUMBER_WORD_SOURCE = `half[- ]a[- ]dozen|(?:a|${tensAndUnits})[- ](?:hundred|thousand|million|billion|dozen)|${tensAndUnits}`;

/** A number in digits, with optional separators, decimals and a scale word or suffix. */
export const NUMBER_DIGITS_SOURCE = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

/** Optional scale after digits: "1.5 million", "$10bn", "20k". */
export const SCALE_SOURCE = String.raw`(?:\s?(?:million|billion|trillion|thousand|bn|tn)(?![\p{L}])|(?:m|k)(?![\p{L}]))`;

/** A fraction phrase: "three-quarters", "a quarter", "half", "two-thirds". */
export const FRACTION_SOURCE =
  "(?:three[- ]quarters|(?:a|one)[- ]quarter|quarter|(?:a|one)[- ]half|half|(?:a|one)[- ]third|two[- ]thirds|(?:a|one)[- ]fifth|a[- ]tenth)";

/** Parses "800,000", "1.5 million", "10bn", "20k"; null when the text is not a digit number. */
export function parseDigits(text: string): number | null {
  const m = /^(\d[\d,]*(?:\.\d+)?)\s?([a-z]+)?$/i.exec(text.trim());
  if (!m) return null;
  const base = Number(m[1]!.replace(/,/g, ""));
  if (!Number.isFinite(base)) return null;
  if (!m[2]) return base;
  const scale = SCALES[m[2].toLowerCase()];
  return scale === undefined ? null : round(base * scale);
}

/** Parses "fifteen", "forty-five", "a hundred", "two thousand"; null when not a number word. */
export function parseNumberWords(text: string): number | null {
  const words = text
    .toLowerCase()
    .trim()
    .split(/[\s-]+/);
  let total = 0;
  let current = 0;
  let seen = false;
  // "half a dozen": the whole number is halved.
  const factor = words[0] === "half" ? 0.5 : 1;
  for (const w of factor === 1 ? words : words.slice(1)) {
    if (w === "a" || w === "an" || w === "one") {
      current += 1;
      seen = true;
    } else if (UNITS[w] !== undefined) {
      current += UNITS[w];
      seen = true;
    } else if (TENS[w] !== undefined) {
      current += TENS[w];
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
    } else if (w === "dozen") {
      current = (current || 1) * 12;
    } else if (SCALES[w] !== undefined && w.length > 2) {
      total += (current || 1) * SCALES[w];
      current = 0;
    } else if (w !== "and") {
      return null;
    }
  }
  return seen ? (total + current) * factor : null;
}

/** A fraction phrase as a percentage share: "three-quarters" → 75; null when not a fraction. */
export function parseFraction(text: string): number | null {
  const key = text.toLowerCase().trim().replace(/-/g, " ");
  const value = FRACTIONS[key];
  return value === undefined ? null : round(value);
}

/** Parses a number in digits or words. */
export function parseNumber(text: string): number | null {
  return parseDigits(text) ?? parseNumberWords(text);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Nouns (any form, after the colon) and the singular unit each counts in.
 * People counted by role keep their noun ("two soldiers" is 2 soldier); an
 * army's size is counted in troops (quantities.ts).
 */
const UNIT_TABLE = `drone: drone drones
missile: missile missiles
rocket: rocket rockets
shell: shell shells
bomb: bomb bombs
tank: tank tanks
aircraft: aircraft jet jets warplane warplanes
troop: troop troops personnel servicemen service_members
soldier: soldier soldiers
person: person persons people
official: official officials
civilian: civilian civilians
child: child children
prisoner: prisoner prisoners pow pows captives
casualty: casualty casualties
point: point points
percent: percent per_cent pct
second: seconds
minute: minute minutes
hour: hour hours
day: day days
week: week weeks
month: month months
year: year years
decade: decade decades
century: century centuries
km: km kilometre kilometres kilometer kilometers
kg: kg kilogram kilograms kilo kilos
tonne: tonne tonnes ton tons
square km: square_kilometres square_kilometers square_km sq_km
mile: mile miles
metre: metre metres meter meters
dollar: dollar dollars
euro: euro euros
pound: pounds_sterling
ruble: ruble rubles rouble roubles
hryvnia: hryvnia hryvnias
yuan: yuan renminbi
yen: yen
rupee: rupee rupees
shekel: shekel shekels`;

const UNIT_OF = new Map<string, string>(
  UNIT_TABLE.split("\n").flatMap((line) => {
    const [unit, forms] = line.split(": ");
    return forms!.split(" ").map((f): [string, string] => [f.replace(/_/g, " "), unit!]);
  }),
);

/** Measures a lone "one" may count ("one hour", "one percent"); "one option" is no figure. */
export const WORD_NUMBER_UNITS = new Set(
  "drone missile rocket point percent minute hour day week month year decade km mile dollar euro person".split(
    " ",
  ),
);

/** Words that may stand capitalised right before a figure without making it part of a name. */
export const OPENERS = new Set(
  "in on by at from of with for to until since after before between under over about around some nearly almost roughly approximately more less fewer just only up all the another those these its their his her our and but while as than".split(
    " ",
  ),
);

/** Words that end a noun phrase: a noun after them is not counted by the figure. */
const STOPS = new Set(
  "a an the of in on at to by for from with and or but as than that which who whom whose is are was were be been being has have had do does did will would could can may might must shall should said says say told per each every if when while where since there their its his her our your my this these those them they it he she we you not no nor so very too also only just still even times others".split(
    " ",
  ),
);

/** A people's name used as a noun: "150,000 Palestinians", "two Israelis". */
const DEMONYM_NOUN = /^\p{Lu}\p{Ll}+(?:ans|is|ese)$/u;

export interface UnitFound {
  unit: string;
  end: number;
  /** The unit is one of the measures and counts this module knows by name. */
  known: boolean;
}

/**
 * The unit right after a figure: "%", "-point", " drones", " long-range missiles",
 * " member states", " Abrams tanks". Up to two describing words may stand
 * before the counted noun, which is any plural noun, made singular. A hyphened
 * word ("15-year") counts only when it is a known measure and `strictHyphen` is set.
 */
export function unitAfter(text: string, at: number, strictHyphen: boolean): UnitFound | null {
  const rest = text.slice(at, at + 80);
  const pct = /^[^\S\n]?(?:%|percent\b|per\s?cent\b|pct\b)/i.exec(rest);
  if (pct) return { unit: "percent", end: at + pct[0].length, known: true };
  const hyphen = /^[-‑]\s?(\p{L}+)/u.exec(rest);
  if (hyphen) {
    const word = hyphen[1]!.toLowerCase();
    const unit = UNIT_OF.get(word);
    if (unit) return { unit, end: at + hyphen[0].length, known: true };
    // "a 5,000-strong force": the size of a body of people, counted by what it is made of.
    if (word === "strong") return strongUnit(rest, at, hyphen[0].length);
    return strictHyphen ? null : { unit: word, end: at + hyphen[0].length, known: false };
  }
  const words = leadingWords(rest, 3);
  if (words.length === 0) return null;
  const lower = words.map((w) => w.word.toLowerCase());
  const pair = UNIT_OF.get(`${lower[0]} ${lower[1]}`);
  if (pair) return { unit: pair, end: at + words[1]!.end, known: true };
  for (let i = 0; i < words.length; i++) {
    const { word, end } = words[i]!;
    const w = lower[i]!;
    const unit = UNIT_OF.get(w);
    if (unit) return { unit, end: at + end, known: true };
    if (STOPS.has(w)) return null;
    const next = words[i + 1]?.word ?? "";
    const isLower = /^\p{Ll}/u.test(word);
    if (isLower && isPluralNoun(w)) return { unit: singular(w), end: at + end, known: false };
    if (i === 0 && DEMONYM_NOUN.test(word) && !isPluralNoun(next)) {
      return { unit: "person", end: at + end, known: false };
    }
  }
  return null;
}

/** Bodies of armed people, whose size is a count of troops; any other body counts persons. */
const ARMED_BODY =
  /^(?:force|forces|army|contingent|mission|brigade|battalion|division|corps|garrison|militia|unit)$/;

function strongUnit(rest: string, at: number, from: number): UnitFound | null {
  const words = leadingWords(rest.slice(from), 3).filter((w) => /^\p{Ll}/u.test(w.word));
  const armed = words.find((w) => ARMED_BODY.test(w.word));
  if (armed) return { unit: "troop", end: at + from + armed.end, known: true };
  const noun = words[0];
  if (!noun || STOPS.has(noun.word)) return null;
  // "a 30-strong delegation": its members are people.
  return { unit: "person", end: at + from + noun.end, known: true };
}

/** The first `n` words of a text, each with where it ends, up to the first mark that is not a space. */
function leadingWords(rest: string, n: number): Array<{ word: string; end: number }> {
  const out: Array<{ word: string; end: number }> = [];
  // A line break ends the phrase: a headline or a list item stands on its own line.
  // An abbreviation with points is one word: "200 U.S. troops", "40 U.N. monitors".
  const re = /^[^\S\n]+((?:\p{Lu}\.){2,}|[\p{L}][\p{L}'’-]*)/u;
  let at = 0;
  while (out.length < n) {
    const m = re.exec(rest.slice(at));
    if (!m) break;
    at += m[0].length;
    out.push({ word: m[1]!, end: at });
  }
  return out;
}

/** The nouns a figure counts in, for rules that read a label or a neighbour: "Troops" → troop. */
export function unitOfNoun(word: string): string {
  const w = word.toLowerCase();
  return UNIT_OF.get(w) ?? singular(w);
}
