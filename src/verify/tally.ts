/**
 * The tally of a cluster of figures: its claims grouped by the value they
 * give, with what a verdict needs of each value (reports, sources, holders,
 * origins, days). Claims that give one value in the same words are
 * interchangeable to the verdict (verify/variants.ts compares figures, not
 * claims), so a verdict is worked out from the values alone, and a cluster of
 * 70,000 claims that gains one claim updates one value instead of being read
 * and judged whole.
 *
 * A large cluster keeps its tally beside it in the store (TALLY_FROM), with
 * its first and latest claims, which is all the adding of claims compares new
 * ones with (verify/incremental.ts) and all its face is chosen from
 * (verify/cluster.ts centralClaim).
 */
import type { Claim, ClusterTally, Quantity, Report, ValueTally } from "../model/index.js";
import { reportOf, type VerifyContext } from "./context.js";

/** Clusters with more claims than this keep their tally. */
export const TALLY_FROM = 1000;
/**
 * First and latest claims a tally keeps: as many as any sample of a cluster's
 * members takes from each end (GREEDY_SAMPLE in average-link.ts, DENIAL_SAMPLE
 * in measure.ts; a test checks it).
 */
export const TALLY_SAMPLE = 32;

/** What makes two figures one value: all a figure's comparison and display read. */
export function valueKey(q: Quantity): string {
  return JSON.stringify([q.value, q.unit, q.bound, q.approx, q.text]);
}

/** Whether a cluster's affirming claims are all figures (and there is one): its verdict comes from a tally. */
export function isFigureCluster(claims: readonly Claim[]): boolean {
  return claims.length > 0 && claims.every((c) => c.quantity !== null);
}

/** Predicate words that state a party's own position rather than a fact. */
const POSITION_VERBS =
  /^(propos|offer|demand|ask|request|want|seek|insist|urge|requir|suggest|float|push|press|back|support)/;

/** Whether a claim states its holder's position ("offers", "demands") rather than a fact. */
export function isPosition(claim: Claim): boolean {
  return claim.predicate
    .toLowerCase()
    .split(/[_\s-]+/)
    .some((w) => POSITION_VERBS.test(w));
}

/** The UTC day of a report, worked out once per report: a large cluster asks for it often. */
const days = new WeakMap<Report, string>();
export function dayOf(report: Report): string {
  let day = days.get(report);
  if (day === undefined) {
    day = new Date(Date.parse(report.published)).toISOString().slice(0, 10);
    days.set(report, day);
  }
  return day;
}

const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** Sorted distinct ids: `into` (sorted, distinct) with the ids of `more` it lacks, merged in order. */
function mergeSorted(into: readonly string[], more: Iterable<string>): string[] {
  const have = new Set(into);
  const fresh = [...new Set(more)].filter((id) => !have.has(id)).sort();
  if (fresh.length === 0) return [...into];
  const out: string[] = [];
  let i = 0;
  for (const id of fresh) {
    while (i < into.length && into[i]! < id) out.push(into[i++]!);
    out.push(id);
  }
  while (i < into.length) out.push(into[i++]!);
  return out;
}

/** Whether a sorted list holds an id. */
function holds(sortedIds: readonly string[], id: string): boolean {
  let lo = 0;
  let hi = sortedIds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedIds[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  return sortedIds[lo] === id;
}

const bump = (counts: Map<string, number>, key: string, by: number): void => {
  const n = (counts.get(key) ?? 0) + by;
  if (n > 0) counts.set(key, n);
  else counts.delete(key);
};

const sortedRecord = <T>(entries: Iterable<[string, T]>): Record<string, T> =>
  Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : 1)));

/** One value's tally as it is added to. */
class ValueCount {
  private claim: Claim;
  private count: number;
  private readonly reportIds: readonly string[];
  private readonly freshReports = new Set<string>();
  private readonly sourceIds: Set<string>;
  private readonly holderIds: Set<string>;
  private outlet: boolean;
  private readonly origins: Map<string, number>;
  private readonly ownerSources: Map<string, Map<string, number>>;
  private readonly firstDayBy: Map<string, string>;
  private lastDay: string;
  private positions: boolean;

  constructor(from: ValueTally | Claim) {
    const kept: ValueTally =
      "count" in from
        ? from
        : {
            claim: from,
            count: 0,
            reportIds: [],
            sourceIds: [],
            holderIds: [],
            outlet: false,
            origins: {},
            ownerSources: {},
            firstDayBy: {},
            lastDay: "",
            positions: true,
          };
    this.claim = kept.claim;
    this.count = kept.count;
    this.reportIds = kept.reportIds;
    this.sourceIds = new Set(kept.sourceIds);
    this.holderIds = new Set(kept.holderIds);
    this.outlet = kept.outlet;
    this.origins = new Map(Object.entries(kept.origins));
    this.ownerSources = new Map(
      Object.entries(kept.ownerSources).map(([origin, sources]) => [
        origin,
        new Map(Object.entries(sources)),
      ]),
    );
    this.firstDayBy = new Map(Object.entries(kept.firstDayBy));
    this.lastDay = kept.lastDay;
    this.positions = kept.positions;
  }

