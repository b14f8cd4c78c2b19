/**
 * Verification against the store: the full run (every report and claim read,
 * every result replaced) and the added-reports run (only what the new reports
 * may touch is read, judged again and written). Both leave the lookup keys and
 * term counts the next added-reports run starts from.
 */
import type { Claim, ClusterWithClaims, Report, Reprint, Source } from "./model/index.js";
import type { Store } from "./store/store.js";
import { append } from "./util/append.js";
import {
  addTermCounts,
  asClaimCluster,
  BlockPlan,
  buildOriginIndex,
  CANDIDATES_PER_KEY,
  CLUSTER_KEYS,
  type ClaimCluster,
  ClaimMeasure,
  checkClaim,
  claimKeys,
  clusterBlock,
  clusterJudge,
  clusterKeys,
  clusterUnmatchedDenials,
  countTerms,
  DenialPostings,
  decodeSignature,
  deniedCluster,
  emptyTermCounts,
  encodeSignature,
  FigureSentences,
  findReprints,
  groupLinks,
  isCurrentTally,
  judgeClusters,
  LatestPerKey,
  LINK_TERM_LIMIT,
  LISTED_REASONS,
  lentDenials,
  type MovedReport,
  moveReports,
  placeClaims,
  planAddedGroups,
  REPORT_BANDS,
  REPORT_SIGNATURES,
  reportSignature,
  representatives,
  reprintsTouching,
  SHARED_BANDS,
  signatureBandKeys,
  type TermCounts,
  weightsFromCounts,
} from "./verify/index.js";

/** Meta keys: how many reports the stored verification covers, its term counts, its index. */
const VERIFIED_REPORTS = "verified_reports";
const TERM_COUNTS = "term_counts";
const VERIFY_INDEX = "verify_index";
const CLUSTER_COUNT = "cluster_count";
/** Bump when lookup keys change meaning, so the next run is a full one. */
const INDEX_VERSION = "2";

/**
 * Added reports are verified on their own up to this share of the stored ones;
 * past it, a full run costs little more and groups better.
 */
export const INCREMENTAL_SHARE = 0.2;

/**
 * Stored reports counted per MinHash band of an added report: the latest filed.
 * A band that boilerplate makes common would otherwise bring back thousands of
 * reports; a copy is nearly always filed soon after its original.
 */
export const BAND_NEIGHBOURS = 64;

export interface VerifySummary {
  reprints: number;
  clusters: number;
  /** "full", "added" (only what the new reports touch), or "none" (nothing to do). */
  mode: "full" | "added" | "none";
}

/**
 * Claims a full run reads at a time: a page when planning its blocks, a batch
 * of whole blocks when clustering them (a block larger than this is read alone).
 */
export const CLAIM_PAGE = 5000;
export const BLOCK_BATCH = 20_000;
/** Denials a full run places at a time, once every other claim is clustered. */
export const DENIAL_CHUNK = 2000;

/**
 * Verifies every stored report again and replaces every stored result, a
 * block at a time (verify/blocks.ts): the claims are read once to count their
 * terms and plan the blocks, then block by block to cluster, judge and write
 * them, so what is held is the largest block, not the corpus. Denials are
 * placed last, against the written clusters, as for added reports.
 */
