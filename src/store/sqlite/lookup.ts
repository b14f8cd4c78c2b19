/** Lookup keys in SQLite: refs filed under keys of a kind (see Store.putKeys). */
import type Database from "better-sqlite3";
import type { KeyedRef, KeyFiling } from "../store.js";
import { withIndexesDropped } from "./bulk-write.js";

/** Refs filed at once past which a kind filed anew is written without its indexes. */
const BULK_ENTRIES = 5000;

/** Bound parameters per statement, well under SQLite's limit. */
const BATCH = 500;

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export class LookupKeys {
  constructor(private readonly db: Database.Database) {}

  put(kind: string, entries: KeyedRef[], filing: KeyFiling): void {
    const insert = this.db.prepare("INSERT INTO lookup_keys (kind, key, ref) VALUES (?, ?, ?)");
    const write = () => {
      if (filing.replaceAll) this.db.prepare("DELETE FROM lookup_keys WHERE kind = ?").run(kind);
      else if (!filing.add)
        this.removeRefs(
          kind,
          entries.map((e) => e.ref),
        );
      for (const { ref, keys } of entries) {
        for (const key of new Set(keys)) insert.run(kind, key, ref);
      }
    };
    this.db.transaction(() => {
      // Filing a whole kind anew (a full verification) is a bulk write.
      if (filing.replaceAll && entries.length >= BULK_ENTRIES)
        withIndexesDropped(this.db, ["lookup_keys"], write);
      else write();
    })();
  }

  remove(kind: string, refs: string[]): void {
    this.db.transaction(() => this.removeRefs(kind, refs))();
  }

  private removeRefs(kind: string, refs: readonly string[]): void {
    for (const part of batches(refs)) {
      this.db
        .prepare(
          `DELETE FROM lookup_keys WHERE kind = ? AND ref IN (${part.map(() => "?").join(",")})`,
        )
        .run(kind, ...part);
    }
  }

  findByKeys(kind: string, keys: string[], perKey: number): string[] {
    const latest = this.db.prepare<[string, string, number], { ref: string }>(
      "SELECT ref FROM lookup_keys WHERE kind = ? AND key = ? ORDER BY id DESC LIMIT ?",
    );
    const found = new Set<string>();
    for (const key of new Set(keys)) {
      for (const row of latest.all(kind, key, perKey)) found.add(row.ref);
    }
    return [...found];
  }

  keysOf(kind: string, refs: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const part of batches([...new Set(refs)])) {
      const rows = this.db
        .prepare<string[], { ref: string; key: string }>(
          `SELECT ref, key FROM lookup_keys WHERE kind = ? AND ref IN (${part.map(() => "?").join(",")}) ORDER BY id`,
        )
        .all(kind, ...part);
      for (const { ref, key } of rows) out.set(ref, [...(out.get(ref) ?? []), key]);
    }
    return out;
  }

  findSharing(kind: string, keys: string[], minShared: number, perKey: number): string[] {
    const latest = this.db.prepare<[string, string, number], { ref: string }>(
      "SELECT ref FROM lookup_keys WHERE kind = ? AND key = ? ORDER BY id DESC LIMIT ?",
    );
    const counts = new Map<string, number>();
    for (const key of new Set(keys)) {
      for (const { ref } of latest.all(kind, key, perKey))
        counts.set(ref, (counts.get(ref) ?? 0) + 1);
    }
    return [...counts].filter(([, n]) => n >= minShared).map(([ref]) => ref);
  }
}
