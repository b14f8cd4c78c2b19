/**
 * Extraction on several cores: a pool of worker threads, each with its own
 * extractor (wink's model and the dossier's matchers loaded once per thread).
 * Reports are handed to the threads in turn, a bounded number at a time, and
 * results are delivered in the order of the reports, so whatever the
 * caller does with them (saving, quarantining) happens as it would in one
 * thread. Node's own worker_threads: no process or queue of our own.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { Dossier, ExtractedReport, Report } from "../model/index.js";

export type Outcome = { result: ExtractedReport } | { error: string };

export interface PoolOptions {
  /** Threads to start; at least 2 for a pool to be worth it. */
  threads: number;
  /** The worker script; the compiled pool-worker.js beside this module by default. */
  workerFile?: string;
}

/**
 * Fewer reports than this are extracted in this thread: starting a thread
 * (wink's model, the dossier's matchers) costs about as much as extracting a
 * few hundred reports, so the pool pays off only beyond.
 */
export const POOL_MIN_REPORTS = 500;

/** Reports in flight per thread: enough to keep each busy while results are saved. */
const IN_FLIGHT_PER_THREAD = 8;

const DEFAULT_WORKER = fileURLToPath(new URL("./pool-worker.js", import.meta.url));

/**
 * Threads to use for `pending` reports: none (extract in this thread) for a
 * few reports, on one core, or where the compiled worker is missing (running
 * from the TypeScript sources); else one per core, up to 4. TTM_EXTRACT_THREADS
 * sets the number (0 or 1: in this thread).
 */
export function poolThreads(pending: number, env: NodeJS.ProcessEnv = process.env): number {
  const asked = env.TTM_EXTRACT_THREADS;
  if (asked !== undefined && asked !== "") {
    const n = Number(asked);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`TTM_EXTRACT_THREADS must be a whole number ≥ 0, got '${asked}'`);
    return n >= 2 && existsSync(DEFAULT_WORKER) ? n : 0;
  }
  if (pending < POOL_MIN_REPORTS || !existsSync(DEFAULT_WORKER)) return 0;
  const cores = availableParallelism();
  return cores >= 2 ? Math.min(cores, 4) : 0;
}

/**
 * Extracts every report on a pool of threads and calls `each` with each
 * outcome in the order of `reports`, awaiting it before the next.
 */
export async function extractOnPool(
  dossier: Dossier,
  reports: readonly Report[],
  options: PoolOptions,
  each: (index: number, outcome: Outcome) => Promise<void>,
): Promise<void> {
  const workerFile = options.workerFile ?? DEFAULT_WORKER;
  const threads = Math.max(1, Math.min(options.threads, reports.length));
  const workers = Array.from(
    { length: threads },
    () => new Worker(workerFile, { workerData: { dossier } }),
  );
  type Waiter = { resolve: (outcome: Outcome) => void; reject: (err: Error) => void };
  const waiting = new Map<number, Waiter>();
  const done = new Map<number, Outcome>();
  let failure: Error | null = null;
  // A thread that dies leaves its reports unextracted, not refused: the run stops with
  // the reason, what was saved stays saved, and the next run extracts the rest.
  const fail = (err: Error) => {
    failure ??= new Error(`extraction thread failed: ${err.message}`, { cause: err });
    for (const w of waiting.values()) w.reject(failure);
    waiting.clear();
  };
  let stopping = false;
  for (const worker of workers) {
    worker.on("message", (m: { id: number } & Outcome) => {
      const outcome: Outcome = "error" in m ? { error: m.error } : { result: m.result };
      const waiter = waiting.get(m.id);
      waiting.delete(m.id);
      if (waiter) waiter.resolve(outcome);
      else done.set(m.id, outcome);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!stopping) fail(new Error(`the thread exited with code ${code}`));
    });
  }
  const outcomeOf = (id: number) =>
    new Promise<Outcome>((resolve, reject) => {
      const ready = done.get(id);
      if (ready) {
        done.delete(id);
        resolve(ready);
      } else if (failure) reject(failure);
      else waiting.set(id, { resolve, reject });
    });
  const send = (id: number) => workers[id % threads]!.postMessage({ id, report: reports[id] });
  try {
    const window = threads * IN_FLIGHT_PER_THREAD;
    let sent = 0;
    for (; sent < Math.min(window, reports.length); sent++) send(sent);
    for (let id = 0; id < reports.length; id++) {
      const outcome = await outcomeOf(id);
      if (sent < reports.length) send(sent++);
      await each(id, outcome);
    }
  } finally {
    stopping = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
