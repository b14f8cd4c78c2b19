/**
 * The one place that says where a report goes next:
 * ingest → store → extract → verify → (track, brief). Each stage takes records
 * and returns records; this module moves them between the stages and the store.
 * Failures at a stage's edge become quarantined items, never a crash.
 */
import { createHash } from "node:crypto";
import {
  type Brief,
  compileBrief,
  DistinctStatements,
  type IssueClusters,
  issueClusters,
  jsonBriefChunks,
  noCounts,
  type StreamedIssue,
  withCharts,
} from "./brief/index.js";
import {
  createExtractor,
  EXTRACTOR_VERSION,
  extractOnPool,
  type Outcome,
  poolThreads,
  unreadableReason,
} from "./extract/index.js";
import { type IngestResult, ingestPaths } from "./ingest/index.js";
import type {
  Actor,
  ClusterWithClaims,
  Dossier,
  ExtractedReport,
  QuarantineItem,
  Report,
  Reprint,
  Source,
  Tracking,
  TrackingDigest,
  VerdictStatus,
} from "./model/index.js";
import type { ReportFilter, Store } from "./store/store.js";
import {
  DIGEST_VERSION,
  digestOf,
  SHARE_AGREED_SLOT,
  TRACKING_VERSION,
  timelineSentences,
  trackDigests,
} from "./track/index.js";
import { append } from "./util/append.js";
import { buildOriginIndex, independentOrigins, verify } from "./verify/index.js";
import { verifyEverything, verifyStored } from "./verify-store.js";

export interface IngestSummary {
  added: number;
  unchanged: number;
  updated: number;
  quarantined: QuarantineItem[];
}

/** Stores the dossier's sources and actors, so later commands and outputs can name them. */
export async function registerDossier(store: Store, dossier: Dossier, file: string): Promise<void> {
  await store.upsertSources(dossier.sources);
  await store.upsertActors(dossier.actors);
  await store.setMeta("dossier", file);
}

export async function ingest(
  store: Store,
  dossier: Dossier,
  paths: string[],
  options: { defaultSourceId?: string } = {},
): Promise<IngestSummary> {
  const known = await store.listSources();
  const result = await ingestPaths(paths, {
    sources: [
      ...dossier.sources,
      ...known.filter((s) => !dossier.sources.some((d) => d.id === s.id)),
    ],
    ...(options.defaultSourceId ? { defaultSourceId: options.defaultSourceId } : {}),
  });
  return storeIngested(store, result);
}

/** The stages that refuse inputs before they are reports: fetching, parsing, reading. */
const INGEST_STAGES = ["fetch", "parse", "ingest"] as const;

/** Keeps what ingest read (from files, addresses or a watched feed): reports, new sources, refusals. */
export async function storeIngested(store: Store, result: IngestResult): Promise<IngestSummary> {
  if (result.sources.length) await store.upsertSources(result.sources);
  const summary: IngestSummary = { added: 0, unchanged: 0, updated: 0, quarantined: [] };
  // What went through now was fixed since it was refused; refused again, it is filed again below.
  for (const stage of INGEST_STAGES) await store.clearQuarantine(stage, result.cleared);
  for (const report of result.reports) summary[await store.addReport(report)]++;
  for (const item of result.quarantined) {
    await store.addQuarantine(item);
    summary.quarantined.push(item);
  }
  return summary;
}

export interface AnalyzeSummary {
  extracted: number;
  failed: QuarantineItem[];
  reprints: number;
  clusters: number;
  /** How verification ran: all reports again, only the added ones, or not at all. */
  verified: "full" | "added" | "none";
}

/**
 * Stores one report's extraction with the actors it discovered. A report left
 * unextracted (its language) is also listed in the quarantine with the reason,
 * so a person sees why it adds nothing; the report itself stays stored and counted.
 */
