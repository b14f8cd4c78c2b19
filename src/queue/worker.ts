/**
 * A worker process: takes jobs from the queues it serves and runs them until it
 * is stopped (or, with exitWhenIdle, until no job is waiting or running). Start
 * as many as you like on as many machines as you like; pg-boss hands each job to
 * one of them, and a dead worker's jobs go back to the others after they expire.
 */
import type PgBoss from "pg-boss";
import type { Dossier } from "../model/index.js";
import { extractorFor } from "../pipeline.js";
import type { Store } from "../store/store.js";
import {
  emptyTally,
  type JobContext,
  type JobTally,
  runBriefJob,
  runExtractJobs,
  runFetchJob,
  runVerifyJob,
} from "./jobs.js";
import {
  type BriefJob,
  type ExtractJob,
  type FetchJob,
  JOB_KINDS,
  type JobKind,
  QUEUES,
  startQueue,
} from "./queues.js";
import { pendingJobs } from "./status.js";

export interface WorkerOptions {
  /** The PostgreSQL database that holds the queue (the store's own database). */
  url: string;
  store: Store;
  dossier: Dossier;
  kinds?: JobKind[] | undefined;
  /** Extraction jobs taken at a time; larger batches cost fewer queue round trips. */
  batchSize?: number | undefined;
  /** Seconds between looks at an empty queue. */
  pollSeconds?: number | undefined;
  maintenanceSeconds?: number | undefined;
  /** Stop once no job of any kind is waiting, in retry or running. */
  exitWhenIdle?: boolean | undefined;
  log?: ((line: string) => void) | undefined;
}

export interface RunningWorker {
  /** Resolves with what this worker did once it has stopped. */
  done: Promise<JobTally>;
  /** Finishes the jobs in hand, then stops. */
  stop(): Promise<void>;
}

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const log = options.log ?? (() => {});
  const boss = await startQueue(options.url, {
    supervise: true,
    maintenanceSeconds: options.maintenanceSeconds,
    onError: (error) => log(`queue error: ${error.message}`),
  });
  const ctx: JobContext = {
    store: options.store,
    dossier: options.dossier,
    boss,
    extract: await extractorFor(options.store, options.dossier),
    log,
  };
  const tally = emptyTally();
  const polling = { pollingIntervalSeconds: options.pollSeconds ?? 1 };
  for (const kind of options.kinds ?? JOB_KINDS) {
    await serve(kind, boss, ctx, tally, { ...polling, batchSize: options.batchSize ?? 10 });
  }

  let resolveDone: (tally: JobTally) => void = () => {};
  const done = new Promise<JobTally>((resolve) => {
    resolveDone = resolve;
  });
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      clearInterval(idleCheck);
      await boss.stop({ graceful: true, wait: true, timeout: 60_000 });
      resolveDone(tally);
    })();
    return stopping;
  };
  const idleCheck = setInterval(
    () => {
      if (!options.exitWhenIdle) return;
      // Only the queues this worker serves: jobs it would never take must not keep it alive.
      pendingJobs(boss, options.kinds)
        .then((pending) => (pending === 0 ? stop() : undefined))
        .catch((error: Error) => log(`queue error: ${error.message}`));
    },
    1000 * Math.max(1, options.pollSeconds ?? 1),
  );
  return { done, stop };
}

/** Registers the handler of one kind of job; only extraction takes jobs in batches. */
async function serve(
  kind: JobKind,
  boss: PgBoss,
  ctx: JobContext,
  tally: JobTally,
  options: PgBoss.WorkOptions,
): Promise<void> {
  const name = QUEUES[kind];
  const single = { pollingIntervalSeconds: options.pollingIntervalSeconds, batchSize: 1 };
  switch (kind) {
    case "extract":
      await boss.work<ExtractJob>(name, options, (jobs) => runExtractJobs(ctx, jobs, tally));
      return;
    case "verify":
      await boss.work(name, single, () => runVerifyJob(ctx, tally));
      return;
    case "fetch":
      await boss.work<FetchJob>(name, single, async ([job]) => {
        if (job) await runFetchJob(ctx, job.data, tally);
      });
      return;
    case "brief":
      await boss.work<BriefJob>(name, single, async ([job]) => {
        if (job) await runBriefJob(ctx, job.data, tally);
      });
      return;
  }
}
