/** Verification results in SQLite: reprints and claim clusters, replaced as a whole or updated. */
import type Database from "better-sqlite3";
import type {
  ClusterWithClaims,
  Reprint,
  ReprintReason,
  VerdictStatus,
} from "../../model/index.js";
import { CLUSTER_ORDERS, clusterConditions } from "../cluster-filter.js";
import {
  type ClusterCount,
  type ClusterFilter,
  STATUS_RANK,
  type VerificationUpdate,
} from "../store.js";

/** The columns a cluster row has besides its JSON, in the order the inserts bind them. */
function columns(c: ClusterWithClaims) {
  const v = c.verdict;
  return [
    c.slot,
    c.issue,
    v.status,
    STATUS_RANK[v.status],
    v.independentSources,
    v.reports,
    JSON.stringify(c),
  ] as const;
}

interface ReprintRow {
  report_id: string;
  original_id: string;
  similarity: number;
  reason: string;
}

export class VerificationTables {
  constructor(private readonly db: Database.Database) {}

  save(reprints: Reprint[], clusters: ClusterWithClaims[]): void {
    const insertReprint = this.db.prepare(
      "INSERT OR REPLACE INTO reprints (report_id, original_id, similarity, reason) VALUES (?, ?, ?, ?)",
    );
    const insertCluster = this.db.prepare(
      `INSERT INTO clusters
         (id, seq, slot, issue, status, status_rank, independent_sources, report_count, json)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.db.transaction(() => {
      this.db.exec("DELETE FROM reprints; DELETE FROM clusters;");
      for (const r of reprints) {
        insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
      }
      for (const [seq, c] of clusters.entries()) {
        insertCluster.run(c.id, seq, ...columns(c));
      }
    })();
  }

  update(update: VerificationUpdate): void {
    const insertReprint = this.db.prepare(
      "INSERT OR REPLACE INTO reprints (report_id, original_id, similarity, reason) VALUES (?, ?, ?, ?)",
    );
    const dropLinks = this.db.prepare(
      "DELETE FROM reprints WHERE report_id = ? OR original_id = ?",
    );
    const dropCluster = this.db.prepare("DELETE FROM clusters WHERE id = ?");
    const upsertCluster = this.db.prepare(
      `INSERT INTO clusters
         (id, seq, slot, issue, status, status_rank, independent_sources, report_count, json)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, issue = excluded.issue,
         status = excluded.status, status_rank = excluded.status_rank,
         independent_sources = excluded.independent_sources,
         report_count = excluded.report_count, json = excluded.json`,
    );
    this.db.transaction(() => {
      for (const id of update.reprintReports) dropLinks.run(id, id);
      for (const r of update.reprints) {
        insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
      }
      for (const id of update.removedClusterIds) dropCluster.run(id);
      for (const c of update.clusters) {
        upsertCluster.run(c.id, ...columns(c));
      }
    })();
  }

  getClusters(ids: string[]): ClusterWithClaims[] {
    const get = this.db.prepare<[string], { json: string }>(
      "SELECT json FROM clusters WHERE id = ?",
    );
    const out: ClusterWithClaims[] = [];
    for (const id of new Set(ids)) {
      const row = get.get(id);
      if (row) out.push(JSON.parse(row.json) as ClusterWithClaims);
    }
    return out;
  }

  listReprints(): Reprint[] {
    return this.db
      .prepare<[], ReprintRow>("SELECT * FROM reprints ORDER BY report_id, original_id")
      .all()
      .map((row) => ({
        reportId: row.report_id,
        originalId: row.original_id,
        similarity: row.similarity,
        reason: row.reason as ReprintReason,
      }));
  }

  listClusters(filter: ClusterFilter = {}): ClusterWithClaims[] {
    const conditions: string[] = [];
    const params: (string | number)[] = [];
    for (const [column, value] of clusterConditions(filter)) {
      conditions.push(`${column} = ?`);
      params.push(value);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    let page = "";
    if (filter.limit !== undefined || filter.offset !== undefined) {
      page = "LIMIT ? OFFSET ?";
      params.push(filter.limit ?? -1, filter.offset ?? 0);
    }
    // Row by row: a store of hundreds of thousands of clusters need not hold every row's
    // text and every parsed cluster at once.
    const clusters: ClusterWithClaims[] = [];
    const rows = this.db
      .prepare<(string | number)[], { json: string }>(
        `SELECT json FROM clusters ${where} ORDER BY ${CLUSTER_ORDERS[filter.order ?? "id"]} ${page}`,
      )
      .iterate(...params);
    for (const row of rows) clusters.push(JSON.parse(row.json) as ClusterWithClaims);
    return clusters;
  }

  countClusters(): ClusterCount[] {
    return this.db
      .prepare<[], { issue: string; status: string; count: number }>(
        "SELECT issue, status, COUNT(*) AS count FROM clusters GROUP BY issue, status ORDER BY issue, status",
      )
      .all()
      .map((row) => ({ issue: row.issue, status: row.status as VerdictStatus, count: row.count }));
  }

  getCluster(id: string): ClusterWithClaims | null {
    const row = this.db
      .prepare<[string], { json: string }>("SELECT json FROM clusters WHERE id = ?")
      .get(id);
    return row ? (JSON.parse(row.json) as ClusterWithClaims) : null;
  }
}
