/**
 * The SQLite backend of Store: one database file (or ":memory:"), migrated on
 * open, in WAL mode with foreign keys enforced. better-sqlite3 is synchronous;
 * the methods return promises only to honour the shared interface.
 */
import Database from "better-sqlite3";
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
import { ExtractionTables } from "./extractions.js";
import { HousekeepingTables } from "./housekeeping.js";
import { LookupKeys } from "./lookup.js";
import { migrate, schemaVersion } from "./migrations.js";
import { ReportTable } from "./reports.js";
import { VerificationTables } from "./verification.js";

/** How long a writer waits for another process's lock before failing, in ms. */
const BUSY_TIMEOUT_MS = 5000;
const DEFAULT_SEARCH_LIMIT = 20;

export class SqliteStore implements Store {
  /** Migration versions this open applied (empty when the database was already current). */
  readonly appliedMigrations: number[];
  private readonly catalog: CatalogTables;
  private readonly reports: ReportTable;
  private readonly extractions: ExtractionTables;
  private readonly verification: VerificationTables;
  private readonly housekeeping: HousekeepingTables;
  private readonly lookup: LookupKeys;

  constructor(
    private readonly db: Database.Database,
    readonly location: string,
  ) {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma("synchronous = NORMAL");
    // 64 MB of page cache (the default is 2 MB): verifying 100k reports writes millions
    // of index entries, and a cache that holds the indexes' upper levels keeps that linear.
    db.pragma("cache_size = -65536");
    this.appliedMigrations = migrate(db, location);
    this.catalog = new CatalogTables(db);
    this.reports = new ReportTable(db);
    this.extractions = new ExtractionTables(db, this.reports);
    this.verification = new VerificationTables(db);
    this.housekeeping = new HousekeepingTables(db);
    this.lookup = new LookupKeys(db);
  }

  /** The schema version the database is at. */
  get schemaVersion(): number {
    return schemaVersion(this.db);
  }

  async upsertSources(sources: Source[]): Promise<void> {
    this.changed(() => this.catalog.upsertSources(sources) > 0);
  }
  async listSources(): Promise<Source[]> {
    return this.catalog.listSources();
  }
  async upsertActors(actors: Actor[]): Promise<void> {
    this.changed(() => this.catalog.upsertActors(actors) > 0);
  }
  async listActors(): Promise<Actor[]> {
    return this.catalog.listActors();
  }

  async addReport(report: Report): Promise<AddReportOutcome> {
    return this.db.transaction(() => {
      const outcome = this.reports.add(report);
      if (outcome !== "unchanged") this.housekeeping.bumpRevision();
      return outcome;
    })();
  }
  async getReport(id: string): Promise<Report | null> {
    return this.reports.get(id);
  }
  async setOffTopic(reportId: string, reason: string | null): Promise<void> {
    this.changed(() => this.reports.setOffTopic(reportId, reason));
  }
  async getReports(ids: string[], options?: ReportListOptions): Promise<Report[]> {
    return this.reports.getMany(ids, options);
  }
  async listReports(filter?: ReportFilter, options?: ReportListOptions): Promise<Report[]> {
    return this.reports.list(filter, options);
  }
  async countReports(): Promise<number> {
    return this.reports.count();
  }
  async searchReports(query: string, limit = DEFAULT_SEARCH_LIMIT): Promise<Report[]> {
    return this.reports.search(query, limit);
  }

  async reportsToExtract(extractorVersion: string): Promise<Report[]> {
    return this.reports.toExtract(extractorVersion);
  }
  async saveExtraction(
    extraction: ExtractedReport,
    extractorVersion: string,
    digest?: TrackingDigest,
  ): Promise<void> {
    this.changed(() => this.extractions.save(extraction, extractorVersion, digest));
  }
  async saveTrackingDigests(digests: TrackingDigest[]): Promise<void> {
    this.changed(() => this.extractions.saveDigests(digests));
  }
  async listTrackingDigests(filter?: ReportFilter): Promise<TrackingDigest[]> {
    return this.extractions.listDigests(filter);
  }
  async reportsWithoutDigest(version: number): Promise<string[]> {
    return this.extractions.withoutDigest(version);
  }
  async getExtraction(reportId: string): Promise<ExtractedReport | null> {
    return this.extractions.get(reportId);
  }
  async listClaims(): Promise<Claim[]> {
    return this.extractions.listClaims();
  }
  async claimsAfter(after: string | null, limit: number): Promise<Claim[]> {
    return this.extractions.claimsAfter(after, limit);
  }
  async getClaims(ids: readonly string[]): Promise<Claim[]> {
    return this.extractions.getClaims(ids);
  }

