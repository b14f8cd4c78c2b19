/**
 * Quantities: a predicted quantity matches a gold one when value and unit are
 * the same (a range matches only the same range). Among equal candidates the
 * one whose text overlaps the gold text more is taken, so repeated figures pair
 * with their own mention.
 */
import { scoreTask, type TaskResult, type TaskRules } from "./article-task.js";
import type { GoldQuantity, GoldSet } from "./gold.js";
import { tokenOverlap } from "./match.js";
import type { Predictions } from "./predictions.js";

export function sameValue(a: GoldQuantity["value"], b: GoldQuantity["value"]): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && close(a[0], b[0]) && close(a[1], b[1]);
  }
  return close(a, b);
}

export const quantityRules: TaskRules<GoldQuantity> = {
  match(g, p) {
    if (g.unit !== p.unit || !sameValue(g.value, p.value)) return null;
    return 1 + tokenOverlap(g.text, p.text);
  },
  explain(g, predicted) {
    const close = predicted.find((p) => tokenOverlap(g.text, p.text) >= 0.5);
    if (!close) return undefined;
    return `found as ${JSON.stringify(close.value)} ${close.unit} ("${close.text}")`;
  },
};

export interface QuantityScores extends TaskResult<GoldQuantity> {
  /** Among matched quantities, the share whose approx flag agrees with gold. */
  approxAccuracy: number;
}

export function scoreQuantities(set: GoldSet, predictions: Predictions): QuantityScores {
  const result = scoreTask(set, predictions, "quantities", quantityRules);
  let agree = 0;
  let matched = 0;
  for (const a of set.articles) {
    const predicted = predictions.articles[a.id]?.quantities ?? [];
    const used = new Set<number>();
    for (const g of a.gold.quantities) {
      const j = predicted.findIndex((p, k) => !used.has(k) && quantityRules.match(g, p, a.text));
      if (j < 0) continue;
      used.add(j);
      matched++;
      if (predicted[j]!.approx === g.approx) agree++;
    }
  }
  return { ...result, approxAccuracy: matched === 0 ? 1 : agree / matched };
}
