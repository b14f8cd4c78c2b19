/**
 * How sure each cell's current position is. Counted like a claim's verdict:
 * the independent origins (owners, with reprints counted as their original)
 * of the reports that state the position in its latest run; a cell whose
 * latest day disagrees with itself is conflicting.
 *
 * A later position that one source states against (contradicting, not
 * conditioning) an earlier one that several stated does not replace it: the cell keeps the corroborated position and
 * shows the later one as contesting it, until a second source confirms it.
 */
import type { StanceCell, StanceMatrix, StanceVerdict } from "../model/index.js";
import { contradicts, dayOf, groupOf, originsOf } from "./groups.js";

/** The stances of the cell's latest run of its current position, newest last. */
export function currentRun(cell: StanceCell) {
  const run = [];
  const current = cell.current;
  const lastDay = dayOf(cell.history[cell.history.length - 1]!);
  let started = false;
  for (let i = cell.history.length - 1; i >= 0; i--) {
    const s = cell.history[i]!;
    if (s.position !== current) {
      // Before the run starts (a contesting stance) or on the latest day (a disagreement),
      // another position does not end it.
      if (!started || dayOf(s) === lastDay) continue;
      break;
    }
    started = true;
    run.unshift(s);
  }
  return run;
}

export function stanceVerdict(
  cell: StanceCell,
  originOf: (reportId: string) => string,
): StanceVerdict {
  const run = currentRun(cell);
  const reports = [...new Set(run.map((s) => s.reportId))];
  const independentSources = originsOf(run, originOf);
  const status = cell.contested
    ? "contested"
    : cell.mixed
      ? "conflicting"
      : independentSources >= 2
        ? "corroborated"
        : "single_source";
  return { status, independentSources, reports: reports.length };
}

/**
 * The cell as it stands once support is counted: when the latest position (one day,
 * one group, one source) contradicts the run just before it and that run had two
 * independent sources or more, the earlier run stays current and the latest contests it.
 */
export function settleCell(cell: StanceCell, originOf: (reportId: string) => string): StanceCell {
  if (cell.mixed) return cell;
  const latestGroup = groupOf(cell.current);
  if (!latestGroup) return cell;
  const latest = currentRun(cell);
  if (originsOf(latest, originOf) >= 2) return cell;
  const before = cell.history.filter((s) => dayOf(s) < dayOf(latest[0]!));
  // The run just before: the stances of the latest earlier group, back to where it changed.
  const earlier = [...before].reverse().find((s) => groupOf(s.position) !== null);
  const earlierGroup = earlier ? groupOf(earlier.position) : null;
  if (!earlier || !earlierGroup || !contradicts(earlierGroup, latestGroup)) return cell;
  const run = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const g = groupOf(before[i]!.position);
    if (g === null) continue;
    if (g !== earlierGroup) break;
    run.unshift(before[i]!);
  }
  if (originsOf(run, originOf) < 2) return cell;
  const lastOfRun = run[run.length - 1]!;
  return {
    ...cell,
    current: lastOfRun.position,
    reportIds: [
      ...new Set(
        run
          .filter((s) => dayOf(s) === dayOf(lastOfRun) && s.position === lastOfRun.position)
          .map((s) => s.reportId),
      ),
    ],
    contested: {
      position: cell.current,
      asOf: latest[latest.length - 1]!.asOf,
      reportIds: [...new Set(latest.map((s) => s.reportId))],
      evidence: latest[latest.length - 1]!.evidence,
    },
  };
}

/** The matrix with every cell settled and given its verdict. */
export function withStanceVerdicts(
  matrix: StanceMatrix,
  originOf: (reportId: string) => string,
): StanceMatrix {
  return {
    ...matrix,
    cells: matrix.cells.map((cell) => {
      const settled = settleCell(cell, originOf);
      return { ...settled, verdict: stanceVerdict(settled, originOf) };
    }),
  };
}
