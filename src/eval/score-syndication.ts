/**
 * Syndication: precision and recall of the (reprint, original) pairs the
 * system found against the set's `syndicated_from` links.
 */
import type { GoldSet } from "./gold.js";
import { type Prf, prf } from "./match.js";
import type { Predictions } from "./predictions.js";

type Pair = { article: string; original: string };

export interface SyndicationScores extends Prf {
  misses: Pair[];
  falseHits: Pair[];
}

export function scoreSyndication(set: GoldSet, predictions: Predictions): SyndicationScores {
  const key = (p: Pair) => `${p.article}\u0000${p.original}`;
  const gold: Pair[] = set.articles.flatMap((a) =>
    a.syndicated_from ? [{ article: a.id, original: a.syndicated_from }] : [],
  );
  const goldKeys = new Set(gold.map(key));
  const predicted = [...new Map(predictions.syndication.map((p) => [key(p), p])).values()];
  const predKeys = new Set(predicted.map(key));
  const matched = predicted.filter((p) => goldKeys.has(key(p))).length;
  return {
    ...prf(matched, gold.length, predicted.length),
    misses: gold.filter((p) => !predKeys.has(key(p))),
    falseHits: predicted.filter((p) => !goldKeys.has(key(p))),
  };
}
