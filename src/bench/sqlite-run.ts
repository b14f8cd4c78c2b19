/**
 * One benchmark size on the embedded default (SQLite in a file): store the
 * generated reports, extract and verify them (timed apart), then compile the
 * brief and add 100 more reports, as a user would.
 */
import { renderBrief, shownIn } from "../brief/index.js";
import type { Dossier } from "../model/index.js";
import { analyze, buildBrief, registerDossier } from "../pipeline.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { generateReports, wordCount } from "./generator.js";
import { secondsSince, timed } from "./measure.js";

export interface SizeRun {
  size: number;
  words: number;
  ingestSeconds: number;
  extractSeconds: number;
  verifySeconds: number;
  briefSeconds: number;
  add100Seconds: number;
}

export async function runSize(dossier: Dossier, file: string, size: number): Promise<SizeRun> {
  const store = openSqliteStore(file);
  try {
    await registerDossier(store, dossier, "bench");
    let words = 0;
    const ingest = await timed(async () => {
      for (const report of generateReports(dossier, { size })) {
        words += wordCount(report.text);
        await store.addReport(report);
      }
    });
    const { extractSeconds, verifySeconds } = await analyzeTimed(store, dossier);
    const brief = await timed(async () =>
      renderBrief(await buildBrief(store, dossier, shownIn("md")), "md"),
    );
    const add100 = await timed(async () => {
      for (const report of generateReports(dossier, { size: 100, from: size })) {
        await store.addReport(report);
      }
      await analyze(store, dossier);
    });
    return {
      size,
      words,
      ingestSeconds: ingest.seconds,
      extractSeconds,
      verifySeconds,
      briefSeconds: brief.seconds,
      add100Seconds: add100.seconds,
    };
  } finally {
    await store.close();
  }
}

/** analyze() extracts, then verifies; the last progress call marks the boundary. */
async function analyzeTimed(store: Store, dossier: Dossier) {
  const started = performance.now();
  let extracted = started;
  await analyze(store, dossier, () => {
    extracted = performance.now();
  });
  return {
    extractSeconds: (extracted - started) / 1000,
    verifySeconds: secondsSince(extracted),
  };
}
