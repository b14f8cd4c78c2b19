/**
 * The counting every task shares: a one-to-one matching of gold items to
 * predicted items within one article, and precision, recall and F1 over the
 * matches of all articles. Each task says what makes a pair match and how good
 * it is; the best pairs are taken first, so a duplicate gold item is paired
 * with the prediction that fits it best.
 */

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  matched: number;
}

/** Precision and recall; an empty side scores 1 (nothing to find, nothing wrong). */
export function prf(matched: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, matched };
}

/**
 * Pairs gold and predicted items one to one. `goodness` returns null when the pair
 * does not match, else a goodness (higher is better).
 */
export function matchOneToOne<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  goodness: (g: G, p: P) => number | null,
): Array<[number, number]> {
  const candidates: Array<[number, number, number]> = [];
  gold.forEach((g, i) => {
    predicted.forEach((p, j) => {
      const score = goodness(g, p);
      if (score !== null) candidates.push([score, i, j]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const [, i, j] of candidates) {
    if (usedGold.has(i) || usedPred.has(j)) continue;
    usedGold.add(i);
    usedPred.add(j);
    pairs.push([i, j]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Lower-case word tokens: what "token overlap" counts. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu) ?? [];
}

/**
 * Token overlap of two texts as the Dice coefficient over token multisets:
 * 2·shared / (|a| + |b|). Symmetric, so a prediction that swallows a whole
 * paragraph around a short gold quote does not count as a match.
 */
export function tokenOverlap(a: string, b: string): number {
  const ta = wordTokens(a);
  const tb = wordTokens(b);
  if (ta.length + tb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of ta) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of tb) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(t, n - 1);
    }
  }
  return (2 * shared) / (ta.length + tb.length);
}

/** Whitespace collapsed and curly quotes straightened, for substring tests on evidence. */
export function normaliseSpace(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
}
