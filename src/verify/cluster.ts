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
import { averageLinkGroups, firstAndLatest, greedyGroups } from "./average-link.js";
import {
  profileContainment,
  profileSimilarity,
  type TermProfile,
  type TermWeights,
  termProfile,
} from "./similarity.js";
import { DAY_SLACK, daySpan } from "./time.js";
import { canonicalUnit } from "./values.js";

/** Mean term similarity at which claims without a figure are taken to say the same thing. */
export const FIGURELESS_THRESHOLD = 0.3;
/** Mean term containment at which a denial is taken to deny a cluster's statement. */
export const DENIAL_THRESHOLD = 0.3;
/** A denial in the same slot as the statement is likelier to be about it. */
export const SAME_SLOT_BONUS = 0.1;
/** Factor on the similarity of figure-less claims whose times cannot be the same day. */
export const TIME_MISMATCH_FACTOR = 0.6;
/**
 * The least similarity of two statements that share an anchor (one kind of
 * event on one day between the same parties or in the same place; the same
 * words quoted from the same speaker): the same thing, whatever their words.
 */
export const ANCHOR_SIMILARITY = 0.6;
/** Terms that anchor a statement (extract/anchors.ts), as the terms are normalised. */
const ANCHOR_TERM = "anchor:";
/** Added to the similarity of statements that take one same stance (one actor, issue and position). */
export const SAME_STANCE_BONUS = 0.15;
const STANCE_TERM = "stance:";

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

/**
 * What the clustering compares, worked out once per claim: its weighted term
 * profile and the days its time covers. Every similarity below goes through it,
 * so a claim compared with hundreds of others is normalised and weighed once.
 */
export class ClaimMeasure {
  private readonly profiles = new Map<Claim, TermProfile>();
  private readonly spans = new Map<Claim, { from: number; to: number } | null>();
  private readonly anchorSets = new Map<Claim, readonly string[]>();
  private readonly stanceSets = new Map<Claim, readonly string[]>();

  constructor(readonly weights: TermWeights) {}

  profile(claim: Claim): TermProfile {
    let p = this.profiles.get(claim);
    if (!p) {
      p = termProfile(claim.terms, this.weights);
      this.profiles.set(claim, p);
    }
    return p;
  }

  /** True unless both times are known and cannot be the same moment (see time.ts). */
  timesCompatible(a: Claim, b: Claim): boolean {
    const x = this.span(a);
    const y = this.span(b);
    if (!x || !y) return true;
    return x.from <= y.to + DAY_SLACK && y.from <= x.to + DAY_SLACK;
  }

  /** True when both claims carry one same anchor term. */
  shareAnchor(a: Claim, b: Claim): boolean {
    return this.share(this.anchorSets, ANCHOR_TERM, a, b);
  }

  /** True when both claims take one same stance. */
  shareStance(a: Claim, b: Claim): boolean {
    return this.share(this.stanceSets, STANCE_TERM, a, b);
  }

  private share(cache: Map<Claim, readonly string[]>, prefix: string, a: Claim, b: Claim): boolean {
    let x = cache.get(a);
    if (!x) {
      x = [...this.profile(a).weights.keys()].filter((t) => t.startsWith(prefix));
      cache.set(a, x);
    }
    if (x.length === 0) return false;
    const y = this.profile(b).weights;
    return x.some((t) => y.has(t));
  }

  jaccard(a: Claim, b: Claim): number {
    return profileSimilarity(this.profile(a), this.profile(b));
  }

  containment(a: Claim, b: Claim): number {
    return profileContainment(this.profile(a), this.profile(b));
  }

  private span(claim: Claim) {
    let span = this.spans.get(claim);
    if (span === undefined) {
      span = claim.time ? daySpan(claim.time) : null;
      this.spans.set(claim, span);
    }
    return span;
  }
}

/** Similarity of two claims that both carry a figure: 0 when times clash, else 0.5 to 1 by shared terms. */
export function figureSimilarity(a: Claim, b: Claim, m: ClaimMeasure): number {
  if (!m.timesCompatible(a, b)) return 0;
  // The slot already says both figures measure one thing; shared words only make it surer.
  if (a.terms.length === 0 || b.terms.length === 0) return 0.5;
  return 0.5 + 0.5 * m.jaccard(a, b);
}

/** Similarity of claims compared by words, with the time penalty. */
export function wordSimilarity(a: Claim, b: Claim, m: ClaimMeasure): number {
  const overlap = m.jaccard(a, b);
  return m.timesCompatible(a, b) ? overlap : overlap * TIME_MISMATCH_FACTOR;
}

const DURATION_UNITS = new Set(["second", "minute", "hour", "day", "week", "month", "year"]);

/**
 * The key claims are grouped by: the slot, with a trailing duration unit made
 * generic, so "talks:call:minute" and "talks:call:hour" meet and their figures
 * are compared after conversion ("about 75 minutes" against "two hours").
 */
