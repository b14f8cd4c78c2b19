/**
 * What extraction finds in one report. Every span is a pair of character offsets
 * into Report.text (start inclusive, end exclusive), so any finding can be shown
 * in its sentence and checked by a reader.
 */
import type { IssueId } from "./dossier.js";

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  /** The paragraph (blank-line separated block) the sentence sits in, from 0. */
  paragraph: number;
}

export type MentionVia = "name" | "alias" | "title" | "pronoun" | "discovered";

export interface Mention extends Span {
  actorId: string;
  text: string;
  sentence: number;
  via: MentionVia;
}

export type QuoteKind = "direct" | "indirect";

export interface Quote extends Span {
  /** The span is the quoted content: inside the marks for a direct quote, the reported clause for an indirect one. */
  kind: QuoteKind;
  /** Actor id of the speaker; null when no speaker could be found. */
  speakerId: string | null;
  /** The speaker as written in this report, e.g. "the Kremlin spokesman". */
  speakerText: string | null;
  /** The reporting verb or phrase: "said", "told reporters", "according to". */
  cue: string;
  content: string;
  sentence: number;
}

/**
 * How a figure is bounded. "about 500" is approx; "more than 600" is more_than;
 * "60 to 90 days" is a range (value is then [low, high]).
 */
export type QuantityBound =
  | "exact"
  | "approx"
  | "more_than"
  | "at_least"
  | "less_than"
  | "at_most"
  | "range";

export interface Quantity extends Span {
  text: string;
  value: number | [number, number];
  /** Singular, lower case: drone, missile, troop, percent, year, day, point, hour, minute, dollar. */
  unit: string;
  approx: boolean;
  bound: QuantityBound;
  sentence: number;
  /**
   * A count of part of a group counted in the same phrase ("four of the 28
   * hostages"): no value of the group's own count, so claims keep it apart.
   */
  partOfCounted?: true;
}

export type Granularity = "day" | "week" | "month" | "month-part" | "year" | "vague";

export interface TimeExpression extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY, resolved against the publication date. */
  value: string;
  granularity: Granularity;
  /** Whether the expression points after the publication date (a deadline, a plan). */
  future: boolean;
  sentence: number;
}

export type Position =
  | "demands"
  | "proposes"
  | "supports"
  | "accepts"
  | "rejects"
  | "opposes"
  | "conditions"
  | "denies";

export interface Stance {
  actorId: string;
  issue: IssueId;
  position: Position;
  reportId: string;
  sentence: number;
  /** The sentence text (or the part of it) that shows the stance. */
  evidence: string;
  evidenceSpan: Span;
  /** Publication date of the report, ISO 8601: a stance holds as of then. */
  asOf: string;
}

export type EventKind = "meeting" | "call" | "attack" | "statement" | "proposal" | "other";

export interface NegotiationEvent {
  id: string;
  reportId: string;
  kind: EventKind;
  participants: string[];
  /** Normalised date value of the event, when the text gives one. */
  date: string | null;
  granularity: Granularity | null;
  text: string;
  span: Span;
  sentence: number;
  /** The words that show the event ("hosted", "summit"); absent in records made before it was kept. */
  trigger?: Span;
}

export type CommitmentStatus = "pending" | "met" | "missed" | "unknown";

/** A stated future event or promise: who will do what, by when. */
export interface Commitment {
  id: string;
  reportId: string;
  actorId: string | null;
  what: string;
  due: TimeExpression | null;
  status: CommitmentStatus;
  sentence: number;
  span: Span;
}
