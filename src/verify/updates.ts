/**
 * Finds figures a holder replaced with a newer one of its own. When the same
 * actor gives one value and, on a later day, a different value for the same
 * thing (the Kremlin's count, then its higher count), the older figure is an
 * update, not a rival: it is shown as such and not counted as a conflict.
 *
 * Only single values qualify: a bound and a range from one holder ("at least
 * 60 days" and "60 to 90 days") are two accounts of one position, which the
 * gold treats as conflicting variants. The older variant must come from that
 * holder alone; if others also state it, it still stands as their figure.
 */
import type { Report } from "../model/index.js";
import { isPointValue } from "./values.js";
import type { VariantDraft } from "./variants.js";

export interface Update {
  holderId: string;
  /** Index of the older variant, now superseded. */
  from: number;
  /** Index of the newer variant. */
  to: number;
  /** The day the newer figure was first published, YYYY-MM-DD. */
  on: string;
}

/** The UTC day of a report, worked out once per report: a large cluster asks for it often. */
const days = new WeakMap<Report, string>();

function dayOf(report: Report): string {
  let day = days.get(report);
  if (day === undefined) {
    day = new Date(Date.parse(report.published)).toISOString().slice(0, 10);
    days.set(report, day);
  }
  return day;
}

/** Updates among variants whose pairs are in `conflicts`. */
export function findUpdates(
  variants: readonly VariantDraft[],
  conflicts: ReadonlyArray<[number, number]>,
  reportsById: ReadonlyMap<string, Report>,
): Update[] {
  const published = (reportId: string): Report => {
    const report = reportsById.get(reportId);
    if (!report)
      throw new Error(`verify: a claim names report ${reportId}, which is not among the reports`);
    return report;
  };
  const updates: Update[] = [];
  const consider = (older: number, newer: number): void => {
    const a = variants[older]!;
    const b = variants[newer]!;
    if (!a.quantity || !b.quantity || !isPointValue(a.quantity) || !isPointValue(b.quantity))
      return;
    const holders = new Set(a.claims.map((c) => c.holderId));
    const holderId = [...holders][0];
    if (holders.size !== 1 || !holderId) return;
    const newerByHolder = b.claims.filter((c) => c.holderId === holderId);
    if (newerByHolder.length === 0) return;
    const lastOld = a.claims
      .map((c) => dayOf(published(c.reportId)))
      .sort()
      .at(-1)!;
    const firstNew = newerByHolder.map((c) => dayOf(published(c.reportId))).sort()[0]!;
    if (firstNew > lastOld) updates.push({ holderId, from: older, to: newer, on: firstNew });
  };
  for (const [i, j] of conflicts) {
    consider(i, j);
    consider(j, i);
  }
  return updates;
}