export async function verifyEverything(
  store: Store,
  sizes: { blockBatch?: number; denialChunk?: number; tallyFrom?: number } = {},
): Promise<{ reprints: number; clusters: number }> {
  const blockBatch = sizes.blockBatch ?? BLOCK_BATCH;
  const denialChunk = sizes.denialChunk ?? DENIAL_CHUNK;
  // Whatever stops this run midway, the next one verifies everything again.
  await store.setMeta(VERIFIED_REPORTS, "-1");
  // Counted first: reports added while verifying make the next run verify again.
  const reportCount = await store.countReports();
  // Verification reads no text but to sign it: the reports are held without theirs.
  const { heads: reports, signatures } = await reportHeads(store);
  const sources = await store.listSources();
  const actors = await store.listActors();
  const reprints = findReprints(reports, sources, signatures);
  const { plan, counts } = await planBlocks(store, new Set(reports.map((r) => r.id)));
  const measure = new ClaimMeasure(weightsFromCounts(counts, actors));
  const judge = clusterJudge({
    reports,
    sources,
    actors,
    reprints,
    measure,
    ...(sizes.tallyFrom !== undefined ? { tallyFrom: sizes.tallyFrom } : {}),
  });
  const filed = new LatestPerKey(CANDIDATES_PER_KEY);
  const figures = new FigureSentences();
  // Denials are read first: the clusters they may deny are noted as they are made.
  const denials = await readClaims(store, plan.denials());
  const postings = new DenialPostings(
    new Set(denials.flatMap((d) => DenialPostings.keysOf(d, measure))),
    measure,
  );
  let clusters = 0;
  async function* judged(): AsyncGenerator<ClusterWithClaims[]> {
    for (const batch of plan.batches(blockBatch)) {
      const byId = new Map(
        (await store.getClaims(batch.flatMap((b) => b.ids))).map((c) => [c.id, c]),
      );
      const made: ClaimCluster[] = [];
      for (const block of batch) {
        const claims = block.ids.map((id) => {
          const claim = byId.get(id);
          if (!claim) throw new Error(`verify: claim ${id} was removed while verifying`);
          return claim;
        });
        const clustered = clusterBlock(block.kind, claims, measure);
        append(made, clustered);
        for (const cluster of clustered) {
          filed.add(cluster.id, clusterKeys(cluster, measure));
          if (block.kind === "figure") figures.add(cluster);
          // A denial denies what was said to happen, not where: venue clusters take none.
          if (block.kind !== "venue") postings.add(cluster);
        }
      }
      clusters += made.length;
      yield judge(made);
    }
  }
  await store.replaceVerification(reprints, judged());
  await store.putKeys(CLUSTER_KEYS, filed.entries(), { replaceAll: true });
  await fileReports(store, reports, signatures);
  await store.setMeta(TERM_COUNTS, JSON.stringify(counts));
  await store.setMeta(VERIFY_INDEX, INDEX_VERSION);
  clusters += await placeDenials(store, denials, postings, measure, judge, figures, denialChunk);
  await store.setMeta(CLUSTER_COUNT, String(clusters));
  await store.setMeta(VERIFIED_REPORTS, String(reportCount));
  return { reprints: reprints.length, clusters };
}

/**
 * Reads every claim a page at a time, checking it, counting its terms and
 * filing it in its block; no claim is held past its page.
 */
async function planBlocks(store: Store, reportIds: ReadonlySet<string>) {
  const plan = new BlockPlan();
  const counts = emptyTermCounts();
  for (let after: string | null = null; ; ) {
    const page = await store.claimsAfter(after, CLAIM_PAGE);
    for (const claim of page) {
      checkClaim(claim, reportIds);
      plan.add(claim);
    }
    addTermCounts(counts, page);
    if (page.length < CLAIM_PAGE) break;
    after = page.at(-1)!.id;
  }
  return { plan, counts };
}

/** Claims by id, read a page at a time, in the order of the ids. */
async function readClaims(store: Store, ids: readonly string[]): Promise<Claim[]> {
  const out: Claim[] = [];
  for (let i = 0; i < ids.length; i += CLAIM_PAGE) {
    const page = ids.slice(i, i + CLAIM_PAGE);
    const byId = new Map((await store.getClaims(page)).map((c) => [c.id, c]));
    for (const id of page) {
      const claim = byId.get(id);
      if (!claim) throw new Error(`verify: claim ${id} was removed while verifying`);
      out.push(claim);
    }
  }
  return out;
}

/**
 * Gives each denial the cluster it denies, as a whole run in memory would
 * (denials.ts): its candidates come from the postings filled as clusters were
 * written, and are weighed by their members read back (a large cluster by its
 * first and latest). Denials that deny nothing known cluster among themselves.
 * Then the party denials reach the figures told in the sentences they deny.
 * Returns how many clusters the denials made.
 */
