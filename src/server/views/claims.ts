/**
 * Claim clusters as the desk shows them: summaries for the explorer (with
 * filters by verdict, issue, actor and date) and the full detail of one cluster
 * with its evidence, sources, reprints, variants and reasons.
 */
import type { ClusterWithClaims, VerdictStatus } from "../../model/index.js";
import { actorName, issueLabel, type Snapshot, sourceName } from "../snapshot.js";

export interface ClaimFilter {
  status?: VerdictStatus | undefined;
  issue?: string | undefined;
  actor?: string | undefined;
  /** Inclusive days (YYYY-MM-DD) on the publication dates of the cluster's reports. */
  since?: string | undefined;
  until?: string | undefined;
}

export interface VariantSummary {
  value: string;
  holders: string[];
  sources: string[];
  origins: number;
}

export interface VariantView extends VariantSummary {
  reportIds: string[];
}

/** A cluster in a list: kept lean, since lists are what is fetched most. */
export interface ClaimSummary {
  id: string;
  issue: string;
  issueLabel: string;
  status: VerdictStatus;
  text: string;
  holders: string[];
  independentSources: number;
  reports: number;
  variants: VariantSummary[];
  firstReported: string | null;
  lastReported: string | null;
}

export interface EvidenceView {
  claimId: string;
  reportId: string;
  source: string;
  sourceId: string;
  title: string;
  url: string | null;
  published: string;
  text: string;
  holder: string | null;
  value: string | null;
  denial: boolean;
  copyOf: string | null;
}

export interface ClaimDetail extends ClaimSummary {
  label: string;
  slot: string;
  variants: VariantView[];
  reasons: string[];
  evidence: EvidenceView[];
  sources: { id: string; name: string; owner: string; reports: number }[];
  reprints: {
    reportId: string;
    originalId: string;
    source: string;
    originalSource: string;
    similarity: number;
    reason: string;
  }[];
}

const day = (iso: string) => iso.slice(0, 10);

function reportDates(snap: Snapshot, c: ClusterWithClaims): string[] {
  return c.claims
    .map((claim) => snap.reportById.get(claim.reportId)?.published)
    .filter((d): d is string => Boolean(d))
    .sort();
}

function actorsOf(c: ClusterWithClaims): Set<string> {
  const ids = new Set<string>();
  for (const claim of c.claims) {
    if (claim.holderId) ids.add(claim.holderId);
    ids.add(claim.subject);
  }
  for (const v of c.verdict.variants) for (const h of v.holderIds) ids.add(h);
  return ids;
}

export function matchesFilter(snap: Snapshot, c: ClusterWithClaims, f: ClaimFilter): boolean {
  if (f.status && c.verdict.status !== f.status) return false;
  if (f.issue && c.issue !== f.issue) return false;
  if (f.actor && !actorsOf(c).has(f.actor)) return false;
  if (f.since || f.until) {
    const days = reportDates(snap, c).map(day);
    const inside = days.some((d) => (!f.since || d >= f.since) && (!f.until || d <= f.until));
    if (!inside) return false;
  }
  return true;
}

/** The sentence that tells the statement best: an original report's, not a copy's. */
function representative(snap: Snapshot, c: ClusterWithClaims): string {
  const claims = [...c.claims].sort(
    (a, b) =>
      Number(snap.originalOf.has(a.reportId)) - Number(snap.originalOf.has(b.reportId)) ||
      a.reportId.localeCompare(b.reportId) ||
      a.sentence - b.sentence,
  );
  return (claims[0]?.evidence.text ?? c.label).replace(/\s+/g, " ").trim();
}

export function summarise(snap: Snapshot, c: ClusterWithClaims): ClaimSummary {
  const dates = reportDates(snap, c);
  const holders = [...new Set(c.claims.flatMap((x) => (x.holderId ? [x.holderId] : [])))];
  return {
    id: c.id,
    issue: c.issue,
    issueLabel: issueLabel(snap, c.issue),
    status: c.verdict.status,
    text: representative(snap, c),
    holders: holders.map((id) => actorName(snap, id)),
    independentSources: c.verdict.independentSources,
    reports: c.verdict.reports,
    variants: c.verdict.variants.map((v) => ({
      value: v.value,
      holders: v.holderIds.map((id) => actorName(snap, id)),
      sources: [...new Set(v.sourceIds)].map((id) => sourceName(snap, id)),
      origins: v.origins,
    })),
    firstReported: dates[0] ?? null,
    lastReported: dates[dates.length - 1] ?? null,
  };
}

const WEIGHT: VerdictStatus[] = ["conflicting", "disputed", "corroborated", "single_source"];

/** Weightiest first: conflicts, then disputes, then the best-sourced statements. */
function byWeight(a: ClusterWithClaims, b: ClusterWithClaims): number {
  return (
    WEIGHT.indexOf(a.verdict.status) - WEIGHT.indexOf(b.verdict.status) ||
    b.verdict.independentSources - a.verdict.independentSources ||
    b.verdict.reports - a.verdict.reports ||
    a.id.localeCompare(b.id)
  );
}

export function listClaims(snap: Snapshot, filter: ClaimFilter): ClaimSummary[] {
  return snap.clusters
    .filter((c) => matchesFilter(snap, c, filter))
    .sort(byWeight)
    .map((c) => summarise(snap, c));
}

function evidenceOf(snap: Snapshot, c: ClusterWithClaims): EvidenceView[] {
  return c.claims.map((claim) => {
    const report = snap.reportById.get(claim.reportId);
    const variant = c.verdict.variants.find((v) => v.reportIds.includes(claim.reportId));
    return {
      claimId: claim.id,
      reportId: claim.reportId,
      sourceId: report?.sourceId ?? "",
      source: report ? sourceName(snap, report.sourceId) : "unknown source",
      title: report?.title ?? "",
      url: report?.url ?? null,
      published: report?.published ?? "",
      text: claim.evidence.text.replace(/\s+/g, " ").trim(),
      holder: claim.holderId ? actorName(snap, claim.holderId) : null,
      value: variant?.value ?? null,
      denial: claim.polarity === "deny",
      copyOf: snap.originalOf.get(claim.reportId) ?? null,
    };
  });
}

export function claimDetail(snap: Snapshot, id: string): ClaimDetail | null {
  const c = snap.clusterById.get(id);
  if (!c) return null;
  const evidence = evidenceOf(snap, c);
  const perSource = new Map<string, number>();
  for (const e of evidence) perSource.set(e.sourceId, (perSource.get(e.sourceId) ?? 0) + 1);
  const summary = summarise(snap, c);
  return {
    ...summary,
    label: c.label,
    variants: summary.variants.map((v, i) => ({
      ...v,
      reportIds: c.verdict.variants[i]!.reportIds,
    })),
    slot: c.slot,
    reasons: c.verdict.reasons,
    evidence,
    sources: [...perSource].map(([sid, reports]) => ({
      id: sid,
      name: sourceName(snap, sid),
      owner: snap.sourceById.get(sid)?.owner ?? "",
      reports,
    })),
    reprints: c.verdict.reprints.map((p) => ({
      reportId: p.reportId,
      originalId: p.originalId,
      source: sourceName(snap, snap.reportById.get(p.reportId)?.sourceId ?? ""),
      originalSource: sourceName(snap, snap.reportById.get(p.originalId)?.sourceId ?? ""),
      similarity: p.similarity,
      reason: p.reason,
    })),
  };
}
