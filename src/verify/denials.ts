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
          const key = postingKey(cluster.issue, term);
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
   * sharing the most weight (see chooseCandidates).
   */
  candidates(denial: Claim): ClaimCluster[] {
    const postings = postingsOf(denial, this.m, (key, w) => {
      const clusters = this.byTerm.get(key);
      return (
        clusters && {
          w,
          size: clusters.size,
          members: () => clusters,
          firstById: () => this.firstById(clusters),
        }
      );
    });
    return chooseCandidates(postings, (c) => c.id);
  }
}

/** The (issue, word) key clusters are filed under for denials of that issue. */
const postingKey = (issue: string, term: string) => `${issue}\u0000${term}`;

/** The postings of a denial's words, each found by its key and given the word's weight. */
function postingsOf<T>(
  denial: Claim,
  m: ClaimMeasure,
  at: (key: string, w: number) => DenialPosting<T> | undefined,
): DenialPosting<T>[] {
  return [...m.profile(denial).weights].flatMap(([term, w]) => {
    const posting = at(postingKey(denial.issue, term), w);
    return posting ? [posting] : [];
  });
}

/** The clusters filed under one of a denial's words, and that word's weight in the denial. */
export interface DenialPosting<T> {
  w: number;
  /** How many clusters carry the word. */
  size: number;
  /** Every one of them (asked only when size is at most COMMON_TERM_CLUSTERS). */
  members(): Iterable<T>;
  /** At least the first DENIAL_CANDIDATES of them by id, in id order. */
  firstById(): readonly T[];
}

/**
 * The clusters a denial is weighed against, from the postings of its words. A
 * word that hundreds of clusters carry (an actor, "talks") cannot tell them
 * apart, so it only counts when no rarer word is shared; when only such words
 * are shared, the first clusters by id of the rarest are taken.
 */
export function chooseCandidates<T>(
  postings: DenialPosting<T>[],
  idOf: (cluster: T) => string,
): T[] {
  const sorted = [...postings].sort((x, y) => x.size - y.size);
  const rarest = sorted[0];
  if (!rarest) return [];
  if (rarest.size > COMMON_TERM_CLUSTERS && rarest.size > DENIAL_CANDIDATES)
    return rarest.firstById().slice(0, DENIAL_CANDIDATES);
  const shared = new Map<T, number>();
  for (const posting of sorted) {
    if (posting.size > COMMON_TERM_CLUSTERS && shared.size > 0) break;
    for (const cluster of posting.members())
      shared.set(cluster, (shared.get(cluster) ?? 0) + posting.w);
  }
  const found = [...shared.keys()];
  if (found.length <= DENIAL_CANDIDATES) return found;
  return found
    .sort((x, y) => shared.get(y)! - shared.get(x)! || (idOf(x) < idOf(y) ? -1 : 1))
    .slice(0, DENIAL_CANDIDATES);
}

/** Inserts an id into a sorted list that keeps only its first `cap`. */
function keepFirst(ids: string[], id: string, cap: number): void {
  if (ids.length >= cap && id >= ids[ids.length - 1]!) return;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  ids.splice(lo, 0, id);
  if (ids.length > cap) ids.pop();
}

/**
 * DenialTargets by cluster id, filled as clusters are made and written a
 * block at a time: under each (issue, word) of some denial it keeps every
 * cluster id while there are at most COMMON_TERM_CLUSTERS, then only how many
 * and the first DENIAL_CANDIDATES by id, which is all chooseCandidates reads.
 */
export class DenialPostings {
  private readonly byKey = new Map<string, { size: number; ids: string[]; sorted: boolean }>();

  /** `keys`: the (issue, word) keys the denials carry (postingKeys); others are not kept. */
  constructor(
    private readonly keys: ReadonlySet<string>,
    private readonly m: ClaimMeasure,
  ) {}

  /** The keys a denial's postings are found under. */
  static keysOf(denial: Claim, m: ClaimMeasure): string[] {
    return [...m.profile(denial).weights.keys()].map((term) => postingKey(denial.issue, term));
  }

