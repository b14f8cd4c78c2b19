/**
 * Source coverage: which outlets carried which facts, the reprint chains (an
 * original and its copies), and blind spots — facts confirmed by independent
 * sources that an outlet never carried.
 */
import type { ClusterWithClaims } from "../../model/index.js";
import { type Snapshot, sourceName } from "../snapshot.js";

export interface SourceRow {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: string;
  reports: number;
  copies: number;
  facts: number;
}

/** How an outlet carried a fact: in a report of its own, or only in copies. */
export type Carried = "original" | "copy";

export interface CoverageView {
  sources: SourceRow[];
  /** The facts with the most independent sources, and which outlets carried each. */
  facts: { clusterId: string; label: string; status: string; carriedBy: Record<string, Carried> }[];
  chains: {
    originalId: string;
    source: string;
    title: string;
    copies: { reportId: string; source: string; reason: string; similarity: number }[];
  }[];
  blindSpots: {
    sourceId: string;
    source: string;
    missed: { clusterId: string; label: string; independentSources: number }[];
  }[];
}

const FACTS_SHOWN = 20;
const BLIND_SPOTS_SHOWN = 5;

function carriers(snap: Snapshot, c: ClusterWithClaims): Record<string, Carried> {
  const out: Record<string, Carried> = {};
  for (const claim of c.claims) {
    const sid = snap.reportById.get(claim.reportId)?.sourceId;
    if (!sid) continue;
    const kind: Carried = snap.originalOf.has(claim.reportId) ? "copy" : "original";
    if (out[sid] !== "original") out[sid] = kind;
  }
  return out;
}

export function sourceRows(snap: Snapshot): SourceRow[] {
  const reports = new Map<string, number>();
  const copies = new Map<string, number>();
  for (const r of snap.reports) {
    reports.set(r.sourceId, (reports.get(r.sourceId) ?? 0) + 1);
    if (snap.originalOf.has(r.id)) copies.set(r.sourceId, (copies.get(r.sourceId) ?? 0) + 1);
  }
  const facts = new Map<string, number>();
  for (const c of snap.clusters)
    for (const sid of Object.keys(carriers(snap, c))) facts.set(sid, (facts.get(sid) ?? 0) + 1);
  return snap.sources.map((s) => ({
    id: s.id,
    name: s.name,
    owner: s.owner,
    country: s.country,
    kind: s.kind,
    reports: reports.get(s.id) ?? 0,
    copies: copies.get(s.id) ?? 0,
    facts: facts.get(s.id) ?? 0,
  }));
}

function reprintChains(snap: Snapshot): CoverageView["chains"] {
  const byOriginal = new Map<string, CoverageView["chains"][number]["copies"]>();
  for (const p of snap.reprints) {
    const list = byOriginal.get(p.originalId) ?? [];
    const sid = snap.reportById.get(p.reportId)?.sourceId ?? "";
    list.push({
      reportId: p.reportId,
      source: sourceName(snap, sid),
      reason: p.reason,
      similarity: p.similarity,
    });
    byOriginal.set(p.originalId, list);
  }
  return [...byOriginal].map(([originalId, copies]) => {
    const original = snap.reportById.get(originalId);
    return {
      originalId,
      source: sourceName(snap, original?.sourceId ?? ""),
      title: original?.title ?? "",
      copies,
    };
  });
}

export function coverage(snap: Snapshot): CoverageView {
  const rows = sourceRows(snap).filter((s) => s.reports > 0);
  const weighty = snap.clusters
    .filter((c) => c.verdict.independentSources >= 2)
    .sort(
      (a, b) =>
        b.verdict.independentSources - a.verdict.independentSources || a.id.localeCompare(b.id),
    );
  const carried = new Map(weighty.map((c) => [c.id, carriers(snap, c)]));
  return {
    sources: rows,
    facts: weighty.slice(0, FACTS_SHOWN).map((c) => ({
      clusterId: c.id,
      label: c.label,
      status: c.verdict.status,
      carriedBy: carried.get(c.id)!,
    })),
    chains: reprintChains(snap),
    blindSpots: rows.map((s) => ({
      sourceId: s.id,
      source: s.name,
      missed: weighty
        .filter((c) => !carried.get(c.id)![s.id])
        .slice(0, BLIND_SPOTS_SHOWN)
        .map((c) => ({
          clusterId: c.id,
          label: c.label,
          independentSources: c.verdict.independentSources,
        })),
    })),
  };
}
