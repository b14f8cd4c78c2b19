/**
 * A report as both backends store it: the same columns in SQLite and
 * PostgreSQL, so the row shape and its mapping to the record live once here.
 */
import type { Report } from "../model/index.js";

/** What a report is marked with besides its fields: by ingest (a date assumed, a headline only) and by analysis (off topic). */
type Marks = Pick<Report, "dateAssumed" | "headlineOnly" | "offTopic">;

export interface ReportRow {
  id: string;
  source_id: string;
  url: string | null;
  title: string;
  byline: string | null;
  published: string;
  text: string;
  language: string;
  content_hash: string;
  origin: string;
  external_id: string | null;
  /** JSON of the report's marks (an assumed date, a headline only), or null for none. */
  marks: string | null;
}

/** The report columns, read through the alias `r`. */
export const REPORT_COLUMNS =
  "r.id, r.source_id, r.url, r.title, r.byline, r.published, r.text, r.language, r.content_hash, r.origin, r.external_id, r.marks";

/** The report columns with the text left out (read as empty): for listings that never show it. */
export const REPORT_COLUMNS_NO_TEXT = REPORT_COLUMNS.replace("r.text", "'' AS text");

/** The columns a listing reads: with the text unless it is asked to leave it out. */
export function reportColumns(options: { text?: boolean } = {}): string {
  return options.text === false ? REPORT_COLUMNS_NO_TEXT : REPORT_COLUMNS;
}

export function rowToReport(row: ReportRow): Report {
  const report: Report = {
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    title: row.title,
    byline: row.byline,
    published: row.published,
    text: row.text,
    language: row.language,
    contentHash: row.content_hash,
    origin: row.origin,
  };
  // Left out when absent so a stored report reads back exactly as it was given.
  if (row.external_id !== null) report.externalId = row.external_id;
  if (row.marks) {
    const marks = JSON.parse(row.marks) as Marks;
    if (marks.dateAssumed) report.dateAssumed = marks.dateAssumed;
    if (marks.headlineOnly) report.headlineOnly = true;
    if (marks.offTopic) report.offTopic = marks.offTopic;
  }
  return report;
}

/** The marks column of a report: null when it carries none. */
export function marksOf(report: Report): string | null {
  const marks: Marks = {};
  if (report.dateAssumed) marks.dateAssumed = report.dateAssumed;
  if (report.headlineOnly) marks.headlineOnly = true;
  if (report.offTopic) marks.offTopic = report.offTopic;
  return Object.keys(marks).length > 0 ? JSON.stringify(marks) : null;
}
