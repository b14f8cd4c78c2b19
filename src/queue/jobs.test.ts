/**
 * The verify job verifies what extraction jobs added since the last
 * verification, as `analyze` does: everything the first time, then only what
 * the new reports touch. Runs against the real server at 127.0.0.1:5432.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import { BUNDLED_SAMPLES } from "../cli/context.js";
import { createExtractor } from "../extract/index.js";
import type { Dossier } from "../model/index.js";
import { ingest } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { describeOnPostgres } from "../test-support/postgres.js";
import { emptyTally, type JobContext, runExtractJobs, runVerifyJob } from "./jobs.js";
import { openQueueFixture, type QueueFixture } from "./queue-fixture.js";
import type { ExtractJob } from "./queues.js";

describeOnPostgres("the verify job", () => {
  let fixture: QueueFixture;
  let store: Store;
  let boss: PgBoss;
  let dossier: Dossier;
  const logged: string[] = [];

  beforeAll(async () => {
    fixture = await openQueueFixture("ttm_jobs");
    ({ store, boss, dossier } = fixture);
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  /** Ingests the files, then extracts every report not yet extracted as extraction jobs would. */
  async function extractAsJobs(ctx: JobContext, files: string[]) {
    await ingest(store, dossier, files);
    const pending = await store.reportsToExtract("unused-version-forces-all");
    const extracted = new Set((await store.listExtractions()).map((x) => x.report.id));
    const jobs = pending
      .filter((r) => !extracted.has(r.id))
      .map(
        (r) => ({ id: r.id, name: "extract", data: { reportId: r.id } }) as PgBoss.Job<ExtractJob>,
      );
    await runExtractJobs(ctx, jobs, emptyTally());
  }

  it("verifies everything first, then only what the reports extracted since touch", async () => {
    const ctx: JobContext = {
      store,
      dossier,
      boss,
      extract: createExtractor(dossier),
      log: (line) => logged.push(line),
    };
    const files = readdirSync(BUNDLED_SAMPLES)
      .filter((f) => /^\d\d-/.test(f))
      .sort()
      .map((f) => join(BUNDLED_SAMPLES, f));
    const earlier = files.filter((f) => Number(f.split("/").pop()!.slice(0, 2)) <= 30);
    const later = files.filter((f) => !earlier.includes(f));

    await extractAsJobs(ctx, earlier);
    await runVerifyJob(ctx, emptyTally());
    await extractAsJobs(ctx, later);
    await runVerifyJob(ctx, emptyTally());

    expect(logged.map((line) => line.match(/^verified \((\w+)\)/)?.[1])).toEqual(["full", "added"]);
    expect(await store.findByKeys("verify-pending", ["pending"], 1_000)).toEqual([]);
    const members = (await store.listClusters()).flatMap((c) => c.claimIds);
    expect(new Set(members).size).toBe(members.length);
    expect(members.length).toBe((await store.listClaims()).length);
  }, 120_000);
});
