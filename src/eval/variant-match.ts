/**
 * When does a system's variant list a gold variant? Values are written freely
 * on both sides ("two hours" beside "2 hours", "2025-12-26" beside
 * "26 December 2025", "60 to 90 days" beside "60–90 days"), so the rule
 * compares the numbers in them: a gold variant is listed by a system variant
 * when every number of the gold value is among the numbers of the system
 * value. Number words, "an hour" (one) and month names count as numbers.
 * A value with no number at all is compared as lower-case text, either one
 * containing the other.
 *
 * The number words are listed here rather than taken from src/extract on
 * purpose: a scorer that shared the extractor's parsing would share its bugs.
 */
import { wordTable } from "../util/lookup.js";

const WORD_NUMBERS: Record<string, number> = wordTable({
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
});

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const UNIT_WORDS = /^(?:minute|hour|day|week|month|year|quarter|half)s?$/;

/** The numbers a value states, in order. */
export function numbersIn(value: string): number[] {
  const out: number[] = [];
  const words = value.toLowerCase().match(/\d[\d,]*(?:\.\d+)?|\p{L}+/gu) ?? [];
  words.forEach((w, i) => {
    if (/^\d/.test(w)) out.push(Number(w.replace(/,/g, "")));
    else if (WORD_NUMBERS[w] !== undefined) out.push(WORD_NUMBERS[w]);
    else if ((w === "a" || w === "an") && UNIT_WORDS.test(words[i + 1] ?? "")) out.push(1);
    else {
      const month = MONTHS.indexOf(w.slice(0, 3));
      if (month >= 0 && (w.length === 3 || w.startsWith(fullMonth(month)))) out.push(month + 1);
    }
  });
  return out;
}

function fullMonth(index: number): string {
  return new Date(Date.UTC(2000, index, 1))
    .toLocaleString("en-US", { month: "long", timeZone: "UTC" })
    .toLowerCase();
}

/** ISO dates "2025-12-26" read as their numbers, not as one number and two negatives. */
function numbersOfValue(value: string): number[] {
  const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (iso) return iso.slice(1).filter(Boolean).map(Number);
  return numbersIn(value);
}

/**
 * The readings a gold value offers: "75 minutes (1 hour 15 minutes)" is either
 * of its two forms, "details still open / text not finished" either of its two.
 */
export function goldReadings(goldValue: string): string[] {
  const inner = [...goldValue.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!);
  const outer = goldValue.replace(/\([^)]*\)/g, " ");
  return [...outer.split(/\s+\/\s+/), ...inner]
    .map((v) => v.replace(/\s+/g, " ").trim())
    .filter((v) => v.length > 0);
}

export function variantListed(goldValue: string, systemValue: string): boolean {
  const readings = goldReadings(goldValue);
  if (readings.length > 1) return readings.some((r) => readingListed(r, systemValue));
  return readingListed(goldValue, systemValue);
}

function readingListed(goldValue: string, systemValue: string): boolean {
  const want = numbersOfValue(goldValue);
  if (want.length === 0) {
    const g = goldValue.toLowerCase().trim();
    const s = systemValue.toLowerCase().trim();
    return g.length > 0 && (s.includes(g) || g.includes(s));
  }
  const have = numbersOfValue(systemValue);
  return want.every((n) => have.includes(n));
}

/** Whether every gold value is listed by a different system value. */
export function allVariantsListed(goldValues: string[], systemValues: string[]): boolean {
  const used = new Set<number>();
  // Values with more numbers are the harder to place: place them first.
  const order = [...goldValues].sort((a, b) => numbersIn(b).length - numbersIn(a).length);
  return order.every((g) => {
    const j = systemValues.findIndex((s, k) => !used.has(k) && variantListed(g, s));
    if (j < 0) return false;
    used.add(j);
    return true;
  });
}
