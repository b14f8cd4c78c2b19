import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { resolve } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_DOSSIER, BUNDLED_SAMPLES, PACKAGE_ROOT } from "../cli/context.js";
import { loadDossier } from "../dossier/index.js";
import { analyze, collectStats, ingest, registerDossier } from "../pipeline.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import {
  createScratchDatabase,
  localServerProblem,
  type ScratchDatabase,
} from "../store/postgres/scratch-database.js";
import { openSqliteStore } from "../store/sqlite/sqlite-store.js";
import type { Store } from "../store/store.js";
import { bundleCli } from "../test-support/bundle-cli.js";
import { enqueueExtraction } from "./enqueue.js";
import { startQueue } from "./queues.js";

const problem = await localServerProblem();

function startWorkerProcess(cli: string, url: string, args: string[]): ChildProcess {
  return spawn(
    process.execPath,
    [cli, "--db", url, "--dossier", BUNDLED_DOSSIER, "worker", "--poll-seconds", "0.5", ...args],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
}

function exited(child: ChildProcess): Promise<{ code: number | null; out: string; err: string }> {
  let out = "";
  let err = "";
  child.stdout?.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    err += chunk;
  });
  return new Promise((done) => child.on("exit", (code) => done({ code, out, err })));
}

async function waitUntil(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 5));
}

/** What one process analysing the same corpus with the SQLite store ends with. */
async function referenceRun() {
  const store = openSqliteStore(":memory:");
  const dossier = await loadDossier(BUNDLED_DOSSIER);
  await registerDossier(store, dossier, BUNDLED_DOSSIER);
  await ingest(store, dossier, [BUNDLED_SAMPLES]);
  await analyze(store, dossier);
  const result = await outcome(store);
  await store.close();
  return result;
}

async function outcome(store: Store) {
  return {
    stats: await collectStats(store),
    claimIds: (await store.listClaims()).map((c) => c.id).sort(),
    extracted: (await store.listExtractions()).map((e) => e.report.id).sort(),
  };
}

if (problem) {
  console.warn(`worker kill -9 test skipped: ${problem}`);
  describe.skip(`ttm worker on a job queue (skipped: ${problem})`, () => {
    it("retries the job of a worker killed with kill -9", () => {});
  });
} else {
  describe("ttm worker on a job queue", () => {
    let db: ScratchDatabase;
    let dir: string;
    let cli: string;
    const children: ChildProcess[] = [];
    beforeAll(async () => {
      db = await createScratchDatabase("ttm_worker_test");
      // Under node_modules so the bundle resolves the installed packages; the cache folder
      // does not exist on a fresh clone.
      const cache = resolve(PACKAGE_ROOT, "node_modules/.cache");
      await mkdir(cache, { recursive: true });
      dir = await mkdtemp(resolve(cache, "ttm-worker-test-"));
      cli = await bundleCli(dir);
    });
    afterAll(async () => {
      for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
      await db?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("retries the jobs of a worker killed with kill -9; every report ends extracted once, nothing counted twice", async () => {
      const store = await openPostgresStore(db.url);
      const dossier = await loadDossier(BUNDLED_DOSSIER);
      await registerDossier(store, dossier, BUNDLED_DOSSIER);
      const { added } = await ingest(store, dossier, [BUNDLED_SAMPLES]);
      const boss = await startQueue(db.url);
      // A short timeout so the dead worker's jobs come back within seconds (a batch of
      // the second worker must still finish well inside it, even on a loaded machine).
      expect(await enqueueExtraction(boss, store, { jobTimeoutSeconds: 10 })).toBe(added);
      await boss.stop({ graceful: false });

      const sql = new pg.Pool({ connectionString: db.url, max: 1 });
      const count = async (query: string) => Number((await sql.query(query)).rows[0].n);
      const saved = () => count("SELECT COUNT(*) AS n FROM extractions");

      // The first worker serves extraction only. A worker killed while it holds the
      // verification job leaves that job active until its expiry (an hour, since a large
      // verification runs long), and no other worker counts as idle before then.
      const first = startWorkerProcess(cli, db.url, ["--queues", "extract", "--batch-size", "12"]);
      children.push(first);
      const firstExit = exited(first);
      // Killed once it has saved a report of its first batch: the rest of the batch is in hand.
      // A worker that dies before saving anything fails the test with what it printed.
      let gone = false;
      await Promise.race([
        waitUntil(async () => gone || (await saved()) >= 1),
        firstExit.then(({ code, err }) => {
          gone = true;
          if (code !== null) throw new Error(`the first worker exited (${code}) first: ${err}`);
        }),
      ]);
      first.kill("SIGKILL");
      expect((await firstExit).code).toBeNull();
      const savedBeforeKill = await saved();
      const orphaned = await sql.query<{ id: string }>(
        "SELECT id FROM pgboss.job WHERE name = 'ttm-extract' AND state = 'active'",
      );
      expect(savedBeforeKill).toBeLessThan(added);
      expect(orphaned.rows.length).toBeGreaterThan(0);

      const second = startWorkerProcess(cli, db.url, [
        "--exit-when-idle",
        "--batch-size",
        "2",
        "--maintenance-seconds",
        "1",
        "--json",
      ]);
      children.push(second);
      // A second worker that never goes idle is stopped before the test's own timeout,
      // so the failure shows what it printed.
      const watchdog = setTimeout(() => second.kill("SIGKILL"), 240_000);
      const secondExit = await exited(second);
      clearTimeout(watchdog);
      if (secondExit.code !== 0) {
        const states = await sql.query(
          "SELECT name, state::text AS state, COUNT(*)::int AS n FROM pgboss.job GROUP BY 1, 2",
        );
        expect.fail(
          `the second worker ended with ${secondExit.code}; jobs by state: ` +
            `${JSON.stringify(states.rows)}; it printed: ${secondExit.err}`,
        );
      }
      const tally = JSON.parse(secondExit.out);
      expect(tally.extracted).toBeGreaterThanOrEqual(added - savedBeforeKill);
      expect(tally.verified).toBeGreaterThanOrEqual(1);

      const jobs = await sql.query<{ id: string; state: string; retry_count: number }>(
        "SELECT id, state::text AS state, retry_count FROM pgboss.job WHERE name = 'ttm-extract'",
      );
      // Every job completed, and the ones the killed worker held did so on a retry.
      expect(jobs.rows).toHaveLength(added);
      expect(jobs.rows.filter((job) => job.state !== "completed")).toEqual([]);
      const retried = new Set(jobs.rows.filter((j) => j.retry_count > 0).map((j) => j.id));
      expect(orphaned.rows.filter((job) => !retried.has(job.id))).toEqual([]);
      await sql.end();

      const reference = await referenceRun();
      const result = await outcome(store);
      expect(result.extracted).toEqual(reference.extracted);
      expect(result.claimIds).toEqual(reference.claimIds);
      expect(result.stats).toEqual(reference.stats);
      await store.close();
    }, 300_000);
  });
}
