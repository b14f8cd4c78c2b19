/**
 * Extraction throughput on PostgreSQL with 1 and then 2 `ttm worker` processes
 * sharing the job queue: the same reports are loaded into a fresh database for
 * each run and extraction is queued. The time is read from the queue itself, from
 * the first job taken to the last one completed, so process start-up (loading the
 * NLP model) and the idle check before exit are not counted.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import type { Dossier } from "../model/index.js";
import { registerDossier } from "../pipeline.js";
import { enqueueExtraction, startQueue } from "../queue/index.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { createScratchDatabase } from "../store/postgres/scratch-database.js";
import { generateReports } from "./generator.js";

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

/** From the first extraction job taken to the last one completed, by the queue's own clock. */
async function busySeconds(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ s: number }>(
      `SELECT EXTRACT(EPOCH FROM MAX(completed_on) - MIN(started_on))::float8 AS s
       FROM pgboss.job WHERE name = 'ttm-extract'`,
    );
    return rows[0]?.s ?? Number.NaN;
  } finally {
    await client.end();
  }
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
    await Promise.all(Array.from({ length: workers }, () => runWorker(cli, db.url, dossierFile)));
    // A reprint of a reprint can land back in its first outlet: stored once, so count the store.
    const stored = await store.countReports();
    const extracted = (await store.listExtractions()).length;
    await store.close();
    if (extracted !== stored) {
      throw new Error(`${workers} worker(s) extracted ${extracted} of ${stored} reports`);
    }
    return { workers, reports, seconds: await busySeconds(db.url) };
  } finally {
    await db.drop();
  }
}
