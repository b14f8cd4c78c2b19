/**
 * Clause frames for stances: which clause a stance cue stands in, and which
 * verb of saying, believing or agreeing opens that clause ("A said [that] …",
 * "both presidents agreed that …", "Moscow has long said it …"). The holder of
 * a stance is found from these (stance-holder.ts): the subject of the cue's
 * own clause, else the subject of the frame that reports it.
 */

/** How a frame treats the clause it opens. */
export type FrameKind = "report" | "belief" | "denial" | "question";

export interface Frame {
  kind: FrameKind;
  /** Where the frame's verb starts (its subject stands before it). */
  verbStart: number;
  /** Where the clause the frame opens starts. */
  clauseStart: number;
}

/**
 * Verbs of saying and thinking that open a reported clause, with an optional
 * object ("told reporters", "told Parliament") and an optional "that". A verb
 * directly followed by "to" ("agreed to", "said to be") opens none. A noun of
 * saying opens one only with "that" ("Keld's statement on Friday that it would
 * …"); its possessor is the subject.
 */
const REPORT_VERBS =
  "(?:statement|announcement|assurance|declaration)s?(?=(?:\\s+(?:on|last|this)\\s+\\p{L}+)?\\s+that\\b)|(?:has|had|have|set|sets|laid out|lays out) (?:a|one|his|her|its|their|a clear) (?:condition|demand|requirement|red line|position|message|answer|bottom line)s?(?:[^:;.]{0,60}[\\p{L}\\p{N}])?(?=:)|said|says|say|saying|told(?: (?!(?:he|she|it|they|we|I|that|the|a|an|his|her|its|their)\\b)[\\p{L}-]+){0,2}|tells(?: (?!(?:he|she|it|they|we|I|that|the|a|an|his|her|its|their)\\b)[\\p{L}-]+){0,2}|added|adds|argued|argues|insisted|insists|warned|warns|stressed|stresses|noted|notes|stated|states|announced|announces|repeated|repeats|wrote|writes|acknowledged|acknowledges|confirmed|confirms|claimed|claims|maintained|maintains|signall?ed|indicated|indicates|made clear|has made clear";
const BELIEF_VERBS =
  "agreed|agree|agrees|believes?|believed|thinks?|thought|feels?|felt|sees?|saw|considers?|considered|hopes?|hoped|fears?|feared|is convinced|are convinced|was convinced|were convinced";
const DENIAL_VERBS =
  "denied|denies|deny|den(?:y|ied) reports?|dismissed (?:reports?|claims?|suggestions?)|rejected (?:reports?|claims?|suggestions?)";
const QUESTION_VERBS =
  "asked|asks|wondered|wonders|(?:did|does|do|would|will|could) not (?:say|disclose|confirm|specify)|declined to (?:say|confirm|specify)|refused to (?:say|confirm)|is unclear|was unclear|it is not clear|it was not clear";

/** A frame verb and what follows it up to the clause it opens. */
const FRAME_RE = new RegExp(
  String.raw`\b(?:(?<denial>${DENIAL_VERBS})|(?<question>${QUESTION_VERBS})|(?<belief>${BELIEF_VERBS})|(?<report>${REPORT_VERBS}))\b(?<tail>:?(?:\s+(?:on|last|this|late|early)\s+\p{L}+(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:repeatedly|again|also|publicly|privately|earlier|previously|flatly|firmly|on\s+\p{L}+day))*\s*(?:,\s*)?(?:that\b|whether\b|if\b)?\s*)`,
  // Case-sensitive: "United States" and "Notes" are names, not verbs.
  "gu",
);

/** The frame verbs of a span of text, in order; a verb followed by "to" or a noun-like "as" opens no clause. */
export function framesIn(text: string, start: number, end: number): Frame[] {
  const frames: Frame[] = [];
  const part = text.slice(start, end);
  // exec() in a loop, not matchAll, which copies the regex on every call.
  FRAME_RE.lastIndex = 0;
  for (let m = FRAME_RE.exec(part); m; m = FRAME_RE.exec(part)) {
    const g = m.groups ?? {};
    const verbStart = start + m.index;
    const clauseStart = verbStart + m[0].length;
    const next = text.slice(clauseStart, clauseStart + 4);
    // "agreed to give up", "said to be": an infinitive, not a reported clause.
    if (/^to\b/i.test(next) && !/(?:that|whether|if)\s*$/i.test(m[0])) continue;
    // "…, Kurti said." closes the sentence: it frames what came before, not after.
    if (/^\s*(?:[.,;:)”"’]|$)/.test(text.slice(clauseStart, clauseStart + 2)) && !g.tail?.trim())
      continue;
    const opensWh = /\b(?:whether|if)\s*$/i.test(m[0]);
    const kind: FrameKind = g.denial
      ? "denial"
      : g.question || opensWh
        ? "question"
        : g.belief
          ? "belief"
          : "report";
    frames.push({ kind, verbStart, clauseStart });
  }
  return frames;
}

/** The innermost frame that opens the clause holding `at`: the last one before it. */
export function frameOf(frames: readonly Frame[], at: number): Frame | null {
  let found: Frame | null = null;
  for (const f of frames) if (f.clauseStart <= at) found = f;
  return found;
}

/** A clause that opens with a verb or auxiliary shares the subject of the one before. */
const SHARED_SUBJECT =
  /^(?:(?:also|then|still|later|so far|now|not)\s+)*(?:would|will|could|can|should|must|may|might|has|have|had|is|are|was|were|did|does|do|said|says|\p{Ll}+ed|\p{Ll}+s)\b/u;

/**
 * What opens a clause; global, scanned with exec() from lastIndex 0 by clauseStartAt. "and
 * that" opens a second reported clause ("said the talks had stalled and that it would …").
 */
const CLAUSE_OPENER =
  /[;:—–(]|,?\s+(?:and|but)\s+that\s|,\s+(?:but|and|while|whereas|although|though|even as|as|because|since)\s|\b(?:but|and|while|whereas|although|though|because|which|who|whom)\s/giu;

/**
 * Where the clause holding `at` starts: after the innermost frame, a semicolon or
 * dash, a subordinating word ("while", "even as", "because", "although", "but"),
 * or a relative word ("which", "who", "that"), whichever is latest.
 */
export function clauseStartAt(text: string, from: number, at: number, frames: readonly Frame[]) {
  let start = from;
  const frame = frameOf(frames, at);
  if (frame) start = Math.max(start, frame.clauseStart);
  const lead = text.slice(start, at);
  const re = CLAUSE_OPENER;
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(lead); m; m = re.exec(lead)) {
    const end = m.index + m[0].length;
    // "would harden its line but would not walk away": a second verb of the same subject.
    // The test reads on past `at`, so the cue itself can be that verb ("but also backed").
    if (/(?:but|and)\s$/i.test(m[0]) && SHARED_SUBJECT.test(text.slice(start + end, at + 40)))
      continue;
    // "Tesk, who has long opposed the tariffs, said": a relative clause closed by a comma is an aside.
    if (/^(?:who|which|whom)\s$/i.test(m[0]) && /^[^,;:]*,/.test(lead.slice(end))) continue;
    // "Trump and Putin": "and" between names joins subjects, it opens no clause.
    if (/^\s*(?:and)\s$/i.test(m[0])) continue;
    last = end;
  }
  return last >= 0 ? start + last : start;
}
