/**
 * Tracking the negotiation over time: who stands where (the stance matrix
 * with verdicts), what changed (shifts), where the framework stands (points
 * and the "share agreed" series), what is due (the ledger) and what happened
 * when (the timeline). Takes stored records; returns records.
 */
import type {
  Actor,
  Claim,
  ClusterWithClaims,
  Dossier,
  ExtractedReport,
  Shift,
  Stance,
  StanceMatrix,
  Tracking,
  TrackingDigest,
} from "../model/index.js";
import { buildLedger } from "./deadlines.js";
import { digestOf } from "./digest.js";
import { trackFramework } from "./framework.js";
import { shareAgreedSeries } from "./share-agreed.js";
import { findShifts } from "./shifts.js";
import { buildStanceMatrix } from "./stance-matrix.js";
import { withStanceVerdicts } from "./stance-verdicts.js";
import { buildTimeline } from "./timeline.js";

export { buildLedger, describe as describeWindow } from "./deadlines.js";
export { DIGEST_VERSION, digestOf, TRACKING_VERSION } from "./digest.js";
export { daysCovered, dueWindow } from "./due-window.js";
export { trackFramework } from "./framework.js";
export { SHARE_AGREED_SLOT, shareAgreedSeries } from "./share-agreed.js";
export {
  comparePeriods,
  findShifts,
  isShift,
  parsePeriod,
  type ShiftWindow,
  shiftsInWindow,
} from "./shifts.js";
export { buildStanceMatrix } from "./stance-matrix.js";
export { stanceVerdict, withStanceVerdicts } from "./stance-verdicts.js";
export { buildTimeline, startOf, timelineSentences } from "./timeline.js";

export interface TrackInput {
  dossier: Pick<Dossier, "actors" | "issues" | "framework">;
  /** The extracted reports in scope. */
  extractions: ExtractedReport[];
  /** Claim clusters with verdicts over the same reports. */
  clusters: ClusterWithClaims[];
  actors: Actor[];
  /** The origin (owner) a report counts as, reprints as their original. */
  originOf: (reportId: string) => string;
  /** Whether a report copies another (wire reprint, same-owner copy). */
  isReprint?: ((reportId: string) => boolean) | undefined;
}

/** Tracking's input as a store gives it: each report's digest and its stances, no texts. */
export interface DigestTrackInput {
  dossier: Pick<Dossier, "actors" | "issues" | "framework">;
  /** The digests of the extracted reports in scope. */
  digests: TrackingDigest[];
  /** The stances of the same reports. */
  stances: Stance[];
  /** Claims beside the clusters' own, for the "share agreed" series (read once each). */
  claims?: Claim[] | undefined;
  /** Claim clusters with verdicts over the same reports. */
  clusters: ClusterWithClaims[];
  actors: Actor[];
  /** The origin (owner) a report counts as, reprints as their original. */
  originOf: (reportId: string) => string;
  /** Whether a report copies another (wire reprint, same-owner copy). */
  isReprint?: ((reportId: string) => boolean) | undefined;
}

export interface StanceStateInput {
  actorOrder: string[];
  issueOrder: string[];
  originOf: (reportId: string) => string;
  isReprint?: ((reportId: string) => boolean) | undefined;
}

/**
 * The stance matrix (settled, with verdicts) and its shifts, as every view shows
 * them. A copy's stances are its original's: they count once, through the
 * original, and a copy's later date does not make a position newer.
 */
export function stanceState(
  stances: Stance[],
  input: StanceStateInput,
): { matrix: StanceMatrix; shifts: Shift[] } {
  const own = input.isReprint ? stances.filter((s) => !input.isReprint!(s.reportId)) : stances;
  const matrix = withStanceVerdicts(
    buildStanceMatrix(own, input.actorOrder, input.issueOrder),
    input.originOf,
  );
  return { matrix, shifts: findShifts(matrix, {}, input.originOf) };
}

/** Tracking over extracted reports held in memory. */
export function trackNegotiation(input: TrackInput): Tracking {
  const { extractions, ...rest } = input;
  return trackDigests({
    ...rest,
    digests: extractions.map(digestOf),
    stances: extractions.flatMap((x) => x.stances),
    claims: extractions.flatMap((x) => x.claims),
  });
}

/** Tracking over reports' digests and stances: what a store keeps for it. */
export function trackDigests(input: DigestTrackInput): Tracking {
  const { dossier, digests, clusters } = input;
  const { matrix, shifts } = stanceState(input.stances, {
    actorOrder: dossier.actors.map((a) => a.id),
    issueOrder: dossier.issues.map((i) => i.id),
    originOf: input.originOf,
    isReprint: input.isReprint,
  });
  const dates = digests.map((d) => d.published).sort();
  const asOf = dates[dates.length - 1] ?? null;
  const published = new Map(digests.map((d) => [d.reportId, d.published]));
  return {
    asOf,
    matrix,
    shifts,
    framework: {
      points: trackFramework(dossier, digests, matrix, input.actors),
      shareAgreed: shareAgreedSeries(clusters, published, input.claims ?? [], input.isReprint),
    },
    ledger: buildLedger(digests, asOf),
    timeline: buildTimeline(digests, clusters),
  };
}