export async function saveExtracted(store: Store, result: ExtractedReport): Promise<void> {
  await store.saveExtraction(result, EXTRACTOR_VERSION, digestOf(result));
  if (result.discoveredActors.length) await store.upsertActors(result.discoveredActors);
  if (result.notExtracted) {
    await store.addQuarantine({
      origin: result.report.origin,
      stage: "extract",
      reason: result.notExtracted,
      at: new Date().toISOString(),
      sourceId: result.report.sourceId,
    });
  }
  // The mark the brief and the dashboard read, set or cleared as this extraction finds.
  if (Boolean(result.offTopic) !== Boolean(result.report.offTopic))
    await store.setOffTopic(result.report.id, result.offTopic ?? null);
  if (result.offTopic) {
    await store.addQuarantine({
      origin: result.report.origin,
      stage: OFF_TOPIC_STAGE,
      reason: result.offTopic,
      at: new Date().toISOString(),
      sourceId: result.report.sourceId,
    });
  }
}

/**
 * The quarantine stage under which off-topic reports are listed: stored and
 * counted, they are shown by this filter (`ttm quarantine --stage relevance`)
 * and left out of the brief.
 */
export const OFF_TOPIC_STAGE = "relevance";

export async function analyze(
  store: Store,
  dossier: Dossier,
  onProgress?: (done: number, total: number) => void,
  options: { full?: boolean } = {},
): Promise<AnalyzeSummary> {
  // Extraction holds the texts of every report it reads; they are let go before verifying.
  const { failed, extractedIds } = await extractPending(store, dossier, onProgress);
  await fillTrackingDigests(store);
  const verified = options.full
    ? { mode: "full" as const, ...(await verifyEverything(store)) }
    : await verifyStored(store, extractedIds);
  await keptTracking(store, dossier);
  return {
    extracted: extractedIds.length,
    failed,
    reprints: verified.reprints,
    clusters: verified.clusters,
    verified: verified.mode,
  };
}

/** Extracts the reports not yet extracted by this extractor version and stores what it finds. */
async function extractPending(
  store: Store,
  dossier: Dossier,
  onProgress?: (done: number, total: number) => void,
): Promise<{ failed: QuarantineItem[]; extractedIds: string[] }> {
  const pending = await store.reportsToExtract(EXTRACTOR_VERSION);
  const failed: QuarantineItem[] = [];
  const extractedIds: string[] = [];
  const extractedOrigins: string[] = [];
  if (pending.length > 0) {
    const knownActors = await store.listActors();
    const withActors = { ...dossier, actors: mergeActors(dossier.actors, knownActors) };
    const keep = async (i: number, outcome: Outcome) => {
      const report = pending[i]!;
      if ("result" in outcome) {
        await saveExtracted(store, outcome.result);
        extractedIds.push(report.id);
        if (!outcome.result.notExtracted) extractedOrigins.push(report.origin);
      } else {
        const item: QuarantineItem = {
          origin: report.origin,
          stage: "extract",
          reason: `extraction failed for report ${report.id}: ${outcome.error}`,
          at: new Date().toISOString(),
          sourceId: report.sourceId,
        };
        await store.addQuarantine(item);
        failed.push(item);
      }
      onProgress?.(i + 1, pending.length);
    };
    const threads = poolThreads(pending.length);
    if (threads >= 2) {
      await extractOnPool(withActors, pending, { threads }, keep);
    } else {
      const extract = createExtractor(withActors);
      for (const [i, report] of pending.entries()) {
        let outcome: Outcome;
        try {
          outcome = { result: extract(report) };
        } catch (err) {
          outcome = { error: (err as Error).message };
        }
        await keep(i, outcome);
      }
    }
  }
  // A report refused by an earlier run and extracted now: its refusal no longer stands.
  if (extractedOrigins.length > 0) await store.clearQuarantine("extract", extractedOrigins);
  return { failed, extractedIds };
}

/**
 * What follows new reports: analysis in this process (the default), or, on
 * PostgreSQL with workers, jobs on the queue for them (see queue/handoff.ts).
 */
