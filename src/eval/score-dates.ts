/**
 * Dates: a predicted date matches a gold one when the normalised values are
 * equal (FORMAT.md); the one whose text sits where the gold text does is
 * preferred. Value accuracy is taken as TempEval does it: among the gold
 * dates the system found at the same place (the texts overlap in the
 * article), the share whose value is right. Granularity accuracy is the same
 * share for the granularity (a day has none).
 */
import { pairTask, scorePairings, type TaskResult, type TaskRules } from "./article-task.js";
import type { GoldDate, GoldSet } from "./gold.js";
import { matchOneToOne } from "./match.js";
import type { Predictions } from "./predictions.js";

/** Every [start, end) where `needle` stands in `text` (case-insensitive). */
export function occurrences(text: string, needle: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const hay = text.toLowerCase();
  const n = needle.toLowerCase().trim();
  if (!n) return out;
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, i + 1)) out.push([i, i + n.length]);
  return out;
}

/** Whether the two texts overlap somewhere in the article. */
export function textsOverlap(articleText: string, a: string, b: string): boolean {
  const as = occurrences(articleText, a);
  const bs = occurrences(articleText, b);
  return as.some(([s1, e1]) => bs.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

const granularityOf = (d: GoldDate) => d.granularity ?? "day";

export const dateRules: TaskRules<GoldDate> = {
  match(g, p, text) {
    if (g.value !== p.value) return null;
    return textsOverlap(text, g.text, p.text) ? 2 : 1;
  },
  explain(g, predicted, text) {
    const there = predicted.find((p) => textsOverlap(text, g.text, p.text));
    return there ? `found "${there.text}" as ${there.value}` : undefined;
  },
};

export interface DateScores extends TaskResult<GoldDate> {
  /** Gold dates whose text the system marked at all (any value). */
  spanRecall: number;
  valueAccuracy: number;
  granularityAccuracy: number;
  /** Gold dates found at their place with a wrong value. */
  wrongValues: Array<{ article: string; gold: GoldDate; predicted: GoldDate }>;
}

export function scoreDates(set: GoldSet, predictions: Predictions): DateScores {
  const result = scorePairings(set, pairTask(set, predictions, "dates", dateRules), dateRules);
  let gold = 0;
  let placed = 0;
  let rightValue = 0;
  let rightGranularity = 0;
  const wrongValues: DateScores["wrongValues"] = [];
  for (const a of set.articles) {
    const predicted = predictions.articles[a.id]?.dates ?? [];
    gold += a.gold.dates.length;
    const pairs = matchOneToOne(a.gold.dates, predicted, (g, p) =>
      textsOverlap(a.text, g.text, p.text) ? (g.value === p.value ? 2 : 1) : null,
    );
    for (const [i, j] of pairs) {
      const g = a.gold.dates[i]!;
      const p = predicted[j]!;
      placed++;
      if (g.value === p.value) rightValue++;
      else wrongValues.push({ article: a.id, gold: g, predicted: p });
      if (granularityOf(g) === granularityOf(p)) rightGranularity++;
    }
  }
  return {
    ...result,
    spanRecall: gold === 0 ? 1 : placed / gold,
    valueAccuracy: placed === 0 ? (gold === 0 ? 1 : 0) : rightValue / placed,
    granularityAccuracy: placed === 0 ? (gold === 0 ? 1 : 0) : rightGranularity / placed,
    wrongValues,
  };
}
