/**
 * Extracted layers in SQLite. Claims and stances have their own queryable
 * tables; the other layers are kept as one JSON document per report.
 */
import type Database from "better-sqlite3";
import type { Claim, ExtractedReport, Report, Stance, TrackingDigest } from "../../model/index.js";
import { REPORT_COLUMNS, type ReportRow, rowToReport } from "../report-row.js";
import type { ExtractionListOptions, ReportFilter } from "../store.js";
import { filterClause } from "./report-filter.js";
import type { ReportTable } from "./reports.js";

/** What the extractions.json column holds: every layer but the report, claims and stances. */
type StoredLayers = Omit<ExtractedReport, "report" | "claims" | "stances">;

interface ExtractionRow {
  report_id: string;
  json: string;
}

export class ExtractionTables {
  /** Prepared once: a listing asks for thousands of reports' claims and stances. */
  private readonly claimsQuery: Database.Statement<[string], { json: string }>;
  private readonly stancesQuery: Database.Statement<[string], { json: string }>;
  /** Prepared once too: saving runs them for every report extracted. */
  private readonly storedHash: Database.Statement<[string], { content_hash: string }>;
  private readonly dropLayers: Database.Statement<[string]>[];
  private readonly insertExtraction: Database.Statement;
  private readonly insertClaim: Database.Statement;
  private readonly insertStance: Database.Statement;
  private readonly insertDigest: Database.Statement;