async function placeDenials(
  store: Store,
  denials: readonly Claim[],
  postings: DenialPostings,
  measure: ClaimMeasure,
  judge: (clusters: readonly ClaimCluster[]) => ClusterWithClaims[],
  figures: FigureSentences,
  chunkSize: number,
): Promise<number> {
  const denied = new Map<string, Claim[]>();
  const unmatched: Claim[] = [];
  const large = new Map<string, ClaimCluster>();
  for (let i = 0; i < denials.length; i += chunkSize) {
    const chunk = denials.slice(i, i + chunkSize);
    const candidates = new Map(chunk.map((d) => [d.id, postings.candidates(d)]));
    const weighed = new Map(large);
    const missing = [...new Set([...candidates.values()].flat())].filter((id) => !weighed.has(id));
    // Read a slice at a time, each cluster cut to the members it is weighed by as it comes.
    for (let k = 0; k < missing.length; k += chunkSize) {
      for (const stored of await store.getClusters(missing.slice(k, k + chunkSize))) {
        const cluster = asClaimCluster(stored);
        const sample = { ...cluster, claims: [...representatives(cluster.claims)], denials: [] };
        weighed.set(cluster.id, sample);
        // A large cluster is worth keeping between chunks: it costs the most to read again.
        if (cluster.claims.length > sample.claims.length) large.set(cluster.id, sample);
      }
    }
    for (const denial of chunk) {
      const ids = candidates.get(denial.id)!;
      const target = deniedCluster(
        denial,
        { candidates: () => ids.map((id) => weighed.get(id)!) },
        measure,
      );
      if (!target) unmatched.push(denial);
      else {
        const list = denied.get(target.id);
        if (list) list.push(denial);
        else denied.set(target.id, [denial]);
      }
    }
  }
  const lenders: ClaimCluster[] = [];
  const targetIds = [...denied.keys()];
  for (let i = 0; i < targetIds.length; i += chunkSize) {
    const changed = (await store.getClusters(targetIds.slice(i, i + chunkSize))).map((stored) => {
      const cluster = asClaimCluster(stored);
      cluster.denials = denied.get(cluster.id)!;
      return cluster;
    });
    for (const c of changed) if (lendsDenials(c)) lenders.push(c);
    await writeJudged(store, judge(changed), measure);
  }
  const made = clusterUnmatchedDenials(unmatched, measure);
  await writeJudged(store, judge(made), measure);
  const lent = new Map<string, Map<string, Claim>>();
  for (const lender of lenders) figures.lend(lender, lent);
  const lentIds = [...lent.keys()];
  for (let i = 0; i < lentIds.length; i += chunkSize) {
    const changed = (await store.getClusters(lentIds.slice(i, i + chunkSize))).map((stored) => {
      const cluster = asClaimCluster(stored);
      cluster.lent = [...lent.get(cluster.id)!.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      return cluster;
    });
    await writeJudged(store, judge(changed), measure);
  }
  return made.length;
}

/** A cluster whose party denials can reach figures: it has some and tells of something without a figure. */
function lendsDenials(c: ClaimCluster): boolean {
  return c.denials.some((d) => d.holderId !== null) && c.claims.some((x) => x.quantity === null);
}

async function writeJudged(store: Store, judged: ClusterWithClaims[], measure: ClaimMeasure) {
  if (judged.length === 0) return;
  await store.updateVerification({
    reprintReports: [],
    reprints: [],
    clusters: judged,
    removedClusterIds: [],
  });
  await store.putKeys(
    CLUSTER_KEYS,
    judged.map((c) => ({ ref: c.id, keys: clusterKeys(asClaimCluster(c), measure) })),
  );
}

/** Reports without their texts, and each text's MinHash signature, read a page at a time. */
async function reportHeads(store: Store) {
  const heads: Report[] = [];
  const signatures = new Map<string, Uint32Array | null>();
  for (let offset = 0; ; offset += REPORT_PAGE) {
    const page = await store.listReports({ limit: REPORT_PAGE, offset });
    for (const r of page) {
      signatures.set(r.id, reportSignature(r.text));
      // Judging reads a report's source, date, address, title and given id.
      heads.push({ ...r, text: "", byline: null, contentHash: "", origin: "" });
    }
    if (page.length < REPORT_PAGE) break;
  }
  return { heads, signatures };
}

const REPORT_PAGE = 2000;

/** Files every report under its MinHash bands, and its signature, anew. */
async function fileReports(
  store: Store,
  reports: readonly Report[],
  signatures: ReadonlyMap<string, Uint32Array | null>,
): Promise<void> {
  const signed = reports.map((r) => ({ id: r.id, signature: signatures.get(r.id) ?? null }));
  await store.putKeys(
    REPORT_BANDS,
    signed.map((r) => ({ ref: r.id, keys: r.signature ? signatureBandKeys(r.signature) : [] })),
    { replaceAll: true },
  );
  await store.putKeys(
    REPORT_SIGNATURES,
    signed.flatMap((r) =>
      r.signature ? [{ ref: r.id, keys: [encodeSignature(r.signature)] }] : [],
    ),
    { replaceAll: true },
  );
}

/**
 * Brings the stored verification up to date: nothing when it covers every
 * report, only the added reports when they are all that is new (and few),
 * else everything again.
 */
export async function verifyStored(
  store: Store,
  added: string[],
  options: { tallyFrom?: number } = {},
): Promise<VerifySummary> {
  const reportCount = await store.countReports();
  const covered = Number((await store.getMeta(VERIFIED_REPORTS)) ?? "-1");
  if (covered === reportCount && added.length === 0) {
    return {
      mode: "none",
      reprints: (await store.listReprints()).length,
      clusters: Number((await store.getMeta(CLUSTER_COUNT)) ?? (await store.listClusters()).length),
    };
  }
  const onlyAdditions = covered >= 0 && covered + added.length === reportCount;
  const indexed =
    (await store.getMeta(VERIFY_INDEX)) === INDEX_VERSION && (await storedCounts(store)) !== null;
  if (onlyAdditions && indexed && added.length > 0 && added.length <= covered * INCREMENTAL_SHARE) {
    return { mode: "added", ...(await verifyAdded(store, added, reportCount, options)) };
  }
  return { mode: "full", ...(await verifyEverything(store, options)) };
}

/**
 * The term counts of the last verification, or null when missing or unreadable
 * (a damaged meta value): the run is then a full one, which writes them anew.
 */
async function storedCounts(store: Store): Promise<TermCounts | null> {
  const text = await store.getMeta(TERM_COUNTS);
  if (!text) return null;
  try {
    const counts = JSON.parse(text) as TermCounts;
    return typeof counts?.total === "number" && typeof counts.df === "object" ? counts : null;
  } catch {
    return null;
  }
}

/** For each added report, the stored reports that share MinHash bands with it. */
async function nearReports(
  store: Store,
  added: readonly Report[],
  signatures: ReadonlyMap<string, Uint32Array | null>,
): Promise<Map<string, string[]>> {
  const addedIds = new Set(added.map((r) => r.id));
  const near = new Map<string, string[]>();
  for (const report of added) {
    const signature = signatures.get(report.id);
    const bands = signature ? signatureBandKeys(signature) : [];
    const found =
      bands.length === 0
        ? []
        : await store.findSharingKeys(REPORT_BANDS, bands, SHARED_BANDS, BAND_NEIGHBOURS);
    near.set(
      report.id,
      found.filter((id) => !addedIds.has(id)),
    );
  }
  return near;
}

/**
 * Reports by id, read once: the added ones in hand, the others read when first
 * asked for (without their texts unless a signature must be made from one).
 */
class ReportsRead {
  readonly byId: Map<string, Report>;
  constructor(
    private readonly store: Store,
    added: readonly Report[],
  ) {
    this.byId = new Map(added.map((r) => [r.id, r]));
  }
  async need(ids: Iterable<string>): Promise<Map<string, Report>> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    for (const r of await this.store.getReports(missing)) this.byId.set(r.id, r);
    return this.byId;
  }
  /**
   * Every report read so far, then the others of these ids without their
   * texts, in the order need() would have read them: judging reads no text,
   * and the members of a large cluster are tens of thousands of reports.
   */
  async withHeads(ids: Iterable<string>): Promise<Report[]> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    const heads = await this.store.getReports(missing, { text: false });
    return [...this.byId.values(), ...heads];
  }
}

