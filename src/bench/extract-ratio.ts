/**
 * Extraction throughput against its floor: the whole extractor over a set of
 * reports, and wink-nlp's readDoc alone over the same texts. The ratio says how
 * much our components add on top of the NLP library's own pass.
 *
 * The floor is readDoc with wink's default pipeline, what anyone reading English
 * with wink-nlp runs. Extraction itself runs a lighter pass (sentence
 * boundaries and part-of-speech tags only, see extract/nlp.ts), so that pass is
 * timed too and reported beside the ratio, never in its place.
 */
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { createExtractor } from "../extract/index.js";
import { wink } from "../extract/nlp.js";
import type { Dossier, Report } from "../model/index.js";
import { wordCount } from "./generator.js";
import { timed } from "./measure.js";

export interface ExtractRatio {
  reports: number;
  words: number;
  extractSeconds: number;
  /** readDoc with wink's default pipeline: the floor the ratio is taken against. */
  winkSeconds: number;
  /** readDoc with the lighter pipeline extraction runs. */
  lightWinkSeconds: number;
}

/** Timed rounds of each pass. */
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export async function measureExtractRatio(
  dossier: Dossier,
  reports: Report[],
): Promise<ExtractRatio> {
  const extract = createExtractor(dossier);
  const full = winkNLP(model);
  const light = wink();
  const passes = {
    extract: () => {
      for (const report of reports) extract(report);
    },
    full: () => {
      for (const report of reports) full.readDoc(report.text);
    },
    light: () => {
      for (const report of reports) light.readDoc(report.text);
    },
  };
  // One untimed pass of each first (model load, JIT), so the figures are those of a
  // long run; then the passes take turns, and each figure is the median of its rounds.
  for (const pass of Object.values(passes)) pass();
  const rounds = { extract: [] as number[], full: [] as number[], light: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, pass] of Object.entries(passes)) {
      rounds[name as keyof typeof rounds].push((await timed(pass)).seconds);
    }
  }
  return {
    reports: reports.length,
    words: reports.reduce((sum, r) => sum + wordCount(r.text), 0),
    extractSeconds: median(rounds.extract),
    winkSeconds: median(rounds.full),
    lightWinkSeconds: median(rounds.light),
  };
}
