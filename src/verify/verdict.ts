/**
 * The verdict on one cluster: how many independent origins carry it, which
 * values were reported, and a status with reasons.
 *
 * Status, in order of precedence:
 * - disputed: an actor denies it (an outlet that calls it unconfirmed does not);
 * - conflicting: two variants whose values cannot both be true, after setting
 *   aside figures their own holder later updated, and unless the slot holds
 *   only positions of different holders (one offers 15 years, another asks 30);
 * - corroborated: two or more independent origins (reprints and outlets of
 *   one owner count once);
 * - single_source: otherwise.
 */
import type {
  Claim,
  Reprint,
  ValueTally,
  Variant,
  Verdict,
  VerdictStatus,
} from "../model/index.js";
import type { ClaimCluster } from "./cluster.js";
import { reportOf, type VerifyContext } from "./context.js";
import { independentOrigins } from "./origins.js";
import {
  countReason,
  denialReasons,
  doubtReasons,
  fittingReason,
  lentDenialReasons,
  positionsReason,
  reprintReason,
  sharedOwnerReasons,
  sharedOwnersOf,
  updateReason,
  valuesDifferReason,
} from "./reasons.js";
import { isFigureCluster, isPosition, tallyValues } from "./tally.js";
import { findUpdates, type Update } from "./updates.js";
import { buildVariants, figureVariants, type VariantDraft } from "./variants.js";

const unique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function toVariant(ctx: VerifyContext, draft: VariantDraft): Variant {
  const reportIds = unique(draft.claims.map((c) => c.reportId));
  return {
    value: draft.value,
    reportIds,
    sourceIds: unique(reportIds.map((id) => reportOf(ctx, id).sourceId)),
    holderIds: unique(draft.claims.flatMap((c) => (c.holderId ? [c.holderId] : []))),
    origins: independentOrigins(reportIds, ctx.origins).size,
  };
}

/** A variant of figures from its values' tallies: the same as from their claims one by one. */
function valueVariant(value: string, values: readonly ValueTally[]): Variant {
  const reportIds =
    values.length === 1 ? [...values[0]!.reportIds] : unique(values.flatMap((v) => v.reportIds));
  return {
    value,
    reportIds,
    sourceIds: unique(values.flatMap((v) => v.sourceIds)),
    holderIds: unique(values.flatMap((v) => v.holderIds)),
    origins: new Set(values.flatMap((v) => Object.keys(v.origins))).size,
  };
}

/** True when every claim states a holder's position and no holder stands behind two variants. */
function onlyPositionsOfDistinctHolders(
  allPositions: boolean,
  variants: readonly Variant[],
): boolean {
  if (!allPositions) return false;
  const seen = new Set<string>();
  for (const variant of variants) {
    if (variant.holderIds.length === 0) return false;
    for (const holder of variant.holderIds) {
      if (seen.has(holder)) return false;
      seen.add(holder);
    }
  }
  return true;
}

/** A short label for figure-less statements: subject, predicate and object in words. */
export function statementLabel(ctx: VerifyContext, claim: Claim | null): string {
  if (!claim) return "";
  const subject = ctx.actorsById.has(claim.subject)
    ? ctx.actorsById.get(claim.subject)!.name
    : claim.subject;
  const words = `${subject} ${claim.predicate.replace(/_/g, " ")} ${claim.object}`
    .replace(/\s+/g, " ")
    .trim();
  const cut = words.split(" ").slice(0, 10).join(" ");
  return cut.length < words.length ? `${cut}…` : cut;
}

/** For each report, the positions in a reprint list of the links it is either end of. */
const reprintIndexes = new WeakMap<
  readonly Reprint[],
  { size: number; index: Map<string, number[]> }
>();

function reprintIndex(reprints: readonly Reprint[]): Map<string, number[]> {
  const kept = reprintIndexes.get(reprints);
  let index = kept?.size === reprints.length ? kept.index : undefined;
  if (!index) {
    index = new Map();
    reprints.forEach((p, i) => {
      for (const id of new Set([p.reportId, p.originalId])) {
        const list = index!.get(id);
        if (list) list.push(i);
        else index!.set(id, [i]);
      }
    });
    reprintIndexes.set(reprints, { size: reprints.length, index });
  }
  return index;
}

/** The links either end of which is one of the reports, in the list's order. */
export function reprintsTouching(
  reprints: readonly Reprint[],
  reports: ReadonlySet<string>,
): Reprint[] {
  const index = reprintIndex(reprints);
  const at = new Set<number>();
  for (const id of reports) for (const i of index.get(id) ?? []) at.add(i);
  return [...at].sort((a, b) => a - b).map((i) => reprints[i]!);
}

/**
 * Copies, updates and fitting figures a verdict lists one by one, at most; the
 * rest are counted in one reason. A cluster of thousands of reports stays
 * readable, and its verdict small enough to read and write again.
 */
export const LISTED_REASONS = 50;

const more = (n: number, what: string): string[] => (n > 0 ? [`and ${n} more ${what}`] : []);

