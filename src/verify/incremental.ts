/**
 * Verification of added reports without verifying everything again. The
 * stored clusters a new claim may belong to are found through lookup keys
 * (a figure's slot, a statement's most distinctive words); each new claim then
 * joins the candidate it resembles most on average, by the same similarities
 * and thresholds as a full run, or starts a cluster of its own. Only the
 * clusters that changed are judged again and written.
 *
 * A full run may group a few claims differently (it sees every claim at once;
 * here an earlier grouping is never revised); `ttm analyze --full` re-verifies
 * from scratch.
 */
import type { Claim, ClusterWithClaims } from "../model/index.js";
import { firstAndLatest, GREEDY_SAMPLE } from "./average-link.js";
import {
  type ClaimCluster,
  type ClaimMeasure,
  clusterId,
  DENIAL_THRESHOLD,
  denialSimilarity,
  FIGURELESS_THRESHOLD,
  figureSimilarity,
  SAME_SLOT_BONUS,
  slotKey,
  statementSimilarity,
  wordSimilarity,
} from "./cluster.js";
import { BANDS, minhashSignature, ROWS_PER_BAND } from "./minhash.js";
import { wordShingles } from "./shingles.js";
import { isVenue, venueSimilarity } from "./venues.js";

/** Lookup-key kinds the verification stage files records under. */
export const CLUSTER_KEYS = "cluster";
export const REPORT_BANDS = "band";
/** Each report's MinHash signature, one key per report, so copies are found without reading texts. */
export const REPORT_SIGNATURES = "signature";

/** Distinctive words a statement cluster is filed under, at most. */
export const CLUSTER_TERM_KEYS = 8;
/** Candidate clusters fetched per key of a new claim: the most recently filed. */
export const CANDIDATES_PER_KEY = 24;
/**
 * The entries to file when filing many at once, in their order, keeping under
 * each key only the last `perKey` refs: lookups take no more than the latest
 * `perKey` refs of a key (Store.findByKeys), so the rest would never be read.
 * A full verification of 10k reports files its clusters under a few hundred
 * slot words, most of them shared by thousands of clusters.
 */
export function latestPerKey(
  entries: readonly { ref: string; keys: readonly string[] }[],
  perKey: number,
): { ref: string; keys: string[] }[] {
  const latest = new LatestPerKey(perKey);
  for (const { ref, keys } of entries) latest.add(ref, keys);
  return latest.entries();
}

/**
 * latestPerKey as entries come, holding only what it keeps: per key, the
 * last `perKey` refs filed under it. A run that files millions of clusters
 * a block at a time never holds every cluster's keys.
 */
export class LatestPerKey {
  /** Per key, the refs filed under it with the order they came in, at most 2 × perKey. */
  private readonly byKey = new Map<string, { at: number; ref: string }[]>();
  private count = 0;

  constructor(private readonly perKey: number) {}

  add(ref: string, keys: readonly string[]): void {
    const at = this.count++;
    for (const key of new Set(keys)) {
      let list = this.byKey.get(key);
      if (!list) {
        list = [];
        this.byKey.set(key, list);
      }
      list.push({ at, ref });
      if (list.length > 2 * this.perKey) list.splice(0, list.length - this.perKey);
    }
  }

  /** The refs still filed under some key, in the order they came, each with those keys. */
  entries(): { ref: string; keys: string[] }[] {
    const kept = new Map<number, { ref: string; keys: string[] }>();
    for (const [key, list] of this.byKey) {
      for (const { at, ref } of list.slice(-this.perKey)) {
        const entry = kept.get(at);
        if (entry) entry.keys.push(key);
        else kept.set(at, { ref, keys: [key] });
      }
    }
    return [...kept].sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
  }
}

/** MinHash bands a stored report must share with a new one to be compared with it. */
export const SHARED_BANDS = 2;

/** The MinHash band keys of a report's text (none for a text too short to shingle). */
export function reportBandKeys(text: string): string[] {
  const shingles = wordShingles(text);
  if (shingles.length === 0) return [];
  return signatureBandKeys(minhashSignature(shingles));
}