  add(ctx: VerifyContext, claim: Claim): void {
    if (this.count === 0 || claim.id < this.claim.id) this.claim = claim;
    this.count++;
    this.positions &&= isPosition(claim);
    if (claim.holderId) this.holderIds.add(claim.holderId);
    else this.outlet = true;
    const report = reportOf(ctx, claim.reportId);
    const day = dayOf(report);
    if (day > this.lastDay) this.lastDay = day;
    if (claim.holderId) {
      const first = this.firstDayBy.get(claim.holderId);
      if (first === undefined || day < first) this.firstDayBy.set(claim.holderId, day);
    }
    // A report that gives the value twice counts once.
    if (this.freshReports.has(report.id) || holds(this.reportIds, report.id)) return;
    this.freshReports.add(report.id);
    this.sourceIds.add(report.sourceId);
    const origin = ctx.origins.originOf(report.id);
    this.counted(report.sourceId, origin, ctx.origins.rootOf(report.id) === report.id, 1);
  }

  /** Counts a report of the value as an origin (and, when it is no copy, its source under it), or uncounts it. */
  counted(sourceId: string, origin: string, root: boolean, by: 1 | -1): void {
    bump(this.origins, origin, by);
    if (!root) return;
    let sources = this.ownerSources.get(origin);
    if (!sources) {
      sources = new Map();
      this.ownerSources.set(origin, sources);
    }
    bump(sources, sourceId, by);
    if (sources.size === 0) this.ownerSources.delete(origin);
  }

  done(): ValueTally {
    return {
      claim: this.claim,
      count: this.count,
      reportIds: mergeSorted(this.reportIds, this.freshReports),
      sourceIds: sorted(this.sourceIds),
      holderIds: sorted(this.holderIds),
      outlet: this.outlet,
      origins: sortedRecord(this.origins),
      ownerSources: sortedRecord(
        [...this.ownerSources].map(([o, sources]): [string, Record<string, number>] => [
          o,
          sortedRecord(sources),
        ]),
      ),
      firstDayBy: sortedRecord(this.firstDayBy),
      lastDay: this.lastDay,
      positions: this.positions,
    };
  }
}

/** A report whose origin changed: it became a copy, or the report it copies did. */
export interface MovedReport {
  reportId: string;
  sourceId: string;
  before: { origin: string; root: boolean };
  after: { origin: string; root: boolean };
}

/** A tally with moved reports counted as their new origins; the values that hold none stay as they were. */
export function moveReports(tally: ClusterTally, moved: readonly MovedReport[]): ClusterTally {
  if (moved.length === 0) return tally;
  const values = tally.values.map((value) => {
    const inValue = moved.filter((m) => holds(value.reportIds, m.reportId));
    if (inValue.length === 0) return value;
    const count = new ValueCount(value);
    for (const m of inValue) {
      count.counted(m.sourceId, m.before.origin, m.before.root, -1);
      count.counted(m.sourceId, m.after.origin, m.after.root, 1);
    }
    return count.done();
  });
  return { ...tally, values };
}

/** The values of `base` with `claims` (figures) added, in the order of their first claims' ids. */
export function tallyValues(
  ctx: VerifyContext,
  claims: readonly Claim[],
  base: readonly ValueTally[] = [],
): ValueTally[] {
  const counts = new Map<string, ValueCount>();
  for (const value of base) counts.set(valueKey(value.claim.quantity!), new ValueCount(value));
  for (const claim of claims) {
    const quantity = claim.quantity;
    if (!quantity) throw new Error(`verify: claim ${claim.id} has no figure to tally`);
    const key = valueKey(quantity);
    let count = counts.get(key);
    if (!count) {
      count = new ValueCount(claim);
      counts.set(key, count);
    }
    count.add(ctx, claim);
  }
  return [...counts.values()].map((c) => c.done()).sort((a, b) => byId(a.claim, b.claim));
}

/** The first and latest `TALLY_SAMPLE` claims by id of these. */
function ends(claims: readonly Claim[]): { first: Claim[]; latest: Claim[] } {
  const ordered = [...new Map(claims.map((c) => [c.id, c])).values()].sort(byId);
  return { first: ordered.slice(0, TALLY_SAMPLE), latest: ordered.slice(-TALLY_SAMPLE) };
}

/** The tally of a cluster of figures from all its claims. */
export function tallyOf(
  ctx: VerifyContext,
  claims: readonly Claim[],
  denials: readonly Claim[],
): ClusterTally {
  return {
    version: 1,
    claims: claims.length + denials.length,
    ...ends(claims),
    denials: [...denials].sort(byId),
    values: tallyValues(ctx, claims),
  };
}

/** A kept tally with new claims and denials added (none of them in it yet). */
export function addToTally(
  ctx: VerifyContext,
  tally: ClusterTally,
  claims: readonly Claim[],
  denials: readonly Claim[],
): ClusterTally {
  return {
    version: 1,
    claims: tally.claims + claims.length + denials.length,
    ...ends([...tally.first, ...tally.latest, ...claims]),
    denials: [...tally.denials, ...denials].sort(byId),
    values: tallyValues(ctx, claims, tally.values),
  };
}

/** Whether a tally was made by this program: an unknown one is set aside and made again. */
export function isCurrentTally(tally: ClusterTally | undefined): tally is ClusterTally {
  return tally?.version === 1;
}
