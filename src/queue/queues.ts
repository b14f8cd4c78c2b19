/**
 * The job queue: pg-boss over the same PostgreSQL database as the store. This
 * file names the queues, says what each job carries, and sets the retry and
 * expiry rules that make a job whose worker died run again elsewhere.
 *
 * A job is taken by one worker (pg-boss fetches with SKIP LOCKED). If the worker
 * is killed, the job stays "active" until its expiry passes; the next
 * maintenance pass (run by any live worker) puts it back for a retry.
 */
import PgBoss from "pg-boss";

export const QUEUES = {
  /** Take in files or folders and queue extraction of what is new. */
  fetch: "ttm-fetch",
  /** Extract one report and save its layers (replacing any older extraction). */
  extract: "ttm-extract",
  /** Verify every stored report again, once extraction jobs have drained. */
  verify: "ttm-verify",
  /** Compile the brief and keep it (and write it to a file on the worker's machine). */
  brief: "ttm-brief",
} as const;

export type JobKind = keyof typeof QUEUES;
export const JOB_KINDS = Object.keys(QUEUES) as JobKind[];

export interface FetchJob {
  paths: string[];
  sourceId?: string | undefined;
}

export interface ExtractJob {
  reportId: string;
}

export type VerifyJob = Record<string, never>;

export interface BriefJob {
  format: "md" | "html" | "json";
  out?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  issue?: string | undefined;
}

/**
 * Per-queue rules. expireInSeconds is how long a worker may hold a job before it
 * counts as dead; retryLimit how often a job is tried again after a failure or an
 * expiry. Extraction uses the "short" policy so one report is queued at most once
 * (by its singleton key); verification uses "stately" so at most one waits and one
 * runs, however many extraction jobs ask for it.
 */
const QUEUE_RULES: Record<JobKind, Omit<PgBoss.Queue, "name">> = {
  fetch: { policy: "standard", retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60 },
  extract: { policy: "short", retryLimit: 3, retryDelay: 1, expireInSeconds: 2 * 60 },
  verify: { policy: "stately", retryLimit: 3, retryDelay: 5, expireInSeconds: 60 * 60 },
  brief: { policy: "standard", retryLimit: 3, retryDelay: 5, expireInSeconds: 15 * 60 },
};

export interface QueueOptions {
  /** Run pg-boss maintenance (expiring jobs of dead workers, archiving) from this process. */
  supervise?: boolean | undefined;
  /** How often maintenance runs, in seconds; a dead worker's job is retried within expiry + this. */
  maintenanceSeconds?: number | undefined;
  onError?: ((error: Error) => void) | undefined;
}

/** Connects to the queue (installing pg-boss's schema on first use) and creates the queues. */
export async function startQueue(url: string, options: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: url,
    application_name: "thinktanksmonitor-queue",
    max: 4,
    schedule: false,
    supervise: options.supervise ?? false,
    maintenanceIntervalSeconds: options.maintenanceSeconds ?? 30,
  });
  // pg-boss reports trouble through events; an unheard "error" event would end the process.
  boss.on("error", (error) => options.onError?.(error));
  await boss.start();
  for (const kind of JOB_KINDS) {
    await boss.createQueue(QUEUES[kind], { name: QUEUES[kind], ...QUEUE_RULES[kind] });
  }
  return boss;
}
