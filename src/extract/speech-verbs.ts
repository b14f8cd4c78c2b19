/**
 * Speech cues in a sentence: the reporting verb or phrase ("said", "told
 * reporters", "according to") and who speaks. The speaker is the mention right
 * before the verb (skipping adverbs, auxiliaries, weekdays and comma-enclosed
 * asides such as ", who advises Putin,"), the mention right after it when the
 * verb follows a comma or a closing quote ("…,” said Peskov"), or the mention
 * after "according to". A participle ("…, saying …") speaks for the subject of
 * its sentence.
 */
import type { Actor, Mention } from "../model/index.js";
import { asideCue } from "./aside-cues.js";
import { coordinatedBefore, groupMembers } from "./joint-speakers.js";
import {
  AUDIENCE_NOUNS,
  AUDIENCE_VERBS,
  type CueKind,
  cueKind,
  isSpeechVerb,
  perfectCueKind,
  REPORT_NOUNS,
  speechVerbFollows,
  TIME_WORDS,
} from "./speech-lexicon.js";
import { isBodyNoun } from "./state-voices.js";
import type { Token, WorkingDoc } from "./types.js";

export {
  AUDIENCE_NOUNS,
  type CueKind,
  cueKind,
  isSpeechVerb,
  REPORT_NOUNS,
  speechVerbFollows,
  TIME_WORDS,
};

export interface Cue {
  /** Token indices of the first and last word of the cue phrase. */
  first: number;
  last: number;
  text: string;
  kind: CueKind;
  speaker: Mention | null;
  /** The speaker as written: a mention's text or a noun phrase ("two officials"). */
  speakerText: string | null;
  /** Token index where the speaker phrase starts (for "…, X said." clauses), -1 if none. */
  subjectFirst: number;
  /** The speaker comes after the verb ("said Peskov") or after "according to". */
  inverted: boolean;
  /** The cue lies inside the clause an earlier cue reports. */
  embedded: boolean;
  /** Actors who speak with the speaker: "Markou and Demir said". */
  others: Mention[];
  /** The cue sits in a "who" clause ("Costa, who said …, left"), which a comma and a verb close. */
  relative?: boolean;
  /** The verb shares the subject of a verb before it: "…, calling …", "and urged …". */
  shared?: boolean;
  /** Its speaker is the speaker of a cue before it in the sentence: "X said …, calling …". */
  afterCue?: boolean;
}

/** Mentions indexed by the tokens they start and end at, for a document. */
export interface MentionIndex {
  doc: WorkingDoc;
  byStart: Map<number, Mention>;
  byEnd: Map<number, Mention>;
  /** Whether each token lies inside quotation marks. */
  quoted: boolean[];
  /** Offsets of opening and of closing quotation marks, of any style. */
  opens: ReadonlySet<number>;
  closes: ReadonlySet<number>;
  /** The kind of each actor id, for phrases that sum up people or states ("both men"). */
  kinds: ReadonlyMap<string, Actor["kind"]>;
}

/** Whether token i is an opening or a closing quotation mark. */
export const isOpenMark = (ix: MentionIndex, i: number) =>
  ix.opens.has(ix.doc.tokens[i]?.start ?? -1);
export const isCloseMark = (ix: MentionIndex, i: number) =>
  ix.closes.has(ix.doc.tokens[i]?.start ?? -1);

const isSkippable = (t: Token) =>
  t.pos === "ADV" || t.pos === "AUX" || TIME_WORDS.has(t.normal) || t.normal === "on";

/** A noun phrase ending at token i that names no actor: "two officials", "both men". */
function nounPhraseBefore(ix: MentionIndex, i: number, first: number): Subject | null {
  const { tokens } = ix.doc;
  let k = i;
  while (k >= first && ["NOUN", "PROPN", "ADJ", "DET", "NUM"].includes(tokens[k]!.pos)) k--;
  if (k === i || !["NOUN", "PROPN"].includes(tokens[i]!.pos)) return null;
  const text = ix.doc.report.text.slice(tokens[k + 1]!.start, tokens[i]!.end);
  const group = groupMembers(ix, k + 1, i, first);
  if (group) return { speaker: group[0]!, others: group.slice(1), text, first: k + 1 };
  return { speaker: null, others: [], text, first: i };
}

/** Words that open a clause although a tagger may read them as prepositions. */
const CLAUSE_OPENERS = new Set(["after", "before", "since", "until", "as", "because", "once"]);

