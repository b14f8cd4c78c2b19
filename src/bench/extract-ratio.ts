/**
 * Extraction throughput against its floor: the whole extractor over a set of
 * reports, and wink-nlp's readDoc alone over the same texts. The ratio says how
 * much our components add on top of the NLP library's own pass.
 */
import { createExtractor } from "../extract/index.js";
import { wink } from "../extract/nlp.js";
import type { Dossier, Report } from "../model/index.js";
import { wordCount } from "./generator.js";
import { timed } from "./measure.js";

export interface ExtractRatio {
  reports: number;
  words: number;
  extractSeconds: number;
  winkSeconds: number;
}

export async function measureExtractRatio(
  dossier: Dossier,
  reports: Report[],
): Promise<ExtractRatio> {
  const extract = createExtractor(dossier);
  const nlp = wink();
  // Warm both paths (model load, JIT) on a few reports before the clock starts.
  for (const report of reports.slice(0, 20)) {
    extract(report);
    nlp.readDoc(report.text);
  }
  const extraction = await timed(() => {
    for (const report of reports) extract(report);
  });
  const readDoc = await timed(() => {
    for (const report of reports) nlp.readDoc(report.text);
  });
  return {
    reports: reports.length,
    words: reports.reduce((sum, r) => sum + wordCount(r.text), 0),
    extractSeconds: extraction.seconds,
    winkSeconds: readDoc.seconds,
  };
}
