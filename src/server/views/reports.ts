/**
 * Reports as the desk lists them: full-text search (the store's FTS index) and
 * filters by source, date, issue and actor; one report with what was found in it.
 */
import type { Report } from "../../model/index.js";
import type { Store } from "../../store/store.js";
import { actorName, type Snapshot, sourceName } from "../snapshot.js";

export interface ReportQuery {
  q?: string | undefined;
  source?: string | undefined;
  since?: string | undefined;
  until?: string | undefined;
  issue?: string | undefined;
  actor?: string | undefined;
  /** Off-topic reports are left out unless "include"d, or listed alone with "only". */
  off_topic?: "include" | "only" | undefined;
}

export interface ReportSummary {
  id: string;
  sourceId: string;
  source: string;
  title: string;
  byline: string | null;
  url: string | null;
  published: string;
  excerpt: string;
  copyOf: string | null;
  /** Why the report is off the dossier's topic, when it is. */
  offTopic: string | null;
}

const EXCERPT_CHARS = 240;
/** Search hits considered before the other filters narrow them. */
const SEARCH_CEILING = 1000;

export function summariseReport(snap: Snapshot, r: Report): ReportSummary {
  const flat = r.text.replace(/\s+/g, " ").trim();
  return {
    id: r.id,
    sourceId: r.sourceId,
    source: sourceName(snap, r.sourceId),
    title: r.title,
    byline: r.byline,
    url: r.url,
    published: r.published,
    excerpt: flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat,
    copyOf: snap.originalOf.get(r.id) ?? null,
    offTopic: r.offTopic ?? null,
  };
}

export async function findReports(
  store: Store,
  snap: Snapshot,
  query: ReportQuery,
): Promise<ReportSummary[]> {
  // Search order (best match first) is kept; without a query, newest first.
  const base = query.q
    ? (await store.searchReports(query.q, SEARCH_CEILING)).map(
        (r) => snap.reportById.get(r.id) ?? r,
      )
    : [...snap.reports].sort((a, b) => b.published.localeCompare(a.published));
  const day = (iso: string) => iso.slice(0, 10);
  return base
    .filter((r) => !query.source || r.sourceId === query.source)
    .filter((r) => !query.since || day(r.published) >= query.since)
    .filter((r) => !query.until || day(r.published) <= query.until)
    .filter((r) => !query.issue || snap.issuesInReport.get(r.id)?.has(query.issue))
    .filter((r) => !query.actor || snap.actorsInReport.get(r.id)?.has(query.actor))
    .filter((r) => {
      const off = Boolean(r.offTopic);
      return query.off_topic === "include" || (query.off_topic === "only" ? off : !off);
    })
    .map((r) => summariseReport(snap, r));
}

export function reportDetail(snap: Snapshot, id: string) {
  const report = snap.reportById.get(id);
  if (!report) return null;
  const extraction = snap.extractions.get(id);
  const clusters = snap.clusters
    .filter((c) => c.claims.some((claim) => claim.reportId === id))
    .map((c) => ({ id: c.id, status: c.verdict.status, label: c.label }));
  return {
    ...summariseReport(snap, report),
    text: report.text,
    language: report.language,
    actors: [...(snap.actorsInReport.get(id) ?? [])].map((a) => ({
      id: a,
      name: actorName(snap, a),
    })),
    issues: [...(snap.issuesInReport.get(id) ?? [])],
    counts: extraction
      ? {
          sentences: extraction.sentences.length,
          quotes: extraction.quotes.length,
          quantities: extraction.quantities.length,
          claims: extraction.claims.length,
          stances: extraction.stances.length,
          events: extraction.events.length,
        }
      : null,
    clusters,
  };
}