  /** Made after migration: the tables exist. */
  constructor(
    private readonly db: Database.Database,
    private readonly reports: ReportTable,
  ) {
    this.claimsQuery = db.prepare("SELECT json FROM claims WHERE report_id = ? ORDER BY seq");
    this.stancesQuery = db.prepare("SELECT json FROM stances WHERE report_id = ? ORDER BY seq");
    this.storedHash = db.prepare("SELECT content_hash FROM reports WHERE id = ?");
    this.dropLayers = ["extractions", "claims", "stances", "tracking_digests"].map((table) =>
      db.prepare<[string]>(`DELETE FROM ${table} WHERE report_id = ?`),
    );
    this.insertExtraction = db.prepare(
      `INSERT INTO extractions (report_id, extractor_version, content_hash, json, extracted_at)
       VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertClaim = db.prepare(
      "INSERT INTO claims (id, report_id, seq, slot, issue, holder_id, json) VALUES (?, ?, ?, ?, ?, ?, ?)",
    );
    this.insertStance = db.prepare(
      "INSERT INTO stances (report_id, seq, actor_id, issue, position, json) VALUES (?, ?, ?, ?, ?, ?)",
    );
    this.insertDigest = db.prepare(
      "INSERT OR REPLACE INTO tracking_digests (report_id, version, json) VALUES (?, ?, ?)",
    );
  }

  save(extraction: ExtractedReport, extractorVersion: string, digest?: TrackingDigest): void {
    const reportId = extraction.report.id;
    this.db.transaction(() => {
      const stored = this.storedHash.get(reportId);
      if (!stored) {
        throw new Error(`cannot save the extraction of report ${reportId}: no such report`);
      }
      // Offsets point into the text that was extracted; a changed text would make them lie.
      if (stored.content_hash !== extraction.report.contentHash) {
        throw new Error(
          `cannot save the extraction of report ${reportId}: it was made from other text than the stored report; extract it again`,
        );
      }
      for (const drop of this.dropLayers) drop.run(reportId);
      this.insertLayers(extraction, extractorVersion);
      this.insertClaims(reportId, extraction.claims);
      this.insertStances(reportId, extraction.stances);
      if (digest) this.insertDigests([digest]);
    })();
  }

  /** Stores digests of extracted reports, replacing older ones; a digest of a report not extracted is refused. */
  saveDigests(digests: TrackingDigest[]): void {
    this.db.transaction(() => {
      const extracted = this.db.prepare<[string], { one: number }>(
        "SELECT 1 AS one FROM extractions WHERE report_id = ?",
      );
      for (const d of digests) {
        if (!extracted.get(d.reportId))
          throw new Error(
            `cannot save the tracking digest of report ${d.reportId}: it is not extracted`,
          );
      }
      this.insertDigests(digests);
    })();
  }

  private insertDigests(digests: TrackingDigest[]): void {
    for (const d of digests) this.insertDigest.run(d.reportId, d.version, JSON.stringify(d));
  }

  /** The digests of the extracted reports the filter selects, oldest report first. */
  listDigests(filter: ReportFilter = {}): TrackingDigest[] {
    const { where, params, page } = filterClause(filter, "r");
    return this.db
      .prepare<unknown[], { json: string }>(
        `SELECT d.json FROM tracking_digests d JOIN reports r ON r.id = d.report_id
         ${where} ORDER BY r.published, r.id ${page}`,
      )
      .all(...params)
      .map((row) => JSON.parse(row.json) as TrackingDigest);
  }

  /** Extracted reports with no digest of this version, oldest first. */
  withoutDigest(version: number): string[] {
    return this.db
      .prepare<[number], { id: string }>(
        `SELECT e.report_id AS id FROM extractions e
         JOIN reports r ON r.id = e.report_id
         LEFT JOIN tracking_digests d ON d.report_id = e.report_id
         WHERE d.report_id IS NULL OR d.version <> ?
         ORDER BY r.published, r.id`,
      )
      .all(version)
      .map((row) => row.id);
  }

  private insertLayers(extraction: ExtractedReport, extractorVersion: string): void {
    const { report, claims: _claims, stances: _stances, ...layers } = extraction;
    const stored: StoredLayers = layers;
    this.insertExtraction.run(
      report.id,
      extractorVersion,
      report.contentHash,
      JSON.stringify(stored),
      new Date().toISOString(),
    );
  }

  private insertClaims(reportId: string, claims: Claim[]): void {
    const insert = this.insertClaim;
    for (const [seq, claim] of claims.entries()) {
      if (claim.reportId !== reportId) {
        throw new Error(`claim ${claim.id} belongs to report ${claim.reportId}, not ${reportId}`);
      }
      insert.run(
        claim.id,
        reportId,
        seq,
        claim.slot,
        claim.issue,
        claim.holderId,
        JSON.stringify(claim),
      );
    }
  }

  private insertStances(reportId: string, stances: Stance[]): void {
    const insert = this.insertStance;
    for (const [seq, stance] of stances.entries()) {
      insert.run(
        reportId,
        seq,
        stance.actorId,
        stance.issue,
        stance.position,
        JSON.stringify(stance),
      );
    }
  }

  get(reportId: string): ExtractedReport | null {
    const row = this.db
      .prepare<[string], ExtractionRow>(
        "SELECT report_id, json FROM extractions WHERE report_id = ?",
      )
      .get(reportId);
    return row ? this.assemble(row) : null;
  }

  list(filter: ReportFilter = {}, options: ExtractionListOptions = {}): ExtractedReport[] {
    const { where, params, page } = filterClause(filter, "r");
    // The report comes in the same row: one query, not one more per report.
    const rows = this.db
      .prepare<unknown[], ReportRow & { layers: string }>(
        `SELECT e.json AS layers, ${REPORT_COLUMNS} FROM extractions e
         JOIN reports r ON r.id = e.report_id
         ${where} ORDER BY r.published, r.id ${page}`,
      )
      .iterate(...params);
    const out: ExtractedReport[] = [];
    for (const row of rows)
      out.push(this.withLayers(rowToReport(row), row.layers, options.claims ?? true));
    return out;
  }

  private assemble(row: ExtractionRow): ExtractedReport {
    const report = this.reports.get(row.report_id);
    if (!report) throw new Error(`extraction of report ${row.report_id} has no report`);
    return this.withLayers(report, row.json, true);
  }

  private withLayers(report: Report, json: string, withClaims: boolean): ExtractedReport {
    const layers = JSON.parse(json) as StoredLayers;
    return {
      report,
      ...layers,
      claims: withClaims ? this.claimsOf(report.id) : [],
      stances: this.stancesOf(report.id),
    };
  }

  private claimsOf(reportId: string): Claim[] {
    return this.claimsQuery.all(reportId).map((row) => JSON.parse(row.json) as Claim);
  }

  private stancesOf(reportId: string): Stance[] {
    return this.stancesQuery.all(reportId).map((row) => JSON.parse(row.json) as Stance);
  }

  listClaims(): Claim[] {
    return this.db
      .prepare<[], { json: string }>(
        `SELECT c.json FROM claims c JOIN reports r ON r.id = c.report_id
         ORDER BY r.published, r.id, c.seq`,
      )
      .all()
      .map((row) => JSON.parse(row.json) as Claim);
  }

  claimsAfter(after: string | null, limit: number): Claim[] {
    const rows =
      after === null
        ? this.db
            .prepare<[number], { json: string }>("SELECT json FROM claims ORDER BY id LIMIT ?")
            .all(limit)
        : this.db
            .prepare<[string, number], { json: string }>(
              "SELECT json FROM claims WHERE id > ? ORDER BY id LIMIT ?",
            )
            .all(after, limit);
    return rows.map((row) => JSON.parse(row.json) as Claim);
  }

  getClaims(ids: readonly string[]): Claim[] {
    const get = this.db.prepare<[string], { json: string }>("SELECT json FROM claims WHERE id = ?");
    const out: Claim[] = [];
    for (const id of new Set(ids)) {
      const row = get.get(id);
      if (row) out.push(JSON.parse(row.json) as Claim);
    }
    return out;
  }

  listStances(filter: ReportFilter = {}, skip?: ReadonlySet<string>): Stance[] {
    const { where, params, page } = filterClause(filter, "r");
    if (page) throw new Error("stances are listed by date, not by page");
    // The reports skipped go in as one JSON array, so their rows are never read out.
    const skipped = "s.report_id NOT IN (SELECT value FROM json_each(?))";
    return this.db
      .prepare<unknown[], { json: string }>(
        `SELECT s.json FROM stances s JOIN reports r ON r.id = s.report_id
         ${where ? `${where} AND ${skipped}` : `WHERE ${skipped}`}
         ORDER BY r.published, r.id, s.seq`,
      )
      .all(...params, JSON.stringify([...(skip ?? [])]))
      .map((row) => JSON.parse(row.json) as Stance);
  }
}
