/**
 * Scores one per-article task (quotes, quantities, dates, stances) over a whole
 * set: matches each article's gold items to its predicted items and keeps every
 * miss and false hit with its article, so a person can see why a score is what
 * it is.
 */
import type { GoldAnnotations, GoldSet } from "./gold.js";
import { matchOneToOne, type Prf, prf } from "./match.js";
import type { Predictions } from "./predictions.js";

export interface Listed<T> {
  article: string;
  item: T;
  /** Why it did not match, when something close was found (a wrong speaker, a wrong value). */
  note?: string;
}

export interface TaskResult<T> extends Prf {
  misses: Array<Listed<T>>;
  falseHits: Array<Listed<T>>;
}

export interface Pairing<T> {
  article: string;
  gold: T[];
  predicted: T[];
  pairs: Array<[number, number]>;
}

export type TaskKey = keyof GoldAnnotations;

export interface TaskRules<T> {
  /** Null when the two do not match, else how well (higher is better). */
  match(gold: T, predicted: T, articleText: string): number | null;
  /** A note on why a missed gold item did not match the closest prediction, if any. */
  explain?(gold: T, predicted: readonly T[], articleText: string): string | undefined;
}

export function pairTask<T>(
  set: GoldSet,
  predictions: Predictions,
  key: TaskKey,
  rules: TaskRules<T>,
): Array<Pairing<T>> {
  return set.articles.map((a) => {
    const gold = a.gold[key] as unknown as T[];
    const predicted = (predictions.articles[a.id]?.[key] ?? []) as unknown as T[];
    const pairs = matchOneToOne(gold, predicted, (g, p) => rules.match(g, p, a.text));
    return { article: a.id, gold, predicted, pairs };
  });
}

export function scorePairings<T>(
  set: GoldSet,
  pairings: Array<Pairing<T>>,
  rules: TaskRules<T>,
): TaskResult<T> {
  const misses: Array<Listed<T>> = [];
  const falseHits: Array<Listed<T>> = [];
  let matched = 0;
  let gold = 0;
  let predicted = 0;
  for (const p of pairings) {
    const text = set.articles.find((a) => a.id === p.article)?.text ?? "";
    const goldHit = new Set(p.pairs.map(([i]) => i));
    const predHit = new Set(p.pairs.map(([, j]) => j));
    matched += p.pairs.length;
    gold += p.gold.length;
    predicted += p.predicted.length;
    const unmatched = p.predicted.filter((_, j) => !predHit.has(j));
    p.gold.forEach((item, i) => {
      if (goldHit.has(i)) return;
      const note = rules.explain?.(item, unmatched, text);
      misses.push(note ? { article: p.article, item, note } : { article: p.article, item });
    });
    for (const item of unmatched) falseHits.push({ article: p.article, item });
  }
  return { ...prf(matched, gold, predicted), misses, falseHits };
}

export function scoreTask<T>(
  set: GoldSet,
  predictions: Predictions,
  key: TaskKey,
  rules: TaskRules<T>,
): TaskResult<T> {
  return scorePairings(set, pairTask(set, predictions, key, rules), rules);
}
