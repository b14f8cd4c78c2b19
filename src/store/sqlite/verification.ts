/** Verification results in SQLite: reprints and claim clusters, replaced as a whole or updated. */
import type Database from "better-sqlite3";
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
  parseRecord,
  talliedCluster,
  tallyColumn,
} from "../cluster-rows.js";
import {
  type ClusterCount,
  type ClusterFilter,
  type ClusterReadOptions,
  STATUS_RANK,
  type VerificationUpdate,
} from "../store.js";
import { withIndexesDropped, withIndexesDroppedWhile } from "./bulk-write.js";

/** The columns a cluster row has besides its id and seq, in the order the inserts bind them. */
function columns(c: ClusterWithClaims) {
  const v = c.verdict;
  return [
    c.slot,
    c.issue,
    v.status,
    STATUS_RANK[v.status],
    v.independentSources,
    v.reports,
    JSON.stringify(clusterRecord(c)),
    tallyColumn(c),
  ] as const;
}

/** Cluster ids per statement when reading members, well under SQLite's parameter limit. */
const BATCH = 500;

interface ReprintRow {
  report_id: string;
  original_id: string;
  similarity: number;
  reason: string;
}

export class VerificationTables {
  constructor(private readonly db: Database.Database) {}

  save(reprints: Reprint[], clusters: ClusterWithClaims[]): void {
    const write = this.writer(reprints);
    this.db.transaction(() => {
      // A full run writes a million rows or more: see withIndexesDropped.
      withIndexesDropped(this.db, ["clusters", "cluster_members"], () => {
        write.start();
        write.clusters(clusters);
      });
    })();
  }

