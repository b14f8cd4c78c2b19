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

export async function measureExtractRatio(
  dossier: Dossier,
  reports: Report[],
): Promise<ExtractRatio> {
  const extract = createExtractor(dossier);
  const full = winkNLP(model);
  const light = wink();
  // Warm every path (model load, JIT) on a few reports before the clock starts.
  for (const report of reports.slice(0, 20)) {
    extract(report);
    full.readDoc(report.text);
    light.readDoc(report.text);
  }
  const extraction = await timed(() => {
    for (const report of reports) extract(report);
  });
  const readDoc = await timed(() => {
    for (const report of reports) full.readDoc(report.text);
  });
  const lightReadDoc = await timed(() => {
    for (const report of reports) light.readDoc(report.text);
  });
  return {
    reports: reports.length,
    words: reports.reduce((sum, r) => sum + wordCount(r.text), 0),
    extractSeconds: extraction.seconds,
    winkSeconds: readDoc.seconds,
    lightWinkSeconds: lightReadDoc.seconds,
  };
}
