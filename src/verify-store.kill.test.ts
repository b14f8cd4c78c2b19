/**
 * A process killed with kill -9 while it adds reports to a stored verification
 * loses and doubles nothing: the next `analyze` ends where an uninterrupted run
 * ends, with every tracking digest and a current tracking state. A real CLI
 * process is killed at several moments of its run.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateReports } from "./bench/generator.js";
import { BUNDLED_DOSSIER, PACKAGE_ROOT } from "./cli/context.js";
import { loadDossier } from "./dossier/index.js";
import type { Dossier } from "./model/index.js";
import { analyze, gatherTracking, registerDossier, trackingKey } from "./pipeline.js";
import { openSqliteStore } from "./store/sqlite/sqlite-store.js";
import type { Store } from "./store/store.js";
import { bundleCli } from "./test-support/bundle-cli.js";
import { DIGEST_VERSION } from "./track/index.js";

const STORED = 300;
const ADDED = 40;

/** What a verification is: its clusters (members and verdict counts) and reprint links. */
async function snapshot(store: Store) {
  const clusters = (await store.listClusters()).map((c) => ({
    id: c.id,
    members: c.claimIds.join(" "),
    status: c.verdict.status,
    sources: c.verdict.independentSources,
    reports: c.verdict.reports,
  }));
  return { clusters, reprints: await store.listReprints() };
}

/** Every claim in exactly one cluster, and every member a claim. */
async function checkMembership(store: Store): Promise<void> {
  const claims = (await store.listClaims()).map((c) => c.id).sort();
  const members = (await store.listClusters()).flatMap((c) => c.claimIds).sort();
  expect(members).toEqual(claims);
}

function runCli(cli: string, file: string): ChildProcess {
  return spawn(process.execPath, [cli, "--db", file, "--dossier", BUNDLED_DOSSIER, "analyze"], {
    stdio: ["ignore", "ignore", "pipe"],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) => child.on("exit", (code) => done(code)));

describe("adding reports, killed with kill -9", () => {
  let dir: string;
  let cli: string;
  let dossier: Dossier;
  let start: string;
  beforeAll(async () => {
    const cache = resolve(PACKAGE_ROOT, "node_modules/.cache");
    mkdirSync(cache, { recursive: true });
    dir = mkdtempSync(resolve(cache, "ttm-kill-test-"));
    cli = await bundleCli(join(dir, "cli"));
    dossier = await loadDossier(BUNDLED_DOSSIER);
    // A verified store and reports added to it, not yet analysed.
    start = join(dir, "start.sqlite");
    const store = openSqliteStore(start);
    await registerDossier(store, dossier, BUNDLED_DOSSIER);
    for (const r of generateReports(dossier, { size: STORED })) await store.addReport(r);
    await analyze(store, dossier);
    for (const r of generateReports(dossier, { size: ADDED, from: STORED }))
      await store.addReport(r);
    await store.close();
  }, 300_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const copy = (name: string) => {
    const file = join(dir, `${name}.sqlite`);
    copyFileSync(start, file);
    return file;
  };

  it("ends, after another analyze, where an uninterrupted run ends, at whatever moment it died", async () => {
    // The ends a run may reach: adding the reports to the stored verification, or (when
    // a killed run left the stored one unfinished) verifying everything again.
    const ends = [];
    for (const full of [false, true]) {
      const store = openSqliteStore(copy(`end-${full}`));
      const summary = await analyze(store, dossier, undefined, { full });
      expect(summary.verified).toBe(full ? "full" : "added");
      ends.push(await snapshot(store));
      await store.close();
    }

    // How long the whole run takes in a process of its own.
    const timed = copy("timed");
    const began = performance.now();
    expect(await exited(runCli(cli, timed))).toBe(0);
    const whole = performance.now() - began;

    let killed = 0;
    for (const share of [0.35, 0.6, 0.75, 0.85, 0.92, 0.97]) {
      const file = copy(`killed-${share}`);
      const child = runCli(cli, file);
      const exit = exited(child);
      await new Promise((r) => setTimeout(r, share * whole));
      if (child.exitCode === null && child.kill("SIGKILL")) killed++;
      await exit;
      const store = openSqliteStore(file);
      await analyze(store, dossier);
      await checkMembership(store);
      const end = await snapshot(store);
      expect(ends.some((e) => JSON.stringify(e) === JSON.stringify(end))).toBe(true);
      expect(await store.getMeta("verified_reports")).toBe(String(STORED + ADDED));
      // Every report has its digest, and the kept tracking is what tracking makes afresh.
      expect(await store.reportsWithoutDigest(DIGEST_VERSION)).toEqual([]);
      expect(await store.trackingState(trackingKey(dossier))).toEqual(
        await gatherTracking(store, dossier, {}, { kept: false }),
      );
      await store.close();
    }
    // At least some kills landed before the run ended.
    expect(killed).toBeGreaterThan(0);
  }, 300_000);
});
