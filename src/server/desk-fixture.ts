/**
 * A desk database for tests and the load benchmark: the bundled dossier and
 * sample corpus, analysed, plus (for tests) one hostile report whose title and
 * text carry script and event-handler payloads that must never run.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadDossier } from "../dossier/index.js";
import type { Dossier } from "../model/index.js";
import { analyze, ingest, registerDossier } from "../pipeline.js";
import { openStore } from "../store/index.js";
import type { Store } from "../store/store.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "..", "..", "..");
export const SAMPLE_DOSSIER = resolve(ROOT, "dossiers", "ukraine-peace-2025.yaml");
export const SAMPLE_REPORTS = resolve(ROOT, "samples", "ukraine-peace-2025");

/** Payloads that would run if any page inserted report text as markup. */
export const SCRIPT_PAYLOAD = "<script>window.__pwned='script'</script>";
export const IMG_PAYLOAD = `<img src=x onerror="window.__pwned='img'">`;

export const HOSTILE_REPORT = {
  source: "northgate-wire",
  url: "https://northgate-wire.example/2025/12/31/hostile",
  title: `Ceasefire talk ${SCRIPT_PAYLOAD} ${IMG_PAYLOAD}`,
  byline: "Test desk",
  published: "2025-12-31T10:00:00Z",
  text: [
    `Volodymyr Zelenskyy said on Wednesday that a ceasefire of at least 45 days ${IMG_PAYLOAD} was needed before any vote.`,
    `Dmitry Peskov said the Kremlin rejects a ceasefire ${SCRIPT_PAYLOAD} and would keep fighting.`,
  ].join("\n\n"),
};

export interface DeskFixture {
  store: Store;
  dossier: Dossier;
  dir: string;
  dbPath: string;
  cleanup(): Promise<void>;
}

export async function buildDeskFixture(options: { hostile?: boolean } = {}): Promise<DeskFixture> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-desk-"));
  const dbPath = join(dir, "ttm.sqlite");
  const store = await openStore(dbPath);
  const dossier = await loadDossier(SAMPLE_DOSSIER);
  await registerDossier(store, dossier, SAMPLE_DOSSIER);
  const paths = [SAMPLE_REPORTS];
  if (options.hostile) {
    const file = join(dir, "hostile.json");
    await writeFile(file, JSON.stringify(HOSTILE_REPORT));
    paths.push(file);
  }
  await ingest(store, dossier, paths);
  await analyze(store, dossier);
  return {
    store,
    dossier,
    dir,
    dbPath,
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