export type Handoff = (store: Store, dossier: Dossier) => Promise<HandoffResult>;
export type HandoffResult = { analyzed: AnalyzeSummary } | { queued: number };

export const analyzeHere: Handoff = async (store, dossier) => ({
  analyzed: await analyze(store, dossier),
});

/**
 * Verifies after these reports were extracted: only what they touch when they
 * are all additions and few beside the verified ones, else everything (the rule
 * `analyze` follows). What a queued verify job does once extraction drains.
 */
export async function verifyExtracted(store: Store, reportIds: string[]) {
  return verifyStored(store, reportIds);
}

/** The extractor for a dossier plus the actors declared in the store (discovered ones left out). */
export async function extractorFor(store: Store, dossier: Dossier) {
  return createExtractor({
    ...dossier,
    actors: mergeActors(dossier.actors, await store.listActors()),
  });
}

function mergeActors(dossierActors: Actor[], stored: Actor[]): Actor[] {
  const ids = new Set(dossierActors.map((a) => a.id));
  return [...dossierActors, ...stored.filter((a) => !ids.has(a.id) && !a.discovered)];
}

async function verifyAll(store: Store, reports?: Report[]) {
  const inScope = reports ?? (await store.listReports());
  const ids = new Set(inScope.map((r) => r.id));
  const claims = (await store.listClaims()).filter((c) => ids.has(c.reportId));
  return verify({
    reports: inScope,
    sources: await store.listSources(),
    claims,
    actors: await store.listActors(),
  });
}

export interface BriefOptions {
  since?: string | undefined;
  until?: string | undefined;
  issue?: string | undefined;
  now?: Date | undefined;
  /**
   * Statements listed per issue, the weightiest first (see BriefInput); the
   * Markdown and HTML briefs show STATEMENTS_SHOWN. Without it, all of them.
   */
  statementsPerIssue?: number | undefined;
}

/** The reports published within [since, until] (whole days, inclusive) that are on the dossier's topic. */
async function reportsInWindow(store: Store, since?: string, until?: string): Promise<Report[]> {
  // Over a window the reports are verified again, which reads their texts; else nothing does.
  const text = Boolean(since || until);
  return (await store.listReports(dayFilter(since, until), { text })).filter((r) => !r.offTopic);
}

function dayFilter(since?: string, until?: string) {
  return {
    ...(since ? { since: `${since.slice(0, 10)}T00:00:00Z` } : {}),
    ...(until ? { until: `${until.slice(0, 10)}T23:59:59.999Z` } : {}),
  };
}

/**
 * Clusters and reprints for a scope: verified again over a window (verdicts
 * over a window count only the reports inside it), else the stored reprints
 * and null for the clusters, which are read only as far as needed.
 */
async function verificationFor(store: Store, reports: Report[], windowed: boolean) {
  if (windowed) return verifyAll(store, reports);
  return { clusters: null, reprints: await store.listReprints() };
}

/**
 * The stored clusters tracking reads: those with "share agreed" figures and
 * those holding the timeline's sentences (found by their membership rows).
 */
async function trackedClusters(
  store: Store,
  digests: TrackingDigest[],
): Promise<ClusterWithClaims[]> {
  const shares = await store.listClusters({ slot: SHARE_AGREED_SLOT });
  const ids = new Set(shares.map((c) => c.id));
  // Only the clusters not read already: a cluster of shares agreed may be thousands of claims.
  const at = await store.clusterIdsAtSentences(timelineSentences(digests));
  return [...shares, ...(await store.getClusters(at.filter((id) => !ids.has(id))))];
}

/** Digests made again from their extractions at a time, when a store has none of this version. */
const DIGEST_BATCH = 500;

/**
 * Gives every extracted report a tracking digest of this version: reports
 * extracted before digests were kept, or under an older digest format, get
 * theirs from the stored extraction. Returns how many were made.
 */
