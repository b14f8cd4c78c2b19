/**
 * For tests of the queue against the real PostgreSQL server: a scratch
 * database with the bundled dossier registered, its store, and the queue on it.
 */
import type PgBoss from "pg-boss";
import { BUNDLED_DOSSIER } from "../cli/context.js";
import { loadDossier } from "../dossier/index.js";
import type { Dossier } from "../model/index.js";
import { registerDossier } from "../pipeline.js";
import { openPostgresStore } from "../store/postgres/postgres-store.js";
import { createScratchDatabase } from "../store/postgres/scratch-database.js";
import type { Store } from "../store/store.js";
import { startQueue } from "./queues.js";

export interface QueueFixture {
  store: Store;
  boss: PgBoss;
  dossier: Dossier;
  close(): Promise<void>;
}

export async function openQueueFixture(prefix: string): Promise<QueueFixture> {
  const db = await createScratchDatabase(prefix);
  const store = await openPostgresStore(db.url);
  const dossier = await loadDossier(BUNDLED_DOSSIER);
  await registerDossier(store, dossier, BUNDLED_DOSSIER);
  const boss = await startQueue(db.url);
  return {
    store,
    boss,
    dossier,
    close: async () => {
      await boss.stop({ graceful: false });
      await store.close();
      await db.drop();
    },
  };
}
