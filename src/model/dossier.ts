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

/**
 * A place where the negotiation's events are held, and the place it lies in
 * ("Mar-a-Lago" within "Palm Beach" within "Florida"): two reports that place
 * one meeting in places neither of which lies in the other disagree.
 */
export interface Place {
  id: string;
  name: string;
  /** Other names, matched as words ("the Elysee" for "Élysée Palace"). */
  aliases: string[];
  /** The id of the place it lies in, or null. */
  within: string | null;
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
  /** Venues and the places they lie in; none when the dossier lists none. */
  places?: Place[];
}