/**
 * Signatures by id: the added ones as made, the others as stored (made again
 * from the text, and filed, for reports verified before signatures were kept).
 */
class SignaturesRead {
  readonly byId: Map<string, Uint32Array | null>;
  /** Made here from a stored report's text: to be filed. */
  readonly made = new Set<string>();
  constructor(
    private readonly store: Store,
    private readonly reports: ReportsRead,
    added: ReadonlyMap<string, Uint32Array | null>,
  ) {
    this.byId = new Map(added);
  }
  async need(ids: Iterable<string>): Promise<Map<string, Uint32Array | null>> {
    const missing = [...new Set(ids)].filter((id) => !this.byId.has(id));
    const filed = await this.store.keysOf(REPORT_SIGNATURES, missing);
    const unfiled: string[] = [];
    for (const id of missing) {
      const key = filed.get(id)?.[0];
      const signature = key ? decodeSignature(key) : null;
      if (signature) this.byId.set(id, signature);
      else unfiled.push(id);
    }
    const texts = await this.reports.need(unfiled);
    for (const id of unfiled) {
      const report = texts.get(id);
      this.byId.set(id, report ? reportSignature(report.text) : null);
      if (report) this.made.add(id);
    }
    return this.byId;
  }
}

/**
 * Reprint links once reports are added: the groups they join, from the stored
 * links and their likeness to the stored reports near them (see
 * planAddedGroups). Returns the links written anew and the reports whose
 * stored links they replace (the added ones, and every report of a stored group
 * that now has another original).
 */
