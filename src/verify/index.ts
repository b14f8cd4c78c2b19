/**
 * Verification: which reports are copies, which claims speak of the same
 * thing, and how sure each cluster of claims is. Reads reports, sources,
 * claims and actors; returns reprints and clusters with verdicts.
 */
import type {
  Actor,
  Claim,
  ClusterTally,
  ClusterWithClaims,
  Report,
  Reprint,
  Source,
} from "../model/index.js";
import { type ClaimCluster, ClaimMeasure, centralClaim, clusterClaims } from "./cluster.js";
import type { VerifyContext } from "./context.js";
import { buildOriginIndex, independentOrigins as originsOf } from "./origins.js";
import { findReprints } from "./reprints.js";
import { countTerms, weightsFromCounts } from "./similarity.js";
import { addToTally, isFigureCluster, TALLY_FROM, tallyOf } from "./tally.js";
import { buildVerdict, statementLabel } from "./verdict.js";

export { BlockPlan, type ClaimBlock } from "./blocks.js";
export {
  type ClaimCluster,
  ClaimMeasure,
  clusterBlock,
  clusterUnmatchedDenials,
  LINK_TERM_LIMIT,
} from "./cluster.js";
export { DenialPostings, deniedCluster } from "./denials.js";
export {
  asClaimCluster,
  CANDIDATES_PER_KEY,
  CLUSTER_KEYS,
  claimKeys,
  clusterKeys,
  LatestPerKey,
  latestPerKey,
  placeClaims,
  REPORT_BANDS,
  REPORT_SIGNATURES,
  reportBandKeys,
  SHARED_BANDS,
  signatureBandKeys,
} from "./incremental.js";
export { FigureSentences, lentDenials } from "./lent-denials.js";
export { representatives } from "./measure.js";
export type { OriginIndex } from "./origins.js";
export { buildOriginIndex } from "./origins.js";
export {
  type AddedGroup,
  decodeSignature,
  encodeSignature,
  findReprints,
  groupLinks,
  planAddedGroups,
  reportSignature,
} from "./reprints.js";
export {
  addTermCounts,
  countTerms,
  emptyTermCounts,
  type TermCounts,
  weightsFromCounts,
} from "./similarity.js";
export { isCurrentTally, type MovedReport, moveReports } from "./tally.js";
export { compareQuantities, formatQuantity } from "./values.js";
export { LISTED_REASONS, reprintsTouching } from "./verdict.js";

export interface VerifyInput {
  reports: Report[];
  /** Each report's MinHash signature when already made (null: too short to shingle). */
  signatures?: ReadonlyMap<string, Uint32Array | null>;
  sources: Source[];
  claims: Claim[];
  actors: Actor[];
}

export interface VerifyResult {
  reprints: Reprint[];
  clusters: ClusterWithClaims[];
}

/** Refuses claims that point at reports not given, or that repeat an id. */
function checkClaims(claims: readonly Claim[], reportIds: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const claim of claims) {
    if (seen.has(claim.id)) throw new Error(`verify: claim id ${claim.id} appears twice`);
    seen.add(claim.id);
    checkClaim(claim, reportIds);
  }
}

/** Refuses a claim that points at a report not given, or has no known polarity. */
export function checkClaim(claim: Claim, reportIds: ReadonlySet<string>): void {
  if (!reportIds.has(claim.reportId)) {
    throw new Error(
      `verify: claim ${claim.id} names report ${claim.reportId}, which is not among the reports`,
    );
  }
  if (claim.polarity !== "affirm" && claim.polarity !== "deny") {
    throw new Error(
      `verify: claim ${claim.id} has polarity "${String(claim.polarity)}"; expected affirm or deny`,
    );
  }
}

/**
 * The number of independent origins behind some reports: reprints count as
 * their original, and outlets of one owner count once.
 */
export function independentOrigins(
  reportIds: Iterable<string>,
  input: { reports: Report[]; sources: Source[]; reprints: Reprint[] },
): number {
  return originsOf(reportIds, buildOriginIndex(input.reports, input.sources, input.reprints)).size;
}

