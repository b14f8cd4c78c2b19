/**
 * Commitments layer: stated future events and promises ("will meet in Paris
 * in early January", "plans to travel", "pledged to", "would speak again very
 * soon"). Each names who is bound (the speaker of a quote holding it, else the
 * first actor the sentence names), what was said in the clause's own words,
 * and the future date it gives, if any. Status starts "pending"; tracking
 * later reports settles it. Reads doc.sentences, mentions, quotes and times.
 */
import type { Commitment, Quote, Span } from "../model/index.js";
import { nearestTime } from "./events.js";
import type { Component, WorkingDoc } from "./types.js";

/**
 * Future or intent forms that state a commitment whatever verb follows. "plans
 * to" is the verb only: "a 12-point plan to end the siege" names a thing.
 */
const FIRM_CUE =
  /\b(?:(?:will|shall)(?! (?:not )?(?:find|show|prove|depend|matter|remain|probably|likely|tell)\b)|(?:is|are|was|were) (?:expected|due|set|scheduled|going) to|(?<!\b(?:a|an|the|its|his|her|their|our|your|this|that|whose)\s+(?:[\w-]+\s+){0,2})plans? to|planned to|planning to|intends? to|intended to|promised to|promises to|pledged(?! (?:than|by|for|in|at|and|or|so|as|is|are|was|were)\b)(?![.,;])|pledges to|vowed to|vows to|agreed to|committed to)\b|['’]ll\b/gi;
/** "would" commits only with verbs of meeting, talking or delivering ("would come to Washington"). */
const WOULD_CUE =
  /\bwould (?:again )?(?:meet|speak|talk|travel|come|gather|visit|hold|sign|send|present|announce|call|return|host|attend|deliver|provide|submit|put|hand|finalize|settle|resume|continue|be known|be clear|be held|be signed|follow)\b/gi;
/** Reporting frames: what follows them is the content, not the speaker. */
const FRAME =
  /\b(?:said|says|told (?:reporters|journalists|[A-Z][\w.]*(?: [A-Z][\w.]*)*)|added|announced|stated|insisted|argued|warned|wrote|posted)(?: (?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?(?: that)?\s+/g;
/** Where a clause stops: a semicolon, or a comma before a new clause. */
const CLAUSE_END = /;|,[”"]?\s+(?:and|but|while|whereas|although|though)\b/;
/** An attribution after the clause: ', the Kremlin spokesman said.', '” he added.' */
const TRAILING_ATTRIBUTION = /[,”"’]+\s+[^,;]{0,80}?\b(?:said|says|told|added|wrote)\b[^,;]*$/;

export const commitmentsComponent: Component = {
  name: "commitments",
  run(doc) {
    doc.commitments = findCommitments(doc);
  },
};

/** The commitments of a working document whose sentences, mentions, quotes and times are filled. */
export function findCommitments(doc: WorkingDoc): Commitment[] {
  const text = doc.report.text;
  const out: Commitment[] = [];
  for (const s of doc.sentences) {
    const sentenceText = text.slice(s.start, s.end);
    if (/\?\s*["”’]?\s*$/.test(sentenceText)) continue;
    const cues = cuesIn(sentenceText, s.start);
    let coveredUntil = -1;
    // The sentence's future times, found on its first cue.
    let futureTimes: typeof doc.times | null = null;
    for (const cue of cues) {
      if (cue < coveredUntil) continue;
      const span = clauseAround(text, s, cue);
      coveredUntil = span.end;
      futureTimes ??= doc.times.filter((t) => t.sentence === s.index && t.future);
      const due = nearestTime(futureTimes, cue);
      out.push({
        id: `${doc.report.id}:c${out.length + 1}`,
        reportId: doc.report.id,
        actorId: committedActor(doc, s.index, cue),
        what: text.slice(span.start, span.end),
        due,
        status: "pending",
        sentence: s.index,
        span,
      });
    }
  }
  return out;
}

/**
 * Where FIRM_CUE and WOULD_CUE match in a sentence, as offsets into the text, in
 * order. exec() on a regex of this module's own: matchAll would copy the regex
 * on every call, which cost more than the scan of a short sentence.
 */
function cuesIn(sentenceText: string, offset: number): number[] {
  const cues: number[] = [];
  const firm = cueCount(FIRM_SCAN, sentenceText, offset, cues);
  if (cueCount(WOULD_SCAN, sentenceText, offset, cues) > 0 && firm > 0) cues.sort((a, b) => a - b);
  return cues;
}

const FIRM_SCAN = new RegExp(FIRM_CUE.source, FIRM_CUE.flags);
const WOULD_SCAN = new RegExp(WOULD_CUE.source, WOULD_CUE.flags);

/** Pushes offset + the index of each match of a global regex; returns how many. */
function cueCount(re: RegExp, text: string, offset: number, into: number[]): number {
  let n = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    into.push(offset + m.index);
    n++;
    // As matchAll does: an empty match moves on one character.
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

/** The speaker of a quote that holds the cue, else the first actor the sentence names. */
function committedActor(doc: WorkingDoc, sentence: number, cue: number): string | null {
  const quote = doc.quotes.find((q: Quote) => q.start <= cue && cue < q.end && q.speakerId);
  if (quote) return quote.speakerId;
  const first = doc.mentions
    .filter((m) => m.sentence === sentence)
    .sort((a, b) => a.start - b.start)[0];
  return first?.actorId ?? null;
}

/** The clause stating the commitment: after any reporting frame, before any trailing attribution. */
export function clauseAround(text: string, s: Span, cue: number): Span {
  let start = s.start;
  for (const m of text.slice(s.start, cue).matchAll(FRAME)) {
    start = s.start + m.index! + m[0].length;
  }
  let end = s.end;
  const stop = CLAUSE_END.exec(text.slice(cue, s.end));
  if (stop) end = cue + stop.index;
  const tail = TRAILING_ATTRIBUTION.exec(text.slice(cue, end));
  if (tail) end = cue + tail.index;
  while (start < end && /[\s“"‘,]/.test(text[start]!)) start++;
  while (end > start && /[\s.,;:”"’]/.test(text[end - 1]!)) end--;
  // Keep a closing quotation mark when its opening mark is inside the clause.
  const closing = /^[,.]?[”"]/.exec(text.slice(end, end + 2));
  if (closing && /[“"]/.test(text.slice(start, end))) end += closing[0].length;
  return { start, end };
}
