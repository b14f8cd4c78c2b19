/**
 * Reported clauses: the words a speech cue reports. After the verb ("said
 * (that) …", "told reporters …"), before it ("…, X said."), or after an
 * "according to X," aside. A clause ends at the sentence end, a semicolon, or a
 * comma that starts the speaker’s own next act (", adding", ", but gave"); the
 * finer bounds are in clause-bounds.ts.
 */

import {
  afterBreak,
  afterFrame,
  appositiveEnd,
  isTitleToken,
  subjectEnd,
  tagFollows,
} from "./clause-bounds.js";
import { isMandative } from "./mandative.js";
import {
  AUDIENCE_NOUNS,
  type Cue,
  cueKind,
  isCloseMark,
  isOpenMark,
  type MentionIndex,
  REPORT_NOUNS,
  speechVerbFollows,
  TIME_WORDS,
  tokenAt,
} from "./speech-verbs.js";
import type { Token, WorkingDoc } from "./types.js";

/** A sentence as a token range with its speech cues. */
export interface SentenceRange {
  index: number;
  first: number;
  last: number;
  cues: Cue[];
}

export const text = (doc: WorkingDoc, a: number, b: number) => doc.report.text.slice(a, b);
export const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const PREPOSITIONS = new Set([
  "in",
  "on",
  "at",
  "during",
  "after",
  "before",
  "aboard",
  "as",
  "via",
  "while",
  "through",
  "to",
  "from",
  "about",
  "of",
  "with",
  "for",
]);
const CUT_WORDS = new Set([
  "a",
  "an",
  "but",
  "while",
  "adding",
  "saying",
  "calling",
  "describing",
  "according",
  "though",
  "although",
  "citing",
  // ", speaking at a news conference": where and how the speaker spoke, not what.
  "speaking",
  "addressing",
  "writing",
]);

/** Last token index of a reported clause starting at `from`: the sentence end or a cut. */
function clauseEnd(ix: MentionIndex, from: number, last: number, relative = false): number {
  const { tokens } = ix.doc;
  for (let i = from + 1; i <= last; i++) {
    const t = tokens[i]!;
    if (t.text === ";") return i - 1;
    const next = tokens[i + 1];
    // "but gave no sign", "while conceding": the speaker's own action, not what was said.
    if ((t.normal === "but" || t.normal === "while") && next?.pos === "VERB" && !ix.quoted[i])
      return i - 1;
    // "insisted that …, and warned that …": a second speech verb starts its own clause.
    // "agreed to the exchange and urged Norland to …" goes on with the same report.
    const nextKind = next ? cueKind(next) : null;
    if (t.normal === "and" && nextKind && nextKind !== "urge" && !ix.quoted[i]) return i - 1;
    const quotedComma = isCloseMark(ix, i) && tokens[i - 1]?.text === ",";
    if (!quotedComma && (t.text !== "," || ix.quoted[i])) continue;
    const end = quotedComma ? i : i - 1;
    if (!next) return end;
    // "the plan, a shorter version of the May draft, was nearly complete": an
    // appositive whose closing comma comes before the clause's own verb.
    const appositive = ["a", "an"].includes(next.normal) ? appositiveEnd(ix, i + 1, last) : -1;
    if (appositive > 0) {
      i = appositive;
      continue;
    }
    if (CUT_WORDS.has(next.normal)) return end;
    // "Athens says the ministers will meet, spokesman Yilmaz told reporters": a
    // closing tag with its own speaker ends the clause.
    if (tagFollows(ix, i, last)) return end;
    // "Costa, who said …, changed course": the main verb closes the "who" clause.
    if (relative && next.pos === "VERB" && !next.normal.endsWith("ing")) return end;
    // ", which he says …", ", which Ms Markou says …": a relative clause with its own
    // speech verb is a new report.
    if (
      (next.normal === "which" || next.normal === "who") &&
      speechVerbFollows(tokens, subjectEnd(ix, i + 2) - 1)
    ) {
      // "the vote, which Demir called a sham, was valid": an enclosed aside.
      const aside = appositiveEnd(ix, i + 1, last);
      if (aside < 0) return end;
      i = aside;
      continue;
    }
    const after = tokens[i + 2];
    const newSubject =
      next.normal === "and" &&
      after &&
      after.normal !== "that" &&
      (ix.byStart.has(after.start) || ["PRON", "DET", "PROPN"].includes(after.pos));
    if (newSubject) return end;
  }
  return last;
}

/** The span of tokens a..b with the closing punctuation trimmed; null when too short. */
function clauseSpan(doc: WorkingDoc, a: number, b: number): { start: number; end: number } | null {
  if (b < a) return null;
  const start = doc.tokens[a]!.start;
  let end = doc.tokens[b]!.end;
  const raw = text(doc, start, end).replace(/[\s.,;:]+$/u, "");
  end = start + raw.length;
  return words(raw) >= 3 ? { start, end } : null;
}

