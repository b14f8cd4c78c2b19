/**
 * The shared document extraction components work over, one layer each
 * (sentences, mentions, quotes, quantities, times, claims, stances, events,
 * commitments). A component reads the layers before it and fills its own.
 */
import type { Actor } from "./actor.js";
import type {
  Commitment,
  Mention,
  NegotiationEvent,
  Quantity,
  Quote,
  Sentence,
  Stance,
  TimeExpression,
} from "./annotations.js";
import type { Claim } from "./claim.js";
import type { Report } from "./report.js";

export interface ExtractedReport {
  report: Report;
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeExpression[];
  claims: Claim[];
  stances: Stance[];
  events: NegotiationEvent[];
  commitments: Commitment[];
  /** People found in the text who are not in the dossier, with the title they were given. */
  discoveredActors: Actor[];
  /**
   * Why every layer is empty on purpose (a report in a language the extractor
   * cannot read); absent when the report was extracted.
   */
  notExtracted?: string;
  /**
   * Why the report is off the dossier's topic (it names none of its actors and
   * no word of its issues): it is stored and counted, but its layers are empty,
   * so it adds nothing to the brief, the verdicts or the dashboard's lists.
   */
  offTopic?: string;
}
