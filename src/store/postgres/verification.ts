/**
 * Verification results in PostgreSQL: reprints and claim clusters, replaced as
 * a whole in one transaction. Rows go in as JSON arrays, a chunk at a time, so
 * a 100k-report corpus needs a few hundred statements, not one per cluster.
 */
import type pg from "pg";
import type {
  ClusterWithClaims,
  Reprint,
  ReprintReason,
  VerdictStatus,
} from "../../model/index.js";
import { CLUSTER_ORDERS, clusterConditions } from "../cluster-filter.js";
import type { ClusterCount, ClusterFilter, VerificationUpdate } from "../store.js";
import { inTransaction } from "./connection.js";

/** The row of a cluster, columns beside the JSON as in the store's weight order. */
const CLUSTER_ROW = `c->>'slot', c->>'issue', c->'verdict'->>'status',
  CASE c->'verdict'->>'status' WHEN 'conflicting' THEN 0 WHEN 'disputed' THEN 1
    WHEN 'corroborated' THEN 2 ELSE 3 END,
  (c->'verdict'->>'independentSources')::int, (c->'verdict'->>'reports')::int, c`;
const CLUSTER_COLUMNS =
  "slot, issue, status, status_rank, independent_sources, report_count, cluster";

/** Rows per INSERT: keeps each JSON parameter far below PostgreSQL's size limits. */
const CHUNK = 1000;

interface ReprintRow {
  report_id: string;
  original_id: string;
  similarity: number;
  reason: string;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/** Adds reprint links, a chunk per statement; a link already stored takes the new figures. */
async function insertReprints(db: pg.PoolClient, reprints: Reprint[]): Promise<void> {
  for (const part of chunks(reprints)) {
    await db.query(
      `INSERT INTO reprints (report_id, original_id, similarity, reason)
       SELECT "reportId", "originalId", similarity, reason
       FROM jsonb_to_recordset($1::jsonb)
         AS x("reportId" TEXT, "originalId" TEXT, similarity DOUBLE PRECISION, reason TEXT)
       ON CONFLICT (report_id, original_id) DO UPDATE
         SET similarity = excluded.similarity, reason = excluded.reason`,
      [JSON.stringify(part)],
    );
  }
}

export class VerificationTables {
  constructor(private readonly pool: pg.Pool) {}

  save(reprints: Reprint[], clusters: ClusterWithClaims[]): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      await db.query("DELETE FROM reprints");
      await db.query("DELETE FROM clusters");
      await insertReprints(db, reprints);
      for (const [i, part] of chunks(clusters).entries()) {
        await db.query(
          `INSERT INTO clusters (id, seq, ${CLUSTER_COLUMNS})
           SELECT c->>'id', $1 + t.n - 1, ${CLUSTER_ROW}
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(c, n)`,
          [i * CHUNK, JSON.stringify(part)],
        );
      }
    });
  }

  update(update: VerificationUpdate): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      await db.query(
        "DELETE FROM reprints WHERE report_id = ANY($1::text[]) OR original_id = ANY($1::text[])",
        [update.reprintReports],
      );
      await insertReprints(db, update.reprints);
      await db.query("DELETE FROM clusters WHERE id = ANY($1::text[])", [update.removedClusterIds]);
      for (const part of chunks(update.clusters)) {
        await db.query(
          `INSERT INTO clusters (id, seq, ${CLUSTER_COLUMNS})
           SELECT c->>'id', 0, ${CLUSTER_ROW}
           FROM jsonb_array_elements($1::jsonb) AS t(c)
           ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, issue = excluded.issue,
             status = excluded.status, status_rank = excluded.status_rank,
             independent_sources = excluded.independent_sources,
             report_count = excluded.report_count, cluster = excluded.cluster`,
          [JSON.stringify(part)],
        );
      }
    });
  }

  async getClusters(ids: string[]): Promise<ClusterWithClaims[]> {
    const { rows } = await this.pool.query<{ cluster: ClusterWithClaims }>(
      "SELECT cluster FROM clusters WHERE id = ANY($1::text[])",
      [[...new Set(ids)]],
    );
    return rows.map((row) => row.cluster);
  }

  async listReprints(): Promise<Reprint[]> {
    const { rows } = await this.pool.query<ReprintRow>(
      "SELECT * FROM reprints ORDER BY report_id, original_id",
    );
    return rows.map((row) => ({
      reportId: row.report_id,
      originalId: row.original_id,
      similarity: row.similarity,
      reason: row.reason as ReprintReason,
    }));
  }

  async listClusters(filter: ClusterFilter = {}): Promise<ClusterWithClaims[]> {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    for (const [column, value] of clusterConditions(filter)) {
      params.push(value);
      conditions.push(`${column} = $${params.length}`);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    let page = "";
    if (filter.limit !== undefined) {
      params.push(filter.limit);
      page += ` LIMIT $${params.length}`;
    }
    if (filter.offset !== undefined) {
      params.push(filter.offset);
      page += ` OFFSET $${params.length}`;
    }
    const { rows } = await this.pool.query<{ cluster: ClusterWithClaims }>(
      `SELECT cluster FROM clusters ${where} ORDER BY ${CLUSTER_ORDERS[filter.order ?? "id"]}${page}`,
      params,
    );
    return rows.map((row) => row.cluster);
  }

  async countClusters(): Promise<ClusterCount[]> {
    const { rows } = await this.pool.query<{ issue: string; status: string; count: number }>(
      `SELECT issue, status, COUNT(*)::int AS count FROM clusters
       GROUP BY issue, status ORDER BY issue, status`,
    );
    return rows.map((row) => ({
      issue: row.issue,
      status: row.status as VerdictStatus,
      count: row.count,
    }));
  }

  async getCluster(id: string): Promise<ClusterWithClaims | null> {
    const { rows } = await this.pool.query<{ cluster: ClusterWithClaims }>(
      "SELECT cluster FROM clusters WHERE id = $1",
      [id],
    );
    return rows[0]?.cluster ?? null;
  }
}