export async function fillTrackingDigests(store: Store): Promise<number> {
  const missing = await store.reportsWithoutDigest(DIGEST_VERSION);
  for (let i = 0; i < missing.length; i += DIGEST_BATCH) {
    await store.saveTrackingDigests(
      await digestsMadeAgain(store, missing.slice(i, i + DIGEST_BATCH)),
    );
  }
  return missing.length;
}

async function digestsMadeAgain(store: Store, ids: string[]): Promise<TrackingDigest[]> {
  const out: TrackingDigest[] = [];
  for (const id of ids) {
    const extraction = await store.getExtraction(id);
    if (extraction) out.push(digestOf(extraction));
  }
  return out;
}

/**
 * The digests of the extracted reports in a window, each of this version: a
 * store not analyzed since digests changed has its missing ones made here, in
 * memory (the next `analyze` stores them).
 */
async function digestsInWindow(store: Store, filter: ReportFilter): Promise<TrackingDigest[]> {
  const stale = new Set(await store.reportsWithoutDigest(DIGEST_VERSION));
  const stored = await store.listTrackingDigests(filter);
  if (stale.size === 0) return stored;
  const kept = stored.filter((d) => !stale.has(d.reportId));
  const made = await digestsMadeAgain(store, [...stale]);
  const inWindow = new Set((await store.listReports(filter, { text: false })).map((r) => r.id));
  return [...kept, ...made.filter((d) => inWindow.has(d.reportId))].sort(
    (a, b) => a.published.localeCompare(b.published) || a.reportId.localeCompare(b.reportId),
  );
}

/** Tracking over the reports in a window: stances, shifts, framework, ledger, timeline. */
async function trackScope(
  store: Store,
  dossier: Dossier,
  scope: {
    reports: Report[];
    sources: Source[];
    /** The clusters over a window; null for the stored ones. */
    clusters: ClusterWithClaims[] | null;
    reprints: Reprint[];
  },
  options: { since?: string | undefined; until?: string | undefined },
): Promise<Tracking> {
  const ids = new Set(scope.reports.map((r) => r.id));
  const window = dayFilter(options.since, options.until);
  // Digests and stances, not extractions: tracking reads no report's text or layers.
  const digests = (await digestsInWindow(store, window)).filter((d) => ids.has(d.reportId));
  const copies = new Set(scope.reprints.map((p) => p.reportId));
  // A copy's stances are its original's (see stanceState): they are not read.
  const stances = (await store.listStances(window, copies)).filter((s) => ids.has(s.reportId));
  const origins = buildOriginIndex(scope.reports, scope.sources, scope.reprints);
  return trackDigests({
    dossier,
    digests,
    stances,
    clusters: scope.clusters ?? (await trackedClusters(store, digests)),
    actors: await store.listActors(),
    originOf: (id) => origins.originOf(id),
    isReprint: (id) => copies.has(id),
  });
}

/**
 * What a kept tracking state is kept under: the dossier's actors, issues and
 * framework (a state made with other ones does not answer for this dossier)
 * and the versions of the rules that made it.
 */
export function trackingKey(dossier: Pick<Dossier, "actors" | "issues" | "framework">): string {
  const made = [EXTRACTOR_VERSION, DIGEST_VERSION, TRACKING_VERSION];
  return createHash("sha256")
    .update(JSON.stringify([made, dossier.actors, dossier.issues, dossier.framework]))
    .digest("hex");
}

/**
 * The tracking of the whole store: the state kept for the store's current
 * revision, else made now and kept. `analyze` calls it once it has verified,
 * so a brief or a tracking view reads one row. The revision is read before
 * the state is made: a write meanwhile makes the kept state stale at once.
 */
export async function keptTracking(store: Store, dossier: Dossier): Promise<Tracking> {
  const key = trackingKey(dossier);
  const kept = await store.trackingState(key);
  if (kept) return kept;
  const revision = await store.revision();
  const made = await gatherTracking(store, dossier, {}, { kept: false });
  await store.saveTrackingState(key, revision, made);
  return made;
}