async function linkAdded(
  store: Store,
  added: readonly Report[],
  stored: readonly Reprint[],
  reports: ReportsRead,
  signatures: SignaturesRead,
  sources: readonly Source[],
): Promise<{ links: Reprint[]; rewritten: Set<string> }> {
  const near = await nearReports(store, added, signatures.byId);
  const nearIds = [...new Set([...near.values()].flat())];
  await signatures.need(nearIds);
  const rootOf = new Map(stored.map((l) => [l.reportId, l.originalId]));
  await reports.need(nearIds.map((id) => rootOf.get(id) ?? id));
  const addedIds = new Set(added.map((r) => r.id));
  const groups = planAddedGroups({
    added: added.map((r) => r.id),
    near,
    stored,
    signatures: signatures.byId,
    reports: reports.byId,
    sources,
  });
  const rewritten = new Set(addedIds);
  const links: Reprint[] = [];
  for (const g of groups) {
    for (const id of g.rewritten) rewritten.add(id);
    const ends = [g.root, ...g.copies];
    await reports.need(ends);
    await signatures.need(ends);
    append(links, groupLinks(g, signatures.byId, reports.byId, sources));
  }
  return { links, rewritten };
}

/** Each report's copy links as one comparable string: what it copies and what copies it. */
function linkSignatures(links: readonly Reprint[]): Map<string, string> {
  const byReport = new Map<string, string[]>();
  for (const l of links) {
    const text = `${l.reportId}>${l.originalId}`;
    for (const id of new Set([l.reportId, l.originalId])) {
      const list = byReport.get(id);
      if (list) list.push(text);
      else byReport.set(id, [text]);
    }
  }
  return new Map([...byReport].map(([id, list]) => [id, list.sort().join(" ")]));
}

/** Stored reports in the copy scope whose links the added reports changed (a new, earlier original). */
function relinkedReports(
  scopeIds: ReadonlySet<string>,
  addedIds: readonly string[],
  before: readonly Reprint[],
  after: readonly Reprint[],
): string[] {
  const added = new Set(addedIds);
  const was = linkSignatures(before);
  const is = linkSignatures(after);
  return [...scopeIds].filter((id) => !added.has(id) && (was.get(id) ?? "") !== (is.get(id) ?? ""));
}

/**
 * Stored clusters holding claims of relinked reports, which their verdicts'
 * copy counts and reasons must be judged again for even when no added claim
 * joined them. They are found through their membership rows; a tallied one is
 * read by its tally and lists no member ids, so it is judged again as it
 * stands at these sentences.
 */
