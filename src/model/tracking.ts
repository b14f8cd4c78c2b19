/** What tracking produces: where each actor stands on each issue, and what changed. */
import type { Position, Stance } from "./annotations.js";

export interface StanceCell {
  actorId: string;
  issue: string;
  /** The latest position, by publication date of the report that states it. */
  current: Position;
  /** Every stance in the cell, oldest first. */
  history: Stance[];
  /** Reports behind the current position (the latest date's stances with that position). */
  reportIds: string[];
  /** Set when the latest stances disagree with each other on the same day. */
  mixed: boolean;
}

export interface StanceMatrix {
  actors: string[];
  issues: string[];
  cells: StanceCell[];
}

export interface Shift {
  actorId: string;
  issue: string;
  before: Stance;
  after: Stance;
}
