/**
 * The WHERE and LIMIT clauses of a ReportFilter, shared by report and
 * extraction listings so both read the same reports.
 */
import type { ReportFilter } from "../store.js";

export interface FilterSql {
  where: string;
  params: unknown[];
  page: string;
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filterClause(filter: ReportFilter, alias: string): FilterSql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.sourceId !== undefined) {
    conditions.push(`${alias}.source_id = ?`);
    params.push(filter.sourceId);
  }
  if (filter.since !== undefined) {
    conditions.push(`${alias}.published >= ?`);
    params.push(lowerBound(filter.since));
  }
  if (filter.until !== undefined) {
    conditions.push(`${alias}.published < ?`);
    params.push(upperBoundExclusive(filter.until));
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
  return { where, params, page: pageClause(filter) };
}

function pageClause(filter: ReportFilter): string {
  const limit = filter.limit === undefined ? -1 : wholeNumber(filter.limit, "limit");
  const offset = filter.offset === undefined ? 0 : wholeNumber(filter.offset, "offset");
  return limit === -1 && offset === 0 ? "" : `LIMIT ${limit} OFFSET ${offset}`;
}

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`invalid report filter ${name} ${value}: expected a whole number >= 0`);
  }
  return value;
}

/** Stored timestamps look like 2025-12-28T23:40:00Z, so bounds are written the same way. */
function canonicalInstant(value: string, name: string): Date {
  const date = new Date(BARE_DATE.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`invalid report filter ${name} '${value}': expected an ISO date or timestamp`);
  }
  return date;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}

function lowerBound(since: string): string {
  return isoSeconds(canonicalInstant(since, "since"));
}

/** Inclusive "until": a bare date covers its whole day, a timestamp its own second. */
function upperBoundExclusive(until: string): string {
  const date = canonicalInstant(until, "until");
  const step = BARE_DATE.test(until) ? 86_400_000 : 1000;
  return isoSeconds(new Date(date.getTime() + step));
}