interface Subject {
  speaker: Mention | null;
  /** Actors who speak with the speaker: "Markou and Demir said", "both men said". */
  others: Mention[];
  text: string | null;
  first: number;
}

const isPersonMention = (ix: MentionIndex, m: Mention) => ix.kinds.get(m.actorId) === "person";

/** The subject ending right before token `verb`, within the sentence starting at `first`. */
function subjectBefore(ix: MentionIndex, verb: number, first: number): Subject | null {
  const { tokens } = ix.doc;
  let i = verb - 1;
  for (let asides = 0; i >= first && asides < 3; asides++) {
    while (i >= first && isSkippable(tokens[i]!)) i--;
    if (i < first) return null;
    const ending = ix.byEnd.get(tokens[i]!.end);
    // "a source close to Putin said", "a spokesman for Kyiv said": the actor is named
    // inside the subject, which is someone else; no speaker.
    const headOf = ending && tokens[tokenAt(ix, ending.start) - 1];
    // "after its military said": a subordinator the tagger reads as a preposition
    // opens a clause whose subject the mention is.
    if (
      headOf &&
      headOf.pos === "ADP" &&
      headOf.normal !== "according" &&
      !CLAUSE_OPENERS.has(headOf.normal)
    ) {
      // "officials in Athens said", "a spokesman for Ankara said": a state's body
      // named by its state speaks for the state; anyone else is someone else.
      const head = tokens[tokenAt(ix, ending.start) - 2];
      const kind = ix.kinds.get(ending!.actorId) ?? "";
      // A group speaks through its spokesman too: "a spokeswoman for the Front said".
      const spokesman = kind === "organization" && /^spokes/.test(head?.normal ?? "");
      const state = ["state", "bloc"].includes(kind) || spokesman;
      if (
        !state ||
        !head ||
        !isBodyNoun(head.normal) ||
        !["in", "for", "from"].includes(headOf.normal)
      )
        return null;
    }
    if (ending) {
      const others = coordinatedBefore(ix, ending, first);
      const from = others.length > 0 ? others[others.length - 1]!.start : ending.start;
      return { speaker: ending, others, text: ending.text, first: tokenAt(ix, from) };
    }
    if (tokens[i]!.text !== ",") break;
    let k = i - 1;
    while (k >= first && tokens[k]!.text !== "," && i - k < 20) k--;
    if (k < first || tokens[k]!.text !== ",") return null;
    const inside = ix.byStart.get(tokens[k + 1]!.start);
    // "Lena Brack, the Suthia foreign ministry spokeswoman, said": the person the
    // aside describes speaks, not the body her title names.
    const described = k > first ? ix.byEnd.get(tokens[k - 1]!.end) : undefined;
    if (inside && described && !isPersonMention(ix, inside) && isPersonMention(ix, described))
      return {
        speaker: described,
        others: [],
        text: described.text,
        first: tokenAt(ix, described.start),
      };
    if (inside) return { speaker: inside, others: [], text: inside.text, first: k + 1 };
    i = k - 1;
  }
  if (i < first) return null;
  return nounPhraseBefore(ix, i, first);
}

/** A mention starting within a few title words after token `from`. */
function subjectAfter(ix: MentionIndex, from: number, last: number): Subject | null {
  const { tokens } = ix.doc;
  for (let j = from; j <= Math.min(last, from + 4); j++) {
    const m = ix.byStart.get(tokens[j]!.start);
    // "said Peskov." but not "said he expected …" or "said the UN plan …": only a
    // name that ends its phrase is an inverted speaker.
    const after = m && tokens[tokenAt(ix, m.end)];
    if (m && after && !["PUNCT", "ADP", "CCONJ", "ADV", "SCONJ"].includes(after.pos)) return null;
    if (m) return { speaker: m, others: [], text: m.text, first: from };
    if (!["DET", "NOUN", "ADJ", "PROPN"].includes(tokens[j]!.pos)) break;
  }
  return null;
}

