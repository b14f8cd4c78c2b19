/**
 * Tracking (FORMAT.md, "Tracking"): the stance matrix and the shifts, scored
 * against what the gold article stances imply. Positions fall in groups (for,
 * against, insists, conditional; a denial is about a fact and is left out).
 * The gold cell of an actor and issue is the group, or groups, of the latest
 * day on which some report that is not a copy gives it a stance; a gold shift
 * is a change of group between two consecutive such days.
 */
import { groupOf, type PositionGroup } from "../model/index.js";
import type { GoldSet } from "./gold.js";
import { type Prf, prf } from "./match.js";
import type { Predictions } from "./predictions.js";

export interface GoldCell {
  actor: string;
  issue: string;
  /** The latest day with a stance in the cell. */
  day: string;
  /** Its groups: any of them counts as right. */
  groups: PositionGroup[];
}

export interface ShiftKey {
  actor: string;
  issue: string;
  from: PositionGroup;
  to: PositionGroup;
}

export interface TrackingScores {
  matrix: Prf & {
    misses: GoldCell[];
    falseHits: Array<{ actor: string; issue: string; group: string }>;
  };
  shifts: Prf & { misses: ShiftKey[]; falseHits: ShiftKey[] };
}

const cellKey = (actor: string, issue: string) => `${actor}\u0000${issue}`;
const shiftKey = (s: ShiftKey) => `${s.actor}\u0000${s.issue}\u0000${s.from}\u0000${s.to}`;

/** The matrix and the shifts the gold stances imply. */
export function goldTracking(set: GoldSet): { cells: GoldCell[]; shifts: ShiftKey[] } {
  // cell → day → groups
  const byCell = new Map<
    string,
    { actor: string; issue: string; days: Map<string, Set<PositionGroup>> }
  >();
  for (const article of set.articles) {
    if (article.syndicated_from) continue;
    const day = article.published.slice(0, 10);
    for (const stance of article.gold.stances) {
      const group = groupOf(stance.position);
      if (!group) continue;
      const key = cellKey(stance.actor, stance.issue);
      let cell = byCell.get(key);
      if (!cell) {
        cell = { actor: stance.actor, issue: stance.issue, days: new Map() };
        byCell.set(key, cell);
      }
      let groups = cell.days.get(day);
      if (!groups) {
        groups = new Set();
        cell.days.set(day, groups);
      }
      groups.add(group);
    }
  }
  const cells: GoldCell[] = [];
  const shifts: ShiftKey[] = [];
  for (const { actor, issue, days } of byCell.values()) {
    const order = [...days.keys()].sort();
    const last = order[order.length - 1]!;
    cells.push({ actor, issue, day: last, groups: [...days.get(last)!].sort() });
    for (let i = 1; i < order.length; i++) {
      const before = days.get(order[i - 1]!)!;
      const after = days.get(order[i]!)!;
      for (const from of before) {
        if (after.has(from)) continue;
        for (const to of after) if (!before.has(to)) shifts.push({ actor, issue, from, to });
      }
    }
  }
  return { cells, shifts: dedupe(shifts) };
}

function dedupe(shifts: ShiftKey[]): ShiftKey[] {
  return [...new Map(shifts.map((s) => [shiftKey(s), s])).values()];
}

/** Matrix cells and shifts of the predictions against the gold; an empty side scores 1. */
export function scoreTracking(set: GoldSet, predictions: Predictions): TrackingScores {
  const gold = goldTracking(set);
  const goldCells = new Map(gold.cells.map((c) => [cellKey(c.actor, c.issue), c]));
  const predictedCells = new Map<string, { actor: string; issue: string; group: string }>();
  for (const s of predictions.tracking?.stances ?? []) {
    const group = groupOf(s.position);
    const key = cellKey(s.actor, s.issue);
    if (group && !predictedCells.has(key))
      predictedCells.set(key, { actor: s.actor, issue: s.issue, group });
  }
  const right = new Set<string>();
  const cellFalseHits: TrackingScores["matrix"]["falseHits"] = [];
  for (const [key, p] of predictedCells) {
    const g = goldCells.get(key);
    if (g?.groups.includes(p.group as PositionGroup)) right.add(key);
    else cellFalseHits.push(p);
  }
  const predictedShifts = dedupe(
    (predictions.tracking?.shifts ?? []).flatMap((s) => {
      const from = groupOf(s.from);
      const to = groupOf(s.to);
      return from && to && from !== to ? [{ actor: s.actor, issue: s.issue, from, to }] : [];
    }),
  );
  const goldShiftKeys = new Set(gold.shifts.map(shiftKey));
  const predictedShiftKeys = new Set(predictedShifts.map(shiftKey));
  const shiftsRight = predictedShifts.filter((s) => goldShiftKeys.has(shiftKey(s))).length;
  return {
    matrix: {
      ...prf(right.size, gold.cells.length, predictedCells.size),
      misses: gold.cells.filter((c) => !right.has(cellKey(c.actor, c.issue))),
      falseHits: cellFalseHits,
    },
    shifts: {
      ...prf(shiftsRight, gold.shifts.length, predictedShifts.length),
      misses: gold.shifts.filter((s) => !predictedShiftKeys.has(shiftKey(s))),
      falseHits: predictedShifts.filter((s) => !goldShiftKeys.has(shiftKey(s))),
    },
  };
}