/** What judging clusters needs besides their claims. */
export interface JudgeInput {
  /** Every report a member claim comes from (more do no harm). */
  reports: Report[];
  sources: Source[];
  actors: Actor[];
  /** Every stored reprint link: origins follow them. */
  reprints: Reprint[];
  measure: ClaimMeasure;
  /** Clusters with more claims than this keep a tally (TALLY_FROM; tests set fewer). */
  tallyFrom?: number;
}

/** Gives each cluster its verdict, face and label. */
export function judgeClusters(
  clusters: readonly ClaimCluster[],
  input: JudgeInput,
): ClusterWithClaims[] {
  return clusterJudge(input)(clusters);
}

/** A judge of clusters against these reports, sources and links, built once for many batches. */
export function clusterJudge(
  input: JudgeInput,
): (clusters: readonly ClaimCluster[]) => ClusterWithClaims[] {
  const ctx: VerifyContext = {
    reportsById: new Map(input.reports.map((r) => [r.id, r])),
    sourcesById: new Map(input.sources.map((s) => [s.id, s])),
    actorsById: new Map(input.actors.map((a) => [a.id, a])),
    origins: buildOriginIndex(input.reports, input.sources, input.reprints),
    reprints: input.reprints,
    weights: input.measure.weights,
  };
  return (clusters) =>
    clusters.map((cluster): ClusterWithClaims => {
      const members = [...cluster.claims, ...cluster.denials];
      const tally = tallyFor(ctx, cluster, input.tallyFrom ?? TALLY_FROM);
      const face = centralClaim(
        cluster.claims.length > 0 ? cluster.claims : cluster.denials,
        input.measure,
        ...(cluster.tally && tally ? [claimsIn(tally)] : []),
      );
      const verdict = buildVerdict(
        ctx,
        tally ? { ...cluster, tally } : cluster,
        statementLabel(ctx, face),
      );
      return {
        id: cluster.id,
        slot: cluster.slot,
        issue: cluster.issue,
        label: face ? face.evidence.text.trim().slice(0, 160) : cluster.slot,
        claimIds: members.map((c) => c.id).sort(),
        verdict,
        claims: members,
        ...(cluster.lent && cluster.lent.length > 0 ? { lent: cluster.lent } : {}),
        ...(tally ? { tally } : {}),
        // Only some of a tallied cluster's claims are in hand: it is written by adding them.
        ...(cluster.tally && tally ? { memberCount: tally.claims } : {}),
      };
    });
}

/** Affirming claims a tally counts. */
const claimsIn = (tally: ClusterTally): number => tally.values.reduce((n, v) => n + v.count, 0);

/**
 * The tally of a cluster of figures: its stored one with the claims and
 * denials placed since (those not in it), else one made from all its claims.
 */
function tallyFor(
  ctx: VerifyContext,
  cluster: ClaimCluster,
  tallyFrom: number,
): ClusterTally | undefined {
  if (!isFigureCluster(cluster.claims)) return undefined;
  const kept = cluster.tally;
  if (!kept) {
    // A small cluster's verdict is worked out from values made on the spot (verdict.ts).
    const large = cluster.claims.length + cluster.denials.length > tallyFrom;
    return large ? tallyOf(ctx, cluster.claims, cluster.denials) : undefined;
  }
  const inTally = new Set([...kept.first, ...kept.latest, ...kept.denials].map((c) => c.id));
  return addToTally(
    ctx,
    kept,
    cluster.claims.filter((c) => !inTally.has(c.id)),
    cluster.denials.filter((d) => !inTally.has(d.id)),
  );
}

/** Finds reprints, clusters the claims and gives every cluster a verdict. */
export function verify(input: VerifyInput): VerifyResult {
  const reprints = findReprints(input.reports, input.sources, input.signatures);
  checkClaims(input.claims, new Set(input.reports.map((r) => r.id)));
  const measure = new ClaimMeasure(weightsFromCounts(countTerms(input.claims), input.actors));
  const judge = clusterJudge({
    reports: input.reports,
    sources: input.sources,
    actors: input.actors,
    reprints,
    measure,
  });
  return { reprints, clusters: judge(clusterClaims(input.claims, measure)) };
}
