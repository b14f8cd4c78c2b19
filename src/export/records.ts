/** What the exports read: the stored records of one database, loaded once. */
import type {
  Actor,
  ClusterWithClaims,
  Dossier,
  ExtractedReport,
  Report,
  Reprint,
  Source,
  StanceMatrix,
} from "../model/index.js";
import type { Store } from "../store/store.js";
import { buildStanceMatrix } from "../track/index.js";

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
  const stances = buildStanceMatrix(
    extractions.flatMap((e) => e.stances),
    dossier.actors.map((a) => a.id),
    dossier.issues.map((i) => i.id),
  );
  return { dossier, reports, sources, actors, clusters, reprints, extractions, stances };
}
