/**
 * The extraction pool runs the real worker script, bundled from source here,
 * on real threads, and must give what extraction in one thread gives.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDossier } from "../dossier/index.js";
import { ingestPaths } from "../ingest/index.js";
import type { Dossier, Report } from "../model/index.js";
import { createExtractor } from "./index.js";
import { extractOnPool, type Outcome, poolThreads } from "./pool.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../../..");
let dir: string;
let workerFile: string;
let dossier: Dossier;
let reports: Report[];

beforeAll(async () => {
  // Inside the package, so the bundle finds the packages it leaves external.
  const cache = join(ROOT, "node_modules", ".cache");
  await mkdir(cache, { recursive: true });
  dir = await mkdtemp(join(cache, "ttm-pool-"));
  await build({
    configFile: false,
    logLevel: "silent",
    root: ROOT,
    build: {
      ssr: join(ROOT, "src/extract/pool-worker.ts"),
      outDir: dir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { format: "es", entryFileNames: "pool-worker.mjs" } },
    },
  });
  workerFile = join(dir, "pool-worker.mjs");
  dossier = await loadDossier(join(ROOT, "dossiers/ukraine-peace-2025.yaml"));
  const samples = join(ROOT, "samples/ukraine-peace-2025");
  const files = [
    "07-pearl-coast-network-zelenskyy-lays-out-20-point-framework.json",
    "15-northgate-wire-trump-and-zelenskyy-say-deal-within-reach.json",
    "21-lakeshore-tribune-moscow-says-its-police-would-remain-in-donetsk.json",
    "24-pearl-coast-network-russia-accuses-ukraine-of-drone-attack-on-putin-residence.json",
  ];
  ({ reports } = await ingestPaths(
    files.map((f) => join(samples, f)),
    { sources: dossier.sources },
  ));
  expect(reports).toHaveLength(files.length);
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extraction on a pool of threads", () => {
  it("gives each report's extraction in the reports' order, as one thread does", async () => {
    const extract = createExtractor(dossier);
    const many = [...reports, ...reports, ...reports];
    const seen: Array<[number, Outcome]> = [];
    await extractOnPool(dossier, many, { threads: 2, workerFile }, async (i, outcome) => {
      seen.push([i, outcome]);
    });
    expect(seen.map(([i]) => i)).toEqual(many.map((_, i) => i));
    expect(seen.map(([, o]) => o)).toEqual(many.map((r) => ({ result: extract(r) })));
  }, 120_000);

  it("hands back a report that fails with its reason, and goes on with the rest", async () => {
    const broken = { ...reports[0]!, id: "broken", text: 42 } as unknown as Report;
    const outcomes: Outcome[] = [];
    await extractOnPool(
      dossier,
      [reports[1]!, broken, reports[2]!],
      { threads: 2, workerFile },
      async (_, o) => {
        outcomes.push(o);
      },
    );
    expect(outcomes.map((o) => ("error" in o ? "error" : o.result.report.id))).toEqual([
      reports[1]!.id,
      "error",
      reports[2]!.id,
    ]);
    expect((outcomes[1] as { error: string }).error).toMatch(/\S/);
  }, 120_000);

  it("stops with the reason when a thread dies, keeping what was handed back before", async () => {
    // Answers its first report with an error outcome, then exits as a crash would.
    const dying = join(dir, "dying-worker.mjs");
    await writeFile(
      dying,
      `import { parentPort } from "node:worker_threads";
       parentPort.once("message", ({ id }) => {
         parentPort.postMessage({ id, error: "first" });
         setTimeout(() => process.exit(3), 20);
       });`,
    );
    const seen: number[] = [];
    const run = extractOnPool(dossier, reports, { threads: 1, workerFile: dying }, async (i) => {
      seen.push(i);
    });
    await expect(run).rejects.toThrow(/extraction thread failed: the thread exited with code 3/);
    expect(seen).toEqual([0]);
  }, 60_000);

  it("runs in this thread for few reports, and as TTM_EXTRACT_THREADS says", () => {
    expect(poolThreads(10, {})).toBe(0);
    expect(poolThreads(10_000, { TTM_EXTRACT_THREADS: "0" })).toBe(0);
    expect(() => poolThreads(10, { TTM_EXTRACT_THREADS: "two" })).toThrow(/TTM_EXTRACT_THREADS/);
  });
});
