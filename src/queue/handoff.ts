/**
 * New reports handed to the workers instead of analyzed in place: what `ttm
 * watch` and `POST /reports` do on PostgreSQL. One extraction job per report
 * not yet extracted, then one verification once they drain (enqueue.ts); the
 * answer says how many jobs were queued.
 */
import type PgBoss from "pg-boss";
import type { Handoff } from "../pipeline.js";
import { type EnqueueOptions, enqueueExtraction } from "./enqueue.js";

export function queueHandoff(boss: PgBoss, options: EnqueueOptions = {}): Handoff {
  return async (store) => ({ queued: await enqueueExtraction(boss, store, options) });
}
