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
  // What each variant's claims give, worked out once per variant: a cluster of thousands
  // of claims has hundreds of variants and tens of thousands of conflicting pairs.
  const holderOf = new Map<number, string | null>();
  const lastDay = new Map<number, string>();
  const firstDayBy = new Map<number, Map<string, string>>();
  const soleHolder = (i: number): string | null => {
    let holder = holderOf.get(i);
    if (holder === undefined) {
      const holders = new Set(variants[i]!.claims.map((c) => c.holderId));
      holder = holders.size === 1 ? ([...holders][0] ?? null) : null;
      holderOf.set(i, holder);
    }
    return holder;
  };
  const latest = (i: number): string => {
    let day = lastDay.get(i);
    if (day === undefined) {
      day = variants[i]!.claims.map((c) => dayOf(published(c.reportId)))
        .sort()
        .at(-1)!;
      lastDay.set(i, day);
    }
    return day;
  };
  const firstBy = (i: number, holderId: string): string | undefined => {
    let firsts = firstDayBy.get(i);
    if (!firsts) {
      firsts = new Map();
      for (const c of variants[i]!.claims) {
        if (!c.holderId) continue;
        const day = dayOf(published(c.reportId));
        const seen = firsts.get(c.holderId);
        if (seen === undefined || day < seen) firsts.set(c.holderId, day);
      }
      firstDayBy.set(i, firsts);
    }
    return firsts.get(holderId);
  };
  const updates: Update[] = [];
  const consider = (older: number, newer: number): void => {
    const a = variants[older]!;
    const b = variants[newer]!;
    if (!a.quantity || !b.quantity || !isPointValue(a.quantity) || !isPointValue(b.quantity))
      return;
    const holderId = soleHolder(older);
    if (!holderId) return;
    const firstNew = firstBy(newer, holderId);
    if (firstNew === undefined) return;
    const lastOld = latest(older);
    if (firstNew > lastOld) updates.push({ holderId, from: older, to: newer, on: firstNew });
  };
  for (const [i, j] of conflicts) {
    consider(i, j);
    consider(j, i);
  }
  return updates;
}
