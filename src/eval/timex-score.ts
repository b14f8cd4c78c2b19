/**
 * TempEval-3 style scoring of temporal expressions against TIMEX3 gold:
 * extraction under strict (same extent) and relaxed (any overlap) matching,
 * and, over relaxed matches, value accuracy and the value F1 TempEval ranks
 * by (a match needs overlap and the same normalised value).
 */
import { matchOneToOne, type Prf, prf } from "./match.js";

export interface TimexSpan {
  start: number;
  end: number;
  value: string;
  /** DATE, DURATION, TIME or SET for gold; null for the system's. */
  type: string | null;
  text: string;
  doc: string;
}

export interface TimexScores {
  strict: Prf;
  relaxed: Prf;
  valueF1: Prf;
  /** Right values over relaxed matches. */
  valueAccuracy: number;
  /** Recall over gold of type DATE only: what the times component is built for. */
  dateRecall: number;
  misses: TimexSpan[];
  falseHits: TimexSpan[];
  wrongValues: Array<{ gold: TimexSpan; predicted: TimexSpan }>;
}

const overlaps = (a: TimexSpan, b: TimexSpan) => a.start < b.end && b.start < a.end;

export function scoreTimexes(
  docs: Array<{ gold: TimexSpan[]; predicted: TimexSpan[] }>,
): TimexScores {
  let strict = 0;
  let relaxed = 0;
  let rightValue = 0;
  let gold = 0;
  let predicted = 0;
  let goldDates = 0;
  let foundDates = 0;
  const misses: TimexSpan[] = [];
  const falseHits: TimexSpan[] = [];
  const wrongValues: TimexScores["wrongValues"] = [];
  for (const d of docs) {
    gold += d.gold.length;
    predicted += d.predicted.length;
    strict += matchOneToOne(d.gold, d.predicted, (g, p) =>
      g.start === p.start && g.end === p.end ? 1 : null,
    ).length;
    const pairs = matchOneToOne(d.gold, d.predicted, (g, p) =>
      overlaps(g, p) ? (g.value === p.value ? 2 : 1) : null,
    );
    relaxed += pairs.length;
    const hitGold = new Set(pairs.map(([i]) => i));
    const hitPred = new Set(pairs.map(([, j]) => j));
    for (const [i, j] of pairs) {
      const g = d.gold[i]!;
      const p = d.predicted[j]!;
      if (g.value === p.value) rightValue++;
      else wrongValues.push({ gold: g, predicted: p });
    }
    d.gold.forEach((g, i) => {
      if (g.type === "DATE") {
        goldDates++;
        if (hitGold.has(i)) foundDates++;
      }
      if (!hitGold.has(i)) misses.push(g);
    });
    d.predicted.forEach((p, j) => {
      if (!hitPred.has(j)) falseHits.push(p);
    });
  }
  return {
    strict: prf(strict, gold, predicted),
    relaxed: prf(relaxed, gold, predicted),
    valueF1: prf(rightValue, gold, predicted),
    valueAccuracy: relaxed === 0 ? 0 : rightValue / relaxed,
    dateRecall: goldDates === 0 ? 1 : foundDates / goldDates,
    misses,
    falseHits,
    wrongValues,
  };
}
