/**
 * The day a report's "today", "tonight" or "this afternoon" stands in, when
 * that is not the publication day in UTC. Two things in a text tell it: a
 * line that is only a date (a live report's heading: "Monday, March 2"),
 * which dates the entries under it; and clock times given in a named zone
 * ("9:15 a.m. ET"), which put the publication instant in that zone's day.
 */
import { addDays, dayValue, MONTHS, nearestYear, utcDay } from "./granularity.js";

const WEEKDAY = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";

/** A line holding a date and nothing else. */
const HEADING = new RegExp(
  `^[^\\S\\n]*(?:${WEEKDAY},?[^\\S\\n]+)?(${MONTHS.join("|")})[^\\S\\n]+(\\d{1,2})(?:,?[^\\S\\n]+(\\d{4}))?[^\\S\\n]*$`,
  "gm",
);

/** Hours from UTC of the zones news copy names after a clock time (standard time). */
const ZONES: Record<string, number> = {
  ET: -5,
  EST: -5,
  EDT: -4,
  CT: -6,
  CST: -6,
  CDT: -5,
  PT: -8,
  PST: -8,
  PDT: -7,
  GMT: 0,
  UTC: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
};
const CLOCK_ZONE = new RegExp(
  `\\b\\d{1,2}(?::\\d{2})?[^\\S\\n]*(?:a\\.m\\.|p\\.m\\.|am|pm)?[^\\S\\n]+(${Object.keys(ZONES).join("|")})\\b`,
  "g",
);

export interface LocalDays {
  /** The day "today" means at an offset of the text. */
  at(offset: number): Date;
}

/** How to read "today" in `text`, published at `published`, whose UTC day is `ref`. */
export function localDays(text: string, published: string, ref: Date): LocalDays {
  const headings: Array<{ at: number; day: Date }> = [];
  for (const m of text.matchAll(HEADING)) {
    const month = MONTHS.indexOf(m[1]!) + 1;
    const dd = Number(m[2]);
    if (dd < 1 || dd > 31) continue;
    const year = m[3] ? Number(m[3]) : nearestYear(ref, month, dd, "past");
    headings.push({ at: m.index!, day: utcDay(year, month, dd) });
  }
  const zone = [...text.matchAll(CLOCK_ZONE)].map((m) => ZONES[m[1]!]!);
  // Only one zone named throughout: a report mixing zones gives no single local day.
  const offset = zone.length > 0 && zone.every((z) => z === zone[0]) ? zone[0]! : null;
  const instant = new Date(published);
  const zoned =
    offset !== null && !Number.isNaN(instant.getTime())
      ? dayOf(new Date(instant.getTime() + offset * 3_600_000))
      : ref;
  return {
    at(offset: number) {
      const heading = headings.filter((h) => h.at <= offset).pop();
      return heading?.day ?? zoned;
    },
  };
}

function dayOf(d: Date): Date {
  return utcDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** "today" → 0, "yesterday" → -1, …; null for words that are not deictic days. */
export function deicticShift(words: string): number | null {
  const w = words.toLowerCase().replace(/\s+/g, " ");
  if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(w)) return 0;
  if (/^(?:yesterday|last night)$/.test(w)) return -1;
  if (w === "tomorrow") return 1;
  return null;
}

/** The value of a deictic day phrase at `offset`. */
export function deicticValue(days: LocalDays, offset: number, words: string): string | null {
  const shift = deicticShift(words);
  return shift === null ? null : dayValue(addDays(days.at(offset), shift));
}
