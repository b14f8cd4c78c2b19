/** What tracking produces: where each actor stands on each issue, and what changed. */
import type {
  CommitmentStatus,
  EventKind,
  Granularity,
  NegotiationEvent,
  Position,
  Stance,
} from "./annotations.js";
import type { VerdictStatus } from "./verification.js";

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
  /** How sure the current position is; absent until origins are counted (see track/stance-verdicts). */
  verdict?: StanceVerdict | undefined;
  /**
   * A later position stated by one source against an earlier one several stated: it is
   * shown as contesting the current position, not taken as the new one.
   */
  contested?: ContestingStance | undefined;
}

export interface ContestingStance {
  position: Position;
  asOf: string;
  reportIds: string[];
  evidence: string;
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

/** How sure a cell's current position is, counted like a claim's verdict. */
export interface StanceVerdict {
  /**
   * conflicting: the latest stances of the cell disagree with each other; contested: a later
   * single-source stance contradicts the current, corroborated position.
   */
  status: "corroborated" | "single_source" | "conflicting" | "contested";
  /** Independent origins (owners, reprints once) stating the current position. */
  independentSources: number;
  reports: number;
}

/** Two periods to compare, as inclusive days (YYYY-MM-DD). */
export interface Period {
  from: string;
  until: string;
}

/** Where an actor stood on an issue within one period: the latest position and its evidence. */
export interface PeriodPosition {
  position: Position;
  /** The stances of the period's latest day that state this position. */
  evidence: Stance[];
}

/** An actor × issue cell compared across two periods. */
export interface PeriodChange {
  actorId: string;
  issue: string;
  /** changed: two positions; new: a position only in the later period; dropped: only in the earlier. */
  kind: "changed" | "new" | "dropped";
  before: PeriodPosition | null;
  after: PeriodPosition | null;
}

export interface PeriodComparison {
  before: Period;
  after: Period;
  changes: PeriodChange[];
}

export type PointStatus = "agreed" | "open" | "disputed";

/** A sentence or a pair of stances that says where a framework point stands. */
export interface PointEvidence {
  reportId: string;
  sentence: number;
  text: string;
  asOf: string;
  says: PointStatus;
  /** text: the sentence says so in words; stances: the parties' positions on the point's issue. */
  via: "text" | "stances";
}

export interface FrameworkPointStatus {
  pointId: string;
  label: string;
  issue: string;
  status: PointStatus;
  /** Why, in words a reader can check. */
  reason: string;
  /** Evidence, oldest first; the latest decides the status. */
  evidence: PointEvidence[];
}

/** One reported "share agreed" figure: 90% per Kyiv on one day. */
export interface ShareAgreedPoint {
  holderId: string | null;
  /** Percent, 0..100. */
  value: number;
  /** The figure as written: "about 90 percent". */
  text: string;
  asOf: string;
  reportId: string;
  claimId: string;
  clusterId: string | null;
}

/** The figures one holder gave over time, oldest first. */
export interface ShareAgreedSeries {
  holderId: string | null;
  points: ShareAgreedPoint[];
}

export interface FrameworkTracker {
  points: FrameworkPointStatus[];
  shareAgreed: ShareAgreedSeries[];
}

/** A due window as inclusive days, resolved against the publication date of the report. */
export interface DueWindow {
  from: string;
  until: string;
  /** The words that gave it ("in early January") and their normalised value. */
  text: string;
  value: string;
  granularity: Granularity;
}

/** One report's statement of a ledger entry. */
export interface LedgerStatement {
  reportId: string;
  /** The extraction's commitment id, or the event id for a planned event it did not catch. */
  sourceId: string;
  via: "commitment" | "event";
  sentence: number;
  what: string;
  asOf: string;
  due: DueWindow | null;
}

/** A ledger statement as tracking groups it: who it binds, its terms and the act it plans. */
export interface PlanStatement extends LedgerStatement {
  actorId: string | null;
  /** Content stems and "@actor" ids it is recognised by across reports. */
  terms: string[];
  /** The kind of act a later report must tell done: meeting, call, travel, signing, result. */
  action: string | null;
}

/**
 * What tracking reads of one extracted report, worked out once when the report
 * is extracted and stored beside it, so tracking a store reads these small
 * records instead of every report's text and layers. Every part is exact: it
 * keeps everything tracking could use of the report, nothing less.
 */
export interface TrackingDigest {
  /** The digest's format; a store's digests of an older format are made again. */
  version: number;
  reportId: string;
  sourceId: string;
  published: string;
  /**
   * Sentences that say in words that something is agreed, open or disputed,
   * with the stems of their words (what a framework point's anchors match).
   */
  statusSentences: { sentence: number; text: string; says: PointStatus; stems: string[] }[];
  /** The plans the report states, for the ledger. */
  plans: PlanStatement[];
  /** Sentences that could settle a plan: they tell an act done, or called off. */
  told: { sentence: number; text: string; terms: string[]; days: string[] }[];
  /** Events told as having happened on a day or in a week, with the figures told with them. */
  events: { event: NegotiationEvent; figures: string[] }[];
}

/** A stated future event or promise, as many reports tell it, with its status. */
export interface LedgerEntry {
  id: string;
  actorId: string | null;
  what: string;
  /** The narrowest window any report gives. */
  due: DueWindow | null;
  status: CommitmentStatus;
  /** Why the status, in words a reader can check. */
  reason: string;
  /** The later report sentence that settled the status, when one did. */
  settledBy: { reportId: string; sentence: number; text: string; asOf: string } | null;
  statements: LedgerStatement[];
}

/** A dated event on the timeline, told by one or more reports. */
export interface TimelineEntry {
  id: string;
  date: string;
  granularity: Granularity;
  kind: EventKind;
  participants: string[];
  /** The sentence of the earliest original report telling it. */
  text: string;
  /** Figures told with it ("about 500 drones"), as written. */
  figures: string[];
  reportIds: string[];
  sourceIds: string[];
  /** The verdict of the weightiest claim cluster holding one of its sentences, when one does. */
  verdict: {
    clusterId: string;
    status: VerdictStatus;
    independentSources: number;
    reports: number;
  } | null;
}

/** Everything tracking produces for one scope of reports. */
export interface Tracking {
  /** The day tracking is relative to: the latest publication date in scope. */
  asOf: string | null;
  matrix: StanceMatrix;
  shifts: Shift[];
  framework: FrameworkTracker;
  ledger: LedgerEntry[];
  timeline: TimelineEntry[];
}

/**
 * Positions grouped by what they mean for a deal (FORMAT.md, "Tracking"): a move
 * inside a group ("proposes" to "supports") is no shift; a denial is about a fact,
 * not a position, and belongs to no group.
 */
export type PositionGroup = "for" | "against" | "insists" | "conditional";

const POSITION_GROUP: Record<Position, PositionGroup | null> = {
  demands: "insists",
  proposes: "for",
  supports: "for",
  accepts: "for",
  conditions: "conditional",
  rejects: "against",
  opposes: "against",
  denies: null,
};

/** The group of a position; null for a denial (and for a word that is no position). */
export function groupOf(position: string): PositionGroup | null {
  return POSITION_GROUP[position as Position] ?? null;
}
