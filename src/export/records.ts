/** What the exports read: the stored records of one database, loaded once. */
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
import { stanceState } from "../track/index.js";
import { buildOriginIndex } from "../verify/index.js";

export interface ExportRecords {
  dossier: Dossier;
  reports: Report[];
  sources: Source[];
  actors: Actor[];
  clusters: ClusterWithClaims[];
  reprints: Reprint[];
  stances: StanceMatrix;
}

export interface LoadedRecords extends ExportRecords {
  extractions: ExtractedReport[];
  shifts: Shift[];
}

export async function loadRecords(store: Store, dossier: Dossier): Promise<LoadedRecords> {
  const [reports, sources, actors, clusters, reprints, extractions] = await Promise.all([
    store.listReports(),
    store.listSources(),
    store.listActors(),
    store.listClusters(),
    store.listReprints(),
    store.listExtractions(),
  ]);
  // The matrix and shifts the brief shows: copies once, cells settled, with verdicts.
  const origins = buildOriginIndex(reports, sources, reprints);
  const copies = new Set(reprints.map((p) => p.reportId));
  const { matrix: stances, shifts } = stanceState(
    extractions.flatMap((e) => e.stances),
    {
      actorOrder: dossier.actors.map((a) => a.id),
      issueOrder: dossier.issues.map((i) => i.id),
      originOf: (id) => origins.originOf(id),
      isReprint: (id) => copies.has(id),
    },
  );
  return { dossier, reports, sources, actors, clusters, reprints, extractions, stances, shifts };
}
