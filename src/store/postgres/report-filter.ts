/**
 * The WHERE and LIMIT clauses of a ReportFilter in PostgreSQL, with numbered
 * parameters. Bounds are written like stored timestamps (2025-12-28T23:40:00Z)
 * so text comparison orders them; "until" is inclusive (a bare date covers its
 * whole day, a timestamp its own second), as in the SQLite store.
 */
import type { ReportFilter } from "../store.js";

export interface FilterSql {
  where: string;
  params: unknown[];
  page: string;
}

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** `firstParam` is the number of the first $n placeholder the clause may use. */
export function filterClause(filter: ReportFilter, alias: string, firstParam = 1): FilterSql {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const next = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  if (filter.sourceId !== undefined)
    conditions.push(`${alias}.source_id = ${next(filter.sourceId)}`);
  if (filter.since !== undefined) {
    conditions.push(`${alias}.published >= ${next(isoSeconds(instant(filter.since, "since")))}`);
  }
  if (filter.until !== undefined) {
    const until = instant(filter.until, "until");
    const step = BARE_DATE.test(filter.until) ? DAY_MS : 1000;
    conditions.push(`${alias}.published < ${next(isoSeconds(new Date(until.getTime() + step)))}`);
  }
  const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
  return { where, params, page: pageClause(filter) };
}

function pageClause(filter: ReportFilter): string {
  const limit = filter.limit === undefined ? "ALL" : wholeNumber(filter.limit, "limit");
  const offset = filter.offset === undefined ? 0 : wholeNumber(filter.offset, "offset");
  return limit === "ALL" && offset === 0 ? "" : `LIMIT ${limit} OFFSET ${offset}`;
}

function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`invalid report filter ${name} ${value}: expected a whole number >= 0`);
  }
  return value;
}

function instant(value: string, name: string): Date {
  const date = new Date(BARE_DATE.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) {
    throw new Error(`invalid report filter ${name} '${value}': expected an ISO date or timestamp`);
  }
  return date;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.000Z$/, "Z");
}