  async listStances(filter?: ReportFilter, skip?: ReadonlySet<string>): Promise<Stance[]> {
    return this.extractions.listStances(filter, skip);
  }
  async listExtractions(
    filter?: ReportFilter,
    options?: ExtractionListOptions,
  ): Promise<ExtractedReport[]> {
    return this.extractions.list(filter, options);
  }

  async saveVerification(reprints: Reprint[], clusters: ClusterWithClaims[]): Promise<void> {
    this.changed(() => this.verification.save(reprints, clusters));
  }
  async replaceVerification(
    reprints: Reprint[],
    batches: Iterable<ClusterWithClaims[]> | AsyncIterable<ClusterWithClaims[]>,
  ): Promise<void> {
    await this.verification.replace(reprints, batches, () => this.housekeeping.bumpRevision());
  }
  async listReprints(): Promise<Reprint[]> {
    return this.verification.listReprints();
  }
  async listClusters(filter?: ClusterFilter): Promise<ClusterWithClaims[]> {
    return this.verification.listClusters(filter);
  }
  async countClusters(): Promise<ClusterCount[]> {
    return this.verification.countClusters();
  }
  async getCluster(id: string): Promise<ClusterWithClaims | null> {
    return this.verification.getCluster(id);
  }

  async getClusters(ids: string[], options?: ClusterReadOptions): Promise<ClusterWithClaims[]> {
    return this.verification.getClusters(ids, options);
  }
  async updateVerification(update: VerificationUpdate): Promise<void> {
    this.changed(() => this.verification.update(update));
  }

  async putKeys(kind: string, entries: KeyedRef[], options: KeyFiling = {}): Promise<void> {
    this.lookup.put(kind, entries, options);
  }
  async removeKeys(kind: string, refs: string[]): Promise<void> {
    this.lookup.remove(kind, refs);
  }
  async findByKeys(kind: string, keys: string[], perKey: number): Promise<string[]> {
    return this.lookup.findByKeys(kind, keys, perKey);
  }
  async clusterIdsAtSentences(
    sentences: readonly { reportId: string; sentence: number }[],
  ): Promise<string[]> {
    return this.verification.clustersAtSentences(sentences);
  }
  async keysOf(kind: string, refs: string[]): Promise<Map<string, string[]>> {
    return this.lookup.keysOf(kind, refs);
  }
  async findSharingKeys(
    kind: string,
    keys: string[],
    minShared: number,
    perKey: number,
  ): Promise<string[]> {
    return this.lookup.findSharing(kind, keys, minShared, perKey);
  }

  async addQuarantine(item: QuarantineItem): Promise<void> {
    this.housekeeping.addQuarantine(item);
  }
  async clearQuarantine(stage: string, origins: readonly string[]): Promise<void> {
    this.housekeeping.clearQuarantine(stage, origins);
  }
  async listQuarantine(): Promise<QuarantineItem[]> {
    return this.housekeeping.listQuarantine();
  }

  /** Runs a write that tracking reads from, counting it in the store's revision in the same transaction. */
  private changed(write: () => unknown): void {
    this.db.transaction(() => {
      // A write that says it changed nothing (false) leaves the revision as it is.
      if (write() !== false) this.housekeeping.bumpRevision();
    })();
  }

  async revision(): Promise<number> {
    return this.housekeeping.revision();
  }
  async saveTrackingState(key: string, revision: number, state: Tracking): Promise<void> {
    this.housekeeping.saveTrackingState(key, revision, JSON.stringify(state));
  }
  async trackingState(key: string): Promise<Tracking | null> {
    return parseTrackingState(this.housekeeping.trackingState(key));
  }

  async getMeta(key: string): Promise<string | null> {
    return this.housekeeping.getMeta(key);
  }
  async setMeta(key: string, value: string): Promise<void> {
    this.housekeeping.setMeta(key, value);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Opens (creating if needed) and migrates a SQLite store; ":memory:" for a throwaway one. */
export function openSqliteStore(path: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw new Error(`cannot open SQLite database ${path}: ${(error as Error).message}`);
  }
  try {
    return new SqliteStore(db, path);
  } catch (error) {
    db.close();
    throw error;
  }
}
