/** What tracking needs of positions, days and origins (the groups are the model's). */
import { groupOf, type PositionGroup, type Stance } from "../model/index.js";

export { groupOf, type PositionGroup };

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
