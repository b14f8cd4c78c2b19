/** How much work the queues hold: counts per queue and state, for `ttm jobs` and idle checks. */
import type PgBoss from "pg-boss";
import { JOB_KINDS, type JobKind, QUEUES } from "./queues.js";

export const JOB_STATES = [
  "created",
  "retry",
  "active",
  "completed",
  "failed",
  "cancelled",
] as const;
export type JobState = (typeof JOB_STATES)[number];

export type QueueStatus = Record<JobKind, Record<JobState, number>>;

/** Job counts by queue and state (jobs still in pg-boss's job table, not yet archived). */
export async function queueStatus(boss: PgBoss): Promise<QueueStatus> {
  const names = JOB_KINDS.map((kind) => QUEUES[kind]);
  const { rows } = await boss
    .getDb()
    .executeSql(
      "SELECT name, state::text AS state, COUNT(*)::int AS n FROM pgboss.job WHERE name = ANY($1) GROUP BY 1, 2",
      [names],
    );
  const status = Object.fromEntries(
    JOB_KINDS.map((kind) => [kind, Object.fromEntries(JOB_STATES.map((s) => [s, 0]))]),
  ) as QueueStatus;
  for (const row of rows as { name: string; state: JobState; n: number }[]) {
    const kind = JOB_KINDS.find((k) => QUEUES[k] === row.name);
    if (kind) status[kind][row.state] = row.n;
  }
  return status;
}

/** Jobs waiting, in retry or running, across the given queues (every queue by default). */
export async function pendingJobs(boss: PgBoss, kinds: JobKind[] = JOB_KINDS): Promise<number> {
  const status = await queueStatus(boss);
  return kinds.reduce((sum, kind) => {
    const s = status[kind];
    return sum + s.created + s.retry + s.active;
  }, 0);
}