/** The band keys of a MinHash signature. */
export function signatureBandKeys(signature: Uint32Array): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band++) {
    const rows = signature.subarray(band * ROWS_PER_BAND, (band + 1) * ROWS_PER_BAND);
    keys.push(`${band}:${Array.from(rows).join(",")}`);
  }
  return keys;
}

const isIssueTag = (term: string) => term.startsWith("issue:");

/** A claim's normalised words that can tell it apart, heaviest first. */
function distinctiveWords(claim: Claim, m: ClaimMeasure): string[] {
  return [...m.profile(claim).weights]
    .filter(([term]) => !isIssueTag(term))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([term]) => term);
}

/** The keys a new claim looks up candidate clusters by. */
export function claimKeys(claim: Claim, m: ClaimMeasure): string[] {
  if (claim.quantity !== null && claim.polarity !== "deny") return [`fig:${slotKey(claim.slot)}`];
  // Every word is asked for: a cluster is filed under its heaviest few, which need not be the claim's.
  return distinctiveWords(claim, m).map((t) => `term:${t}`);
}

/** The keys a stored cluster is filed under: its figures' slot, or its heaviest words. */
export function clusterKeys(cluster: ClaimCluster, m: ClaimMeasure): string[] {
  const keys = new Set<string>();
  if (cluster.claims.some((c) => c.quantity !== null)) keys.add(`fig:${slotKey(cluster.slot)}`);
  const weight = new Map<string, number>();
  for (const claim of [...cluster.claims, ...cluster.denials]) {
    if (claim.quantity !== null) continue;
    for (const [term, w] of m.profile(claim).weights) {
      if (!isIssueTag(term)) weight.set(term, Math.max(weight.get(term) ?? 0, w));
    }
  }
  const words = [...weight]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, CLUSTER_TERM_KEYS);
  for (const [term] of words) keys.add(`term:${term}`);
  return [...keys];
}

/**
 * A stored cluster as the clustering sees it: affirming claims and denials
 * apart. A cluster read with its tally (Store.getClusters with tallies) has
 * the tally's first and latest claims in hand, which is all that adding
 * claims compares with, and all its denials.
 */
export function asClaimCluster(stored: ClusterWithClaims): ClaimCluster {
  const tally = stored.tally;
  if (tally) {
    return {
      id: stored.id,
      slot: stored.slot,
      issue: stored.issue,
      claims: [...new Map([...tally.first, ...tally.latest].map((c) => [c.id, c])).values()],
      denials: [...tally.denials],
      ...(stored.lent ? { lent: stored.lent } : {}),
      tally,
    };
  }
  return {
    id: stored.id,
    slot: stored.slot,
    issue: stored.issue,
    claims: stored.claims.filter((c) => c.polarity !== "deny"),
    denials: stored.claims.filter((c) => c.polarity === "deny"),
    ...(stored.lent ? { lent: stored.lent } : {}),
  };
}

/** How a claim is clustered: by its figure, by its place, or by its words. */
function kindOf(c: Claim): "figure" | "venue" | "statement" {
  return c.quantity !== null ? "figure" : isVenue(c) ? "venue" : "statement";
}

/** Members a newcomer is compared with: all, or the first and latest of a large cluster. */
const sample = (claims: readonly Claim[]) => firstAndLatest(claims, GREEDY_SAMPLE);

function meanOver(claim: Claim, members: readonly Claim[], sim: (a: Claim, b: Claim) => number) {
  const s = sample(members);
  if (s.length === 0) return 0;
  let sum = 0;
  for (const other of s) sum += sim(claim, other);
  return sum / s.length;
}

/** The best cluster by a score (ties to the smaller id) when it reaches the threshold. */
function bestOf(
  clusters: Iterable<ClaimCluster>,
  score: (c: ClaimCluster) => number,
  threshold: number,
): ClaimCluster | null {
  let best: ClaimCluster | null = null;
  let bestScore = threshold;
  for (const cluster of clusters) {
    const s = score(cluster);
    if (s >= bestScore && (best === null || s > bestScore || cluster.id < best.id)) {
      best = cluster;
      bestScore = s;
    }
  }
  return best;
}

export interface Placement {
  /** Every cluster that gained a claim or was made, by id. */
  changed: ClaimCluster[];
  /** How many of them are new. */
  created: number;
}