  /**
   * Replaces every result with clusters taken a batch at a time, the batches
   * possibly made by reading this database meanwhile: one transaction held
   * open across them, so a run stopped midway leaves the old results.
   * `alsoInside` runs first within it (the store's revision is raised there).
   */
  async replace(
    reprints: Reprint[],
    batches: Iterable<ClusterWithClaims[]> | AsyncIterable<ClusterWithClaims[]>,
    alsoInside: () => void,
  ): Promise<void> {
    if (this.db.inTransaction) throw new Error("replacing verification inside another transaction");
    const write = this.writer(reprints);
    this.db.exec("BEGIN IMMEDIATE");
    try {
      alsoInside();
      await withIndexesDroppedWhile(this.db, ["clusters", "cluster_members"], async () => {
        write.start();
        for await (const batch of batches) write.clusters(batch);
      });
      this.db.exec("COMMIT");
    } catch (error) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw error;
    }
  }

  /** Deletes every result and writes reprints, then clusters in the order given. */
  private writer(reprints: Reprint[]) {
    const insertReprint = this.db.prepare(
      "INSERT OR REPLACE INTO reprints (report_id, original_id, similarity, reason) VALUES (?, ?, ?, ?)",
    );
    const insertCluster = this.db.prepare(
      `INSERT INTO clusters
         (id, seq, slot, issue, status, status_rank, independent_sources, report_count, json,
          tally)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertMember = this.memberInsert("INSERT");
    let seq = 0;
    return {
      start: () => {
        this.db.exec("DELETE FROM reprints; DELETE FROM clusters; DELETE FROM cluster_members;");
        for (const r of reprints) {
          insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
        }
      },
      clusters: (batch: readonly ClusterWithClaims[]) => {
        for (const c of batch) {
          insertCluster.run(c.id, seq++, ...columns(c));
          for (const m of memberRows(c)) insertMember.run(c.id, m.claimId, m.reportId, m.sentence);
        }
      },
    };
  }

  update(update: VerificationUpdate): void {
    const insertReprint = this.db.prepare(
      "INSERT OR REPLACE INTO reprints (report_id, original_id, similarity, reason) VALUES (?, ?, ?, ?)",
    );
    const dropLinks = this.db.prepare(
      "DELETE FROM reprints WHERE report_id = ? OR original_id = ?",
    );
    const dropCluster = this.db.prepare("DELETE FROM clusters WHERE id = ?");
    const dropMembers = this.db.prepare("DELETE FROM cluster_members WHERE cluster_id = ?");
    const addMember = this.memberInsert("INSERT OR IGNORE");
    const storedMembers = this.db.prepare<[string], { claim_id: string }>(
      "SELECT claim_id FROM cluster_members WHERE cluster_id = ?",
    );
    const dropMember = this.db.prepare(
      "DELETE FROM cluster_members WHERE cluster_id = ? AND claim_id = ?",
    );
    const upsertCluster = this.db.prepare(
      `INSERT INTO clusters
         (id, seq, slot, issue, status, status_rank, independent_sources, report_count, json,
          tally)
       VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET slot = excluded.slot, issue = excluded.issue,
         status = excluded.status, status_rank = excluded.status_rank,
         independent_sources = excluded.independent_sources,
         report_count = excluded.report_count, json = excluded.json, tally = excluded.tally`,
    );
    this.db.transaction(() => {
      for (const id of update.reprintReports) dropLinks.run(id, id);
      for (const r of update.reprints) {
        insertReprint.run(r.reportId, r.originalId, r.similarity, r.reason);
      }
      for (const id of update.removedClusterIds) {
        dropCluster.run(id);
        dropMembers.run(id);
      }
      for (const c of update.clusters) {
        upsertCluster.run(c.id, ...columns(c));
        this.setMembers(c, addMember, storedMembers, dropMember);
      }
    })();
  }

  private memberInsert(verb: "INSERT" | "INSERT OR IGNORE") {
    return this.db.prepare(
      `${verb} INTO cluster_members (cluster_id, claim_id, report_id, sentence) VALUES (?, ?, ?, ?)`,
    );
  }

  /**
   * Makes a cluster's membership rows its claims: the stored member ids are
   * read (an index range, no claims), and only the difference is written, so a
   * grown cluster of thousands costs its new members. A cluster with
   * memberCount set does not hold all its claims (read by its tally), so its
   * claims are only added, none read or dropped. Capped reads for listing set
   * memberCount too, but what they read is never written back.
   */
  private setMembers(
    c: ClusterWithClaims,
    add: Database.Statement,
    stored: Database.Statement<[string], { claim_id: string }>,
    dropOne: Database.Statement,
  ): void {
    const rows = memberRows(c);
    if (c.memberCount !== undefined) {
      for (const m of rows) add.run(c.id, m.claimId, m.reportId, m.sentence);
      return;
    }
    const had = new Set(stored.all(c.id).map((row) => row.claim_id));
    const now = new Set(rows.map((m) => m.claimId));
    for (const id of had) if (!now.has(id)) dropOne.run(c.id, id);
    for (const m of rows) if (!had.has(m.claimId)) add.run(c.id, m.claimId, m.reportId, m.sentence);
  }

  getClusters(ids: string[], options: ClusterReadOptions = {}): ClusterWithClaims[] {
    const get = this.db.prepare<[string], { json: string; tally?: string | null }>(
      options.tallies
        ? "SELECT json, tally FROM clusters WHERE id = ?"
        : "SELECT json FROM clusters WHERE id = ?",
    );
    const tallied: ClusterWithClaims[] = [];
    const records: ClusterRecord[] = [];
    for (const id of new Set(ids)) {
      const row = get.get(id);
      if (!row) continue;
      // A cluster with a tally is its row alone: its members are not read.
      const record = parseRecord(row.json);
      const byTally = row.tally ? talliedCluster(record, row.tally) : null;
      if (byTally) tallied.push(byTally);
      else records.push(record);
    }
    return [...tallied, ...this.withMembers(records)];
  }

  /**
   * The clusters of these rows with their members' claims, read a batch of
   * clusters at a time; with `cap`, only each cluster's first `cap` claims by
   * id are read (its member ids all are).
   */
  private withMembers(records: readonly ClusterRecord[], cap?: number): ClusterWithClaims[] {
    const out: ClusterWithClaims[] = [];
    for (let i = 0; i < records.length; i += BATCH) {
      const part = records.slice(i, i + BATCH);
      const marks = part.map(() => "?").join(",");
      const members = new Map<string, string[]>();
      const claims = new Map<string, Claim>();
      const counts = new Map<string, number>();
      const note = (clusterId: string, claimId: string) => {
        const list = members.get(clusterId);
        if (list) list.push(claimId);
        else members.set(clusterId, [claimId]);
      };
      if (cap === undefined) {
        const rows = this.db
          .prepare<string[], { cluster_id: string; claim_id: string; json: string | null }>(
            `SELECT m.cluster_id, m.claim_id, c.json FROM cluster_members m
             LEFT JOIN claims c ON c.id = m.claim_id WHERE m.cluster_id IN (${marks})`,
          )
          .all(...part.map((r) => r.id));
        for (const row of rows) {
          note(row.cluster_id, row.claim_id);
          if (row.json) claims.set(row.claim_id, JSON.parse(row.json) as Claim);
        }
      } else {
        // Members are counted in the index, and only the first `cap` of each are read out.
        const counted = this.db
          .prepare<string[], { cluster_id: string; n: number }>(
            `SELECT cluster_id, COUNT(*) AS n FROM cluster_members WHERE cluster_id IN (${marks})
             GROUP BY cluster_id`,
          )
          .all(...part.map((r) => r.id));
        for (const row of counted) counts.set(row.cluster_id, row.n);
        const first = this.db.prepare<[string, number], { claim_id: string }>(
          "SELECT claim_id FROM cluster_members WHERE cluster_id = ? ORDER BY claim_id LIMIT ?",
        );
        for (const r of part) for (const row of first.all(r.id, cap)) note(r.id, row.claim_id);
        const wanted = [...members.values()].flat();
        for (let j = 0; j < wanted.length; j += BATCH) {
          const ids = wanted.slice(j, j + BATCH);
          const found = this.db
            .prepare<string[], { id: string; json: string }>(
              `SELECT id, json FROM claims WHERE id IN (${ids.map(() => "?").join(",")})`,
            )
            .all(...ids);
          for (const row of found) claims.set(row.id, JSON.parse(row.json) as Claim);
        }
      }
      for (const r of part)
        out.push(joinCluster(r, members.get(r.id) ?? [], claims, counts.get(r.id)));
    }
    return out;
  }

  /** The ids of the clusters holding claims of these sentences (report id and sentence index). */
  clustersAtSentences(sentences: readonly { reportId: string; sentence: number }[]): string[] {
    const find = this.db.prepare<[string, number], { cluster_id: string }>(
      "SELECT DISTINCT cluster_id FROM cluster_members WHERE report_id = ? AND sentence = ?",
    );
    const ids = new Set<string>();
    for (const s of sentences)
      for (const row of find.all(s.reportId, s.sentence)) ids.add(row.cluster_id);
    return [...ids];
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
    // text at once.
    const records: ClusterRecord[] = [];
    const rows = this.db
      .prepare<(string | number)[], { json: string }>(
        `SELECT json FROM clusters ${where} ORDER BY ${CLUSTER_ORDERS[filter.order ?? "id"]} ${page}`,
      )
      .iterate(...params);
    for (const row of rows) records.push(parseRecord(row.json));
    return this.withMembers(records, filter.claimsPerCluster);
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
    return this.getClusters([id])[0] ?? null;
  }
}