/** What `ttm stances`, `shifts`, `framework`, `deadlines` and `timeline` show. */
export async function gatherTracking(
  store: Store,
  dossier: Dossier,
  options: { since?: string | undefined; until?: string | undefined } = {},
  how: { kept?: boolean } = {},
): Promise<Tracking> {
  const windowed = Boolean(options.since || options.until);
  // Over the whole store, the kept state answers (made and kept if there is none).
  if (!windowed && how.kept !== false) return keptTracking(store, dossier);
  const reports = await reportsInWindow(store, options.since, options.until);
  const sources = await store.listSources();
  const verified = await verificationFor(store, reports, windowed);
  const { clusters } = verified;
  // A copy whose original is left out of the brief (off topic) stands for itself.
  const inScope = new Set(reports.map((r) => r.id));
  const reprints = verified.reprints.filter(
    (p) => inScope.has(p.reportId) === inScope.has(p.originalId),
  );
  return trackScope(store, dossier, { reports, sources, clusters, reprints }, options);
}

/**
 * Claims a bounded brief reads of each cluster it lists: a cluster of thousands
 * is shown by its verdict, a few of its claims and a few reports per variant.
 */
export const BRIEF_CLAIMS_PER_CLUSTER = 64;

/** How many stored clusters each issue has, by verdict. */
async function clusterCountsByIssue(
  store: Store,
): Promise<{ issue: string; counts: Record<VerdictStatus, number> }[]> {
  const byIssue = new Map<string, Record<VerdictStatus, number>>();
  for (const row of await store.countClusters()) {
    let counts = byIssue.get(row.issue);
    if (!counts) {
      counts = noCounts();
      byIssue.set(row.issue, counts);
    }
    counts[row.status] = row.count;
  }
  return [...byIssue].map(([issue, counts]) => ({ issue, counts }));
}

/**
 * The stored clusters as a brief takes them, issue by issue, reading only the
 * weightiest ones when the brief lists a few per issue.
 */
async function storedIssueClusters(
  store: Store,
  reprints: Reprint[],
  options: BriefOptions,
): Promise<IssueClusters[]> {
  const byIssue = new Map<string, IssueClusters>(
    (await clusterCountsByIssue(store)).map((x) => [x.issue, { ...x, clusters: [] }]),
  );
  const limit = options.statementsPerIssue;
  const reprinted = new Set(reprints.map((p) => p.reportId));
  for (const entry of byIssue.values()) {
    if (options.issue && entry.issue !== options.issue) continue;
    const filter = { issue: entry.issue, order: "weight" as const };
    if (limit === undefined) {
      entry.clusters = await store.listClusters(filter);
      continue;
    }
    // Repeated words are listed once, so a page may give fewer statements than clusters;
    // pages double, so an issue of many repeats is read in a few of them.
    const distinct = new DistinctStatements(reprinted);
    for (let page = Math.max(2 * limit, 32); ; page *= 2) {
      const next = await store.listClusters({
        ...filter,
        limit: page,
        offset: entry.clusters.length,
        claimsPerCluster: BRIEF_CLAIMS_PER_CLUSTER,
      });
      append(entry.clusters, next);
      if (next.length < page || distinct.add(next) >= limit) break;
    }
  }
  return [...byIssue.values()];
}

/** What a brief rests on besides its clusters: reports, sources, copies and tracking in scope. */
async function briefScope(store: Store, dossier: Dossier, options: BriefOptions) {
  const windowed = Boolean(options.since || options.until);
  const reports = await reportsInWindow(store, options.since, options.until);
  const sources = await store.listSources();
  const verified = await verificationFor(store, reports, windowed);
  const { clusters } = verified;
  // A copy whose original is left out of the brief (off topic) stands for itself.
  const inScope = new Set(reports.map((r) => r.id));
  const reprints = verified.reprints.filter(
    (p) => inScope.has(p.reportId) === inScope.has(p.originalId),
  );
  const tracking = windowed
    ? await trackScope(store, dossier, { reports, sources, clusters, reprints }, options)
    : await keptTracking(store, dossier);
  return {
    clusters,
    input: {
      dossier,
      reports,
      sources,
      actors: await store.listActors(),
      reprints,
      stances: tracking.matrix,
      tracking,
      independentSources: countOrigins(reports, sources, reprints),
      compiledAt: options.now ?? new Date(),
      filters: {
        since: options.since ?? null,
        until: options.until ?? null,
        issue: options.issue ?? null,
      },
    },
  };
}

