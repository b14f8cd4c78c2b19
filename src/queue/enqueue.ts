/**
 * Putting work on the queue. Enqueueing is safe to repeat: an extraction job is
 * keyed by report id and extractor version, so a report already waiting is not
 * queued twice, and verification is requested under one key so at most one
 * waits at a time.
 */
import type PgBoss from "pg-boss";
import { EXTRACTOR_VERSION } from "../extract/index.js";
import type { Store } from "../store/store.js";
import { type BriefJob, type ExtractJob, type FetchJob, QUEUES } from "./queues.js";

/** Jobs per insert statement when queueing a large backlog. */
const INSERT_CHUNK = 1000;
const VERIFY_KEY = "all-reports";

export interface EnqueueOptions {
  /** Seconds a worker may hold one job before it is taken as dead and the job retried. */
  jobTimeoutSeconds?: number | undefined;
}

/** The key that makes a second request to extract the same report text a no-op while one waits. */
export function extractionKey(reportId: string): string {
  return `${reportId}@${EXTRACTOR_VERSION}`;
}

/** Queues extraction of every report not extracted by this extractor version; returns how many. */
export async function enqueueExtraction(
  boss: PgBoss,
  store: Store,
  options: EnqueueOptions = {},
): Promise<number> {
  const pending = await store.reportsToExtract(EXTRACTOR_VERSION);
  const jobs: PgBoss.JobInsert<ExtractJob>[] = pending.map((report) => ({
    name: QUEUES.extract,
    data: { reportId: report.id },
    singletonKey: extractionKey(report.id),
    ...(options.jobTimeoutSeconds ? { expireInSeconds: options.jobTimeoutSeconds } : {}),
  }));
  for (let i = 0; i < jobs.length; i += INSERT_CHUNK) {
    await boss.insert(jobs.slice(i, i + INSERT_CHUNK));
  }
  // Verification waits for the extraction jobs to drain (see the verify job).
  await requestVerification(boss);
  return pending.length;
}

/**
 * Asks for one verification of the whole store. Extraction jobs call this after
 * every batch; the queue keeps at most one waiting, so the calls collapse into one.
 */
export async function requestVerification(boss: PgBoss, afterSeconds = 1): Promise<void> {
  await boss.send(QUEUES.verify, {}, { singletonKey: VERIFY_KEY, startAfter: afterSeconds });
}

export async function enqueueFetch(boss: PgBoss, job: FetchJob): Promise<string | null> {
  return boss.send(QUEUES.fetch, job);
}

export async function enqueueBrief(boss: PgBoss, job: BriefJob): Promise<string | null> {
  return boss.send(QUEUES.brief, job);
}

/** Extraction jobs waiting, in retry or running: verification waits until this is 0. */
export async function extractionBacklog(boss: PgBoss): Promise<number> {
  return (await boss.getQueueSize(QUEUES.extract, { before: "completed" })) ?? 0;
}