async function relinkedClusters(
  store: Store,
  reportIds: readonly string[],
  already: readonly ClaimCluster[],
): Promise<ClaimCluster[]> {
  if (reportIds.length === 0) return [];
  const claims: Claim[] = [];
  for (const id of reportIds) claims.push(...((await store.getExtraction(id))?.claims ?? []));
  const wanted = new Set(claims.map((c) => c.id));
  const seen = new Set(already.map((c) => c.id));
  const ids = await store.clusterIdsAtSentences(
    claims.map((c) => ({ reportId: c.reportId, sentence: c.sentence })),
  );
  const found = await readClusters(
    store,
    ids.filter((id) => !seen.has(id)),
  );
  return found.filter(
    (c) =>
      c.tally !== undefined ||
      c.claims.some((x) => wanted.has(x.id)) ||
      c.denials.some((x) => wanted.has(x.id)),
  );
}

/**
 * Stored reports that count as another origin now that the links changed:
 * each became a copy, stopped being one, or copies a report that did. A
 * tally counts its reports by origin, so these are moved in it (moveReports).
 */
async function movedReports(
  store: Store,
  before: readonly Reprint[],
  after: readonly Reprint[],
  sources: readonly Source[],
  added: ReadonlySet<string>,
): Promise<MovedReport[]> {
  // Roots follow the links alone: no report needs to be read to find them.
  const rootBefore = buildOriginIndex([], sources, before).rootOf;
  const rootAfter = buildOriginIndex([], sources, after).rootOf;
  // Only a copy, before or after, can have another root than itself.
  const copies = new Set([...before, ...after].map((l) => l.reportId));
  const ids = [...copies].filter((id) => !added.has(id) && rootBefore(id) !== rootAfter(id));
  if (ids.length === 0) return [];
  const heads = await store.getReports(
    [...new Set([...ids, ...ids.map(rootBefore), ...ids.map(rootAfter)])],
    { text: false },
  );
  const was = buildOriginIndex(heads, sources, before);
  const is = buildOriginIndex(heads, sources, after);
  const sourceOf = new Map(heads.map((r) => [r.id, r.sourceId]));
  return ids.sort().map((id) => ({
    reportId: id,
    sourceId: sourceOf.get(id) ?? "",
    before: { origin: was.originOf(id), root: rootBefore(id) === id },
    after: { origin: is.originOf(id), root: rootAfter(id) === id },
  }));
}

/** Every report a tally counts, and its denials'. */
function reportIdsOf(cluster: ClaimCluster): string[] {
  const tally = cluster.tally;
  if (!tally) return [...cluster.claims, ...cluster.denials].map((c) => c.reportId);
  return [...tally.values.flatMap((v) => v.reportIds), ...tally.denials.map((d) => d.reportId)];
}

/**
 * Stored clusters by id, a tallied one by its tally alone (verify/tally.ts)
 * when `byTally` allows, else whole. A tally this program did not make is set
 * aside and the cluster read whole.
 */
async function readClusters(
  store: Store,
  ids: readonly string[],
  byTally: (cluster: ClaimCluster) => boolean = () => true,
): Promise<ClaimCluster[]> {
  const out: ClaimCluster[] = [];
  const whole: string[] = [];
  for (const stored of await store.getClusters([...ids], { tallies: true })) {
    const cluster = asClaimCluster(stored);
    if (!cluster.tally) out.push(cluster);
    else if (isCurrentTally(cluster.tally) && byTally(cluster)) out.push(cluster);
    else whole.push(cluster.id);
  }
  for (const stored of await store.getClusters(whole)) out.push(asClaimCluster(stored));
  return out;
}

/**
 * A tallied cluster read whole, with what was placed in it since it was read
 * (its claims and denials not in the tally) and what it is lent now: judged,
 * it is tallied anew from all its claims and its members written whole.
 */
async function readWhole(store: Store, cluster: ClaimCluster): Promise<ClaimCluster> {
  const tally = cluster.tally;
  if (!tally) return cluster;
  const [stored] = await store.getClusters([cluster.id]);
  if (!stored) throw new Error(`verify: cluster ${cluster.id} was removed while verifying`);
  const whole = asClaimCluster(stored);
  const inTally = new Set([...tally.first, ...tally.latest, ...tally.denials].map((c) => c.id));
  append(
    whole.claims,
    cluster.claims.filter((c) => !inTally.has(c.id)),
  );
  append(
    whole.denials,
    cluster.denials.filter((d) => !inTally.has(d.id)),
  );
  if (cluster.lent) whole.lent = cluster.lent;
  else delete whole.lent;
  return whole;
}

