/**
 * The one interface every backend implements (SQLite by default, PostgreSQL for
 * scale). Methods are async so a networked backend fits behind the same calls.
 * Writes of one report's records happen in one transaction.
 */
import type {
  Actor,
  Claim,
  ClusterWithClaims,
  ExtractedReport,
  QuarantineItem,
  Report,
  Reprint,
  Source,
  Stance,
  Tracking,
  TrackingDigest,
  VerdictStatus,
} from "../model/index.js";
import { VERDICT_WEIGHT } from "../model/index.js";

export interface ReportFilter {
  sourceId?: string | undefined;
  /** Inclusive ISO dates or timestamps on Report.published. */
  since?: string | undefined;
  until?: string | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
}

export type AddReportOutcome =
  /** A new report. */
  | "added"
  /** The same id and the same content: nothing changed. */
  | "unchanged"
  /** The same id with new content (a corrected story): text replaced, extraction reset. */
  | "updated";

export interface ClusterFilter {
  status?: VerdictStatus | undefined;
  issue?: string | undefined;
  slot?: string | undefined;
  /**
   * "id" (the default) or "weight": conflicting, disputed, corroborated, then
   * single-source clusters, each by independent sources and reports (most
   * first), then id. What a brief lists first.
   */
  order?: "id" | "weight" | undefined;
  limit?: number | undefined;
  offset?: number | undefined;
  /**
   * Reads at most this many of each cluster's claims, the first by id: a
   * brief over a large store shows a cluster of thousands by its verdict, not
   * by every claim. A cluster with more has claimIds of those read and
   * memberCount of all; its other members are counted, not read.
   */
  claimsPerCluster?: number | undefined;
}

/** How many clusters an issue has with a verdict. */
export interface ClusterCount {
  issue: string;
  status: VerdictStatus;
  count: number;
}

/** Where a status sorts in weight order (see ClusterFilter.order): the weightier, the lower. */
export const STATUS_RANK = Object.fromEntries(VERDICT_WEIGHT.map((s, i) => [s, i])) as Record<
  VerdictStatus,
  number
>;

/** Changes to the stored verification, for adding reports without verifying everything again. */
export interface VerificationUpdate {
  /** Reports whose reprint links are rewritten: their stored links, as copy or as original, go first. */
  reprintReports: string[];
  reprints: Reprint[];
  /**
   * Clusters written, new or changed. A cluster's stored members become its
   * claims, except when `memberCount` is set (read by its tally, its claims
   * not all in hand): then its claims are only added to the stored members.
   */
  clusters: ClusterWithClaims[];
  /** Clusters that no longer exist. */
  removedClusterIds: string[];
}

/** How Store.putKeys files: see there. */
export interface KeyFiling {
  replaceAll?: boolean;
  add?: boolean;
}

/** A record filed under lookup keys (see Store.putKeys). */
export interface KeyedRef {
  ref: string;
  keys: string[];
}

export interface ReportListOptions {
  /** Read each report's text (default true); a listing that never shows it leaves it out. */
  text?: boolean;
}

export interface ClusterReadOptions {
  /**
   * Read a cluster that has a tally (ClusterWithClaims.tally) by its tally
   * alone: `tally` set, no claims or ids, `memberCount` from the tally, and its
   * members not read at all, so a cluster of tens of thousands costs one row.
   * A cluster without a tally is read whole. Without this, no cluster comes
   * back with its tally.
   */
  tallies?: boolean;
}

export interface ExtractionListOptions {
  /** Load each extraction's claims (default true). */
  claims?: boolean;
}

export interface Store {
  /** Where the data lives, for messages: a file path or a connection string without password. */
  readonly location: string;

  upsertSources(sources: Source[]): Promise<void>;
  listSources(): Promise<Source[]>;
  upsertActors(actors: Actor[]): Promise<void>;
  listActors(): Promise<Actor[]>;

  addReport(report: Report): Promise<AddReportOutcome>;
  getReport(id: string): Promise<Report | null>;
  /**
   * The reports with these ids that exist, in no particular order; with
   * `text: false` their texts are left out (empty).
   */
  getReports(ids: string[], options?: ReportListOptions): Promise<Report[]>;
  /** Marks a stored report off the dossier's topic with the reason, or clears the mark (null). */
  setOffTopic(reportId: string, reason: string | null): Promise<void>;
  /** The reports in the filter, oldest first; with `text: false` their texts are left out (empty). */
  listReports(filter?: ReportFilter, options?: ReportListOptions): Promise<Report[]>;
  countReports(): Promise<number>;
  /** Full-text search over title and text; best matches first. */
  searchReports(query: string, limit?: number): Promise<Report[]>;

