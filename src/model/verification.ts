/** What verification concludes: which reports are copies, and how sure each claim is. */
import type { Claim } from "./claim.js";

export type ReprintReason = "near-duplicate" | "same-owner";

/** A report that repeats another's text: it is no independent confirmation. */
export interface Reprint {
  reportId: string;
  originalId: string;
  /** Estimated Jaccard similarity of the two texts' shingles, 0..1. */
  similarity: number;
  reason: ReprintReason;
}

export type VerdictStatus = "corroborated" | "single_source" | "conflicting" | "disputed";

/** Verdicts by weight, weightiest first: the order a brief lists statements in. */
export const VERDICT_WEIGHT: readonly VerdictStatus[] = [
  "conflicting",
  "disputed",
  "corroborated",
  "single_source",
];

export interface Variant {
  /** The value as shown to a reader: "90%", "15 years", "60 to 90 days". */
  value: string;
  reportIds: string[];
  sourceIds: string[];
  /** Actor ids that assert this value; empty when only outlets state it. */
  holderIds: string[];
  /** Independent origins behind this variant (reprints and same-owner copies count once). */
  origins: number;
  /**
   * True for a vaguer value that fits more than one of the others ("not
   * finished" beside "90%" and "95%"): listed, but at odds with none.
   */
  fits?: boolean;
}

export interface Verdict {
  status: VerdictStatus;
  /** Independent origins across the whole cluster. */
  independentSources: number;
  reports: number;
  variants: Variant[];
  /** Why, in words a reader can check: "3 independent sources / 7 reports", "Peskov denied it in r-12". */
  reasons: string[];
  /** Reports set aside as copies, with their originals: the first 50; a reason counts the rest. */
  reprints: Reprint[];
  /** Ids of claims that deny the cluster's statement. */
  denials: string[];
}

export interface Cluster {
  id: string;
  slot: string;
  issue: string;
  /** A short label for the cluster, taken from its most central claim. */
  label: string;
  claimIds: string[];
  verdict: Verdict;
}

/**
 * One value of a large figure cluster: every affirming claim whose figure
 * reads the same (value, unit, bound, hedge and words), with what a verdict
 * needs of them. Claims of one value are interchangeable to the verdict, so
 * the value's first claim stands for them all.
 */
export interface ValueTally {
  /** The value's first claim by id. */
  claim: Claim;
  /** How many claims give this value. */
  count: number;
  /** The reports that give it, sorted, each once. */
  reportIds: string[];
  /** The sources of those reports, sorted. */
  sourceIds: string[];
  /** Actors that state it, sorted; `outlet` tells whether an outlet states it in its own voice. */
  holderIds: string[];
  outlet: boolean;
  /**
   * Per independent origin (an owner), how many of those reports count as it:
   * counts, not a set, so a report that becomes a copy moves to its
   * original's origin without the other reports being read.
   */
  origins: Record<string, number>;
  /** Per origin, per source, how many of those reports are no copies: shared owners. */
  ownerSources: Record<string, Record<string, number>>;
  /** Per holder, the UTC day (YYYY-MM-DD) of the first report in which it gives the value. */
  firstDayBy: Record<string, string>;
  /** The UTC day of the latest report that gives the value. */
  lastDay: string;
  /** Whether every claim states a holder's position ("offers", "demands"). */
  positions: boolean;
}

/**
 * What the verdict of a large cluster of figures is worked out from, kept
 * with the cluster so that adding claims to it reads none of the stored ones
 * (verify/tally.ts). Stores keep it beside the cluster and hand it back only
 * when asked.
 */
export interface ClusterTally {
  version: 1;
  /** How many claims the cluster holds, its denials included. */
  claims: number;
  /** The first and the latest affirming claims by id, which new claims are compared with. */
  first: Claim[];
  latest: Claim[];
  /** Every denial in the cluster, whole (a cluster of figures holds few). */
  denials: Claim[];
  /** The values, in the order of their first claims' ids. */
  values: ValueTally[];
}

/** A cluster with its claims in hand, for output. */
export interface ClusterWithClaims extends Cluster {
  claims: Claim[];
  /**
   * How many claims the cluster has, set only when a read took fewer (the
   * first of each cluster by id): claimIds then lists the ones read.
   */
  memberCount?: number;
  /**
   * Party denials a figure cluster takes from the denied statement clusters its
   * sentences feed (verify/lent-denials.ts); they are members of those clusters.
   */
  lent?: Claim[];
  /**
   * The tally of a large figure cluster (verify/tally.ts). When a cluster is
   * read with its tally, its claims are not read: `claims` then holds what
   * verification added or sampled, and `memberCount` says how many there are.
   */
  tally?: ClusterTally;
}