async function verifyAdded(
  store: Store,
  addedIds: string[],
  reportCount: number,
  options: { tallyFrom?: number },
) {
  const addedSet = new Set(addedIds);
  const added = await store.getReports(addedIds);
  const claims: Claim[] = [];
  for (const id of addedIds) claims.push(...((await store.getExtraction(id))?.claims ?? []));
  const sources = await store.listSources();
  const actors = await store.listActors();

  // Reprints: the added reports join the stored groups near them; other groups stand.
  const storedLinks = await store.listReprints();
  const addedSignatures = new Map(added.map((r) => [r.id, reportSignature(r.text)]));
  const read = new ReportsRead(store, added);
  const signed = new SignaturesRead(store, read, addedSignatures);
  const { links, rewritten } = await linkAdded(store, added, storedLinks, read, signed, sources);
  const reprints = [
    ...storedLinks.filter((l) => !rewritten.has(l.reportId) && !rewritten.has(l.originalId)),
    ...links,
  ];

  const counts = countTerms(claims, (await storedCounts(store)) ?? undefined);
  const measure = new ClaimMeasure(weightsFromCounts(counts, actors));
  const keys = [...new Set(claims.flatMap((c) => claimKeys(c, measure)))];
  // A large cluster of figures is read by its tally: its first and latest claims are all
  // that new ones are compared with, and its verdict is worked out from the tally.
  const candidates = await readClusters(
    store,
    await store.findByKeys(CLUSTER_KEYS, keys, CANDIDATES_PER_KEY),
  );
  // A statement links to others, as in a full run, only through words few claims share.
  const placement = placeClaims(claims, candidates, measure, {
    links: (term) => (counts.df[term] ?? 0) <= LINK_TERM_LIMIT,
  });
  const { created } = placement;
  // Reports that count as another origin are judged again with their clusters, and moved
  // in the tallies that count them.
  const moved = await movedReports(store, storedLinks, reprints, sources, addedSet);
  const relinked = [
    ...new Set([
      ...relinkedReports(rewritten, addedIds, storedLinks, links),
      ...moved.map((m) => m.reportId),
    ]),
  ];
  const changed = [
    ...placement.changed,
    ...(await relinkedClusters(store, relinked, placement.changed)),
  ];
  for (const c of changed) if (c.tally) c.tally = moveReports(c.tally, moved);

  await lendDenials(store, changed, addedSet);

  // Judging gets every link that touches a member's report. It reads the reports of the
  // claims in hand and both ends of the links that touch them; of a tallied cluster's
  // other reports, counted in its tally, only the ends of the links its verdict lists.
  const inHand = (c: ClaimCluster) =>
    [...c.claims, ...c.denials, ...(c.lent ?? [])].map((x) => x.reportId);
  const heads = new Set(changed.flatMap(inHand));
  const memberIds = new Set(heads);
  for (const c of changed) if (c.tally) for (const id of reportIdsOf(c)) memberIds.add(id);
  const touching = reprints.filter((l) => memberIds.has(l.reportId) || memberIds.has(l.originalId));
  const ends = (l: Reprint) => [l.reportId, l.originalId];
  const near = touching.filter((l) => heads.has(l.reportId) || heads.has(l.originalId));
  for (const id of near.flatMap(ends)) heads.add(id);
  for (const c of changed) {
    if (!c.tally) continue;
    // The reports the verdict looks for copies of: the tally's, and the claims' and denials' in hand.
    const own = [...reportIdsOf(c), ...[...c.claims, ...c.denials].map((x) => x.reportId)];
    const listed = reprintsTouching(touching, new Set(own));
    for (const id of listed.slice(0, LISTED_REASONS).flatMap(ends)) heads.add(id);
  }
  const judged = judgeClusters(changed, {
    reports: await read.withHeads(heads),
    sources,
    actors,
    reprints: touching,
    measure,
    ...options,
  });
  await store.updateVerification({
    reprintReports: [...rewritten],
    reprints: links,
    clusters: judged,
    removedClusterIds: [],
  });
  await store.putKeys(
    CLUSTER_KEYS,
    judged.map((c) => ({ ref: c.id, keys: clusterKeys(asClaimCluster(c), measure) })),
  );
  await store.putKeys(
    REPORT_BANDS,
    added.map((r) => {
      const signature = addedSignatures.get(r.id) ?? null;
      return { ref: r.id, keys: signature ? signatureBandKeys(signature) : [] };
    }),
  );
  await store.putKeys(
    REPORT_SIGNATURES,
    [...signed.byId].flatMap(([ref, signature]) =>
      signature && (addedSignatures.has(ref) || signed.made.has(ref))
        ? [{ ref, keys: [encodeSignature(signature)] }]
        : [],
    ),
  );
  await store.setMeta(TERM_COUNTS, JSON.stringify(counts));
  const clusters = Number((await store.getMeta(CLUSTER_COUNT)) ?? "0") + created;
  await store.setMeta(CLUSTER_COUNT, String(clusters));
  await store.setMeta(VERIFIED_REPORTS, String(reportCount));
  return { reprints: reprints.length, clusters };
}