/** Verbs whose audience stands between them and the clause: "told Morel …", "informed the council that …". */
const AUDIENCE_VERBS_TEXT = /^(?:tell|tells|told|telling|inform|informs|informed|informing)$/i;
const PERIOD_WORDS = new Set(["week", "month", "year", "weekend", "night"]);

function skipAdjuncts(tokens: readonly Token[], i: number, last: number): number {
  while (i <= last) {
    const t = tokens[i]!;
    const next = tokens[i + 1]?.normal ?? "";
    if (TIME_WORDS.has(t.normal)) i++;
    else if (t.normal === "on" && TIME_WORDS.has(next)) i += 2;
    else if (
      ["last", "next", "this", "earlier", "later"].includes(t.normal) &&
      PERIOD_WORDS.has(next)
    )
      i += 2;
    else break;
  }
  return i;
}

/** "told state television that …": an audience named by a short noun phrase before "that". */
function audienceEnd(tokens: readonly Token[], i: number, last: number): number {
  const NP = ["DET", "ADJ", "NOUN", "PROPN", "NUM"];
  for (let k = i; k <= Math.min(last, i + 5); k++) {
    if (tokens[k]!.normal === "that") return k;
    if (!NP.includes(tokens[k]!.pos)) return i;
  }
  return i;
}

/** "denied reports that …", "confirmed a report that …": the clause is what the report said. */
function reportNounEnd(tokens: readonly Token[], i: number): number {
  const k = tokens[i]?.pos === "DET" ? i + 1 : i;
  return REPORT_NOUNS.has(tokens[k]?.normal ?? "") && tokens[k + 1]?.normal === "that" ? k + 1 : i;
}

/** Verbs that give a thing a name or a description: "called it …", "described the plan as …". */
const NAMING_VERB = /^(?:call|describ|dub|term)/;

/**
 * "calling it an attempt to derail the talks", "described the plan as a trap": the
 * speaker's unquoted words for something are reported content. A quoted
 * complement is a direct quote instead, and "called for" reports no words.
 */
function characterization(ix: MentionIndex, cue: Cue, last: number) {
  const { tokens } = ix.doc;
  if (!NAMING_VERB.test(tokens[cue.first]!.normal)) return null;
  let i = cue.last + 1;
  const object = tokens[i];
  if (!object) return null;
  const demonstrative = ["this", "that", "these", "those"].includes(object.normal);
  const pronoun = !(demonstrative && tokens[i + 1]?.pos === "NOUN");
  if (["it", "them", "this", "that", "him", "her"].includes(object.normal) && pronoun) i++;
  else if (object.pos === "DET" || demonstrative) {
    i++;
    while (i <= last && ["ADJ", "NOUN", "PROPN"].includes(tokens[i]!.pos) && i - cue.last < 5) {
      if (tokens[i + 1]?.pos !== "NOUN" && tokens[i + 1]?.pos !== "PROPN") break;
      i++;
    }
    i++;
  } else return null;
  if (tokens[i]?.normal === "as") i++;
  const start = tokens[i];
  // "calling the accord “a fine day” for the valley": a quoted word for a thing,
  // said on its own, reports the thing and the words; after a report of the same
  // speaker ("said …, calling that timetable “unrealistic”") it is part of that report.
  const objectStart = cue.last + 1;
  if (start && i <= last && isOpenMark(ix, i) && !cue.afterCue && i > objectStart + 1) {
    // Only with words of its own after the quote: "called the talks “useful.”" is
    // the direct quote alone.
    const end = clauseEnd(ix, i, last);
    const close = ix.quoted.indexOf(false, i + 1);
    return close > 0 && end - close >= 2 ? clauseSpan(ix.doc, objectStart, end) : null;
  }
  if (!start || i > last || isOpenMark(ix, i) || !["DET", "ADJ", "NOUN"].includes(start.pos))
    return null;
  return clauseSpan(ix.doc, i, clauseEnd(ix, i, last));
}

/**
 * "urged Norland to reopen the port", "instructed the army to hold fire": the one
 * urged and what they are to do, from the object to the clause end. Only an
 * object of a few words followed by "to" and a verb makes an appeal.
 */
function appeal(ix: MentionIndex, from: number, last: number) {
  const { tokens } = ix.doc;
  const mention = ix.byStart.get(tokens[from]?.start ?? -1);
  let k = mention ? tokenAt(ix, mention.end) : from;
  while (
    k <= last &&
    k - from < 8 &&
    ["DET", "ADJ", "NOUN", "PROPN", "PRON", "CCONJ"].includes(tokens[k]!.pos)
  ) {
    const m = ix.byStart.get(tokens[k]!.start);
    k = m ? tokenAt(ix, m.end) : k + 1;
  }
  if (k === from || tokens[k]?.normal !== "to" || tokens[k + 1]?.pos !== "VERB") return null;
  return clauseSpan(ix.doc, from, clauseEnd(ix, from, last));
}

