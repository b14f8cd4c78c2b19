/**
 * The PostgreSQL backend of Store, for running at scale: many processes on
 * many machines share one database. Migrated on open (under an advisory lock),
 * full-text search with PostgreSQL's own tsvector, one transaction per report.
 */
import type pg from "pg";
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
} from "../../model/index.js";
import type {
  AddReportOutcome,
  ClusterCount,
  ClusterFilter,
  ClusterReadOptions,
  ExtractionListOptions,
  KeyedRef,
  KeyFiling,
  ReportFilter,
  ReportListOptions,
  Store,
  VerificationUpdate,
} from "../store.js";
import { parseTrackingState } from "../tracking-state.js";
import { CatalogTables } from "./catalog.js";
import { createPool, type PoolOptions, redactLocation } from "./connection.js";
import { ExtractionTables } from "./extractions.js";
import { HousekeepingTables } from "./housekeeping.js";
import { LookupKeys } from "./lookup.js";
import { migrate, schemaVersion } from "./migrations.js";
import { ReportTable } from "./reports.js";
import { VerificationTables } from "./verification.js";

const DEFAULT_SEARCH_LIMIT = 20;

export class PostgresStore implements Store {
  private readonly catalog: CatalogTables;
  private readonly reports: ReportTable;
  private readonly extractions: ExtractionTables;
  private readonly verification: VerificationTables;
  private readonly housekeeping: HousekeepingTables;
  private readonly lookup: LookupKeys;
  private closed = false;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
    /** Migration versions this open applied (empty when the database was already current). */
    readonly appliedMigrations: number[],
  ) {
    this.catalog = new CatalogTables(pool);
    this.reports = new ReportTable(pool);
    this.extractions = new ExtractionTables(pool);
    this.verification = new VerificationTables(pool);
    this.housekeeping = new HousekeepingTables(pool);
    this.lookup = new LookupKeys(pool);
  }

  /** The schema version the database is at. */
  schemaVersion(): Promise<number> {
    return schemaVersion(this.pool);
  }

  upsertSources(sources: Source[]): Promise<void> {
    return this.catalog.upsertSources(sources);
  }
  listSources(): Promise<Source[]> {
    return this.catalog.listSources();
  }
  upsertActors(actors: Actor[]): Promise<void> {
    return this.catalog.upsertActors(actors);
  }
  listActors(): Promise<Actor[]> {
    return this.catalog.listActors();
  }

  addReport(report: Report): Promise<AddReportOutcome> {
    return this.reports.add(report);
  }
  getReport(id: string): Promise<Report | null> {
    return this.reports.get(id);
  }
  setOffTopic(reportId: string, reason: string | null): Promise<void> {
    return this.reports.setOffTopic(reportId, reason);
  }
  getReports(ids: string[], options?: ReportListOptions): Promise<Report[]> {
    return this.reports.getMany(ids, options);
  }
  listReports(filter?: ReportFilter, options?: ReportListOptions): Promise<Report[]> {
    return this.reports.list(filter, options);
  }
  countReports(): Promise<number> {
    return this.reports.count();
  }
  searchReports(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<Report[]> {
    return this.reports.search(query, limit);
  }

  reportsToExtract(extractorVersion: string): Promise<Report[]> {
    return this.reports.toExtract(extractorVersion);
  }
  saveExtraction(
    extraction: ExtractedReport,
    extractorVersion: string,
    digest?: TrackingDigest,
  ): Promise<void> {
    return this.extractions.save(extraction, extractorVersion, digest);
  }
  saveTrackingDigests(digests: TrackingDigest[]): Promise<void> {
    return this.extractions.saveDigests(digests);
  }
  listTrackingDigests(filter?: ReportFilter): Promise<TrackingDigest[]> {
    return this.extractions.listDigests(filter);
  }
  reportsWithoutDigest(version: number): Promise<string[]> {
    return this.extractions.withoutDigest(version);
  }
  getExtraction(reportId: string): Promise<ExtractedReport | null> {
    return this.extractions.get(reportId);
  }
  listClaims(): Promise<Claim[]> {
    return this.extractions.listClaims();
  }
  claimsAfter(after: string | null, limit: number): Promise<Claim[]> {
    return this.extractions.claimsAfter(after, limit);
  }
  getClaims(ids: readonly string[]): Promise<Claim[]> {
    return this.extractions.getClaims(ids);
  }

  listStances(filter?: ReportFilter, skip?: ReadonlySet<string>): Promise<Stance[]> {
    return this.extractions.listStances(filter, skip);
  }
  listExtractions(
    filter?: ReportFilter,
    options?: ExtractionListOptions,
  ): Promise<ExtractedReport[]> {
    return this.extractions.list(filter, options);
  }

  saveVerification(reprints: Reprint[], clusters: ClusterWithClaims[]): Promise<void> {
    return this.verification.save(reprints, [clusters]);
  }
  replaceVerification(
    reprints: Reprint[],
    batches: Iterable<ClusterWithClaims[]> | AsyncIterable<ClusterWithClaims[]>,
  ): Promise<void> {
    return this.verification.save(reprints, batches);
  }
  getClusters(ids: string[], options?: ClusterReadOptions): Promise<ClusterWithClaims[]> {
    return this.verification.getClusters(ids, options);
  }
  updateVerification(update: VerificationUpdate): Promise<void> {
    return this.verification.update(update);
  }
  putKeys(kind: string, entries: KeyedRef[], options: KeyFiling = {}): Promise<void> {
    return this.lookup.put(kind, entries, options);
  }
  removeKeys(kind: string, refs: string[]): Promise<void> {
    return this.lookup.remove(kind, refs);
  }
  findByKeys(kind: string, keys: string[], perKey: number): Promise<string[]> {
    return this.lookup.findByKeys(kind, keys, perKey);
  }
  clusterIdsAtSentences(
    sentences: readonly { reportId: string; sentence: number }[],
  ): Promise<string[]> {
    return this.verification.clustersAtSentences(sentences);
  }
  keysOf(kind: string, refs: string[]): Promise<Map<string, string[]>> {
    return this.lookup.keysOf(kind, refs);
  }
  findSharingKeys(
    kind: string,
    keys: string[],
    minShared: number,
    perKey: number,
  ): Promise<string[]> {
    return this.lookup.findSharing(kind, keys, minShared, perKey);
  }
  listReprints(): Promise<Reprint[]> {
    return this.verification.listReprints();
  }
  listClusters(filter?: ClusterFilter): Promise<ClusterWithClaims[]> {
    return this.verification.listClusters(filter);
  }
  countClusters(): Promise<ClusterCount[]> {
    return this.verification.countClusters();
  }
  getCluster(id: string): Promise<ClusterWithClaims | null> {
    return this.verification.getCluster(id);
  }

  addQuarantine(item: QuarantineItem): Promise<void> {
    return this.housekeeping.addQuarantine(item);
  }
  clearQuarantine(stage: string, origins: readonly string[]): Promise<void> {
    return this.housekeeping.clearQuarantine(stage, origins);
  }
  listQuarantine(): Promise<QuarantineItem[]> {
    return this.housekeeping.listQuarantine();
  }

  revision(): Promise<number> {
    return this.housekeeping.revision();
  }
  saveTrackingState(key: string, revision: number, state: Tracking): Promise<void> {
    return this.housekeeping.saveTrackingState(key, revision, JSON.stringify(state));
  }
  async trackingState(key: string): Promise<Tracking | null> {
    return parseTrackingState(await this.housekeeping.trackingState(key));
  }

  getMeta(key: string): Promise<string | null> {
    return this.housekeeping.getMeta(key);
  }
  setMeta(key: string, value: string): Promise<void> {
    return this.housekeeping.setMeta(key, value);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

/** Connects to a postgres:// URL and migrates the database (or the given schema in it). */
export async function openPostgresStore(
  url: string,
  options: PoolOptions = {},
): Promise<PostgresStore> {
  const location = redactLocation(url);
  const pool = createPool(url, options);
  try {
    const applied = await migrate(pool, location, { schema: options.schema });
    return new PostgresStore(pool, location, applied);
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as Error).message;
    if (reason.includes(location)) throw error;
    throw new Error(`cannot open PostgreSQL database ${location}: ${reason}`, { cause: error });
  }
}
