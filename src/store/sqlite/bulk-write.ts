/** Bulk writes in SQLite: rows written with the tables' secondary indexes dropped, then the indexes built again. */
import type Database from "better-sqlite3";

/**
 * Runs `write` with the secondary indexes of these tables dropped and builds
 * them again after, from the definitions the database holds: one sort per
 * index instead of a B-tree insert per row, which for millions of rows is most
 * of the writing. Call it inside a transaction, so a failure or a killed
 * process leaves the indexes as they were.
 */
export function withIndexesDropped(
  db: Database.Database,
  tables: readonly string[],
  write: () => void,
): void {
  const rebuild = dropIndexes(db, tables);
  write();
  rebuild();
}

/** withIndexesDropped for a write that awaits between its rows (batches made as they are written). */
export async function withIndexesDroppedWhile(
  db: Database.Database,
  tables: readonly string[],
  write: () => Promise<void>,
): Promise<void> {
  const rebuild = dropIndexes(db, tables);
  await write();
  rebuild();
}

/** Drops the secondary indexes of these tables; the function returned builds them again. */
function dropIndexes(db: Database.Database, tables: readonly string[]): () => void {
  if (!db.inTransaction) throw new Error("withIndexesDropped must run inside a transaction");
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
       AND tbl_name IN (${tables.map(() => "?").join(",")}) ORDER BY name`,
    )
    .all(...tables);
  for (const { name } of indexes) db.exec(`DROP INDEX "${name.replaceAll('"', '""')}"`);
  return () => {
    for (const { sql } of indexes) db.exec(sql);
  };
}