/** The clause after a cue verb: "said (that) …", "told reporters …". */
export function clauseAfter(ix: MentionIndex, cue: Cue, last: number) {
  const { tokens } = ix.doc;
  if (cue.kind === "accuse") {
    const of = tokens.findIndex(
      (t, k) => k > cue.last && k <= Math.min(last, cue.last + 6) && t.normal === "of",
    );
    return of > 0 && of < last ? clauseSpan(ix.doc, of + 1, clauseEnd(ix, of + 1, last)) : null;
  }
  let i = skipAdjuncts(tokens, cue.last + 1, last);
  // "told Morel that …", "told reporters …": the audience is no part of the clause.
  const bareTold = AUDIENCE_VERBS_TEXT.test(cue.text);
  // "told the United Nations that …": an actor's name after "the" is the audience too.
  const article = tokens[i]?.normal === "the" ? 1 : 0;
  const audience = ix.byStart.get(tokens[i + article]?.start ?? -1);
  if (bareTold && audience) i = tokenAt(ix, audience.end);
  else if (bareTold && AUDIENCE_NOUNS.has(tokens[i]?.normal ?? "")) i++;
  else if (bareTold) i = audienceEnd(tokens, i, last);
  i = reportNounEnd(tokens, i);
  i = skipAdjuncts(tokens, i, last);
  // "said at least 44 people were killed", "said about 20 envoys would attend": a
  // preposition before a figure bounds the figure, it opens no adjunct.
  const bounds =
    tokens[i + 1]?.pos === "NUM" || /^(?:least|most)$/.test(tokens[i + 1]?.normal ?? "");
  if (PREPOSITIONS.has(tokens[i]?.normal ?? "") && !bounds) {
    let k = i;
    while (k <= last && k - i < 8 && tokens[k]!.text !== "," && tokens[k]!.normal !== "that") k++;
    if (tokens[k]?.normal !== "that") return null;
    i = k;
  }
  // "told reporters: “…”": what follows a colon is the direct quote itself.
  if (tokens[i]?.text === ":") return null;
  // "calling that timetable …": after a verb that names a thing, "that" points at it.
  const names = cue.kind === "quote" && NAMING_VERB.test(tokens[cue.first]!.normal);
  const hasThat = tokens[i]?.normal === "that" && !names;
  if (hasThat) i++;
  if (cue.kind === "quote" && !hasThat) return characterization(ix, cue, last);
  if (cue.kind === "urge" && !hasThat) return appeal(ix, i, last);
  if (cue.kind === "that" && !hasThat) return null;
  if (hasThat && isMandative(ix, cue, i)) return null;
  const t = tokens[i];
  if (!t || i > last || t.text === "," || (isOpenMark(ix, i) && !hasThat)) return null;
  // "said nothing about weapons": no content is reported.
  if (!hasThat && t.normal === "nothing" && PREPOSITIONS.has(tokens[i + 1]?.normal ?? ""))
    return null;
  return clauseSpan(ix.doc, i, clauseEnd(ix, i, last, cue.relative));
}

/** A dateline at the start of a report ("KYIV (Northgate Wire) — ") is no part of a clause. */
function contentStart(ix: MentionIndex, first: number): number {
  const { tokens } = ix.doc;
  for (let i = first; i < Math.min(first + 12, tokens.length); i++) {
    if (/^[—–]$/.test(tokens[i]!.text)) {
      const head = tokens.slice(first, i).filter((t) => /\p{L}/u.test(t.text));
      if (head.length > 0 && /^\p{Lu}{2,}/u.test(head[0]!.text)) return i + 1;
    }
  }
  return first;
}

/** Words that open a fronted condition or concession: "Even if …, X said, …". */
const SUBORDINATORS = new Set(["if", "even", "unless", "although", "though", "once", "while"]);

