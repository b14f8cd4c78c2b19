/** Verification results in SQLite: reprints and claim clusters, replaced as a whole or updated. */
import type Database from "better-sqlite3";
import type { ClusterWithClaims, Reprint, ReprintReason } from "../../model/index.js";
import type { ClusterFilter, VerificationUpdate } from "../store.js";

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
      "INSERT INTO clusters (id, seq, slot, issue, status, json) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.db.transaction(() => {
      this.db.exec("DELETE FROM reprints; DELETE FROM clusters;");
      for (const r of reprints) {
        insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
      }
      for (const [seq, c] of clusters.entries()) {
        insertCluster.run(c.id, seq, c.slot, c.issue, c.verdict.status, JSON.stringify(c));
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
      `INSERT INTO clusters (id, seq, slot, issue, status, json)
       VALUES (?, 0, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, issue = excluded.issue,
         status = excluded.status, json = excluded.json`,
    );
    this.db.transaction(() => {
      for (const id of update.reprintReports) dropLinks.run(id, id);
      for (const r of update.reprints) {
        insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
      }
      for (const id of update.removedClusterIds) dropCluster.run(id);
      for (const c of update.clusters) {
        upsertCluster.run(c.id, c.slot, c.issue, c.verdict.status, JSON.stringify(c));
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
    const params: string[] = [];
    if (filter.status !== undefined) {
      conditions.push("status = ?");
      params.push(filter.status);
    }
    if (filter.issue !== undefined) {
      conditions.push("issue = ?");
      params.push(filter.issue);
    }
    const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
    // Row by row: a store of hundreds of thousands of clusters need not hold every row's
    // text and every parsed cluster at once.
    const clusters: ClusterWithClaims[] = [];
    const rows = this.db
      .prepare<string[], { json: string }>(`SELECT json FROM clusters ${where} ORDER BY id`)
      .iterate(...params);
    for (const row of rows) clusters.push(JSON.parse(row.json) as ClusterWithClaims);
    return clusters;
  }

  getCluster(id: string): ClusterWithClaims | null {
    const row = this.db
      .prepare<[string], { json: string }>("SELECT json FROM clusters WHERE id = ?")
      .get(id);
    return row ? (JSON.parse(row.json) as ClusterWithClaims) : null;
  }
}