/**
 * Denials reach the figures told in the sentences they deny (verify/lent-denials.ts).
 * Only what this run added is looked at: the stored clusters at the sentences of
 * the added claims, and, for a statement cluster that gained a party denial, at
 * all its sentences. A changed figure cluster keeps what it was lent before and
 * takes what its neighbours lend now; a stored figure cluster newly lent to is
 * judged again.
 */
async function lendDenials(
  store: Store,
  changed: ClaimCluster[],
  added: ReadonlySet<string>,
): Promise<void> {
  const at = (c: Claim) => ({ reportId: c.reportId, sentence: c.sentence });
  // A tallied cluster that gained a party denial lends it from all its sentences: read whole.
  for (let i = 0; i < changed.length; i++) {
    const c = changed[i]!;
    if (c.tally && c.denials.some((d) => d.holderId !== null && added.has(d.reportId)))
      changed[i] = await readWhole(store, c);
  }
  const sentences = changed.flatMap((c) => {
    const newDenial = c.denials.some((d) => d.holderId !== null && added.has(d.reportId));
    return newDenial ? c.claims.map(at) : c.claims.filter((x) => added.has(x.reportId)).map(at);
  });
  if (sentences.length === 0) return;
  const changedIds = new Set(changed.map((c) => c.id));
  // The changed clusters are in hand: only the others are read (a large one is thousands of claims).
  const others = (await store.clusterIdsAtSentences(sentences)).filter((id) => !changedIds.has(id));
  const stored = await store.getClusters(others);
  const neighbours = [...changed, ...stored.map(asClaimCluster)];
  // A figure cluster takes a lender's denials when the lender tells of at least half its
  // sentences (lent-denials.ts). A tallied one has at least as many sentences as any of its
  // values has reports; when a lender here could reach half of that, it is read whole.
  const lenderSentences = Math.max(
    0,
    ...neighbours
      .filter((c) => c.denials.some((d) => d.holderId !== null))
      .map(
        (c) =>
          new Set(
            c.claims.filter((x) => x.quantity === null).map((x) => `${x.reportId}#${x.sentence}`),
          ).size,
      ),
  );
  for (let i = 0; i < neighbours.length; i++) {
    const c = neighbours[i]!;
    if (!c.tally) continue;
    const fewest = Math.max(0, ...c.tally.values.map((v) => v.reportIds.length));
    if (2 * lenderSentences < fewest) continue;
    const whole = await readWhole(store, c);
    neighbours[i] = whole;
    const k = changed.indexOf(c);
    if (k >= 0) changed[k] = whole;
  }
  // A tallied cluster still in tally form can take no denial here (above).
  const lent = lentDenials(
    neighbours.filter((c) => !c.tally),
    neighbours,
  );
  for (const cluster of neighbours) {
    const now = lent.get(cluster.id);
    if (!now) continue;
    const before = cluster.lent ?? [];
    const ids = new Set(before.map((d) => d.id));
    const fresh = now.filter((d) => !ids.has(d.id));
    if (fresh.length === 0) continue;
    if (!changedIds.has(cluster.id)) {
      changed.push(cluster);
      changedIds.add(cluster.id);
    }
    cluster.lent = [...before, ...fresh].sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
