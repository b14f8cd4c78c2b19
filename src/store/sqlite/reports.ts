/**
 * Reports in SQLite: adding with change detection, listing by filter, and
 * full-text search through the reports_fts index.
 */
import type Database from "better-sqlite3";
import type { Report } from "../../model/index.js";
import { toFtsQuery } from "../fts-query.js";
import {
  marksOf,
  REPORT_COLUMNS,
  type ReportRow,
  reportColumns,
  rowToReport,
} from "../report-row.js";
import type { AddReportOutcome, ReportFilter, ReportListOptions } from "../store.js";
import { filterClause } from "./report-filter.js";

function reportParams(report: Report) {
  return {
    id: report.id,
    source_id: report.sourceId,
    url: report.url,
    title: report.title,
    byline: report.byline,
    published: report.published,
    text: report.text,
    language: report.language,
    content_hash: report.contentHash,
    origin: report.origin,
    external_id: report.externalId ?? null,
    marks: marksOf(report),
  };
}

export class ReportTable {
  constructor(private readonly db: Database.Database) {}

  add(report: Report): AddReportOutcome {
    return this.db.transaction((): AddReportOutcome => {
      const existing = this.db
        .prepare<[string], { content_hash: string }>(
          "SELECT content_hash FROM reports WHERE id = ?",
        )
        .get(report.id);
      if (existing) {
        if (existing.content_hash === report.contentHash) return "unchanged";
        this.replace(report);
        return "updated";
      }
      if (this.sameTextFromSameSource(report)) return "unchanged";
      this.db
        .prepare(
          `INSERT INTO reports (id, source_id, url, title, byline, published, text, language, content_hash, origin, external_id, marks)
           VALUES (@id, @source_id, @url, @title, @byline, @published, @text, @language, @content_hash, @origin, @external_id, @marks)`,
        )
        .run(reportParams(report));
      return "added";
    })();
  }

  /**
   * The same text already stored under another id by the same source: a re-ingest
   * from another path or URL. A verbatim copy in another outlet is kept, since
   * verification needs it to find reprints.
   */
  private sameTextFromSameSource(report: Report): boolean {
    const row = this.db
      .prepare<[string, string], { id: string }>(
        "SELECT id FROM reports WHERE content_hash = ? AND source_id = ? LIMIT 1",
      )
      .get(report.contentHash, report.sourceId);
    return row !== undefined;
  }

  setOffTopic(reportId: string, reason: string | null): void {
    this.db.transaction(() => {
      const row = this.db
        .prepare<[string], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = ?`)
        .get(reportId);
      if (!row) return;
      const report = rowToReport(row);
      if (reason) report.offTopic = reason;
      else delete report.offTopic;
      this.db.prepare("UPDATE reports SET marks = ? WHERE id = ?").run(marksOf(report), reportId);
    })();
  }

  /** A corrected story: new text, and its extracted records go so it is extracted again. */
  private replace(report: Report): void {
    this.db
      .prepare(
        `UPDATE reports SET source_id = @source_id, url = @url, title = @title, byline = @byline,
           published = @published, text = @text, language = @language, content_hash = @content_hash,
           origin = @origin, external_id = @external_id, marks = @marks
         WHERE id = @id`,
      )
      .run(reportParams(report));
    for (const table of ["extractions", "claims", "stances", "tracking_digests"]) {
      this.db.prepare(`DELETE FROM ${table} WHERE report_id = ?`).run(report.id);
    }
  }

  get(id: string): Report | null {
    const row = this.db
      .prepare<[string], ReportRow>(`SELECT ${REPORT_COLUMNS} FROM reports r WHERE r.id = ?`)
      .get(id);
    return row ? rowToReport(row) : null;
  }

  getMany(ids: string[], options: ReportListOptions = {}): Report[] {
    const get = this.db.prepare<[string], ReportRow>(
      `SELECT ${reportColumns(options)} FROM reports r WHERE r.id = ?`,
    );
    const out: Report[] = [];
    for (const id of new Set(ids)) {
      const row = get.get(id);
      if (row) out.push(rowToReport(row));
    }
    return out;
  }

  list(filter: ReportFilter = {}, options: ReportListOptions = {}): Report[] {
    const { where, params, page } = filterClause(filter, "r");
    return this.db
      .prepare<unknown[], ReportRow>(
        `SELECT ${reportColumns(options)} FROM reports r ${where} ORDER BY r.published, r.id ${page}`,
      )
      .all(...params)
      .map(rowToReport);
  }

  count(): number {
    const row = this.db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM reports").get();
    return row?.n ?? 0;
  }

  search(query: string, limit: number): Report[] {
    const match = toFtsQuery(query);
    if (match === null || limit <= 0) return [];
    // bm25 weights: a hit in the title counts more than one in the body.
    return this.db
      .prepare<[string, number], ReportRow>(
        `SELECT ${REPORT_COLUMNS} FROM reports_fts f JOIN reports r ON r.rowid = f.rowid
         WHERE reports_fts MATCH ?
         ORDER BY bm25(reports_fts, 5.0, 1.0), r.published, r.id
         LIMIT ?`,
      )
      .all(match, Math.floor(limit))
      .map(rowToReport);
  }

  toExtract(extractorVersion: string): Report[] {
    return this.db
      .prepare<[string], ReportRow>(
        `SELECT ${REPORT_COLUMNS} FROM reports r LEFT JOIN extractions e ON e.report_id = r.id
         WHERE e.report_id IS NULL OR e.extractor_version <> ? OR e.content_hash <> r.content_hash
         ORDER BY r.published, r.id`,
      )
      .all(extractorVersion)
      .map(rowToReport);
  }
}
