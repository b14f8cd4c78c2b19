/** Quarantined inputs and key/value metadata in SQLite. */
import type Database from "better-sqlite3";
import type { QuarantineItem } from "../../model/index.js";

interface QuarantineRow {
  origin: string;
  stage: string;
  reason: string;
  at: string;
  source_id: string | null;
}

export class HousekeepingTables {
  constructor(private readonly db: Database.Database) {}

  /** Re-running over the same bad input keeps the first entry instead of piling up copies. */
  addQuarantine(item: QuarantineItem): void {
    this.db
      .prepare(
        `INSERT INTO quarantine (origin, stage, reason, at, source_id) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (origin, stage, reason) DO NOTHING`,
      )
      .run(item.origin, item.stage, item.reason, item.at, item.sourceId ?? null);
  }

  clearQuarantine(stage: string, origins: readonly string[]): void {
    const remove = this.db.prepare("DELETE FROM quarantine WHERE stage = ? AND origin = ?");
    this.db.transaction(() => {
      for (const origin of new Set(origins)) remove.run(stage, origin);
    })();
  }

  listQuarantine(): QuarantineItem[] {
    return this.db
      .prepare<[], QuarantineRow>(
        "SELECT origin, stage, reason, at, source_id FROM quarantine ORDER BY id",
      )
      .all()
      .map((row) => {
        const item: QuarantineItem = {
          origin: row.origin,
          stage: row.stage,
          reason: row.reason,
          at: row.at,
        };
        if (row.source_id !== null) item.sourceId = row.source_id;
        return item;
      });
  }

  getMeta(key: string): string | null {
    const row = this.db
      .prepare<[string], { value: string }>("SELECT value FROM meta WHERE key = ?")
      .get(key);
    return row?.value ?? null;
  }

  /** Counts one more write that tracking reads from; called inside the write's transaction. */
  bumpRevision(): void {
    this.db.prepare("UPDATE store_revision SET n = n + 1 WHERE id = 1").run();
  }

  revision(): number {
    return this.db.prepare<[], { n: number }>("SELECT n FROM store_revision WHERE id = 1").get()!.n;
  }

  saveTrackingState(key: string, revision: number, json: string): void {
    this.db
      .prepare(
        `INSERT INTO tracking_state (key, revision, json) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET revision = excluded.revision, json = excluded.json`,
      )
      .run(key, revision, json);
  }

  /** The state kept under the key, if it was made at the store's current revision. */
  trackingState(key: string): string | null {
    const row = this.db
      .prepare<[string], { json: string }>(
        `SELECT t.json FROM tracking_state t, store_revision r
         WHERE t.key = ? AND r.id = 1 AND t.revision = r.n`,
      )
      .get(key);
    return row?.json ?? null;
  }

  setMeta(key: string, value: string): void {
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(key, value);
  }
}
