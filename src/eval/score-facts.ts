/**
 * Facts: a gold fact is found when some predicted cluster holds one of its
 * evidence sentences (the gold evidence text, whitespace-normalised, stands
 * inside the evidence sentence of one of the cluster's claims in the same
 * article). When several clusters hold its evidence, the one holding the most
 * of it stands for the fact; on a tie, the one listing more of its values. Verdict accuracy is over found facts; for
 * conflicting facts the variant share counts those whose every gold value the
 * cluster lists (variant-match.ts says when a value is listed).
 *
 * Copies counted as confirmation: a cluster the system calls corroborated
 * although all its reports come from one independent origin by the gold set
 * (reprints folded into their originals, one owner one origin). It must be 0.
 */
import type { GoldFact, GoldSet } from "./gold.js";
import { normaliseSpace } from "./match.js";
import type { PredictedFact, Predictions } from "./predictions.js";
import { allVariantsListed, variantListed } from "./variant-match.js";

export interface FactOutcome {
  fact: string;
  claim: string;
  status: GoldFact["status"];
  /** The cluster that stands for the fact, or null when none holds its evidence. */
  cluster: string | null;
  systemStatus: PredictedFact["status"] | null;
  verdictRight: boolean;
  /** For conflicting facts: whether the cluster lists every gold variant. */
  variantsListed?: boolean;
  systemVariants?: string[];
}

export interface FactScores {
  total: number;
  found: number;
  foundShare: number;
  verdictAccuracy: number;
  conflicting: number;
  conflictingFound: number;
  variantsListed: number;
  variantShare: number;
  copiesAsConfirmation: number;
  copyConfirmations: Array<{ cluster: string; claim: string; articles: string[] }>;
  outcomes: FactOutcome[];
  /** Clusters that stand for more than one gold fact (a merge the system made). */
  sharedClusters: Array<{ cluster: string; facts: string[] }>;
}

function evidenceHits(fact: GoldFact, cluster: PredictedFact): number {
  let hits = 0;
  for (const e of fact.evidence) {
    const want = normaliseSpace(e.text);
    if (!want) continue;
    if (
      cluster.evidence.some((c) => c.article === e.article && normaliseSpace(c.text).includes(want))
    )
      hits++;
  }
  return hits;
}

/** How many of the fact's values the cluster lists, each by a value of its own. */
function valuesListed(fact: GoldFact, cluster: PredictedFact): number {
  const values = cluster.variants.map((v) => v.value);
  const used = new Set<number>();
  let listed = 0;
  for (const g of fact.variants) {
    const j = values.findIndex((v, k) => !used.has(k) && variantListed(g.value, v));
    if (j < 0) continue;
    used.add(j);
    listed++;
  }
  return listed;
}

/**
 * The cluster that stands for a fact: the one holding most of its evidence
 * sentences. One sentence often gives several claims ("wants any deal put to
 * a referendum, which would need a ceasefire of 60 to 90 days": a statement
 * and a figure), so on a tie the cluster that lists more of the fact's values
 * is the one meant; then the first.
 */
function clusterFor(fact: GoldFact, clusters: readonly PredictedFact[]): PredictedFact | null {
  let best: PredictedFact | null = null;
  let bestHits = 0;
  let bestValues = 0;
  for (const c of clusters) {
    const hits = evidenceHits(fact, c);
    if (hits === 0 || hits < bestHits) continue;
    const values = valuesListed(fact, c);
    if (hits > bestHits || values > bestValues) {
      best = c;
      bestHits = hits;
      bestValues = values;
    }
  }
  return best;
}

/** Independent origin of each article by the gold set: its root original's owner. */
export function goldOrigins(set: GoldSet): Map<string, string> {
  const byId = new Map(set.articles.map((a) => [a.id, a]));
  const origins = new Map<string, string>();
  for (const a of set.articles) {
    let root = a;
    const seen = new Set<string>();
    while (root.syndicated_from && !seen.has(root.id)) {
      seen.add(root.id);
      root = byId.get(root.syndicated_from) ?? root;
    }
    origins.set(a.id, root.source.owner.trim().toLowerCase());
  }
  return origins;
}

function copyConfirmations(set: GoldSet, clusters: readonly PredictedFact[]) {
  const origins = goldOrigins(set);
  const out: FactScores["copyConfirmations"] = [];
  for (const c of clusters) {
    if (c.status !== "corroborated") continue;
    const articles = [
      ...new Set([...c.variants.flatMap((v) => v.articles), ...c.evidence.map((e) => e.article)]),
    ];
    const owners = new Set(articles.map((a) => origins.get(a) ?? a));
    if (articles.length >= 2 && owners.size === 1)
      out.push({ cluster: c.id, claim: c.claim, articles });
  }
  return out;
}

function outcomeOf(fact: GoldFact, cluster: PredictedFact | null): FactOutcome {
  const outcome: FactOutcome = {
    fact: fact.id,
    claim: fact.claim,
    status: fact.status,
    cluster: cluster?.id ?? null,
    systemStatus: cluster?.status ?? null,
    verdictRight: cluster !== null && cluster.status === fact.status,
  };
  if (fact.status === "conflicting" && cluster) {
    const values = cluster.variants.map((v) => v.value);
    outcome.systemVariants = values;
    outcome.variantsListed = allVariantsListed(
      fact.variants.map((v) => v.value),
      values,
    );
  }
  return outcome;
}

export function scoreFacts(set: GoldSet, predictions: Predictions): FactScores {
  const outcomes = set.facts.map((f) => outcomeOf(f, clusterFor(f, predictions.facts)));
  const found = outcomes.filter((o) => o.cluster !== null);
  const conflicting = outcomes.filter((o) => o.status === "conflicting");
  const conflictingFound = conflicting.filter((o) => o.cluster !== null);
  const listed = conflictingFound.filter((o) => o.variantsListed).length;
  const byCluster = new Map<string, string[]>();
  for (const o of found) byCluster.set(o.cluster!, [...(byCluster.get(o.cluster!) ?? []), o.fact]);
  const copies = copyConfirmations(set, predictions.facts);
  const share = (n: number, d: number) => (d === 0 ? 1 : n / d);
  return {
    total: outcomes.length,
    found: found.length,
    foundShare: share(found.length, outcomes.length),
    verdictAccuracy: share(found.filter((o) => o.verdictRight).length, found.length),
    conflicting: conflicting.length,
    conflictingFound: conflictingFound.length,
    variantsListed: listed,
    variantShare: share(listed, conflictingFound.length),
    copiesAsConfirmation: copies.length,
    copyConfirmations: copies,
    outcomes,
    sharedClusters: [...byCluster]
      .filter(([, facts]) => facts.length > 1)
      .map(([cluster, facts]) => ({ cluster, facts })),
  };
}
