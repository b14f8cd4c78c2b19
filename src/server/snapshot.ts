/**
 * Everything the desk shows, read from the store once and indexed: reports,
 * sources, actors, clusters, reprints, extractions and the stance matrix. Reads
 * are served from a snapshot; a write (or a change made by another process)
 * replaces it, so no request ever sees half of an update.
 */

import { loadRecords } from "../export/records.js";
import type {
  Actor,
  ClusterWithClaims,
  Dossier,
  ExtractedReport,
  Report,
  Reprint,
  Shift,
  Source,
  StanceMatrix,
} from "../model/index.js";
import type { Store } from "../store/store.js";

export interface Snapshot {
  dossier: Dossier;
  reports: Report[];
  sources: Source[];
  actors: Actor[];
  clusters: ClusterWithClaims[];
  reprints: Reprint[];
  extractions: Map<string, ExtractedReport>;
  stances: StanceMatrix;
  shifts: Shift[];
  reportById: Map<string, Report>;
  sourceById: Map<string, Source>;
  actorById: Map<string, Actor>;
  clusterById: Map<string, ClusterWithClaims>;
  /** Reprinted report id → the report it copies. */
  originalOf: Map<string, string>;
  /** Report id → actor ids mentioned in it. */
  actorsInReport: Map<string, Set<string>>;
  /** Report id → issue ids its claims and stances are on. */
  issuesInReport: Map<string, Set<string>>;
  loadedAt: string;
}

export async function loadSnapshot(store: Store, dossier: Dossier): Promise<Snapshot> {
  const records = await loadRecords(store, dossier);
  const { reports, sources, actors, clusters, reprints, extractions } = records;
  return {
    ...records,
    extractions: new Map(extractions.map((e) => [e.report.id, e])),
    reportById: new Map(reports.map((r) => [r.id, r])),
    sourceById: new Map(sources.map((s) => [s.id, s])),
    actorById: new Map(actors.map((a) => [a.id, a])),
    clusterById: new Map(clusters.map((c) => [c.id, c])),
    originalOf: new Map(reprints.map((p) => [p.reportId, p.originalId])),
    actorsInReport: new Map(extractions.map((e) => [e.report.id, actorIdsOf(e)])),
    issuesInReport: new Map(extractions.map((e) => [e.report.id, issueIdsOf(e)])),
    loadedAt: new Date().toISOString(),
  };
}

function actorIdsOf(e: ExtractedReport): Set<string> {
  const ids = new Set(e.mentions.map((m) => m.actorId));
  for (const c of e.claims) if (c.holderId) ids.add(c.holderId);
  return ids;
}

function issueIdsOf(e: ExtractedReport): Set<string> {
  return new Set([...e.claims.map((c) => c.issue), ...e.stances.map((s) => s.issue)]);
}

/** Names for ids, falling back to the id itself for what the snapshot does not know. */
export function actorName(snap: Snapshot, id: string): string {
  return snap.actorById.get(id)?.name ?? id;
}

export function sourceName(snap: Snapshot, id: string): string {
  return snap.sourceById.get(id)?.name ?? id;
}

export function issueLabel(snap: Snapshot, id: string): string {
  return snap.dossier.issues.find((i) => i.id === id)?.label ?? id;
}
