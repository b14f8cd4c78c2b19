/**
 * Whether two claims' times can refer to the same moment. Each time becomes a
 * span of days (a day, an ISO week, a month, a year); spans that overlap, with
 * a day's slack for overnight events and time zones, are compatible. A vague
 * or missing time is compatible with anything: it cannot tell events apart.
 */
import type { TimeExpression } from "../model/index.js";

const DAY_MS = 86_400_000;
/** Days of slack: "overnight into Sunday" and "on Saturday" name one attack. */
export const DAY_SLACK = 1;

interface DaySpan {
  from: number;
  to: number;
}

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

/** Monday of ISO week `week` of `year`, as a day number. */
function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const jan4Weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - jan4Weekday + (week - 1) * 7;
}

/** The days a time value covers, or null when it has no usable calendar anchor. */
export function daySpan(time: TimeExpression): DaySpan | null {
  if (time.granularity === "vague") return null;
  const value = time.value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const day = dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { from: day, to: day };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(Number(m[1]), Number(m[2]));
    return { from: monday, to: monday + 6 };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    return { from: dayNumber(year, month, 1), to: dayNumber(year, month + 1, 1) - 1 };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const year = Number(m[1]);
    return { from: dayNumber(year, 1, 1), to: dayNumber(year + 1, 1, 1) - 1 };
  }
  return null;
}

/** True unless both times are known and cannot be the same moment. */
export function timesCompatible(a: TimeExpression | null, b: TimeExpression | null): boolean {
  if (!a || !b) return true;
  const x = daySpan(a);
  const y = daySpan(b);
  if (!x || !y) return true;
  return x.from <= y.to + DAY_SLACK && y.from <= x.to + DAY_SLACK;
}

/** The calendar day a time names, when it names exactly one ("2025-12-26"); else null. */
export function exactDay(time: TimeExpression | null): string | null {
  if (!time) return null;
  const span = daySpan(time);
  if (!span || span.from !== span.to) return null;
  return new Date(span.from * DAY_MS).toISOString().slice(0, 10);
}
