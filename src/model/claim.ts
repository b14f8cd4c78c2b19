/**
 * A claim is one checkable statement in one report, normalised so that claims
 * about the same thing in other reports can be grouped with it.
 */

import type { Quantity, Span, TimeExpression } from "./annotations.js";
import type { IssueId } from "./dossier.js";

export type Polarity = "affirm" | "deny";

export interface Claim {
  /** `${reportId}:${sentence}:${n}`: stable across re-runs of the same report. */
  id: string;
  reportId: string;
  sentence: number;
  /** Who asserts it: an actor id, or null when the outlet states it in its own voice. */
  holderId: string | null;
  /** What the claim is about: an actor id or a noun phrase ("the framework"). */
  subject: string;
  /** A normalised predicate: "share_agreed", "offers_guarantee_duration", "launched", "hosted". */
  predicate: string;
  issue: IssueId;
  /** The object in words, e.g. "drones at Kyiv". */
  object: string;
  quantity: Quantity | null;
  time: TimeExpression | null;
  polarity: Polarity;
  /**
   * The key claims cluster under: claims with the same slot speak of the same
   * thing, so their values can agree or conflict.
   */
  slot: string;
  /** Content words that describe the claim, used to cluster claims that have no figure. */
  terms: string[];
  evidence: Span & { text: string };
}

/**
 * A venue claim (extract/venue-claims.ts, verify/venues.ts): where a meeting is
 * held. Its terms name who met ("with:"), the place ("venue:") and every place
 * that place lies in ("within:").
 */
export const VENUE_PREDICATE = "venue";
export const VENUE_TERMS = { with: "with:", venue: "venue:", within: "within:" } as const;
