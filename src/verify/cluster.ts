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
 * the same issue (denials.ts); a denial that matches nothing forms a cluster of
 * its own. What is compared, claim against claim, is in measure.ts.
 */
import { type Claim, type ClusterTally, VENUE_TERMS } from "../model/index.js";
import { averageLinkGroups, greedyGroups } from "./average-link.js";
import { BLOCK_LINK_LIMIT, type BlockKind } from "./blocks.js";
import { DenialTargets, deniedCluster } from "./denials.js";
import { lentDenials } from "./lent-denials.js";
import { ClaimMeasure, meanSimilarity, representatives, TIME_MISMATCH_FACTOR } from "./measure.js";
import type { TermWeights } from "./similarity.js";
import { clusterId, slotKey } from "./slot-keys.js";
import { isVenue, venueSimilarity } from "./venues.js";

export {
  COMMON_TERM_CLUSTERS,
  DENIAL_CANDIDATES,
  DENIAL_THRESHOLD,
  denialSimilarity,
  SAME_SLOT_BONUS,
} from "./denials.js";

import { append } from "../util/append.js";

export { ClaimMeasure, DENIAL_SAMPLE, TIME_MISMATCH_FACTOR } from "./measure.js";
export { clusterId, slotKey } from "./slot-keys.js";

/** Mean term similarity at which claims without a figure are taken to say the same thing. */
export const FIGURELESS_THRESHOLD = 0.3;
/**
 * The least similarity of two statements that share an anchor (one kind of
 * event on one day between the same parties or in the same place; the same
 * words quoted from the same speaker): the same thing, whatever their words.
 */
export const ANCHOR_SIMILARITY = 0.6;
/** Added to the similarity of statements that take one same stance (one actor, issue and position). */
export const SAME_STANCE_BONUS = 0.15;

export interface ClaimCluster {
  id: string;
  slot: string;
  issue: string;
  /** Affirming claims, by id. */
  claims: Claim[];
  /** Claims with polarity "deny" that deny this cluster's statement, by id. */
  denials: Claim[];
  /**
   * Party denials of the event a figure cluster's figures are told of, members
   * of the statement cluster they deny (lent-denials.ts).
   */
  lent?: Claim[];
  /**
   * The tally a large figure cluster was stored with (verify/tally.ts). With
   * it, `claims` holds only what is in hand: the tally's first and latest
   * claims, then what was just added; `denials` are all its denials. Judging
   * adds what is new to the tally and works the verdict out from it.
   */
  tally?: ClusterTally;
}

const byId = (a: Claim, b: Claim): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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

/** What a venue claim is looked up by in a large block: who met, and where. */
const venueKeys = (c: Claim): readonly string[] =>
  c.terms.filter((t) => Object.values(VENUE_TERMS).some((prefix) => t.startsWith(prefix)));

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
export const LINK_TERM_LIMIT = BLOCK_LINK_LIMIT;

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

/**
 * The clusters of one block of affirming claims, ascending by id (blocks.ts):
 * the figures of one slot, statements (split further where no rare term links
 * them), or venue claims. Denials and lent denials are not placed here.
 */
export function clusterBlock(
  kind: BlockKind,
  claims: readonly Claim[],
  m: ClaimMeasure,
): ClaimCluster[] {
  if (kind === "figure") return clusterFigures(claims, m).map((group) => makeCluster(group, []));
  if (kind === "statement") {
    return clusterStatements(claims, m).map((group) => makeCluster(group, []));
  }
  return groupsOf(claims, (a, b) => venueSimilarity(a, b, m), 0.5, venueKeys).map((group) =>
    makeCluster(
      group.map((i) => claims[i]!),
      [],
    ),
  );
}

/** Clusters of the denials that deny no known cluster: alike ones in one slot together. */
export function clusterUnmatchedDenials(
  unmatched: readonly Claim[],
  m: ClaimMeasure,
): ClaimCluster[] {
  const clusters: ClaimCluster[] = [];
  for (const slotDenials of groupBy(unmatched, (c) => slotKey(c.slot)).values()) {
    const groups = groupsOf(
      slotDenials,
      (a, b) => wordSimilarity(a, b, m),
      FIGURELESS_THRESHOLD,
      distinctiveTerms,
    );
    for (const group of groups) {
      clusters.push(
        makeCluster(
          [],
          group.map((i) => slotDenials[i]!),
        ),
      );
    }
  }
  return clusters;
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
    append(clusters, clusterBlock("figure", slotClaims, m));
  }
  const statements = affirming.filter((c) => c.quantity === null && !isVenue(c));
  append(clusters, clusterBlock("statement", statements, m));
  append(clusters, clusterBlock("venue", affirming.filter(isVenue), m));
  const unmatched: Claim[] = [];
  // A denial denies what was said to happen, not where: venue clusters take none.
  const targets = new DenialTargets(
    clusters.filter((c) => !c.claims.every(isVenue)),
    m,
  );
  for (const denial of denying) {
    const target = deniedCluster(denial, targets, m);
    if (target) target.denials.push(denial);
    else unmatched.push(denial);
  }
  append(clusters, clusterUnmatchedDenials(unmatched, m));
  const lent = lentDenials(clusters, clusters);
  for (const cluster of clusters) {
    const denials = lent.get(cluster.id);
    if (denials) cluster.lent = denials;
  }
  return clusters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Above this many members, a cluster's face is chosen among its first and latest members. */
export const FACE_CANDIDATES = 256;

/** The claim most like the others in its cluster (ties to the smallest id): the cluster's face. */
export function centralClaim(
  claims: readonly Claim[],
  weights: TermWeights | ClaimMeasure,
  /** How many claims the cluster has, when `claims` holds only its first and latest (a tally's). */
  total = claims.length,
): Claim | null {
  const m = weights instanceof ClaimMeasure ? weights : new ClaimMeasure(weights);
  let best: Claim | null = null;
  let bestScore = -1;
  // In a large cluster each claim is measured against the first and latest members only,
  // and past FACE_CANDIDATES only those members stand as the face: judging a cluster that
  // gained a claim costs the same whatever its size.
  const reference = representatives(claims);
  const candidates = total > FACE_CANDIDATES ? reference : claims;
  for (const claim of candidates) {
    const others = reference.filter((c) => c !== claim);
    const score = meanSimilarity(claim, others, (a, b) => wordSimilarity(a, b, m));
    if (score > bestScore) {
      best = claim;
      bestScore = score;
    }
  }
  return best;
}