/** The clause before the cue: "<clause>, X said." / "<clause>, according to X." */
function clauseBefore(ix: MentionIndex, cue: Cue, first: number, last: number) {
  const { tokens } = ix.doc;
  // "the deal, which Morel announced on Friday, …": the speaker's object, no report.
  if (!cue.inverted) {
    let k = cue.subjectFirst - 1;
    const relative = (t: Token | undefined) => ["which", "whom"].includes(t?.normal ?? "");
    while (k > first && !relative(tokens[k]) && isTitleToken(tokens[k]!) && tokens[k]!.text !== ",")
      k--;
    if (relative(tokens[k])) return null;
  }
  let s = cue.inverted ? cue.first - 1 : cue.subjectFirst - 1;
  const isBoundary = (k: number) =>
    tokens[k]!.text === "," || (isCloseMark(ix, k) && tokens[k - 1]?.text === ",");
  while (s > first && !isBoundary(s) && isTitleToken(tokens[s]!)) s--;
  if (s <= first || !isBoundary(s)) return null;
  const from = afterFrame(ix, afterBreak(ix, contentStart(ix, first), s), s);
  // A clause that opens inside quotation marks is the direct quote itself.
  if (isOpenMark(ix, from) || ix.quoted[from]) return null;
  // A closing mark after the comma belongs to the clause: "…“very soon,” X said".
  if (tokens[s]!.text !== ",") s++;
  const head = tokens.slice(from, s);
  const after = skipAdjuncts(tokens, cue.last + 1, last);
  // "Holding a vote, he said, would take months": the cue sits inside its clause,
  // whose verb comes after the second comma; the clause is the whole sentence.
  let k = after + 1;
  while (tokens[k]?.pos === "ADV") k++;
  // "…, officials said on Sunday, revising …": a participle after the tag is the
  // speaker's own act, not the rest of the clause.
  const verbAfter =
    ["AUX", "VERB"].includes(tokens[k]?.pos ?? "") &&
    !cueKind(tokens[k]!) &&
    !tokens[k]!.normal.endsWith("ing");
  if (tokens[after]?.text === "," && verbAfter && !ix.quoted[after])
    return clauseSpan(ix.doc, from, clauseEnd(ix, after + 1, last));
  // "Even if the border reopened, Demir said, troops would stay": after a fronted
  // condition the tag reports the main clause that follows it.
  const mainAfter = tokens[after]?.text === "," && !ix.quoted[after] && last - after >= 3;
  if (mainAfter && SUBORDINATORS.has(tokens[from]!.normal))
    return clauseSpan(ix.doc, after + 1, clauseEnd(ix, after + 1, last));
  if (head.length >= 4 && head.some((t) => t.pos === "VERB" || t.pos === "AUX"))
    return clauseSpan(ix.doc, from, s - 1);
  if (tokens[after]?.text === "," && last - after >= 3) return clauseSpan(ix.doc, from, last);
  return null;
}

/** "According to X, <clause>": the clause after the aside. */
function clauseAfterAside(ix: MentionIndex, cue: Cue, last: number) {
  const { tokens } = ix.doc;
  const speakerEnd = cue.speaker ? tokenAt(ix, cue.speaker.end) : cue.last + 1;
  let i = speakerEnd;
  while (i <= last && tokens[i]!.text !== "," && i - speakerEnd < 6) i++;
  if (tokens[i]?.text !== "," || last - i < 3) return null;
  return clauseSpan(ix.doc, i + 1, clauseEnd(ix, i + 1, last));
}

/** The clause a cue reports, as a span, or null. */
export function reportedClause(ix: MentionIndex, cue: Cue, first: number, last: number) {
  // "the president said: “…”": the quote after the colon is all that is reported.
  // A tag before the colon ("The deal may fail, she warned: “…”") still reports
  // the clause before it.
  if (ix.doc.tokens[skipAdjuncts(ix.doc.tokens, cue.last + 1, last)]?.text === ":") {
    // Not a fronted phrase ("Asked about it, Markou said: …", "On trade, he said: …").
    const opener = ix.doc.tokens[contentStart(ix, first)]!;
    const fronted = ["VERB", "ADP", "SCONJ"].includes(opener.pos);
    return cue.kind === "according" || cue.inverted || fronted
      ? null
      : clauseBefore(ix, cue, first, last);
  }
  if (cue.kind === "according") {
    const joined = ["and", "but"].includes(ix.doc.tokens[cue.first - 2]?.normal ?? "");
    const before = joined ? null : clauseBefore(ix, cue, first, last);
    return before ?? clauseAfterAside(ix, cue, last);
  }
  if (cue.inverted) return clauseBefore(ix, cue, first, last);
  return (
    clauseAfter(ix, cue, last) ??
    (cue.kind === "quote" || cue.kind === "urge" ? null : clauseBefore(ix, cue, first, last))
  );
}

/** Flags cues inside the clause an earlier cue reports ("Trump said Putin had told him…"). */
export function markEmbedded(ix: MentionIndex, cues: Cue[], last: number): Cue[] {
  let coveredUntil = -1;
  for (const cue of cues) {
    if (cue.first <= coveredUntil) {
      cue.embedded = true;
      continue;
    }
    if (cue.kind !== "according" && !cue.inverted) {
      const span = clauseAfter(ix, cue, last);
      if (span) coveredUntil = tokenAt(ix, span.end - 1);
    }
  }
  return cues;
}
