/**
 * Shifts: an actor's position on an issue that changes over time, with the
 * evidence on both sides. A first version over the cell history: a shift is a
 * change of position between two dated stances of one actor on one issue.
 */
import type { Shift, Stance, StanceMatrix } from "../model/index.js";

export function findShifts(matrix: StanceMatrix): Shift[] {
  const shifts: Shift[] = [];
  for (const cell of matrix.cells) {
    let previous: Stance | undefined;
    for (const stance of cell.history) {
      const changed = previous && previous.position !== stance.position;
      const laterDay = previous && stance.asOf.slice(0, 10) > previous.asOf.slice(0, 10);
      if (previous && changed && laterDay) {
        shifts.push({ actorId: cell.actorId, issue: cell.issue, before: previous, after: stance });
      }
      previous = stance;
    }
  }
  return shifts;
}
