/**
 * The sentences a verdict gives as its reasons, each one a reader can check
 * against the reports: counts, copies counted once, shared owners, denials,
 * differing values, updates and positions. Names come from the inputs.
 */
import type { Claim, Reprint, Variant } from "../model/index.js";
import {
  actorName,
  reportOf,
  reportRef,
  reportSourceName,
  sourceName,
  type VerifyContext,
} from "./context.js";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "3 independent sources / 7 reports". */
export function countReason(origins: number, reports: number): string {
  return `${plural(origins, "independent source", "independent sources")} / ${plural(reports, "report", "reports")}`;
}

/** "Bellwether Times (r-7) reprints Northgate Wire (r-2): counted once". */
export function reprintReason(ctx: VerifyContext, reprint: Reprint): string {
  const copy = `${reportSourceName(ctx, reprint.reportId)} (${reportRef(ctx, reprint.reportId)})`;
  const original = `${reportSourceName(ctx, reprint.originalId)} (${reportRef(ctx, reprint.originalId)})`;
  if (reprint.reason === "same-owner") {
    const owner = ctx.origins.ownerName(ctx.origins.originOf(reprint.originalId));
    return `${copy} reuses the text of ${original}, which has the same owner (${owner}): counted once`;
  }
  return `${copy} reprints ${original}: counted once`;
}

const listNames = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

/** Per origin, the sources of the reports among these that are no copies (copies have their own reason). */
export function sharedOwnersOf(
  ctx: VerifyContext,
  reportIds: Iterable<string>,
): Map<string, Set<string>> {
  const sourcesByOrigin = new Map<string, Set<string>>();
  for (const id of reportIds) {
    if (ctx.origins.rootOf(id) !== id) continue;
    const origin = ctx.origins.originOf(id);
    const set = sourcesByOrigin.get(origin) ?? new Set<string>();
    set.add(reportOf(ctx, id).sourceId);
    sourcesByOrigin.set(origin, set);
  }
  return sourcesByOrigin;
}

/**
 * "Lakeshore Tribune and Lakeshore Business Review share an owner (Lakeshore
 * Media Group): counted once", for each owner with several sources among the
 * reports that are not copies (see sharedOwnersOf).
 */
export function sharedOwnerReasons(
  ctx: VerifyContext,
  sourcesByOrigin: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const reasons: string[] = [];
  for (const [origin, sourceIds] of sourcesByOrigin) {
    if (sourceIds.size < 2) continue;
    const names = [...sourceIds].sort().map((s) => sourceName(ctx, s));
    reasons.push(
      `${listNames(names)} share an owner (${ctx.origins.ownerName(origin)}): counted once`,
    );
  }
  return reasons.sort();
}

function reportsPhrase(ctx: VerifyContext, claims: readonly Claim[]): string {
  const refs = [...new Set(claims.map((c) => reportRef(ctx, c.reportId)))].sort();
  return `${refs.length === 1 ? "report" : "reports"} ${refs.join(", ")}`;
}

/** One sentence per denying actor: "Zelenskyy denied it (report r-12)". */
function byDenier(ctx: VerifyContext, denials: readonly Claim[], what: string): string[] {
  const byHolder = new Map<string, Claim[]>();
  for (const denial of denials) {
    if (!denial.holderId) continue;
    byHolder.set(denial.holderId, [...(byHolder.get(denial.holderId) ?? []), denial]);
  }
  return [...byHolder.entries()].map(
    ([holder, claims]) =>
      `${actorName(ctx, holder)} denied ${what} (${reportsPhrase(ctx, claims)})`,
  );
}

/** "Zelenskyy denied it (report r-12)", one sentence per denying actor. */
export function denialReasons(ctx: VerifyContext, denials: readonly Claim[]): string[] {
  return byDenier(ctx, denials, "it");
}

/** "Zelenskyy denied what this figure is told of (report r-12)": a denial lent by the event's cluster. */
export function lentDenialReasons(ctx: VerifyContext, denials: readonly Claim[]): string[] {
  return byDenier(ctx, denials, "what this figure is told of");
}

/** For outlets that only say a thing is unconfirmed: noted, but no denial. */
export function doubtReasons(ctx: VerifyContext, doubts: readonly Claim[]): string[] {
  return doubts.map(
    (d) =>
      `${reportSourceName(ctx, d.reportId)} (${reportRef(ctx, d.reportId)}) says it is not confirmed: not a denial by a party`,
  );
}

/** "90% (Zelenskyy; 3 reports, 2 origins)". */
export function variantPhrase(ctx: VerifyContext, variant: Variant): string {
  const holders = variant.holderIds.map((h) => actorName(ctx, h)).join(", ");
  const reports = plural(variant.reportIds.length, "report", "reports");
  const origins =
    variant.origins === variant.reportIds.length
      ? ""
      : `, ${plural(variant.origins, "origin", "origins")}`;
  return `${variant.value} (${holders ? `${holders}; ` : ""}${reports}${origins})`;
}

/** "values differ: 90% (Zelenskyy; 3 reports, 2 origins) vs 95% (Trump; 1 report)". */
export function valuesDifferReason(ctx: VerifyContext, variants: readonly Variant[]): string {
  return `values differ: ${variants.map((v) => variantPhrase(ctx, v)).join(" vs ")}`;
}

/** "Kremlin updated its figure from 20 to 35 on 2026-01-02". */
export function updateReason(
  ctx: VerifyContext,
  holderId: string,
  from: string,
  to: string,
  on: string,
): string {
  return `${actorName(ctx, holderId)} updated its figure from ${from} to ${to} on ${on}: not counted as a conflict`;
}

/** "positions of different holders, not a conflict: 15 years (United States; …) vs …". */
export function positionsReason(ctx: VerifyContext, variants: readonly Variant[]): string {
  return `positions of different holders, not a conflict: ${variants.map((v) => variantPhrase(ctx, v)).join(" vs ")}`;
}

/** "more than 1 hour (1 report) fits more than one of the other values: not a conflict". */
export function fittingReason(ctx: VerifyContext, variant: Variant): string {
  return `${variantPhrase(ctx, variant)} fits more than one of the other values: not a conflict`;
}
