/**
 * Denials find the cluster of what they deny: by how far their words cover the
 * cluster's (containment, with the time penalty), among clusters that share one
 * of their rarer words, with a bonus for the same slot.
 */
import type { Claim } from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import {
  type ClaimMeasure,
  meanSimilarity,
  representatives,
  TIME_MISMATCH_FACTOR,
} from "./measure.js";
import { slotKey } from "./slot-keys.js";

/** Mean term containment at which a denial is taken to deny a cluster's statement. */
export const DENIAL_THRESHOLD = 0.3;
/** A denial in the same slot as the statement is likelier to be about it. */
export const SAME_SLOT_BONUS = 0.1;

/** How far a denial's words cover a claim's, with the time penalty. */
export function denialSimilarity(denial: Claim, claim: Claim, m: ClaimMeasure): number {
  const overlap = m.containment(denial, claim);
  return m.timesCompatible(denial, claim) ? overlap : overlap * TIME_MISMATCH_FACTOR;
}

/**
 * Clusters by issue and normalised term, so a denial is weighed only against
 * clusters it shares a word with: without one, its containment is 0 and the
 * same-slot bonus alone stays under the threshold.
 */
export class DenialTargets {
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

if (SAME_SLOT_BONUS >= DENIAL_THRESHOLD) {
  throw new Error("cluster: the same-slot bonus must stay under the denial threshold");
}

/** The cluster a denial most likely denies, or null when none is close enough. */
export function deniedCluster(
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
