/**
 * Reports in PostgreSQL: adding with change detection (safe when several
 * processes add at once), listing by filter, and full-text search with
 * websearch_to_tsquery, which accepts any user input without syntax errors.
 */
import type pg from "pg";
import type { Report } from "../../model/index.js";
import {
  marksOf,
  REPORT_COLUMNS,
  type ReportRow,
  reportColumns,
  rowToReport,
} from "../report-row.js";
import type { AddReportOutcome, ReportFilter, ReportListOptions } from "../store.js";
import { inTransaction } from "./connection.js";
import { filterClause } from "./report-filter.js";

/** Advisory lock namespaces: one serialises adds of an id, the other of a source's text. */
const LOCK_BY_ID = 1;
const LOCK_BY_TEXT = 2;

function reportValues(report: Report): unknown[] {
  return [
    report.id,
    report.sourceId,
    report.url,
    report.title,
    report.byline,
    report.published,
    report.text,
    report.language,
    report.contentHash,
    report.origin,
    report.externalId ?? null,
    marksOf(report),
  ];
}

export class ReportTable {
  constructor(private readonly pool: pg.Pool) {}

  add(report: Report): Promise<AddReportOutcome> {
    return inTransaction(this.pool, async (db): Promise<AddReportOutcome> => {
      // Two processes adding the same report (or the same text) wait for each other here.
      await db.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_BY_ID, report.id]);
      await db.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [
        LOCK_BY_TEXT,
        `${report.sourceId}/${report.contentHash}`,
      ]);
      const existing = await db.query<{ content_hash: string }>(
        "SELECT content_hash FROM reports WHERE id = $1",
        [report.id],
      );
      const stored = existing.rows[0];
      if (stored) {
        if (stored.content_hash === report.contentHash) return "unchanged";
        await this.replace(db, report);
        return "updated";
      }
      if (await this.sameTextFromSameSource(db, report)) return "unchanged";
      await db.query(
        `INSERT INTO reports (id, source_id, url, title, byline, published, text, language, content_hash, origin, external_id, marks)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        reportValues(report),
      );
      return "added";
    });
  }

  /**
   * The same text already stored under another id by the same source: a re-ingest
   * from another path or URL. A verbatim copy in another outlet is kept, since
   * verification needs it to find reprints.
   */
  private async sameTextFromSameSource(db: pg.PoolClient, report: Report): Promise<boolean> {
    const { rowCount } = await db.query(
      "SELECT 1 FROM reports WHERE content_hash = $1 AND source_id = $2 LIMIT 1",
      [report.contentHash, report.sourceId],
    );
    return (rowCount ?? 0) > 0;
  }

  setOffTopic(reportId: string, reason: string | null): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      const { rows } = await db.query<ReportRow>(
        `SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = $1 FOR UPDATE`,
        [reportId],
      );
      const row = rows[0];
      if (!row) return;
      const report = rowToReport(row);
      if (reason) report.offTopic = reason;
      else delete report.offTopic;
      await db.query("UPDATE reports SET marks = $2 WHERE id = $1", [reportId, marksOf(report)]);
    });
  }

  /** A corrected story: new text, and its extracted records go so it is extracted again. */
  private async replace(db: pg.PoolClient, report: Report): Promise<void> {
    await db.query(
      `UPDATE reports SET source_id = $2, url = $3, title = $4, byline = $5, published = $6,
         text = $7, language = $8, content_hash = $9, origin = $10, external_id = $11, marks = $12
       WHERE id = $1`,
      reportValues(report),
    );
    await db.query(
      `WITH gone_extraction AS (DELETE FROM extractions WHERE report_id = $1),
            gone_claims AS (DELETE FROM claims WHERE report_id = $1),
            gone_digest AS (DELETE FROM tracking_digests WHERE report_id = $1)
       DELETE FROM stances WHERE report_id = $1`,
      [report.id],
    );
  }

  async get(id: string): Promise<Report | null> {
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = $1`,
      [id],
    );
    return rows[0] ? rowToReport(rows[0]) : null;
  }

  async getMany(ids: string[], options: ReportListOptions = {}): Promise<Report[]> {
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${reportColumns(options)} FROM reports r WHERE r.id = ANY($1::text[])`,
      [[...new Set(ids)]],
    );
    return rows.map(rowToReport);
  }

  async list(filter: ReportFilter = {}, options: ReportListOptions = {}): Promise<Report[]> {
    const { where, params, page } = filterClause(filter, "r");
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${reportColumns(options)} FROM reports r ${where} ORDER BY r.published, r.id ${page}`,
      params,
    );
    return rows.map(rowToReport);
  }

  async count(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>("SELECT COUNT(*) AS n FROM reports");
    return Number(rows[0]?.n ?? 0);
  }

  async search(query: string, limit: number): Promise<Report[]> {
    if (query.trim() === "" || limit <= 0) return [];
    // Title hits are weighted 'A' and body hits 'B' in the search column, so they rank higher.
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS}
       FROM reports r, websearch_to_tsquery('english', $1) AS q
       WHERE r.search @@ q
       ORDER BY ts_rank(r.search, q) DESC, r.published, r.id
       LIMIT $2`,
      [query, Math.floor(limit)],
    );
    return rows.map(rowToReport);
  }

  async toExtract(extractorVersion: string): Promise<Report[]> {
    const { rows } = await this.pool.query<ReportRow>(
      `SELECT ${REPORT_COLUMNS} FROM reports r LEFT JOIN extractions e ON e.report_id = r.id
       WHERE e.report_id IS NULL OR e.extractor_version <> $1 OR e.content_hash <> r.content_hash
       ORDER BY r.published, r.id`,
      [extractorVersion],
    );
    return rows.map(rowToReport);
  }
}