export async function buildBrief(
  store: Store,
  dossier: Dossier,
  options: BriefOptions = {},
): Promise<Brief> {
  const { clusters, input } = await briefScope(store, dossier, options);
  const issues = clusters
    ? issueClusters(clusters)
    : await storedIssueClusters(store, input.reprints, options);
  return withCharts(
    compileBrief({ ...input, issues, statementsPerIssue: options.statementsPerIssue }),
  );
}

/** Clusters a streamed JSON brief reads at a time, each with all its claims. */
const JSON_BRIEF_PAGE = 500;

/**
 * The JSON brief with every statement, as text chunks written while the store's
 * clusters are read a page at a time: memory holds a page, not every cluster.
 * Over a date window the clusters are made anew in memory, as buildBrief does.
 */
export async function* jsonBrief(
  store: Store,
  dossier: Dossier,
  options: Omit<BriefOptions, "statementsPerIssue"> = {},
): AsyncGenerator<string> {
  const { clusters, input } = await briefScope(store, dossier, options);
  const issues: StreamedIssue[] = clusters
    ? issueClusters(clusters).map((x) => ({
        issue: x.issue,
        counts: x.counts,
        pages: async function* () {
          yield x.clusters;
        },
      }))
    : (await clusterCountsByIssue(store)).map(({ issue, counts }) => ({
        issue,
        counts,
        pages: async function* () {
          const filter = { issue, order: "weight" as const, limit: JSON_BRIEF_PAGE };
          for (let offset = 0; ; offset += JSON_BRIEF_PAGE) {
            const page = await store.listClusters({ ...filter, offset });
            if (page.length > 0) yield page;
            if (page.length < JSON_BRIEF_PAGE) break;
          }
        },
      }));
  yield* jsonBriefChunks({ ...input, issues });
}

export interface Stats {
  reports: number;
  sources: number;
  independent_sources: number;
  quarantined: number;
  /** Reports per language tag; those not in English are stored but not extracted. */
  languages: Record<string, number>;
  /** Reports left unextracted because the extractor cannot read their language. */
  not_extracted: number;
  /** Reports stored and counted but off the dossier's topic: left out of the brief. */
  off_topic: number;
  claims: Record<VerdictStatus, number>;
}

export async function collectStats(store: Store): Promise<Stats> {
  const reports = await store.listReports();
  const sources: Source[] = await store.listSources();
  const reprints = await store.listReprints();
  // Counted by the store: a large one has millions of clusters, none of which need reading.
  const claims: Record<VerdictStatus, number> = noCounts();
  for (const row of await store.countClusters()) claims[row.status] += row.count;
  const quarantine = await store.listQuarantine();
  const languages: Record<string, number> = {};
  for (const r of reports) languages[r.language] = (languages[r.language] ?? 0) + 1;
  return {
    reports: reports.length,
    sources: new Set(reports.map((r) => r.sourceId)).size,
    independent_sources: countOrigins(reports, sources, reprints),
    quarantined: quarantine.length,
    languages,
    not_extracted: reports.filter((r) => unreadableReason(r) !== null).length,
    off_topic: reports.filter((r) => r.offTopic).length,
    claims,
  };
}

function countOrigins(reports: Report[], sources: Source[], reprints: Reprint[]): number {
  return independentOrigins(
    reports.map((r) => r.id),
    { reports, sources, reprints },
  );
}
