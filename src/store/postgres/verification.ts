/**
 * Verification results in PostgreSQL: reprints and claim clusters, replaced as
 * a whole in one transaction. Rows go in as JSON arrays, a chunk at a time, so
 * a 100k-report corpus needs a few hundred statements, not one per cluster.
 */
import type pg from "pg";
import type {
  Claim,
  ClusterWithClaims,
  Reprint,
  ReprintReason,
  VerdictStatus,
} from "../../model/index.js";
import { CLUSTER_ORDERS, clusterConditions } from "../cluster-filter.js";
import {
  type ClusterRecord,
  clusterRecord,
  joinCluster,
  memberRows,
  talliedCluster,
  tallyColumn,
} from "../cluster-rows.js";
import type {
  ClusterCount,
  ClusterFilter,
  ClusterReadOptions,
  VerificationUpdate,
} from "../store.js";
import { inTransaction } from "./connection.js";

/** The row of a cluster, columns beside the JSON as in the store's weight order. */
const CLUSTER_ROW = `c->>'slot', c->>'issue', c->'verdict'->>'status',
  CASE c->'verdict'->>'status' WHEN 'conflicting' THEN 0 WHEN 'disputed' THEN 1
    WHEN 'corroborated' THEN 2 ELSE 3 END,
  (c->'verdict'->>'independentSources')::int, (c->'verdict'->>'reports')::int, c`;
const CLUSTER_COLUMNS =
  "slot, issue, status, status_rank, independent_sources, report_count, cluster, tally";

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

