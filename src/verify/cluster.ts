/**
 * Groups claims that speak of the same thing. Claims are first split by slot
 * (the claims stage guarantees that claims about one measured thing share a
 * slot); within a slot:
 * - claims with a figure join when their times are compatible: the slot says
 *   they measure one thing, and the figure itself may differ (that is what
 *   verdicts judge);
 * - claims without a figure join by term similarity (average link), with a
 *   penalty when their times cannot be the same day, so two meetings on
 *   different dates stay apart unless their words are nearly the same.
 * Denials then join the cluster of what they deny, by term similarity within
 * the same issue; a denial that matches nothing forms a cluster of its own.
 */
import { createHash } from "node:crypto";
import type { Claim } from "../model/index.js";
import { averageLinkGroups } from "./average-link.js";
import { type TermWeights, termContainment, termSimilarity } from "./similarity.js";
import { timesCompatible } from "./time.js";
import { canonicalUnit } from "./values.js";

/** Mean term similarity at which claims without a figure are taken to say the same thing. */
export const FIGURELESS_THRESHOLD = 0.3;
/** Mean term containment at which a denial is taken to deny a cluster's statement. */
export const DENIAL_THRESHOLD = 0.3;
/** A denial in the same slot as the statement is likelier to be about it. */
export const SAME_SLOT_BONUS = 0.1;
/** Factor on the similarity of figure-less claims whose times cannot be the same day. */
export const TIME_MISMATCH_FACTOR = 0.6;

export interface ClaimCluster {
  id: string;
  slot: string;
  issue: string;
  /** Affirming claims, by id. */
  claims: Claim[];
  /** Claims with polarity "deny" that deny this cluster's statement, by id. */
  denials: Claim[];
}

const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Similarity of two claims that both carry a figure: 0 when times clash, else 0.5 to 1 by shared terms. */
function figureSimilarity(a: Claim, b: Claim, weights: TermWeights): number {
  if (!timesCompatible(a.time, b.time)) return 0;
  // The slot already says both figures measure one thing; shared words only make it surer.
  if (a.terms.length === 0 || b.terms.length === 0) return 0.5;
  return 0.5 + 0.5 * termSimilarity(a.terms, b.terms, weights);
}

/** Similarity of claims compared by words, with the time penalty. */
export function wordSimilarity(a: Claim, b: Claim, weights: TermWeights): number {
  const overlap = termSimilarity(a.terms, b.terms, weights);
  return timesCompatible(a.time, b.time) ? overlap : overlap * TIME_MISMATCH_FACTOR;
}

const DURATION_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year"]);

/**
 * The key claims are grouped by: the slot, with a trailing duration unit made
 * generic, so "talks:call:minute" and "talks:call:hour" meet and their figures
 * are compared after conversion ("about 75 minutes" against "two hours").
 */
export function slotKey(slot: string): string {
  const parts = slot.split(":");
  const last = parts.at(-1) ?? "";
  if (parts.length < 2 || !DURATION_UNITS.has(canonicalUnit(last))) return slot;
  return [...parts.slice(0, -1), "duration"].join(":");
}

/** A stable id: the same slot and the same first claim give the same id on every run. */
export function clusterId(slot: string, firstClaimId: string): string {
  const digest = createHash("sha256").update(`${slot}\u0000${firstClaimId}`).digest("hex");
  return `c-${digest.slice(0, 12)}`;
}

function groupBy<K, T>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Clusters of the affirming claims of one slot, each a list of claims. */
function clusterSlot(claims: readonly Claim[], weights: TermWeights): Claim[][] {
  const withFigure = claims.filter((c) => c.quantity !== null);
  const withoutFigure = claims.filter((c) => c.quantity === null);
  const figureGroups = averageLinkGroups(
    withFigure,
    (a, b) => figureSimilarity(a, b, weights),
    0.5,
  );
  const wordGroups = averageLinkGroups(
    withoutFigure,
    (a, b) => wordSimilarity(a, b, weights),
    FIGURELESS_THRESHOLD,
  );
  return [
    ...figureGroups.map((g) => g.map((i) => withFigure[i]!)),
    ...wordGroups.map((g) => g.map((i) => withoutFigure[i]!)),
  ];
}

/** How far a denial's words cover a claim's, with the time penalty. */
function denialSimilarity(denial: Claim, claim: Claim, weights: TermWeights): number {
  const overlap = termContainment(denial.terms, claim.terms, weights);
  return timesCompatible(denial.time, claim.time) ? overlap : overlap * TIME_MISMATCH_FACTOR;
}

function meanSimilarity(
  claim: Claim,
  others: readonly Claim[],
  similarity: (a: Claim, b: Claim) => number,
): number {
  if (others.length === 0) return 0;
  let sum = 0;
  for (const other of others) sum += similarity(claim, other);
  return sum / others.length;
}

/** The cluster a denial most likely denies, or null when none is close enough. */
function deniedCluster(
  denial: Claim,
  clusters: readonly ClaimCluster[],
  weights: TermWeights,
): ClaimCluster | null {
  let best: ClaimCluster | null = null;
  let bestScore = DENIAL_THRESHOLD;
  for (const cluster of clusters) {
    if (cluster.issue !== denial.issue) continue;
    const bonus = slotKey(cluster.slot) === slotKey(denial.slot) ? SAME_SLOT_BONUS : 0;
    const score =
      meanSimilarity(denial, cluster.claims, (a, b) => denialSimilarity(a, b, weights)) + bonus;
    if (score >= bestScore && (best === null || score > bestScore || cluster.id < best.id)) {
      best = cluster;
      bestScore = score;
    }
  }
  return best;
}

function makeCluster(claims: Claim[], denials: Claim[]): ClaimCluster {
  const first = (claims[0] ?? denials[0])!;
  return {
    id: clusterId(first.slot, first.id),
    slot: first.slot,
    issue: first.issue,
    claims,
    denials,
  };
}

/** All clusters of the claims, ordered by id; every claim lands in exactly one cluster. */
export function clusterClaims(claims: readonly Claim[], weights: TermWeights): ClaimCluster[] {
  const sorted = [...claims].sort(byId);
  const affirming = sorted.filter((c) => c.polarity !== "deny");
  const denying = sorted.filter((c) => c.polarity === "deny");
  const clusters: ClaimCluster[] = [];
  for (const slotClaims of groupBy(affirming, (c) => slotKey(c.slot)).values()) {
    for (const group of clusterSlot(slotClaims, weights)) clusters.push(makeCluster(group, []));
  }
  const unmatched: Claim[] = [];
  for (const denial of denying) {
    const target = deniedCluster(denial, clusters, weights);
    if (target) target.denials.push(denial);
    else unmatched.push(denial);
  }
  for (const slotDenials of groupBy(unmatched, (c) => slotKey(c.slot)).values()) {
    const groups = averageLinkGroups(
      slotDenials,
      (a, b) => wordSimilarity(a, b, weights),
      FIGURELESS_THRESHOLD,
    );
    for (const group of groups)
      clusters.push(
        makeCluster(
          [],
          group.map((i) => slotDenials[i]!),
        ),
      );
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The claim most like the others in its cluster (ties to the smallest id): the cluster's face. */
export function centralClaim(claims: readonly Claim[], weights: TermWeights): Claim | null {
  let best: Claim | null = null;
  let bestScore = -1;
  for (const claim of claims) {
    const others = claims.filter((c) => c !== claim);
    const score = meanSimilarity(claim, others, (a, b) => wordSimilarity(a, b, weights));
    if (score > bestScore) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}