  add(cluster: ClaimCluster): void {
    const keys = new Set<string>();
    for (const claim of cluster.claims) {
      for (const term of this.m.profile(claim).weights.keys()) {
        const key = postingKey(cluster.issue, term);
        if (this.keys.has(key)) keys.add(key);
      }
    }
    for (const key of keys) {
      let posting = this.byKey.get(key);
      if (!posting) {
        posting = { size: 0, ids: [], sorted: false };
        this.byKey.set(key, posting);
      }
      posting.size++;
      if (posting.size <= COMMON_TERM_CLUSTERS) posting.ids.push(cluster.id);
      else if (!posting.sorted) {
        // Past this, only the first by id are read: keep those, in order.
        posting.ids.push(cluster.id);
        posting.ids.sort();
        posting.ids.length = Math.min(posting.ids.length, DENIAL_CANDIDATES);
        posting.sorted = true;
      } else keepFirst(posting.ids, cluster.id, DENIAL_CANDIDATES);
    }
  }

  /** The ids of the clusters a denial is weighed against, as DenialTargets.candidates gives them. */
  candidates(denial: Claim): string[] {
    const postings = postingsOf(denial, this.m, (key, w) => {
      const p = this.byKey.get(key);
      return p && { w, size: p.size, members: () => p.ids, firstById: () => [...p.ids].sort() };
    });
    return chooseCandidates(postings, (id) => id);
  }
}

/** A word carried by more clusters than this does not by itself make them candidates. */
export const COMMON_TERM_CLUSTERS = 500;

/** Clusters a denial is weighed against, at most (all of them in any set of a few thousand claims). */
export const DENIAL_CANDIDATES = 200;

if (SAME_SLOT_BONUS >= DENIAL_THRESHOLD) {
  throw new Error("cluster: the same-slot bonus must stay under the denial threshold");
}

/**
 * A denial is likelier to be about a claim its own report told just before it
 * ("Varn said its guards were killed in an ambush. The Front denied any
 * involvement."): news states the charge, then the reply. The bonus alone, even
 * with the same-slot one, stays under the threshold: the words must still meet.
 */
export const PRECEDING_BONUS = 0.15;
/** How many sentences back a claim counts as told just before the denial. */
export const PRECEDING_SENTENCES = 2;

if (PRECEDING_BONUS + SAME_SLOT_BONUS >= DENIAL_THRESHOLD) {
  throw new Error("cluster: the bonuses of a denial must stay under the denial threshold");
}

/** Sentences of each report a cluster's claims stand in, by report id, kept per claim list. */
const sentencesByReport = new WeakMap<readonly Claim[], Map<string, Set<number>>>();

function reportSentences(claims: readonly Claim[]): Map<string, Set<number>> {
  let index = sentencesByReport.get(claims);
  if (!index) {
    index = new Map();
    for (const c of claims) {
      let set = index.get(c.reportId);
      if (!set) {
        set = new Set();
        index.set(c.reportId, set);
      }
      set.add(c.sentence);
    }
    sentencesByReport.set(claims, index);
  }
  return index;
}

/** Whether the cluster holds a claim of the denial's report in the sentences just before it. */
export function toldJustBefore(denial: Claim, claims: readonly Claim[]): boolean {
  const sentences = reportSentences(claims).get(denial.reportId);
  if (!sentences) return false;
  for (let k = 1; k <= PRECEDING_SENTENCES; k++)
    if (sentences.has(denial.sentence - k)) return true;
  return false;
}

/** The cluster a denial most likely denies, or null when none is close enough. */
export function deniedCluster(
  denial: Claim,
  targets: { candidates(denial: Claim): readonly ClaimCluster[] },
  m: ClaimMeasure,
): ClaimCluster | null {
  let best: ClaimCluster | null = null;
  let bestScore = DENIAL_THRESHOLD;
  const denialSlot = slotKey(denial.slot);
  for (const cluster of targets.candidates(denial)) {
    const bonus =
      (slotKey(cluster.slot) === denialSlot ? SAME_SLOT_BONUS : 0) +
      (toldJustBefore(denial, cluster.claims) ? PRECEDING_BONUS : 0);
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