export function tokenAt(ix: MentionIndex, offset: number): number {
  const { tokens } = ix.doc;
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isNegated(tokens: readonly Token[], i: number, first: number): boolean {
  for (let k = i - 1; k >= Math.max(first, i - 2); k--) {
    if (tokens[k]!.normal === "not" || tokens[k]!.normal === "never") return true;
  }
  return false;
}

/**
 * "with Morel standing beside him and saying …": a participle joined to an
 * absolute phrase has the subject of that phrase, a named actor after "with"
 * and before its own participle.
 */
function absoluteSubject(ix: MentionIndex, first: number, verb: number): Subject | null {
  const { tokens } = ix.doc;
  for (let k = verb - 1; k >= first && verb - k < 16; k--) {
    if (tokens[k]!.normal !== "with") continue;
    for (let j = k + 1; j < verb && j - k < 7; j++) {
      const m = ix.byStart.get(tokens[j]!.start);
      if (!m) continue;
      const after = tokens[tokenAt(ix, m.end)];
      // The tagger may read the participle as a noun ("standing"): its form decides.
      if (after && /^\p{Ll}+ing$/u.test(after.text) && after.pos !== "ADP")
        return { speaker: m, others: [], text: m.text, first: j };
      return null;
    }
    return null;
  }
  return null;
}

/** The subject of a participle ("…, saying …"): the previous cue's speaker or the sentence subject. */
function participleSubject(
  ix: MentionIndex,
  cues: Cue[],
  first: number,
  verb: number,
): Subject | null {
  const prev = cues[cues.length - 1];
  const absolute = absoluteSubject(ix, first, verb);
  if (absolute && (!prev || prev.last < absolute.first)) return absolute;
  if (prev?.speaker)
    return {
      speaker: prev.speaker,
      others: prev.others,
      text: prev.speakerText,
      first: prev.subjectFirst,
    };
  const { tokens } = ix.doc;
  for (let i = first; i < verb; i++) {
    const m = ix.byStart.get(tokens[i]!.start);
    if (!m) continue;
    let j = tokenAt(ix, m.end);
    while (j < verb && (isSkippable(tokens[j]!) || tokens[j]!.pos === "PART")) j++;
    if (tokens[j]?.pos === "VERB") {
      const others = coordinatedBefore(ix, m, first);
      return { speaker: m, others, text: m.text, first: i };
    }
  }
  return null;
}

/**
 * The person a "who" clause hangs on: "Costa, who said …", "Costa, an economist
 * at a Lisbon institute, who said …".
 */
function relativeSubject(ix: MentionIndex, who: number, first: number): Subject | null {
  const { tokens } = ix.doc;
  if (tokens[who - 1]?.text !== ",") return null;
  const named = (k: number): Subject | null => {
    const m = ix.byEnd.get(tokens[k]?.end ?? -1);
    return m ? { speaker: m, others: [], text: m.text, first: tokenAt(ix, m.start) } : null;
  };
  const direct = named(who - 2);
  if (direct) return direct;
  for (let k = who - 2; k > first && who - k < 16; k--)
    if (tokens[k]!.text === ",") return named(k - 1);
  return null;
}

/** A comma at token `comma` closes an aside naming an actor: "Its spokesman, Dmitry Peskov, said". */
function endsAppositive(ix: MentionIndex, comma: number): boolean {
  const before = ix.doc.tokens[comma - 1];
  const m = before ? ix.byEnd.get(before.end) : undefined;
  if (ix.doc.tokens[comma]?.text !== "," || !m) return false;
  return ix.doc.tokens[tokenAt(ix, m.start) - 1]?.text === ",";
}

function cueAt(ix: MentionIndex, i: number, first: number, last: number, cues: Cue[]): Cue | null {
  const { tokens } = ix.doc;
  const t = tokens[i]!;
  const aside = asideCue(ix, i, last, (from) => subjectAfter(ix, from, last));
  if (aside) return aside;
  const noun = nounCue(ix, i, first, cues);
  if (noun) return noun;
  const kind = cueKind(t) ?? perfectCueKind(tokens, i);
  if (!kind || isNegated(tokens, i, first)) return null;
  // "warned that saying no would be a mistake": a gerund after "that" is a subject.
  if (t.normal.endsWith("ing") && tokens[i - 1]?.normal === "that") return null;
  let s: Subject | null;
  let inverted = false;
  const prev = tokens[i - 1];
  const joined = ["and", "while", "before", "after"].includes(prev?.normal ?? "");
  const participle = t.normal.endsWith("ing");
  // "and has said", "who also said": the word before the verb group.
  let p = i - 1;
  while (p > first && (tokens[p]!.pos === "AUX" || tokens[p]!.pos === "ADV")) p--;
  const before = tokens[p];
  // "…, saying", "and said", "but has said": the verb shares the subject of the sentence.
  const shared =
    (participle && (prev?.text === "," || joined)) || ["and", "but"].includes(before?.normal ?? "");
  if (shared) {
    s = participleSubject(ix, cues, first, i);
  } else if (before?.normal === "who" && p > first) {
    s = relativeSubject(ix, p, first);
  } else if (prev && (prev.text === "," || isCloseMark(ix, i - 1)) && !endsAppositive(ix, i - 1)) {
    s = subjectAfter(ix, i + 1, last);
    inverted = s !== null;
    s ??= subjectBefore(ix, i, first);
  } else {
    s = subjectBefore(ix, i, first);
    // "Demir left the meeting saying …": a participle after an object speaks for the subject.
    if (participle && !s?.speaker) s = participleSubject(ix, cues, first, i) ?? s;
  }
  if (!s) return null;
  let lastTok = i;
  if (AUDIENCE_VERBS.has(t.normal) && AUDIENCE_NOUNS.has(tokens[i + 1]?.normal ?? ""))
    lastTok = i + 1;
  const text = ix.doc.report.text.slice(t.start, tokens[lastTok]!.end);
  // Written out, not spread from a base object: a spread whose keys are then
  // written again takes V8's slow path, and this runs for every cue.
  return {
    embedded: false,
    inverted,
    others: s.others,
    first: i,
    last: lastTok,
    text,
    kind,
    speaker: s.speaker,
    speakerText: s.text,
    subjectFirst: inverted ? -1 : s.first,
    relative: before?.normal === "who",
    shared,
    afterCue: shared && !!cues[cues.length - 1]?.speaker,
  };
}

/**
 * A report noun with its owner: "X's claim that …", "his warning that …", "kept up
 * its claim that …" (its, their: the subject of the sentence).
 */
function nounCue(ix: MentionIndex, i: number, first: number, cues: Cue[]): Cue | null {
  const { tokens } = ix.doc;
  const t = tokens[i]!;
  // "its statement on Friday that …": a day may stand between the noun and its clause.
  const day = tokens[i + 1]?.normal === "on" && TIME_WORDS.has(tokens[i + 2]?.normal ?? "");
  if (!REPORT_NOUNS.has(t.normal) || tokens[i + (day ? 3 : 1)]?.normal !== "that") return null;
  const owner = tokens[i - 1];
  if (!owner) return null;
  let s: Subject | null = null;
  if (/^['’]s?$/.test(owner.text)) {
    const m = ix.byEnd.get(tokens[i - 2]?.end ?? -1);
    if (m) s = { speaker: m, others: [], text: m.text, first: tokenAt(ix, m.start) };
  } else if (["his", "her"].includes(owner.normal)) {
    const m = ix.byStart.get(owner.start);
    if (m) s = { speaker: m, others: [], text: m.text, first: i - 1 };
  } else if (["its", "their"].includes(owner.normal)) {
    s = participleSubject(ix, cues, first, i);
  }
  if (!s?.speaker) return null;
  return {
    first: i,
    last: i,
    text: t.text,
    kind: "that",
    speaker: s.speaker,
    speakerText: s.text,
    subjectFirst: -1,
    inverted: false,
    embedded: false,
    others: s.others,
  };
}

/**
 * Whether a cue can start at token t: "according to", "by X's count" (aside-cues.ts),
 * a report noun (nounCue) or a speech verb (cueKind). Most tokens are none, and
 * are passed over without building a cue.
 */
const mayStartCue = (tokens: readonly Token[], i: number) => {
  const t = tokens[i]!;
  return (
    t.normal === "according" ||
    t.normal === "by" ||
    REPORT_NOUNS.has(t.normal) ||
    !!cueKind(t) ||
    !!perfectCueKind(tokens, i)
  );
};

/** Speech cues of the sentence spanning tokens first..last, in order, outside quotation marks. */
export function findCues(ix: MentionIndex, first: number, last: number): Cue[] {
  const cues: Cue[] = [];
  const { tokens } = ix.doc;
  for (let i = first; i <= last; i++) {
    if (ix.quoted[i] || !mayStartCue(tokens, i)) continue;
    const cue = cueAt(ix, i, first, last, cues);
    if (cue) {
      cues.push(cue);
      i = cue.last;
    }
  }
  return cues;
}
