/**
 * The actor × issue stance matrix: each cell holds an actor's latest stated
 * position on an issue, the evidence behind it and the history of the cell.
 */
import type { Stance, StanceCell, StanceMatrix } from "../model/index.js";

const byDateThenReport = (a: Stance, b: Stance) =>
  a.asOf.localeCompare(b.asOf) || a.reportId.localeCompare(b.reportId) || a.sentence - b.sentence;

function cellOf(actorId: string, issue: string, stances: Stance[]): StanceCell {
  const history = [...stances].sort(byDateThenReport);
  const last = history[history.length - 1]!;
  const lastDay = last.asOf.slice(0, 10);
  const latest = history.filter((s) => s.asOf.slice(0, 10) === lastDay);
  const positions = new Set(latest.map((s) => s.position));
  return {
    actorId,
    issue,
    current: last.position,
    history,
    reportIds: [
      ...new Set(latest.filter((s) => s.position === last.position).map((s) => s.reportId)),
    ],
    mixed: positions.size > 1,
  };
}

/**
 * Builds the matrix; `actorOrder` and `issueOrder` (dossier order) fix the row
 * and column order, and actors or issues with no stance are left out.
 */
export function buildStanceMatrix(
  stances: Stance[],
  actorOrder: string[] = [],
  issueOrder: string[] = [],
): StanceMatrix {
  const groups = new Map<string, Stance[]>();
  for (const s of stances) {
    const key = `${s.actorId}\u0000${s.issue}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  const cells = [...groups.entries()].map(([key, group]) => {
    const [actorId, issue] = key.split("\u0000") as [string, string];
    return cellOf(actorId, issue, group);
  });
  const rank = (order: string[], id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const actors = [...new Set(cells.map((c) => c.actorId))].sort(
    (a, b) => rank(actorOrder, a) - rank(actorOrder, b) || a.localeCompare(b),
  );
  const issues = [...new Set(cells.map((c) => c.issue))].sort(
    (a, b) => rank(issueOrder, a) - rank(issueOrder, b) || a.localeCompare(b),
  );
  cells.sort(
    (a, b) =>
      actors.indexOf(a.actorId) - actors.indexOf(b.actorId) ||
      issues.indexOf(a.issue) - issues.indexOf(b.issue),
  );
  return { actors, issues, cells };
}
