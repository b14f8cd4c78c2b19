/**
 * A requirement whose subject is a thing, not an actor: "a vote would need a
 * truce of 60 days", "any deal on the border would go to the voters", "a
 * summit could only take place after a truce". Besides wanting what is
 * required, the speaker makes the subject conditional on it: the speaker
 * `conditions` the subject's issue. A subject "which" stands for the noun
 * phrase before it ("…to a referendum, which would require a truce").
 */
import type { Mention } from "../model/index.js";
import { type IssueLookup, issueOfCue } from "./stance-issue.js";

/** Requirement verbs whose object is what is required (not "must be approved", a passive). */
const REQUIREMENT =
  /^(?:would|will|could|can|does|do|did)?\s*(?:only\s+)?(?:need|require|take|go to|only)\b/i;
/** The subject of the requirement, a noun phrase that opens with a determiner or a gerund. */
const THING_SUBJECT =
  /^\s*(?:(?:a|an|any|the|such|this|that|these|those|every|each)\s|(?!(?:nothing|something|anything|everything|during|according)\s)\p{L}\p{Ll}+ing\s)[^,;:]*?\s*$/iu;
/** "Organizing that vote safely, he said, would take …": a subject, then who says so. */
const SUBJECT_THEN_SPEAKER =
  /^\s*([^,;:]+?),\s*(?:he|she|they|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)\s+(?:said|says|added|argued|warned|insisted|told\s+[^,;:]{1,40}?)\s*,\s*$/u;
/** ", which would require …", ", which Tesk says would require …": the subject is the phrase before. */
const WHICH_SUBJECT = /,\s+which\s+(?:[^,;]{0,50}?\s(?:says?|said|believes?|thinks?)\s+)?$/i;

export interface RequirementInput {
  text: string;
  /** The cue's own words. */
  cue: string;
  sentenceStart: number;
  clauseStart: number;
  cueStart: number;
  mentions: readonly Mention[];
}

/** The issue a requirement makes conditional, or null when the cue is no such requirement. */
export function conditionedIssue(lookup: IssueLookup, q: RequirementInput): string | null {
  if (!REQUIREMENT.test(q.cue)) return null;
  if (/^\s+be\b/i.test(q.text.slice(q.cueStart + q.cue.length, q.cueStart + q.cue.length + 4)))
    return null;
  const lead = q.text.slice(q.clauseStart, q.cueStart);
  const upTo = q.text.slice(q.sentenceStart, q.cueStart);
  const which = WHICH_SUBJECT.exec(upTo);
  if (which) {
    const before = upTo.slice(0, which.index);
    return issueOfCue(lookup, {
      before,
      after: "",
      side: "before",
      previous: null,
      pointsBack: false,
    });
  }
  const spoken = SUBJECT_THEN_SPEAKER.exec(upTo);
  const subject = spoken ? spoken[1]! : lead;
  if (!THING_SUBJECT.test(subject)) return null;
  // "…a referendum, and holding one would take a truce": the pronoun stands for the thing
  // named earlier in the sentence.
  if (/^\s*(?:that\s+)?\p{L}\p{Ll}+ing\s+(?:one|it)\s*$/iu.test(subject))
    return issueOfCue(lookup, {
      before: q.text.slice(q.sentenceStart, q.clauseStart),
      after: "",
      side: "before",
      previous: null,
      pointsBack: false,
    });
  const subjectStart = spoken ? q.sentenceStart : q.clauseStart;
  const subjectEnd = spoken ? q.sentenceStart + spoken[1]!.length : q.cueStart;
  if (q.mentions.some((m) => m.start >= subjectStart && m.end <= subjectEnd)) return null;
  return issueOfCue(lookup, {
    before: "",
    after: subject,
    side: "after",
    previous: null,
    pointsBack: false,
  });
}