/** Batches of any size as chunks of at most CHUNK. */
async function* rechunked<T>(batches: Iterable<T[]> | AsyncIterable<T[]>): AsyncGenerator<T[]> {
  for await (const batch of batches) yield* chunks(batch);
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

/** The membership rows of some clusters as one JSON parameter. */
function membersJson(clusters: readonly ClusterWithClaims[]): string {
  return JSON.stringify(
    clusters.flatMap((c) => memberRows(c).map((m) => ({ clusterId: c.id, ...m }))),
  );
}

const MEMBER_RECORDS = `jsonb_to_recordset($1::jsonb)
  AS x("clusterId" TEXT, "claimId" TEXT, "reportId" TEXT, sentence INTEGER)`;

/** The JSON of cluster rows: each cluster without its claims, which the membership rows name. */
const recordsJson = (clusters: readonly ClusterWithClaims[]) =>
  JSON.stringify(clusters.map(clusterRecord));

/** The clusters' tallies as a text array beside recordsJson, null where a cluster has none. */
const talliesArray = (clusters: readonly ClusterWithClaims[]) => clusters.map(tallyColumn);

export class VerificationTables {
  constructor(private readonly pool: pg.Pool) {}

  save(
    reprints: Reprint[],
    batches: Iterable<ClusterWithClaims[]> | AsyncIterable<ClusterWithClaims[]>,
  ): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      await db.query("DELETE FROM reprints");
      await db.query("DELETE FROM clusters");
      await db.query("DELETE FROM cluster_members");
      await insertReprints(db, reprints);
      let seq = 0;
      for await (const part of rechunked(batches)) {
        await db.query(
          `INSERT INTO clusters (id, seq, ${CLUSTER_COLUMNS})
           SELECT c->>'id', $1 + t.n - 1, ${CLUSTER_ROW}, ($3::text[])[t.n]
           FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(c, n)`,
          [seq, recordsJson(part), talliesArray(part)],
        );
        seq += part.length;
        await db.query(
          `INSERT INTO cluster_members (cluster_id, claim_id, report_id, sentence)
           SELECT "clusterId", "claimId", "reportId", sentence FROM ${MEMBER_RECORDS}
           ON CONFLICT DO NOTHING`,
          [membersJson(part)],
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
      await db.query("DELETE FROM cluster_members WHERE cluster_id = ANY($1::text[])", [
        update.removedClusterIds,
      ]);
      for (const part of chunks(update.clusters)) {
        // A grown cluster only gains rows; members a changed cluster no longer has are dropped.
        // A cluster with memberCount set does not hold all its claims (read by its tally), so
        // it drops none. Capped reads for listing set memberCount too, but are never written back.
        const members = membersJson(part);
        await db.query(
          `DELETE FROM cluster_members m WHERE m.cluster_id = ANY($2::text[])
           AND NOT EXISTS (SELECT 1 FROM ${MEMBER_RECORDS}
             WHERE x."clusterId" = m.cluster_id AND x."claimId" = m.claim_id)`,
          [members, part.filter((c) => c.memberCount === undefined).map((c) => c.id)],
        );
        await db.query(
          `INSERT INTO cluster_members (cluster_id, claim_id, report_id, sentence)
           SELECT "clusterId", "claimId", "reportId", sentence FROM ${MEMBER_RECORDS}
           ON CONFLICT DO NOTHING`,
          [members],
        );
        await db.query(
          `INSERT INTO clusters (id, seq, ${CLUSTER_COLUMNS})
           SELECT c->>'id', 0, ${CLUSTER_ROW}, ($2::text[])[t.n]
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(c, n)
           ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, issue = excluded.issue,
             status = excluded.status, status_rank = excluded.status_rank,
             independent_sources = excluded.independent_sources,
             report_count = excluded.report_count, cluster = excluded.cluster,
             tally = excluded.tally`,
          [recordsJson(part), talliesArray(part)],
        );
      }
    });
  }

  async getClusters(ids: string[], options: ClusterReadOptions = {}): Promise<ClusterWithClaims[]> {
    const { rows } = await this.pool.query<{ cluster: ClusterRecord; tally?: string | null }>(
      options.tallies
        ? "SELECT cluster, tally FROM clusters WHERE id = ANY($1::text[])"
        : "SELECT cluster FROM clusters WHERE id = ANY($1::text[])",
      [[...new Set(ids)]],
    );
    // A cluster with a tally is its row alone: its members are not read.
    const tallied: ClusterWithClaims[] = [];
    const whole: ClusterRecord[] = [];
    for (const row of rows) {
      const byTally = row.tally ? talliedCluster(row.cluster, row.tally) : null;
      if (byTally) tallied.push(byTally);
      else whole.push(row.cluster);
    }
    return [...tallied, ...(await this.withMembers(whole))];
  }

  /**
   * The clusters of these rows with their members' claims, a chunk of clusters
   * at a time; with `cap`, only each cluster's first `cap` claims by id are
   * read (its member ids all are).
   */
  private async withMembers(
    records: readonly ClusterRecord[],
    cap?: number,
  ): Promise<ClusterWithClaims[]> {
    const out: ClusterWithClaims[] = [];
    for (let i = 0; i < records.length; i += CHUNK) {
      const part = records.slice(i, i + CHUNK);
      const ids = part.map((r) => r.id);
      const { rows } = await this.pool.query<{
        cluster_id: string;
        claim_id: string;
        claim: Claim | null;
        total: string | null;
      }>(
        cap === undefined
          ? `SELECT m.cluster_id, m.claim_id, c.claim, NULL AS total FROM cluster_members m
             LEFT JOIN claims c ON c.id = m.claim_id WHERE m.cluster_id = ANY($1::text[])`
          : // Members are counted, and only the first $2 of each are read out.
            `SELECT m.cluster_id, m.claim_id, c.claim, m.total
             FROM (SELECT cluster_id, claim_id,
                     row_number() OVER (PARTITION BY cluster_id ORDER BY claim_id) AS n,
                     count(*) OVER (PARTITION BY cluster_id) AS total
                   FROM cluster_members WHERE cluster_id = ANY($1::text[])) m
             LEFT JOIN claims c ON c.id = m.claim_id
             WHERE m.n <= $2`,
        cap === undefined ? [ids] : [ids, cap],
      );
      const members = new Map<string, string[]>();
      const claims = new Map<string, Claim>();
      const counts = new Map<string, number>();
      for (const row of rows) {
        if (row.total !== null) counts.set(row.cluster_id, Number(row.total));
        const list = members.get(row.cluster_id);
        if (list) list.push(row.claim_id);
        else members.set(row.cluster_id, [row.claim_id]);
        if (row.claim) claims.set(row.claim_id, row.claim);
      }
      for (const r of part)
        out.push(joinCluster(r, members.get(r.id) ?? [], claims, counts.get(r.id)));
    }
    return out;
  }

  /** The ids of the clusters holding claims of these sentences (report id and sentence index). */
  async clustersAtSentences(
    sentences: readonly { reportId: string; sentence: number }[],
  ): Promise<string[]> {
    if (sentences.length === 0) return [];
    const { rows } = await this.pool.query<{ cluster_id: string }>(
      `SELECT DISTINCT m.cluster_id FROM cluster_members m
       JOIN jsonb_to_recordset($1::jsonb) AS s("reportId" TEXT, sentence INTEGER)
         ON m.report_id = s."reportId" AND m.sentence = s.sentence`,
      [JSON.stringify(sentences.map((s) => ({ reportId: s.reportId, sentence: s.sentence })))],
    );
    return rows.map((row) => row.cluster_id);
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
    const { rows } = await this.pool.query<{ cluster: ClusterRecord }>(
      `SELECT cluster FROM clusters ${where} ORDER BY ${CLUSTER_ORDERS[filter.order ?? "id"]}${page}`,
      params,
    );
    return this.withMembers(
      rows.map((row) => row.cluster),
      filter.claimsPerCluster,
    );
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
    return (await this.getClusters([id]))[0] ?? null;
  }
}
