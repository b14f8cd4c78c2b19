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
import type { ValueTally } from "../model/index.js";
import { isPointValue } from "./values.js";
import type { ValueVariant } from "./variants.js";

export interface Update {
  holderId: string;
  /** Index of the older variant, now superseded. */
  from: number;
  /** Index of the newer variant. */
  to: number;
  /** The day the newer figure was first published, YYYY-MM-DD. */
  on: string;
}

/** Updates among variants of figures whose pairs are in `conflicts`. */
export function findUpdates(
  variants: readonly ValueVariant<ValueTally>[],
  conflicts: ReadonlyArray<[number, number]>,
): Update[] {
  // Worked out once per variant: a large cluster has hundreds of variants and tens of
  // thousands of conflicting pairs.
  const holders = new Map<number, string | null>();
  const lastDays = new Map<number, string>();
  /** The one actor behind all of a variant's claims, else null (an outlet's own voice counts as one more). */
  const soleHolder = (i: number): string | null => {
    let holder = holders.get(i);
    if (holder === undefined) {
      const values = variants[i]!.values;
      const ids = new Set(values.flatMap((v) => v.holderIds));
      holder = !values.some((v) => v.outlet) && ids.size === 1 ? [...ids][0]! : null;
      holders.set(i, holder);
    }
    return holder;
  };
  const latest = (i: number): string => {
    let day = lastDays.get(i);
    if (day === undefined) {
      day =
        variants[i]!.values.map((v) => v.lastDay)
          .sort()
          .at(-1) ?? "";
      lastDays.set(i, day);
    }
    return day;
  };
  const firstBy = (i: number, holderId: string): string | undefined => {
    let first: string | undefined;
    for (const v of variants[i]!.values) {
      const day = v.firstDayBy[holderId];
      if (day !== undefined && (first === undefined || day < first)) first = day;
    }
    return first;
  };
  const updates: Update[] = [];
  const consider = (older: number, newer: number): void => {
    const a = variants[older]!;
    const b = variants[newer]!;
    if (!isPointValue(a.quantity) || !isPointValue(b.quantity)) return;
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