/** What a verdict is put together from, however its variants were found. */
interface VerdictParts {
  variants: Variant[];
  conflicts: ReadonlyArray<[number, number]>;
  fitting: readonly number[];
  updates: readonly Update[];
  /** Whether every claim carried states a holder's position. */
  allPositions: boolean;
  /** The reports of the claims carried, each once. */
  reportIds: ReadonlySet<string>;
  /** Their independent origins. */
  origins: number;
  /** Per origin, the sources of the reports carried that are no copies. */
  owners: ReadonlyMap<string, ReadonlySet<string>>;
}

export function buildVerdict(ctx: VerifyContext, cluster: ClaimCluster, label: string): Verdict {
  if (isFigureCluster(cluster.claims)) {
    return verdictOf(
      ctx,
      cluster,
      figureParts(cluster.tally?.values ?? tallyValues(ctx, cluster.claims)),
    );
  }
  // A cluster of denials alone: the denials are what the reports carry.
  const carriers = cluster.claims.length > 0 ? cluster.claims : cluster.denials;
  const set = buildVariants(carriers, cluster.claims.length > 0 ? label : `denied: ${label}`);
  const reportIds = new Set(carriers.map((c) => c.reportId));
  return verdictOf(ctx, cluster, {
    variants: set.variants.map((d) => toVariant(ctx, d)),
    conflicts: set.conflicts,
    fitting: set.fitting,
    // Only figures are updated by their holders (verify/updates.ts).
    updates: [],
    allPositions: carriers.every(isPosition),
    reportIds,
    origins: independentOrigins(reportIds, ctx.origins).size,
    owners: sharedOwnersOf(ctx, reportIds),
  });
}

/** The parts of a verdict on figures, from the cluster's values. */
function figureParts(values: readonly ValueTally[]): VerdictParts {
  const set = figureVariants(values);
  const reportIds = new Set<string>();
  const origins = new Set<string>();
  const owners = new Map<string, Set<string>>();
  for (const value of values) {
    for (const id of value.reportIds) reportIds.add(id);
    for (const origin of Object.keys(value.origins)) origins.add(origin);
    for (const [origin, sources] of Object.entries(value.ownerSources)) {
      const set = owners.get(origin) ?? new Set<string>();
      for (const s of Object.keys(sources)) set.add(s);
      owners.set(origin, set);
    }
  }
  return {
    variants: set.variants.map((v) => valueVariant(v.value, v.values)),
    conflicts: set.conflicts,
    fitting: set.fitting,
    updates: findUpdates(set.variants, set.conflicts),
    allPositions: values.every((v) => v.positions),
    reportIds,
    origins: origins.size,
    owners,
  };
}

function verdictOf(ctx: VerifyContext, cluster: ClaimCluster, parts: VerdictParts): Verdict {
  const ownDenials = cluster.denials.filter((d) => d.holderId !== null);
  const lent = cluster.lent ?? [];
  const partyDenials = [...ownDenials, ...lent];
  const doubts = cluster.denials.filter((d) => d.holderId === null);
  const fitting = new Set(parts.fitting);
  const variants = parts.variants.map((v, i) => (fitting.has(i) ? { ...v, fits: true } : v));
  const updates = parts.updates;
  const superseded = new Set(updates.map((u) => u.from));
  const positions = onlyPositionsOfDistinctHolders(parts.allPositions, variants);
  const conflicts = positions
    ? []
    : parts.conflicts.filter(([i, j]) => !superseded.has(i) && !superseded.has(j));

  const reportCount = parts.reportIds.size;
  const origins = parts.origins;
  const status: VerdictStatus =
    partyDenials.length > 0
      ? "disputed"
      : conflicts.length > 0
        ? "conflicting"
        : origins >= 2
          ? "corroborated"
          : "single_source";

  const allReports = new Set(parts.reportIds);
  for (const d of cluster.denials) allReports.add(d.reportId);
  const touching = reprintsTouching(ctx.reprints, allReports);
  const reprints = touching.slice(0, LISTED_REASONS);
  const conflicting = [...new Set(conflicts.flat())].sort((a, b) => a - b).map((i) => variants[i]!);
  const reasons = [
    countReason(origins, reportCount),
    ...reprints.map((p) => reprintReason(ctx, p)),
    ...more(touching.length - reprints.length, "copies, each counted with its original"),
    ...sharedOwnerReasons(ctx, parts.owners),
    ...denialReasons(ctx, ownDenials),
    ...lentDenialReasons(ctx, lent),
    ...doubtReasons(ctx, doubts),
    ...(conflicting.length > 0 ? [valuesDifferReason(ctx, conflicting)] : []),
    ...(positions && variants.length > 1 ? [positionsReason(ctx, variants)] : []),
    ...updates
      .slice(0, LISTED_REASONS)
      .map((u) =>
        updateReason(ctx, u.holderId, variants[u.from]!.value, variants[u.to]!.value, u.on),
      ),
    ...more(updates.length - LISTED_REASONS, "figures updated by their own holder"),
    ...(parts.fitting.length > 0 && !positions
      ? [
          ...parts.fitting.slice(0, LISTED_REASONS).map((i) => fittingReason(ctx, variants[i]!)),
          ...more(parts.fitting.length - LISTED_REASONS, "vaguer figures that fit several values"),
        ]
      : []),
  ];
  return {
    status,
    independentSources: origins,
    reports: reportCount,
    variants,
    reasons,
    reprints,
    denials: partyDenials.map((d) => d.id),
  };
}
