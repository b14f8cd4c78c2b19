/**
 * Runs the real pipeline (register the dossier, ingest, analyze) on a gold set's
 * reports in a temporary SQLite database of its own, and hands back what the
 * system found keyed by the set's article ids (the ingest reader keeps a gold
 * article's `id` as the report's externalId).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {
  ClusterWithClaims,
  Dossier,
  ExtractedReport,
  QuarantineItem,
  Reprint,
  Tracking,
} from "../model/index.js";
import { analyze, gatherTracking, ingest, registerDossier } from "../pipeline.js";
import { openStore } from "../store/index.js";
import type { GoldSet } from "./gold.js";

export interface SystemRun {
  /** Extraction per gold article id; an article missing here was not extracted. */
  extractions: Map<string, ExtractedReport>;
  clusters: ClusterWithClaims[];
  reprints: Reprint[];
  /** Store report id → gold article id. */
  articleIdOf: Map<string, string>;
  quarantined: QuarantineItem[];
  /** The negotiation's state as `ttm stances` and `ttm shifts` show it. */
  tracking: Tracking;
}

export async function runPipeline(set: GoldSet, dossier: Dossier): Promise<SystemRun> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-eval-"));
  const store = await openStore(join(dir, "eval.sqlite"));
  try {
    await registerDossier(store, dossier, `eval:${set.name}`);
    const ingested = await ingest(
      store,
      dossier,
      set.articles.map((a) => a.file),
    );
    const analyzed = await analyze(store, dossier);
    const articleIdOf = new Map<string, string>();
    for (const report of await store.listReports()) {
      if (report.externalId) articleIdOf.set(report.id, report.externalId);
    }
    const extractions = new Map<string, ExtractedReport>();
    for (const x of await store.listExtractions()) {
      const goldId = articleIdOf.get(x.report.id);
      if (goldId) extractions.set(goldId, x);
    }
    return {
      extractions,
      clusters: await store.listClusters(),
      reprints: await store.listReprints(),
      articleIdOf,
      quarantined: [...ingested.quarantined, ...analyzed.failed],
      tracking: await gatherTracking(store, dossier),
    };
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}
