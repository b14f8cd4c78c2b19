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

/** Clusters of the affirming claims with a figure in one slot, each a list of claims. */
function clusterFigures(claims: readonly Claim[], weights: TermWeights): Claim[][] {
  const groups = averageLinkGroups(claims, (a, b) => figureSimilarity(a, b, weights), 0.5);
  return groups.map((g) => g.map((i) => claims[i]!));
}

/**
 * How alike two statements without a figure are: the mean of the weighted
 * Jaccard and the weighted overlap coefficient, so a short sentence that says
 * one thing can meet a long one that says it among others; with the time penalty.
 */
export function statementSimilarity(a: Claim, b: Claim, weights: TermWeights): number {
  const overlap =
    (termSimilarity(a.terms, b.terms, weights) + termContainment(a.terms, b.terms, weights)) / 2;
  return timesCompatible(a.time, b.time) ? overlap : overlap * TIME_MISMATCH_FACTOR;
}

/**
 * Statements without a figure are compared across slots: one event told in other
 * words often gets another predicate or issue ("rejected a truce" / "agreed a
 * ceasefire would prolong the war"). To keep the cost near-linear, only claims
 * linked through a shared distinctive term (one few claims carry) are compared.
 */
function clusterStatements(claims: readonly Claim[], weights: TermWeights): Claim[][] {
  const out: Claim[][] = [];
  for (const block of linkedBlocks(claims)) {
    const groups = averageLinkGroups(
      block,
      (a, b) => statementSimilarity(a, b, weights),
      FIGURELESS_THRESHOLD,
    );
    for (const g of groups) out.push(g.map((i) => block[i]!));
  }
  return out;
}

/** A term carried by more claims than this does not link claims into one block. */
export const LINK_TERM_LIMIT = 40;

/** Connected components of claims that share at least one distinctive term. */
function linkedBlocks(claims: readonly Claim[]): Claim[][] {
  const parent = claims.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const byTerm = groupBy(
    claims.flatMap((c, i) => c.terms.filter((t) => !t.startsWith("issue:")).map((t) => ({ t, i }))),
    (x) => x.t,
  );
  for (const holders of byTerm.values()) {
    if (holders.length < 2 || holders.length > LINK_TERM_LIMIT) continue;
    const root = find(holders[0]!.i);
    for (const { i } of holders) parent[find(i)] = root;
  }
  const blocks = groupBy(
    claims.map((c, i) => ({ c, i })),
    (x) => find(x.i),
  );
  return [...blocks.values()].map((xs) => xs.map((x) => x.c));
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

/** The value most members have, ties to the first member's. */
function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const [v, n] of counts) if (n > (counts.get(best) ?? 0)) best = v;
  return best;
}

function makeCluster(claims: Claim[], denials: Claim[]): ClaimCluster {
  const members = claims.length > 0 ? claims : denials;
  const first = members[0]!;
  const slot = mostCommon(members.map((c) => c.slot));
  return {
    id: clusterId(slot, first.id),
    slot,
    issue: mostCommon(members.map((c) => c.issue)),
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
  const withFigure = affirming.filter((c) => c.quantity !== null);
  for (const slotClaims of groupBy(withFigure, (c) => slotKey(c.slot)).values()) {
    for (const group of clusterFigures(slotClaims, weights)) clusters.push(makeCluster(group, []));
  }
  const statements = affirming.filter((c) => c.quantity === null);
  for (const group of clusterStatements(statements, weights)) clusters.push(makeCluster(group, []));
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
