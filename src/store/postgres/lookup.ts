/** Lookup keys in PostgreSQL: refs filed under keys of a kind (see Store.putKeys). */
import type pg from "pg";
import type { KeyedRef, KeyFiling } from "../store.js";
import { inTransaction } from "./connection.js";

/** Rows per INSERT, sent as one JSON parameter. */
const CHUNK = 5000;

export class LookupKeys {
  constructor(private readonly pool: pg.Pool) {}

  put(kind: string, entries: KeyedRef[], filing: KeyFiling): Promise<void> {
    const rows = entries.flatMap(({ ref, keys }) => [...new Set(keys)].map((key) => [key, ref]));
    return inTransaction(this.pool, async (db) => {
      if (filing.replaceAll) await db.query("DELETE FROM lookup_keys WHERE kind = $1", [kind]);
      else if (!filing.add) {
        await db.query("DELETE FROM lookup_keys WHERE kind = $1 AND ref = ANY($2::text[])", [
          kind,
          entries.map((e) => e.ref),
        ]);
      }
      for (let i = 0; i < rows.length; i += CHUNK) {
        await db.query(
          `INSERT INTO lookup_keys (kind, key, ref)
           SELECT $1, x->>0, x->>1 FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(x, n)
           ORDER BY n`,
          [kind, JSON.stringify(rows.slice(i, i + CHUNK))],
        );
      }
    });
  }

  async remove(kind: string, refs: string[]): Promise<void> {
    await this.pool.query("DELETE FROM lookup_keys WHERE kind = $1 AND ref = ANY($2::text[])", [
      kind,
      refs,
    ]);
  }

  async findByKeys(kind: string, keys: string[], perKey: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ ref: string }>(
      `SELECT DISTINCT latest.ref
       FROM unnest($2::text[]) AS k(key)
       CROSS JOIN LATERAL (
         SELECT ref FROM lookup_keys WHERE kind = $1 AND key = k.key ORDER BY id DESC LIMIT $3
       ) AS latest`,
      [kind, [...new Set(keys)], perKey],
    );
    return rows.map((row) => row.ref);
  }

  async keysOf(kind: string, refs: string[]): Promise<Map<string, string[]>> {
    const { rows } = await this.pool.query<{ ref: string; key: string }>(
      "SELECT ref, key FROM lookup_keys WHERE kind = $1 AND ref = ANY($2::text[]) ORDER BY id",
      [kind, [...new Set(refs)]],
    );
    const out = new Map<string, string[]>();
    for (const { ref, key } of rows) out.set(ref, [...(out.get(ref) ?? []), key]);
    return out;
  }

  async findSharing(
    kind: string,
    keys: string[],
    minShared: number,
    perKey: number,
  ): Promise<string[]> {
    const { rows } = await this.pool.query<{ ref: string }>(
      `SELECT latest.ref
       FROM unnest($2::text[]) AS k(key)
       CROSS JOIN LATERAL (
         SELECT ref FROM lookup_keys WHERE kind = $1 AND key = k.key ORDER BY id DESC LIMIT $4
       ) AS latest
       GROUP BY latest.ref HAVING COUNT(*) >= $3`,
      [kind, [...new Set(keys)], minShared, perKey],
    );
    return rows.map((row) => row.ref);
  }
}
