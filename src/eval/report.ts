/**
 * What a gold-set evaluation reports: the flat scores `--min` and `--max`
 * name, the table printed for a person, and the full JSON report with every
 * miss and false hit.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { TaskResult } from "./article-task.js";
import type { GoldStance } from "./gold.js";
import type { Prf } from "./match.js";
import type { DateScores } from "./score-dates.js";
import type { FactScores } from "./score-facts.js";
import type { QuantityScores } from "./score-quantities.js";
import type { QuoteScores } from "./score-quotes.js";
import type { SyndicationScores } from "./score-syndication.js";
import type { TrackingScores } from "./score-tracking.js";

export interface SetScores {
  quotes: QuoteScores;
  quantities: QuantityScores;
  dates: DateScores;
  stances: TaskResult<GoldStance>;
  facts: FactScores | null;
  syndication: SyndicationScores;
  tracking: TrackingScores;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function prfKeys(prefix: string, s: Prf): Record<string, number> {
  return {
    [`${prefix}_precision`]: round(s.precision),
    [`${prefix}_recall`]: round(s.recall),
    [`${prefix}_f1`]: round(s.f1),
  };
}

/** The scores by the names thresholds use: quote_f1, date_value_accuracy, … */
export function flatScores(s: SetScores): Record<string, number> {
  const flat: Record<string, number> = {
    ...prfKeys("quote", s.quotes),
    ...prfKeys("quote_direct", s.quotes.byKind.direct),
    ...prfKeys("quote_indirect", s.quotes.byKind.indirect),
    ...prfKeys("quantity", s.quantities),
    quantity_approx_accuracy: round(s.quantities.approxAccuracy),
    ...prfKeys("date", s.dates),
    date_span_recall: round(s.dates.spanRecall),
    date_value_accuracy: round(s.dates.valueAccuracy),
    date_granularity_accuracy: round(s.dates.granularityAccuracy),
    ...prfKeys("stance", s.stances),
    ...prfKeys("reprint", s.syndication),
    ...prfKeys("matrix", s.tracking.matrix),
    ...prfKeys("shift", s.tracking.shifts),
  };
  // Shift precision is judged where shifts are predicted: none predicted is nothing wrong.
  if (s.tracking.shifts.predicted === 0) flat.shift_precision = 1;
  if (s.facts) {
    flat.fact_found = round(s.facts.foundShare);
    flat.verdict_accuracy = round(s.facts.verdictAccuracy);
    flat.conflict_variants_listed = round(s.facts.variantShare);
    flat.copies_as_confirmation = s.facts.copiesAsConfirmation;
  }
  return flat;
}

const pct = (x: number) => x.toFixed(3);

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
}

/** A plain-text table: one line per task with P, R, F1 and the counts. */
export function renderTable(title: string, s: SetScores): string {
  const widths = [20, 9, 9, 9, 6, 9, 8];
  const lines = [
    title,
    row(["task", "precision", "recall", "f1", "gold", "predicted", "matched"], widths),
  ];
  const add = (name: string, p: Prf) =>
    lines.push(
      row(
        [
          name,
          pct(p.precision),
          pct(p.recall),
          pct(p.f1),
          String(p.gold),
          String(p.predicted),
          String(p.matched),
        ],
        widths,
      ),
    );
  add("quotes (speaker)", s.quotes);
  add("  direct", s.quotes.byKind.direct);
  add("  indirect", s.quotes.byKind.indirect);
  add("quantities", s.quantities);
  add("dates (value)", s.dates);
  add("stances", s.stances);
  add("reprint pairs", s.syndication);
  add("stance matrix", s.tracking.matrix);
  add("shifts", s.tracking.shifts);
  lines.push(
    `dates: value accuracy ${pct(s.dates.valueAccuracy)} over ${Math.round(s.dates.spanRecall * s.dates.gold)} found at their place ` +
      `(span recall ${pct(s.dates.spanRecall)}), granularity accuracy ${pct(s.dates.granularityAccuracy)}`,
  );
  lines.push(`quantities: approx flag right on ${pct(s.quantities.approxAccuracy)} of matches`);
  if (s.facts) {
    const f = s.facts;
    lines.push(
      `facts: ${f.found}/${f.total} found (${pct(f.foundShare)}); verdict accuracy ${pct(f.verdictAccuracy)}; ` +
        `conflicting: variants listed for ${f.variantsListed}/${f.conflictingFound} found (${pct(f.variantShare)})`,
    );
    lines.push(
      `copies (reprints, same owner) counted as independent confirmation: ${f.copiesAsConfirmation}`,
    );
  } else {
    lines.push("facts: not scored (the set has no facts.json)");
  }
  return lines.join("\n");
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`, "utf8");
}