export function slotKey(slot: string): string {
  let key = slotKeys.get(slot);
  if (key === undefined) {
    key = genericSlot(slot);
    slotKeys.set(slot, key);
  }
  return key;
}

/** Slots repeat across thousands of claims; their keys are worked out once. */
const slotKeys = new Map<string, string>();

function genericSlot(slot: string): string {
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

/**
 * Above this many claims in one block, the full average-link pass (which holds
 * every related pair) gives way to a greedy pass with the same similarity and
 * threshold. Annotated sets and a day's news stay far below it; a corpus of
 * tens of thousands of reports on one slot does not.
 */
export const EXACT_GROUP_LIMIT = 1500;

function groupsOf(
  claims: readonly Claim[],
  similarity: (a: Claim, b: Claim) => number,
  threshold: number,
  keysOf: (claim: Claim) => readonly string[],
): number[][] {
  return claims.length <= EXACT_GROUP_LIMIT
    ? averageLinkGroups(claims, similarity, threshold)
    : greedyGroups(claims, similarity, threshold, keysOf);
}

/** The terms that can tell one statement from another: all but the issue tags. */
const distinctiveTerms = (c: Claim): readonly string[] =>
  c.terms.filter((t) => !t.startsWith("issue:"));

/** Clusters of the affirming claims with a figure in one slot, each a list of claims. */
function clusterFigures(claims: readonly Claim[], m: ClaimMeasure): Claim[][] {
  const groups = groupsOf(
    claims,
    (a, b) => figureSimilarity(a, b, m),
    0.5,
    () => ["slot"],
  );
  return groups.map((g) => g.map((i) => claims[i]!));
}

/**
 * How alike two statements without a figure are: the mean of the weighted
 * Jaccard and the weighted overlap coefficient, so a short sentence that says
 * one thing can meet a long one that says it among others; with the time penalty.
 * Statements that take one same stance gain SAME_STANCE_BONUS; statements that
 * share an anchor are at least ANCHOR_SIMILARITY alike.
 */
export function statementSimilarity(a: Claim, b: Claim, m: ClaimMeasure): number {
  const words = (m.jaccard(a, b) + m.containment(a, b)) / 2;
  const overlap = m.shareStance(a, b) ? Math.min(1, words + SAME_STANCE_BONUS) : words;
  const timed = m.timesCompatible(a, b) ? overlap : overlap * TIME_MISMATCH_FACTOR;
  return m.shareAnchor(a, b) ? Math.max(timed, ANCHOR_SIMILARITY) : timed;
}

/**
 * Statements without a figure are compared across slots: one event told in other
 * words often gets another predicate or issue ("rejected a truce" / "agreed a
 * ceasefire would prolong the war"). To keep the cost near-linear, only claims
 * linked through a shared distinctive term (one few claims carry) are compared.
 */
function clusterStatements(claims: readonly Claim[], m: ClaimMeasure): Claim[][] {
  const out: Claim[][] = [];
  for (const block of linkedBlocks(claims)) {
    const groups = groupsOf(
      block,
      (a, b) => statementSimilarity(a, b, m),
      FIGURELESS_THRESHOLD,
      distinctiveTerms,
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
export function denialSimilarity(denial: Claim, claim: Claim, m: ClaimMeasure): number {
  const overlap = m.containment(denial, claim);
  return m.timesCompatible(denial, claim) ? overlap : overlap * TIME_MISMATCH_FACTOR;
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

/**
 * Clusters by issue and normalised term, so a denial is weighed only against
 * clusters it shares a word with: without one, its containment is 0 and the
 * same-slot bonus alone stays under the threshold.
 */
class DenialTargets {
  private readonly byTerm = new Map<string, Set<ClaimCluster>>();
  private readonly sortedById = new WeakMap<Set<ClaimCluster>, ClaimCluster[]>();

  private firstById(clusters: Set<ClaimCluster>): ClaimCluster[] {
    let sorted = this.sortedById.get(clusters);
    if (!sorted) {
      sorted = [...clusters].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      this.sortedById.set(clusters, sorted);
    }
    return sorted;
  }

  constructor(
    clusters: readonly ClaimCluster[],
    private readonly m: ClaimMeasure,
  ) {
    for (const cluster of clusters) {
      for (const claim of cluster.claims) {
        for (const term of m.profile(claim).weights.keys()) {
          const key = `${cluster.issue}\u0000${term}`;
          let set = this.byTerm.get(key);
          if (!set) {
            set = new Set();
            this.byTerm.set(key, set);
          }
          set.add(cluster);
        }
      }
    }
  }

  /**
   * Clusters sharing a word with the denial; past DENIAL_CANDIDATES, those
   * sharing the most weight. A word that hundreds of clusters carry (an actor,
   * "talks") cannot tell them apart, so it only counts when no rarer word is shared.
   */
  candidates(denial: Claim): ClaimCluster[] {
    const postings = [...this.m.profile(denial).weights]
      .map(([term, w]) => ({ w, clusters: this.byTerm.get(`${denial.issue}\u0000${term}`) }))
      .filter((p): p is { w: number; clusters: Set<ClaimCluster> } => p.clusters !== undefined)
      .sort((x, y) => x.clusters.size - y.clusters.size);
    const rarest = postings[0];
    if (!rarest) return [];
    // Only common words shared: every cluster of the rarest weighs the same, so the
    // first by id are taken, from a list sorted once per word.
    if (rarest.clusters.size > COMMON_TERM_CLUSTERS && rarest.clusters.size > DENIAL_CANDIDATES)
      return this.firstById(rarest.clusters).slice(0, DENIAL_CANDIDATES);
    const shared = new Map<ClaimCluster, number>();
    for (const { w, clusters } of postings) {
      if (clusters.size > COMMON_TERM_CLUSTERS && shared.size > 0) break;
      for (const cluster of clusters) shared.set(cluster, (shared.get(cluster) ?? 0) + w);
    }
    const found = [...shared.keys()];
    if (found.length <= DENIAL_CANDIDATES) return found;
    return found
      .sort((x, y) => shared.get(y)! - shared.get(x)! || (x.id < y.id ? -1 : 1))
      .slice(0, DENIAL_CANDIDATES);
  }
}

/** A word carried by more clusters than this does not by itself make them candidates. */
export const COMMON_TERM_CLUSTERS = 500;

/** Clusters a denial is weighed against, at most (all of them in any set of a few thousand claims). */
export const DENIAL_CANDIDATES = 200;

/** Members a denial is weighed against: all of them, or the first and latest of a large cluster. */
export const DENIAL_SAMPLE = 32;

function representatives(claims: readonly Claim[]): readonly Claim[] {
  return firstAndLatest(claims, DENIAL_SAMPLE);
}

if (SAME_SLOT_BONUS >= DENIAL_THRESHOLD) {
  throw new Error("cluster: the same-slot bonus must stay under the denial threshold");
}

/** The cluster a denial most likely denies, or null when none is close enough. */
function deniedCluster(
  denial: Claim,
  targets: DenialTargets,
  m: ClaimMeasure,
): ClaimCluster | null {
  let best: ClaimCluster | null = null;
  let bestScore = DENIAL_THRESHOLD;
  const denialSlot = slotKey(denial.slot);
  for (const cluster of targets.candidates(denial)) {
    const bonus = slotKey(cluster.slot) === denialSlot ? SAME_SLOT_BONUS : 0;
    const score =
      meanSimilarity(denial, representatives(cluster.claims), (a, b) => denialSimilarity(a, b, m)) +
      bonus;
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
export function clusterClaims(
  claims: readonly Claim[],
  weights: TermWeights | ClaimMeasure,
): ClaimCluster[] {
  const m = weights instanceof ClaimMeasure ? weights : new ClaimMeasure(weights);
  const sorted = [...claims].sort(byId);
  const affirming = sorted.filter((c) => c.polarity !== "deny");
  const denying = sorted.filter((c) => c.polarity === "deny");
  const clusters: ClaimCluster[] = [];
  const withFigure = affirming.filter((c) => c.quantity !== null);
  for (const slotClaims of groupBy(withFigure, (c) => slotKey(c.slot)).values()) {
    for (const group of clusterFigures(slotClaims, m)) clusters.push(makeCluster(group, []));
  }
  const statements = affirming.filter((c) => c.quantity === null);
  for (const group of clusterStatements(statements, m)) clusters.push(makeCluster(group, []));
  const unmatched: Claim[] = [];
  const targets = new DenialTargets(clusters, m);
  for (const denial of denying) {
    const target = deniedCluster(denial, targets, m);
    if (target) target.denials.push(denial);
    else unmatched.push(denial);
  }
  for (const slotDenials of groupBy(unmatched, (c) => slotKey(c.slot)).values()) {
    const groups = groupsOf(
      slotDenials,
      (a, b) => wordSimilarity(a, b, m),
      FIGURELESS_THRESHOLD,
      distinctiveTerms,
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
export function centralClaim(
  claims: readonly Claim[],
  weights: TermWeights | ClaimMeasure,
): Claim | null {
  const m = weights instanceof ClaimMeasure ? weights : new ClaimMeasure(weights);
  let best: Claim | null = null;
  let bestScore = -1;
  // In a large cluster each claim is measured against the first and latest members only,
  // so finding the face stays linear in the cluster's size.
  const reference = representatives(claims);
  for (const claim of claims) {
    const others = reference.filter((c) => c !== claim);
    const score = meanSimilarity(claim, others, (a, b) => wordSimilarity(a, b, m));
    if (score > bestScore) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}
