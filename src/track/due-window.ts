/**
 * Due windows: a normalised time value ("2026-01", "2026-W02", "2026-01-06")
 * turned into an inclusive range of days, resolved against the day the report
 * was published. A stated plan cannot fall due before it was stated, so the
 * window never starts before the publication day.
 */
import type { DueWindow, TimeExpression } from "../model/index.js";

const DAY_MS = 86_400_000;

export const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const dayOf = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);
export const addDays = (day: string, n: number) =>
  isoDay(new Date(dayOf(day).getTime() + n * DAY_MS));

function lastDayOfMonth(year: number, month: number): string {
  return isoDay(new Date(Date.UTC(year, month, 0)));
}

/** Monday of ISO week `week` of `year`. */
function isoWeekStart(year: number, week: number): string {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS;
  return isoDay(new Date(mondayOfWeek1 + (week - 1) * 7 * DAY_MS));
}

/** "early January" is the first ten days, "mid" the next ten, "late" or "end" the rest. */
function monthPart(text: string, year: number, month: number): [string, string] {
  const first = `${year}-${String(month).padStart(2, "0")}-01`;
  const last = lastDayOfMonth(year, month);
  if (/\b(?:early|beginning|start)\b/i.test(text)) return [first, addDays(first, 9)];
  if (/\bmid/i.test(text)) return [addDays(first, 10), addDays(first, 19)];
  if (/\b(?:late|end)\b/i.test(text)) return [addDays(first, 20), last];
  return [first, last];
}

/** The days a normalised value covers, or null when the value is not a calendar value. */
export function daysCovered(value: string, text = ""): [string, string] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) return [value, value];
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const start = isoWeekStart(Number(m[1]), Number(m[2]));
    return [start, addDays(start, 6)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return monthPart(text, Number(m[1]), Number(m[2]));
  m = /^(\d{4})$/.exec(value);
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`];
  return null;
}

/** The due window of a future time expression stated in a report published on `published`. */
export function dueWindow(time: TimeExpression, published: string): DueWindow | null {
  const covered = daysCovered(time.value, time.text);
  if (!covered) return null;
  const stated = published.slice(0, 10);
  // Days as YYYY-MM-DD sort as strings: the later of two is the last after sorting.
  const from = [covered[0], stated].sort()[1]!;
  const until = [covered[1], from].sort()[1]!;
  return { from, until, text: time.text, value: time.value, granularity: time.granularity };
}

/** Whether two windows share a day. */
export function windowsOverlap(a: DueWindow, b: DueWindow): boolean {
  return a.from <= b.until && b.from <= a.until;
}

/** The narrower of two windows; on a tie, the first. */
export function narrower(a: DueWindow, b: DueWindow): DueWindow {
  const span = (w: DueWindow) => dayOf(w.until).getTime() - dayOf(w.from).getTime();
  return span(b) < span(a) ? b : a;
}
