/**
 * What verdicts need to know besides the claims: the reports, their sources,
 * the actors, the origin of every report and the reprints, with the names a
 * reader should see in reasons.
 */
import type { Actor, Report, Reprint, Source } from "../model/index.js";
import type { OriginIndex } from "./origins.js";
import type { TermWeights } from "./similarity.js";

export interface VerifyContext {
  reportsById: ReadonlyMap<string, Report>;
  sourcesById: ReadonlyMap<string, Source>;
  actorsById: ReadonlyMap<string, Actor>;
  origins: OriginIndex;
  reprints: readonly Reprint[];
  weights: TermWeights;
}

export function reportOf(ctx: VerifyContext, reportId: string): Report {
  const report = ctx.reportsById.get(reportId);
  if (!report) throw new Error(`verify: report ${reportId} is not among the reports`);
  return report;
}

/** How a reader finds the report: the id the input gave it ("dev-004"), else its own id. */
export function reportRef(ctx: VerifyContext, reportId: string): string {
  return ctx.reportsById.get(reportId)?.externalId ?? reportId;
}

export function sourceName(ctx: VerifyContext, sourceId: string): string {
  return ctx.sourcesById.get(sourceId)?.name ?? sourceId;
}

/** The name of the source that published a report. */
export function reportSourceName(ctx: VerifyContext, reportId: string): string {
  return sourceName(ctx, reportOf(ctx, reportId).sourceId);
}

/** The actor's name, shortened to the surname for people ("Zelenskyy"), as headlines do. */
export function actorName(ctx: VerifyContext, actorId: string): string {
  const actor = ctx.actorsById.get(actorId);
  if (!actor) return actorId;
  if (actor.kind !== "person") return actor.name;
  return actor.name.trim().split(/\s+/).at(-1) ?? actor.name;
}
