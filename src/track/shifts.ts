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
import { contradicts, groupOf, originsOf, type PositionGroup } from "./groups.js";
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

/** Whether going from one position to another is a shift of position. */
export function isShift(before: Position, after: Position): boolean {
  const a = groupOf(before);
  const b = groupOf(after);
  return a !== null && b !== null && a !== b;
}

/** One day of a cell: its stances by group (denials left out). */
type CellDay = { day: string; groups: Map<PositionGroup, Stance[]> };

function cellDays(history: readonly Stance[]): CellDay[] {
  const days: CellDay[] = [];
  for (const stance of history) {
    const group = groupOf(stance.position);
    if (!group) continue;
    const d = day(stance.asOf);
    let last = days[days.length - 1];
    if (!last || last.day !== d) {
      last = { day: d, groups: new Map() };
      days.push(last);
    }
    const list = last.groups.get(group);
    if (list) list.push(stance);
    else last.groups.set(group, [stance]);
  }
  return days;
}

/**
 * Changes of position between the days of a cell: a group stated on one day and
 * not the next, to a group stated on the next and not the one before. Within one
 * day two positions are a disagreement of reports (the cell is "mixed"), not a
 * shift. Both ends must stand: a move to a position that contradicts the one
 * before, stated by one source and then stated back again (A, then B once, then
 * A), is a blip, not two shifts, and a move to a position that contests a corroborated one is shown as
 * contesting it (see stance-verdicts), not as a shift.
 */
export function findShifts(
  matrix: StanceMatrix,
  window: ShiftWindow = {},
  originOf: (reportId: string) => string = (id) => id,
): Shift[] {
  const shifts: Shift[] = [];
  for (const cell of matrix.cells) {
    const days = cellDays(cell.history);
    const skip = new Set<string>();
    for (let i = 1; i < days.length; i++) {
      const prev = days[i - 1]!;
      const next = days[i]!;
      for (const [from, fromStances] of prev.groups) {
        if (next.groups.has(from)) continue;
        for (const [to, toStances] of next.groups) {
          if (prev.groups.has(to) || skip.has(`${i}:${from}:${to}`)) continue;
          const after = toStances[0]!;
          if (
            cell.contested &&
            groupOf(cell.contested.position) === to &&
            cell.contested.reportIds.includes(after.reportId)
          )
            continue;
          // The run of the new group, and whether the cell then goes back.
          let j = i;
          const run: Stance[] = [];
          while (j < days.length && days[j]!.groups.has(to))
            run.push(...days[j++]!.groups.get(to)!);
          const blip =
            contradicts(from, to) &&
            originsOf(run, originOf) < 2 &&
            j < days.length &&
            days[j]!.groups.has(from);
          if (blip) {
            skip.add(`${j}:${to}:${from}`);
            continue;
          }
          if (!inWindow(after.asOf, window)) continue;
          shifts.push({
            actorId: cell.actorId,
            issue: cell.issue,
            before: fromStances[fromStances.length - 1]!,
            after,
          });
        }
      }
    }
  }
  return shifts;
}

/** The shifts whose later stance falls inside a window. */
export function shiftsInWindow(shifts: readonly Shift[], window: ShiftWindow): Shift[] {
  return shifts.filter((s) => inWindow(s.after.asOf, window));
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