/**
 * Places new claims into the candidate clusters (stored ones, found by their
 * keys) or into new clusters. Candidate clusters are updated in place.
 */
export function placeClaims(
  newClaims: readonly Claim[],
  candidates: readonly ClaimCluster[],
  m: ClaimMeasure,
  options: {
    /**
     * Whether a word can link two statements (a full run links statements only
     * through words few claims share, see LINK_TERM_LIMIT): a new statement is
     * compared only with clusters filed under such a word of its own.
     */
    links?: (term: string) => boolean;
  } = {},
): Placement {
  const all = [...candidates];
  const changed = new Map<string, ClaimCluster>();
  let created = 0;
  const byKey = new Map<string, ClaimCluster[]>();
  const file = (cluster: ClaimCluster) => {
    for (const key of clusterKeys(cluster, m)) {
      const list = byKey.get(key);
      if (list && !list.includes(cluster)) list.push(cluster);
      else if (!list) byKey.set(key, [cluster]);
    }
  };
  for (const cluster of all) file(cluster);
  const near = (claim: Claim) => {
    const found = new Set<ClaimCluster>();
    const links = options.links;
    const keys =
      links && kindOf(claim) === "statement" && claim.polarity !== "deny"
        ? distinctiveWords(claim, m)
            .filter(links)
            .map((t) => `term:${t}`)
        : claimKeys(claim, m);
    for (const key of keys) for (const c of byKey.get(key) ?? []) found.add(c);
    return found;
  };
  const join = (cluster: ClaimCluster, claim: Claim, denial: boolean) => {
    (denial ? cluster.denials : cluster.claims).push(claim);
    changed.set(cluster.id, cluster);
    // A claim with a figure changes no key (clusterKeys): it joins only a cluster of figures,
    // already filed under their slot, and its words are not counted. So a large cluster of
    // figures is not filed again for each figure that joins it.
    if (claim.quantity === null) file(cluster);
  };
  const start = (claim: Claim, denial: boolean) => {
    const cluster: ClaimCluster = {
      id: clusterId(claim.slot, claim.id),
      slot: claim.slot,
      issue: claim.issue,
      claims: denial ? [] : [claim],
      denials: denial ? [claim] : [],
    };
    all.push(cluster);
    created++;
    changed.set(cluster.id, cluster);
    file(cluster);
  };
  const sorted = [...newClaims].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const claim of sorted.filter((c) => c.polarity !== "deny")) {
    const kind = kindOf(claim);
    const key = slotKey(claim.slot);
    const target = bestOf(
      [...near(claim)].filter(
        (c) =>
          c.claims.length > 0 &&
          (kind === "figure"
            ? c.claims.some((x) => x.quantity !== null) && slotKey(c.slot) === key
            : c.claims.every((x) => kindOf(x) === kind)),
      ),
      (c) =>
        meanOver(claim, c.claims, (a, b) =>
          kind === "figure"
            ? figureSimilarity(a, b, m)
            : kind === "venue"
              ? venueSimilarity(a, b, m)
              : statementSimilarity(a, b, m),
        ),
      kind === "statement" ? FIGURELESS_THRESHOLD : 0.5,
    );
    if (target) join(target, claim, false);
    else start(claim, false);
  }
  for (const denial of sorted.filter((c) => c.polarity === "deny")) {
    const key = slotKey(denial.slot);
    const around = [...near(denial)];
    const denied = bestOf(
      around.filter(
        (c) => c.claims.length > 0 && c.issue === denial.issue && !c.claims.every(isVenue),
      ),
      (c) =>
        meanOver(denial, c.claims, (a, b) => denialSimilarity(a, b, m)) +
        (slotKey(c.slot) === key ? SAME_SLOT_BONUS : 0),
      DENIAL_THRESHOLD,
    );
    if (denied) {
      join(denied, denial, true);
      continue;
    }
    const alike = bestOf(
      around.filter((c) => c.claims.length === 0 && slotKey(c.slot) === key),
      (c) => meanOver(denial, c.denials, (a, b) => wordSimilarity(a, b, m)),
      FIGURELESS_THRESHOLD,
    );
    if (alike) join(alike, denial, true);
    else start(denial, true);
  }
  return { changed: [...changed.values()], created };
}
