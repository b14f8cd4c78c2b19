/**
 * The job queue for running at scale: pg-boss on PostgreSQL, shared by any
 * number of `ttm worker` processes on any number of machines.
 */
export {
  enqueueBrief,
  enqueueExtraction,
  enqueueFetch,
  extractionKey,
  requestVerification,
} from "./enqueue.js";
export { queueHandoff } from "./handoff.js";
export type { JobTally } from "./jobs.js";
export {
  type BriefJob,
  type ExtractJob,
  type FetchJob,
  JOB_KINDS,
  type JobKind,
  QUEUES,
  startQueue,
} from "./queues.js";
export { pendingJobs, type QueueStatus, queueStatus } from "./status.js";
export { type RunningWorker, startWorker, type WorkerOptions } from "./worker.js";
