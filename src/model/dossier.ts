/** A topic to follow: who takes part, what is at issue, which sources to read. */
import type { Actor } from "./actor.js";
import type { Source } from "./source.js";

export type IssueId = string;

export interface Issue {
  id: IssueId;
  label: string;
  /** Words and phrases that put a sentence on this issue (matched case-insensitively, as words). */
  vocabulary: string[];
  /**
   * Issues this one is usually about: a referendum is held on territory or on
   * the deal. When a stance's words name this issue and one of these, the
   * stance is on this one ("wants any territorial deal approved in a
   * referendum" is a demand for a referendum).
   */
  about?: IssueId[];
}

/** A point of a negotiated text, e.g. one of the 20 points of a framework. */
export interface FrameworkPoint {
  id: string;
  label: string;
  issue: IssueId;
}

export interface Dossier {
  id: string;
  title: string;
  description: string;
  /** The period the dossier follows, ISO dates. */
  period: { from: string; until: string } | null;
  actors: Actor[];
  issues: Issue[];
  sources: Source[];
  framework: FrameworkPoint[];
}
