/**
 * Opens the store a location names: a file path or file: URL is a SQLite
 * database; a postgres:// or postgresql:// URL is a PostgreSQL database.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { openPostgresStore } from "./postgres/postgres-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import type { Store } from "./store.js";

export { openPostgresStore, PostgresStore } from "./postgres/postgres-store.js";
export { openSqliteStore, SqliteStore } from "./sqlite/sqlite-store.js";
export type * from "./store.js";

export async function openStore(location: string): Promise<Store> {
  const trimmed = location.trim();
  if (trimmed === "")
    throw new Error("no store location given (expected a file path or postgres:// URL)");
  if (isPostgresUrl(trimmed)) return openPostgresStore(trimmed);
  const path = sqlitePath(trimmed);
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  return openSqliteStore(path);
}

/** True for a location that names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location.trim());
}

/** The file path behind a location: a plain path, file:///abs/path or file:relative/path. */
function sqlitePath(location: string): string {
  if (location.startsWith("file://")) return fileURLToPath(location);
  if (location.startsWith("file:")) return location.slice("file:".length);
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(location);
  if (scheme) {
    throw new Error(
      `unsupported store location ${location}: expected a file path, file: URL or postgres:// URL`,
    );
  }
  return location;
}
