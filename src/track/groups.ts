/**
 * Positions grouped by what they mean for a deal (FORMAT.md, "Tracking"): a
 * move inside a group ("proposes" to "supports") is no shift; a denial is
 * about a fact, not a position, and belongs to no group.
 */
import type { Position, Stance } from "../model/index.js";

export type PositionGroup = "for" | "against" | "insists" | "conditional";

const STANCE_GROUP: Record<Position, PositionGroup | null> = {
  demands: "insists",
  proposes: "for",
  supports: "for",
  accepts: "for",
  conditions: "conditional",
  rejects: "against",
  opposes: "against",
  denies: null,
};

export function groupOf(position: Position): PositionGroup | null {
  return STANCE_GROUP[position];
}

export const dayOf = (s: Pick<Stance, "asOf">) => s.asOf.slice(0, 10);

/** The independent origins among some stances' reports. */
export function originsOf(stances: readonly Stance[], originOf: (reportId: string) => string) {
  return new Set(stances.map((s) => originOf(s.reportId))).size;
}

/**
 * Whether two groups cannot both be an actor's position: against beside for or
 * insisting. Supporting a thing and insisting on it point the same way, and a
 * condition refines a position rather than contradicting it.
 */
export function contradicts(a: PositionGroup, b: PositionGroup): boolean {
  if (a === "conditional" || b === "conditional") return false;
  return (a === "against") !== (b === "against");
}
