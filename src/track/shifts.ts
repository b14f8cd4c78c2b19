/**
 * Shifts: an actor's position on an issue that changes over time, with the
 * evidence on both sides. Two readings: the changes between dated stances of
 * one cell (optionally only those that happened inside a window), and a
 * before/after comparison of two periods (two rounds, two administrations).
 */
import type {
  Period,
  PeriodChange,
  PeriodComparison,
  PeriodPosition,
  Position,
  Shift,
  Stance,
  StanceMatrix,
} from "../model/index.js";
import { buildStanceMatrix } from "./stance-matrix.js";

export interface ShiftWindow {
  /** Inclusive days (YYYY-MM-DD): a shift counts when its later stance falls inside. */
  since?: string | undefined;
  until?: string | undefined;
}

const day = (iso: string) => iso.slice(0, 10);

function inWindow(iso: string, window: ShiftWindow): boolean {
  const d = day(iso);
  return (!window.since || d >= window.since) && (!window.until || d <= window.until);
}

/**
 * Positions grouped by what they mean for a deal: a move inside a group
 * ("proposes" to "supports") is no shift; a denial is about a fact, not a position.
 */
const STANCE_GROUP: Record<Position, string | null> = {
  demands: "insists",
  proposes: "for",
  supports: "for",
  accepts: "for",
  conditions: "conditional",
  rejects: "against",
  opposes: "against",
  denies: null,
};

/** Whether going from one position to another is a shift of position. */
export function isShift(before: Position, after: Position): boolean {
  const a = STANCE_GROUP[before];
  const b = STANCE_GROUP[after];
  return a !== null && b !== null && a !== b;
}

/**
 * Changes of position between stances on different days. Within one day two
 * positions are a disagreement of reports (the cell is "mixed"), not a shift.
 */
export function findShifts(matrix: StanceMatrix, window: ShiftWindow = {}): Shift[] {
  const shifts: Shift[] = [];
  for (const cell of matrix.cells) {
    let previous: Stance | undefined;
    for (const stance of cell.history) {
      if (STANCE_GROUP[stance.position] === null) continue;
      const changed = previous && isShift(previous.position, stance.position);
      const laterDay = previous && day(stance.asOf) > day(previous.asOf);
      if (previous && changed && laterDay && inWindow(stance.asOf, window)) {
        shifts.push({ actorId: cell.actorId, issue: cell.issue, before: previous, after: stance });
      }
      previous = stance;
    }
  }
  return shifts;
}

/** Parses "2025-12-01..2025-12-31" into a period; the error names the option and the reason. */
export function parsePeriod(text: string, name = "period"): Period {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m) throw new Error(`${name}: expected FROM..UNTIL as YYYY-MM-DD..YYYY-MM-DD, got '${text}'`);
  const [, from, until] = m as unknown as [string, string, string];
  for (const d of [from, until])
    if (Number.isNaN(Date.parse(`${d}T00:00:00Z`))) throw new Error(`${name}: '${d}' is no date`);
  if (from > until) throw new Error(`${name}: ${from} is after ${until}`);
  return { from, until };
}

function positionsIn(stances: Stance[], period: Period): Map<string, PeriodPosition> {
  const inside = stances.filter((s) =>
    inWindow(s.asOf, { since: period.from, until: period.until }),
  );
  const out = new Map<string, PeriodPosition>();
  for (const cell of buildStanceMatrix(inside).cells) {
    const lastDay = day(cell.history[cell.history.length - 1]!.asOf);
    const evidence = cell.history.filter(
      (s) => day(s.asOf) === lastDay && s.position === cell.current,
    );
    out.set(`${cell.actorId}\u0000${cell.issue}`, { position: cell.current, evidence });
  }
  return out;
}

/** Compares where every actor stood on every issue in two periods. */
export function comparePeriods(stances: Stance[], before: Period, after: Period): PeriodComparison {
  const a = positionsIn(stances, before);
  const b = positionsIn(stances, after);
  const changes: PeriodChange[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const [actorId, issue] = key.split("\u0000") as [string, string];
    const was = a.get(key) ?? null;
    const is = b.get(key) ?? null;
    if (was && is && !isShift(was.position, is.position)) continue;
    const kind = was && is ? "changed" : is ? "new" : "dropped";
    changes.push({ actorId, issue, kind, before: was, after: is });
  }
  const order = { changed: 0, new: 1, dropped: 2 };
  changes.sort(
    (x, y) =>
      order[x.kind] - order[y.kind] ||
      x.actorId.localeCompare(y.actorId) ||
      x.issue.localeCompare(y.issue),
  );
  return { before, after, changes };
}