  /** Reports with no extraction yet, or one made by an older extractor version. */
  reportsToExtract(extractorVersion: string): Promise<Report[]>;
  /**
   * Replaces every extracted layer of the report, and its tracking digest,
   * in one transaction; without a digest the report has none until one is saved.
   */
  saveExtraction(
    extraction: ExtractedReport,
    extractorVersion: string,
    digest?: TrackingDigest,
  ): Promise<void>;
  getExtraction(reportId: string): Promise<ExtractedReport | null>;
  /** Stores the tracking digests of extracted reports, replacing older ones. */
  saveTrackingDigests(digests: TrackingDigest[]): Promise<void>;
  /** The tracking digests of the extracted reports in the filter, oldest first. */
  listTrackingDigests(filter?: ReportFilter): Promise<TrackingDigest[]>;
  /** Extracted reports without a tracking digest of this version, oldest first. */
  reportsWithoutDigest(version: number): Promise<string[]>;
  listClaims(): Promise<Claim[]>;
  /**
   * At most `limit` claims whose ids come after `after` (from the first when
   * null), in the store's order of ids: every claim read a page at a time,
   * without the whole set held.
   */
  claimsAfter(after: string | null, limit: number): Promise<Claim[]>;
  /** The claims with these ids that exist, in no particular order. */
  getClaims(ids: readonly string[]): Promise<Claim[]>;
  /**
   * The stances of the reports in the filter (dates and source only, no page),
   * oldest first; those of the reports in `skip` (copies, whose stances are
   * their original's) are left out before they are read.
   */
  listStances(filter?: ReportFilter, skip?: ReadonlySet<string>): Promise<Stance[]>;
  /**
   * Every extraction in the filter. With `claims: false` the claims are left
   * out (empty): tracking reads them from the clusters, which hold them all, and
   * at scale loading them twice doubles the memory a brief needs.
   */
  listExtractions(
    filter?: ReportFilter,
    options?: ExtractionListOptions,
  ): Promise<ExtractedReport[]>;

  /** Replaces the stored verification results (reprints and clusters) with these. */
  saveVerification(reprints: Reprint[], clusters: ClusterWithClaims[]): Promise<void>;
  /**
   * The same, with the clusters taken a batch at a time from `batches` (made as
   * they are written, so a large verification never holds every verdict at
   * once), in one transaction: a run stopped midway leaves the old results.
   * The batches may be made asynchronously (reading claims from this store
   * while the transaction is open); nothing else should write meanwhile.
   */
  replaceVerification(
    reprints: Reprint[],
    batches: Iterable<ClusterWithClaims[]> | AsyncIterable<ClusterWithClaims[]>,
  ): Promise<void>;
  listReprints(): Promise<Reprint[]>;
  listClusters(filter?: ClusterFilter): Promise<ClusterWithClaims[]>;
  /** Clusters per issue and verdict, without reading them: counts for a brief's summary. */
  countClusters(): Promise<ClusterCount[]>;
  getCluster(id: string): Promise<ClusterWithClaims | null>;
  /** The clusters with these ids that exist, in no particular order; see ClusterReadOptions. */
  getClusters(ids: string[], options?: ClusterReadOptions): Promise<ClusterWithClaims[]>;
  /** The ids of the clusters holding claims of these sentences (report id and sentence index). */
  clusterIdsAtSentences(
    sentences: readonly { reportId: string; sentence: number }[],
  ): Promise<string[]>;
  /** Applies changes to the stored verification in one transaction. */
  updateVerification(update: VerificationUpdate): Promise<void>;

  /**
   * Files records under lookup keys of a kind (a report under its MinHash
   * bands, a cluster under its slot and words), so that adding reports finds
   * what they may touch without reading everything. The verification stage
   * makes the keys; the store only keeps and finds them. Each ref's keys
   * replace the ones it had; `replaceAll` drops every ref of the kind first;
   * `add` keeps what each ref had and files it under these keys too (a grown
   * cluster under its new claims' keys).
   */
  putKeys(kind: string, entries: KeyedRef[], options?: KeyFiling): Promise<void>;
  /** Drops refs of a kind and their keys. */
  removeKeys(kind: string, refs: string[]): Promise<void>;
  /** For each key, the refs filed under it most recently, at most `perKey`; their union. */
  findByKeys(kind: string, keys: string[], perKey: number): Promise<string[]>;
  /**
   * Refs filed under at least `minShared` of the keys, counting for each key
   * only the `perKey` refs filed under it most recently.
   */
  findSharingKeys(
    kind: string,
    keys: string[],
    minShared: number,
    perKey: number,
  ): Promise<string[]>;
  /** The keys each of these refs is filed under in a kind; a ref filed under none is left out. */
  keysOf(kind: string, refs: string[]): Promise<Map<string, string[]>>;

  addQuarantine(item: QuarantineItem): Promise<void>;
  listQuarantine(): Promise<QuarantineItem[]>;
  /**
   * Removes the entries a stage made for these origins, now that they went
   * through: a fixed file read again, a report extracted on a later run.
   */
  clearQuarantine(stage: string, origins: readonly string[]): Promise<void>;

  /**
   * The store's revision: a count of the writes tracking reads from (reports,
   * sources, actors, extractions, digests, verification), raised in each
   * write's own transaction.
   */
  revision(): Promise<number>;
  /** Keeps a tracking state made at `revision` under a key (the dossier's fingerprint). */
  saveTrackingState(key: string, revision: number, state: Tracking): Promise<void>;
  /** The state kept under the key, or null when there is none or the store was written since it was made. */
  trackingState(key: string): Promise<Tracking | null>;

  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;

  close(): Promise<void>;
}
