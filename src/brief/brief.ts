/** The brief as data: what the Markdown, HTML and JSON outputs all render. */
import type {
  CommitmentStatus,
  EventKind,
  PointStatus,
  Position,
  StanceVerdict,
  VerdictStatus,
} from "../model/index.js";
import type { KeyJudgment } from "./key-judgments.js";

export interface Citation {
  /** Citation number as printed: [1], [2], ... */
  n: number;
  reportId: string;
  sourceId: string;
  source: string;
  title: string;
  url: string | null;
  published: string;
  /** The citation number of the report this one reprints, when it is a copy. */
  copyOf: number | null;
  /** What the date was taken from when the report gave none ("the file's time"): it is assumed. */
  dateAssumed?: string;
  /** The report had no text but its headline. */
  headlineOnly?: boolean;
  /** How the source's owner was inferred, when the dossier does not list the source. */
  ownerInferred?: string;
}

/** What a reader should know of a cited report beyond its source, title and date: "date assumed …". */
export function citationNotes(c: Citation): string[] {
  const notes: string[] = [];
  if (c.dateAssumed) notes.push(`date assumed: ${c.dateAssumed}`);
  if (c.headlineOnly) notes.push("headline only");
  if (c.ownerInferred) notes.push(`owner ${c.ownerInferred}`);
  return notes;
}

export interface StatementVariant {
  value: string;
  holders: string[];
  citations: number[];
  origins: number;
  /** A vaguer value that agrees with more than one of the others: at odds with none. */
  fits?: boolean;
}

export interface Statement {
  clusterId: string;
  issue: string;
  status: VerdictStatus;
  /** The statement in the words of its most central report sentence. */
  text: string;
  /** Who says it, by name, when it is an attributed statement. */
  holders: string[];
  independentSources: number;
  reports: number;
  variants: StatementVariant[];
  citations: number[];
  reasons: string[];
}

export interface BriefSection {
  issue: string;
  label: string;
  statements: Statement[];
  /**
   * Statements of the issue this brief leaves out, when it was compiled with a
   * limit per issue (0 otherwise). Counted as claim clusters: a left-out one
   * may repeat the words of a listed one.
   */
  omitted: number;
}

export interface StanceRow {
  actorId: string;
  actor: string;
  issue: string;
  issueLabel: string;
  position: Position;
  asOf: string;
  evidence: string;
  citations: number[];
  /** Earlier, different positions of the same actor on the issue, oldest first. */
  earlier: { position: Position; asOf: string; citations: number[] }[];
  /** How sure the current position is: independent sources stating it, or reports disagreeing. */
  verdict?: StanceVerdict | undefined;
  /** A later single-source position that contradicts the current, corroborated one. */
  contested?:
    | { position: Position; asOf: string; evidence: string; citations: number[] }
    | undefined;
}

export interface BriefSummary {
  reports: number;
  sources: number;
  independentSources: number;
  /** Claim clusters by verdict: every one in scope, as `ttm stats` counts them. */
  claims: Record<VerdictStatus, number>;
  /** Clusters whose statement repeats the words and values of one listed before: listed once. */
  repeats?: number | undefined;
}

export interface Brief {
  title: string;
  dossierId: string;
  compiledAt: string;
  filters: { since: string | null; until: string | null; issue: string | null };
  /** First and last publication dates of the reports the brief rests on. */
  coverage: { from: string | null; until: string | null };
  summary: BriefSummary;
  /** The lines an analyst would write first, each cited with its verdict (see key-judgments). */
  keyJudgments?: KeyJudgment[] | undefined;
  sections: BriefSection[];
  stances: StanceRow[];
  /** What changed: shifts of position inside the brief's scope. */
  changes?: ShiftRow[] | undefined;
  framework?: { points: FrameworkRow[]; shareAgreed: ShareSeriesRow[] } | undefined;
  /** What is due: the commitments and deadlines ledger. */
  due?: DueRow[] | undefined;
  timeline?: TimelineRow[] | undefined;
  charts?: BriefCharts | undefined;
  citations: Citation[];
  outlets: string[];
  method: string;
  closing: string;
}

/** An actor's change of position on an issue, with the evidence on both sides. */
export interface ShiftRow {
  actorId: string;
  actor: string;
  issue: string;
  issueLabel: string;
  from: { position: Position; asOf: string; evidence: string; citations: number[] };
  to: { position: Position; asOf: string; evidence: string; citations: number[] };
}

export interface FrameworkRow {
  pointId: string;
  label: string;
  status: PointStatus;
  reason: string;
  /** The evidence that decided the status, when any did. */
  evidence: string | null;
  citations: number[];
}

/** One holder's "share agreed" figures, oldest first. */
export interface ShareSeriesRow {
  holder: string;
  points: { value: number; text: string; asOf: string; citations: number[] }[];
}

export interface DueRow {
  actor: string | null;
  what: string;
  /** The due window as days ("2026-01-06", "2026-01-01 to 2026-01-31"), and the words that gave it. */
  due: string | null;
  dueText: string | null;
  status: CommitmentStatus;
  reason: string;
  citations: number[];
  settledBy: { text: string; citations: number[] } | null;
}

export interface TimelineRow {
  date: string;
  kind: EventKind;
  participants: string[];
  text: string;
  figures: string[];
  citations: number[];
  status: VerdictStatus | null;
  independentSources: number | null;
}

/** Charts as sanitised SVG markup, for the HTML brief only (the JSON brief leaves them out). */
export interface BriefCharts {
  stances: string | null;
  timeline: string | null;
}
