/**
 * Extraction throughput on PostgreSQL with 1 and then 2 `ttm worker` processes
 * sharing the job queue: the same reports are loaded into a fresh database for
 * each run, extraction is queued, and the clock runs until the workers, started
 * together, have drained the queue and exited.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { Dossier } from "../model/index.js";
import { registerDossier } from "../pipeline.js";
import { enqueueExtraction, startQueue } from "../queue/index.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { createScratchDatabase } from "../store/postgres/scratch-database.js";
import { generateReports } from "./generator.js";
import { timed } from "./measure.js";

export interface WorkerRun {
  workers: number;
  reports: number;
  seconds: number;
}

function runWorker(cli: string, url: string, dossierFile: string): Promise<void> {
  const args = [cli, "--db", url, "--dossier", dossierFile, "worker", "--queues", "extract"];
  args.push("--exit-when-idle", "--batch-size", "20", "--poll-seconds", "0.5");
  const child = spawn(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"] });
  let err = "";
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  return new Promise((resolve, reject) =>
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`worker exited with ${code}: ${err}`)),
    ),
  );
}

export async function measureWorkers(
  dossier: Dossier,
  dossierFile: string,
  distDir: string,
  reports: number,
  workers: number,
): Promise<WorkerRun> {
  const db = await createScratchDatabase("ttm_bench");
  try {
    const store = await openPostgresStore(db.url);
    await registerDossier(store, dossier, dossierFile);
    for (const report of generateReports(dossier, { size: reports })) await store.addReport(report);
    const boss = await startQueue(db.url);
    await enqueueExtraction(boss, store);
    await boss.stop({ graceful: false });
    const cli = join(distDir, "cli", "main.js");
    const run = await timed(() =>
      Promise.all(Array.from({ length: workers }, () => runWorker(cli, db.url, dossierFile))),
    );
    const extracted = (await store.listExtractions()).length;
    await store.close();
    if (extracted !== reports) {
      throw new Error(`${workers} worker(s) extracted ${extracted} of ${reports} reports`);
    }
    return { workers, reports, seconds: run.seconds };
  } finally {
    await db.drop();
  }
}
