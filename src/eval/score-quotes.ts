/**
 * Quotes: a predicted quote matches a gold one when the speaker is the same
 * and the texts overlap by at least 60% of their tokens (FORMAT.md). The kind
 * (direct, indirect) is not part of the match; the scores per kind are
 * reported beside the total: recall over the gold quotes of that kind,
 * precision over the predicted quotes of that kind.
 */
import { pairTask, scorePairings, type TaskResult, type TaskRules } from "./article-task.js";
import type { GoldQuote, GoldSet } from "./gold.js";
import { type Prf, prf, tokenOverlap } from "./match.js";
import type { Predictions } from "./predictions.js";

export const QUOTE_OVERLAP = 0.6;

export const quoteRules: TaskRules<GoldQuote> = {
  match(g, p) {
    if (g.speaker !== p.speaker) return null;
    const overlap = tokenOverlap(g.text, p.text);
    return overlap >= QUOTE_OVERLAP ? overlap : null;
  },
  explain(g, predicted) {
    const close = predicted
      .map((p) => ({ p, overlap: tokenOverlap(g.text, p.text) }))
      .sort((a, b) => b.overlap - a.overlap)[0];
    if (!close || close.overlap < 0.3) return undefined;
    if (close.p.speaker !== g.speaker && close.overlap >= QUOTE_OVERLAP)
      return `text found with speaker ${close.p.speaker}`;
    return `closest text (${Math.round(close.overlap * 100)}% overlap, speaker ${close.p.speaker}): ${close.p.text}`;
  },
};

export interface QuoteScores extends TaskResult<GoldQuote> {
  byKind: Record<"direct" | "indirect", Prf>;
}

export function scoreQuotes(set: GoldSet, predictions: Predictions): QuoteScores {
  const pairings = pairTask(set, predictions, "quotes", quoteRules);
  const byKind = {} as QuoteScores["byKind"];
  for (const kind of ["direct", "indirect"] as const) {
    let goldCount = 0;
    let goldHit = 0;
    let predCount = 0;
    let predHit = 0;
    for (const p of pairings) {
      const hitGold = new Set(p.pairs.map(([i]) => i));
      const hitPred = new Set(p.pairs.map(([, j]) => j));
      p.gold.forEach((q, i) => {
        if (q.kind !== kind) return;
        goldCount++;
        if (hitGold.has(i)) goldHit++;
      });
      p.predicted.forEach((q, j) => {
        if (q.kind !== kind) return;
        predCount++;
        if (hitPred.has(j)) predHit++;
      });
    }
    const recall = goldCount === 0 ? 1 : goldHit / goldCount;
    const precision = predCount === 0 ? (goldCount === 0 ? 1 : 0) : predHit / predCount;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    byKind[kind] = { ...prf(goldHit, goldCount, predCount), precision, recall, f1 };
  }
  return { ...scorePairings(set, pairings, quoteRules), byKind };
}
