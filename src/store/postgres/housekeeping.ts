/** Quarantined inputs and key/value metadata in PostgreSQL. */
import type pg from "pg";
import type { QuarantineItem } from "../../model/index.js";

interface QuarantineRow {
  origin: string;
  stage: string;
  reason: string;
  at: string;
  source_id: string | null;
}

export class HousekeepingTables {
  constructor(private readonly pool: pg.Pool) {}

  /** Re-running over the same bad input keeps the first entry instead of piling up copies. */
  async addQuarantine(item: QuarantineItem): Promise<void> {
    await this.pool.query(
      `INSERT INTO quarantine (origin, stage, reason, at, source_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (origin, stage, reason) DO NOTHING`,
      [item.origin, item.stage, item.reason, item.at, item.sourceId ?? null],
    );
  }

  async clearQuarantine(stage: string, origins: readonly string[]): Promise<void> {
    if (origins.length === 0) return;
    await this.pool.query("DELETE FROM quarantine WHERE stage = $1 AND origin = ANY($2::text[])", [
      stage,
      [...new Set(origins)],
    ]);
  }

  async listQuarantine(): Promise<QuarantineItem[]> {
    const { rows } = await this.pool.query<QuarantineRow>(
      "SELECT origin, stage, reason, at, source_id FROM quarantine ORDER BY id",
    );
    return rows.map((row) => {
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

  async getMeta(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ value: string }>(
      "SELECT value FROM meta WHERE key = $1",
      [key],
    );
    return rows[0]?.value ?? null;
  }

  async revision(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      "SELECT n FROM store_revision WHERE id = 1",
    );
    return Number(rows[0]!.n);
  }

  async saveTrackingState(key: string, revision: number, state: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO tracking_state (key, revision, state) VALUES ($1, $2, $3)
       ON CONFLICT (key) DO UPDATE SET revision = excluded.revision, state = excluded.state`,
      [key, revision, state],
    );
  }

  /** The state kept under the key, if it was made at the store's current revision. */
  async trackingState(key: string): Promise<string | null> {
    const { rows } = await this.pool.query<{ state: string }>(
      `SELECT t.state FROM tracking_state t JOIN store_revision r ON r.id = 1 AND r.n = t.revision
       WHERE t.key = $1`,
      [key],
    );
    return rows[0]?.state ?? null;
  }

  async setMeta(key: string, value: string): Promise<void> {
    await this.pool.query(
      `INSERT INTO meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }
}
