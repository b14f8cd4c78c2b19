/**
 * What a worker does with each kind of job, over the store and the dossier.
 * Every job can run twice without changing the outcome: extraction replaces the
 * report's stored layers, verification replaces what the extracted reports touch
 * (or all results), a fetch re-ingests
 * files whose unchanged reports are left as they are, a brief is rewritten.
 */
import { writeFile } from "node:fs/promises";
import type PgBoss from "pg-boss";
import { renderBrief, shownIn } from "../brief/index.js";
import type { Dossier, ExtractedReport, Report } from "../model/index.js";
import { buildBrief, ingest, saveExtracted, verifyExtracted } from "../pipeline.js";
import type { Store } from "../store/store.js";
import { enqueueExtraction, extractionBacklog, requestVerification } from "./enqueue.js";
import type { BriefJob, ExtractJob, FetchJob } from "./queues.js";

/** Seconds a verification waits before looking again when extraction is still under way. */
const VERIFY_RETRY_SECONDS = 2;

/**
 * Reports extracted since the last verification, filed under one lookup key so
 * that any worker's verify job finds them; the job clears what it verified.
 */
const PENDING_VERIFY = "verify-pending";
const PENDING = "pending";

export interface JobContext {
  store: Store;
  dossier: Dossier;
  boss: PgBoss;
  extract: (report: Report) => ExtractedReport;
  log: (line: string) => void;
}

export interface JobTally {
  fetched: number;
  extracted: number;
  failed: number;
  verified: number;
  briefs: number;
}

export function emptyTally(): JobTally {
  return { fetched: 0, extracted: 0, failed: 0, verified: 0, briefs: 0 };
}

export async function runExtractJobs(
  ctx: JobContext,
  jobs: PgBoss.Job<ExtractJob>[],
  tally: JobTally,
): Promise<void> {
  for (const job of jobs) {
    const report = await ctx.store.getReport(job.data.reportId);
    // A report removed since it was queued has nothing left to extract.
    if (!report) continue;
    let result: ExtractedReport;
    try {
      result = ctx.extract(report);
    } catch (error) {
      // Extraction is deterministic: trying the same text again would fail the same way.
      await ctx.store.addQuarantine({
        origin: report.origin,
        stage: "extract",
        reason: `extraction failed for report ${report.id}: ${(error as Error).message}`,
        at: new Date().toISOString(),
        sourceId: report.sourceId,
      });
      tally.failed++;
      continue;
    }
    await saveExtracted(ctx.store, result);
    await ctx.store.putKeys(PENDING_VERIFY, [{ ref: report.id, keys: [PENDING] }]);
    tally.extracted++;
  }
  await requestVerification(ctx.boss);
}

/** Verifies once nothing is left to extract; until then it puts itself back on the queue. */
export async function runVerifyJob(ctx: JobContext, tally: JobTally): Promise<void> {
  const backlog = await extractionBacklog(ctx.boss);
  if (backlog > 0) {
    await requestVerification(ctx.boss, VERIFY_RETRY_SECONDS);
    return;
  }
  const extracted = await ctx.store.findByKeys(PENDING_VERIFY, [PENDING], Number.MAX_SAFE_INTEGER);
  const result = await verifyExtracted(ctx.store, extracted);
  await ctx.store.removeKeys(PENDING_VERIFY, extracted);
  tally.verified++;
  ctx.log(
    `verified (${result.mode}): ${result.clusters} claim clusters, ${result.reprints} reprints`,
  );
}

export async function runFetchJob(ctx: JobContext, job: FetchJob, tally: JobTally): Promise<void> {
  const summary = await ingest(
    ctx.store,
    ctx.dossier,
    job.paths,
    job.sourceId ? { defaultSourceId: job.sourceId } : {},
  );
  const queued = await enqueueExtraction(ctx.boss, ctx.store);
  tally.fetched++;
  ctx.log(
    `fetched ${job.paths.join(", ")}: ${summary.added} added, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.quarantined.length} quarantined; ${queued} to extract`,
  );
}

export async function runBriefJob(ctx: JobContext, job: BriefJob, tally: JobTally): Promise<void> {
  const brief = await buildBrief(ctx.store, ctx.dossier, {
    since: job.since,
    until: job.until,
    issue: job.issue,
    ...shownIn(job.format),
  });
  const text = renderBrief(brief, job.format);
  // Kept in the database so any machine can read the latest brief; the file is a convenience.
  await ctx.store.setMeta(`brief.${job.format}`, text);
  if (job.out) await writeFile(job.out, text);
  tally.briefs++;
  ctx.log(`compiled the ${job.format} brief${job.out ? ` into ${job.out}` : ""}`);
}
