/**
 * Brings a PostgreSQL schema up to date: each migration of schema.ts runs once,
 * in its own transaction, and is recorded in schema_migrations. A session-level
 * advisory lock makes processes that open the same database at once (several
 * workers starting together) migrate one after another instead of racing.
 */
import type pg from "pg";
import { MIGRATIONS, type Migration } from "./schema.js";

/** Advisory lock key reserved for migrations (an arbitrary constant, the same everywhere). */
const MIGRATION_LOCK = 7_320_411_905;

export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Applies the migrations not yet recorded; returns the versions it applied. */
export async function migrate(
  pool: pg.Pool,
  location: string,
  options: { schema?: string | undefined; migrations?: readonly Migration[] } = {},
): Promise<number[]> {
  const migrations = options.migrations ?? MIGRATIONS;
  const client = await pool.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK]);
    try {
      if (options.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`);
      const applied = await appliedVersions(client);
      refuseNewerSchema(applied, migrations, location);
      return await applyPending(client, migrations, applied);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

async function appliedVersions(client: pg.PoolClient): Promise<Set<number>> {
  const { rows } = await client.query<{ version: number }>("SELECT version FROM schema_migrations");
  return new Set(rows.map((row) => row.version));
}

function refuseNewerSchema(
  applied: Set<number>,
  migrations: readonly Migration[],
  location: string,
): void {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new Error(
      `database ${location} has schema version ${newest}, newer than this program supports (${latest}); ` +
        "use a newer ThinkTanksMonitor or another database",
    );
  }
}

async function applyPending(
  client: pg.PoolClient,
  migrations: readonly Migration[],
  applied: Set<number>,
): Promise<number[]> {
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    try {
      await client.query("BEGIN");
      await client.query(migration.sql);
      await client.query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", [
        migration.version,
        migration.name,
      ]);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK");
      throw new Error(
        `migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`,
        { cause: error },
      );
    }
    ran.push(migration.version);
  }
  return ran;
}

/** The highest migration version recorded, 0 for a new database. */
export async function schemaVersion(db: pg.Pool): Promise<number> {
  const { rows } = await db.query<{ version: number | null }>(
    "SELECT MAX(version) AS version FROM schema_migrations",
  );
  return rows[0]?.version ?? 0;
}
