/**
 * How sure each cell's current position is. Counted like a claim's verdict:
 * the independent origins (owners, with reprints counted as their original)
 * of the reports that state the position in its latest run; a cell whose
 * latest day disagrees with itself is conflicting.
 */
import type { StanceCell, StanceMatrix, StanceVerdict } from "../model/index.js";

/** The stances of the cell's latest run of its current position, newest last. */
export function currentRun(cell: StanceCell) {
  const run = [];
  for (let i = cell.history.length - 1; i >= 0; i--) {
    const s = cell.history[i]!;
    if (s.position !== cell.current) {
      // A different position on the latest day is a disagreement, not the end of the run.
      if (s.asOf.slice(0, 10) === cell.history[cell.history.length - 1]!.asOf.slice(0, 10))
        continue;
      break;
    }
    run.unshift(s);
  }
  return run;
}

export function stanceVerdict(
  cell: StanceCell,
  originOf: (reportId: string) => string,
): StanceVerdict {
  const reports = [...new Set(currentRun(cell).map((s) => s.reportId))];
  const independentSources = new Set(reports.map(originOf)).size;
  const status = cell.mixed
    ? "conflicting"
    : independentSources >= 2
      ? "corroborated"
      : "single_source";
  return { status, independentSources, reports: reports.length };
}

/** The matrix with a verdict on every cell. */
export function withStanceVerdicts(
  matrix: StanceMatrix,
  originOf: (reportId: string) => string,
): StanceMatrix {
  return {
    ...matrix,
    cells: matrix.cells.map((cell) => ({ ...cell, verdict: stanceVerdict(cell, originOf) })),
  };
}
