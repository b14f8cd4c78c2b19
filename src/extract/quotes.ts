/**
 * Direct and indirect quotes with their speakers.
 *
 * Direct quotes are paired quotation marks. The speaker is the cue right after
 * the closing mark ("…,” Trump said), else the last free cue before the opening
 * mark in the sentence ("He called it “…”"), else, for a quote standing alone,
 * the speaker of the previous quote in the paragraph or of the quote that a
 * continuation paragraph carries on. A quoted phrase inside a sentence with no
 * cue is a scare quote and is skipped; so is a short quote (three words or
 * fewer) that no actor speaks.
 *
 * Indirect quotes are the clause a cue reports: after the verb ("said (that)
 * …"), before it ("…, X said."), or after an "according to X," aside. Only cues
 * whose speaker is a known actor give indirect quotes.
 */
import type { Quote } from "../model/index.js";
import { ROLE_NOUNS } from "./role-mentions.js";
import { paragraphStarts } from "./sentences.js";
import {
  AUDIENCE_NOUNS,
  type Cue,
  findCues,
  type MentionIndex,
  TIME_WORDS,
  tokenAt,
} from "./speech-verbs.js";
import type { Component, Token, WorkingDoc } from "./types.js";

/** A pair of quotation marks: the content runs between `open` and `close`. */
export interface QuotedRegion {
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quote runs on. */
  close: number;
  closed: boolean;
  paragraph: number;
  /** The region opens a paragraph that carries on a quote left open in the previous one. */
  continuation: boolean;
}

/** Pairs the double quotation marks (curly or straight) of each paragraph. */
export function quotedRegions(text: string): QuotedRegion[] {
  const starts = paragraphStarts(text);
  const regions: QuotedRegion[] = [];
  let leftOpen = false;
  starts.forEach((pStart, paragraph) => {
    const next = starts[paragraph + 1] ?? text.length;
    const end = pStart + text.slice(pStart, next).trimEnd().length;
    let open = -1;
    let first = true;
    const push = (close: number, closed: boolean) => {
      const continuation = first && leftOpen && open === pStart;
      regions.push({ open, close, closed, paragraph, continuation });
      open = -1;
      first = false;
    };
    for (let i = pStart; i < end; i++) {
      const c = text[i];
      if (open < 0 && (c === "“" || c === '"')) open = i;
      else if (open >= 0 && (c === "”" || c === '"')) push(i, true);
    }
    leftOpen = open >= 0;
    if (open >= 0) push(end, false);
  });
  return regions;
}

/** Whether an offset lies between the marks of one of the regions. */
export function insideQuote(regions: readonly QuotedRegion[], offset: number): boolean {
  return regions.some((r) => offset > r.open && offset < r.close);
}

interface SentenceRange {
  index: number;
  first: number;
  last: number;
  cues: Cue[];
}

function indexDoc(doc: WorkingDoc, regions: QuotedRegion[]): MentionIndex {
  const byStart = new Map(doc.mentions.map((m) => [m.start, m]));
  const byEnd = new Map(doc.mentions.map((m) => [m.end, m]));
  // Regions and tokens are both in text order, so one sweep marks the quoted tokens.
  const quoted: boolean[] = [];
  let r = 0;
  for (const t of doc.tokens) {
    while (r < regions.length && regions[r]!.close <= t.start) r++;
    const region = regions[r];
    quoted.push(!!region && t.start > region.open && t.start < region.close);
  }
  return { doc, byStart, byEnd, quoted };
}

function sentenceRanges(doc: WorkingDoc, ix: MentionIndex): SentenceRange[] {
  const ranges: SentenceRange[] = doc.sentences.map((s) => ({
    index: s.index,
    first: 0,
    last: -1,
    cues: [],
  }));
  doc.tokens.forEach((t, i) => {
    const r = ranges[t.sentence];
    if (!r) return;
    if (r.last < r.first) r.first = i;
    r.last = i;
  });
  for (const r of ranges)
    if (r.last >= r.first) r.cues = markEmbedded(ix, findCues(ix, r.first, r.last), r.last);
  return ranges;
}

const text = (doc: WorkingDoc, a: number, b: number) => doc.report.text.slice(a, b);
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// ---- reported clauses -------------------------------------------------------

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
]);

/** Last token index of a reported clause starting at `from`: the sentence end or a cut. */
function clauseEnd(ix: MentionIndex, from: number, last: number): number {
  const { tokens } = ix.doc;
  for (let i = from + 1; i <= last; i++) {
    const t = tokens[i]!;
    if (t.text === ";") return i - 1;
    const next = tokens[i + 1];
    // "but gave no sign", "while conceding": the speaker's own action, not what was said.
    if ((t.normal === "but" || t.normal === "while") && next?.pos === "VERB" && !ix.quoted[i])
      return i - 1;
    const quotedComma = /^[”"]$/.test(t.text) && tokens[i - 1]?.text === ",";
    if (!quotedComma && (t.text !== "," || ix.quoted[i])) continue;
    const end = quotedComma ? i : i - 1;
    if (!next) return end;
    if (CUT_WORDS.has(next.normal)) return end;
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

const AUDIENCE_VERBS_TEXT = /^(?:tell|tells|told|telling)$/i;
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

/** The clause after a cue verb: "said (that) …", "told reporters …". */
function clauseAfter(ix: MentionIndex, cue: Cue, last: number) {
  const { tokens } = ix.doc;
  if (cue.kind === "accuse") {
    const of = tokens.findIndex(
      (t, k) => k > cue.last && k <= Math.min(last, cue.last + 6) && t.normal === "of",
    );
    return of > 0 && of < last ? clauseSpan(ix.doc, of + 1, clauseEnd(ix, of + 1, last)) : null;
  }
  let i = skipAdjuncts(tokens, cue.last + 1, last);
  // "told Trump that …", "told reporters …": the audience is no part of the clause.
  const bareTold = AUDIENCE_VERBS_TEXT.test(cue.text);
  const audience = ix.byStart.get(tokens[i]?.start ?? -1);
  if (bareTold && audience) i = tokenAt(ix, audience.end);
  else if (bareTold && AUDIENCE_NOUNS.has(tokens[i]?.normal ?? "")) i++;
  i = skipAdjuncts(tokens, i, last);
  if (PREPOSITIONS.has(tokens[i]?.normal ?? "")) {
    let k = i;
    while (k <= last && k - i < 8 && tokens[k]!.text !== "," && tokens[k]!.normal !== "that") k++;
    if (tokens[k]?.normal !== "that") return null;
    i = k;
  }
  const hasThat = tokens[i]?.normal === "that";
  if (hasThat) i++;
  if (cue.kind === "quote" || (cue.kind === "that" && !hasThat)) return null;
  const t = tokens[i];
  if (!t || i > last || t.text === "," || (/^[“"]$/.test(t.text) && !hasThat)) return null;
  return clauseSpan(ix.doc, i, clauseEnd(ix, i, last));
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

/** A word that can belong to a speaker's title: "the", "Kremlin", "spokesman", "U.S.". */
function isTitleToken(t: Token): boolean {
  return /^\p{Lu}/u.test(t.text) || t.pos === "DET" || t.pos === "ADJ" || ROLE_NOUNS.has(t.normal);
}

/** The clause before the cue: "<clause>, X said." / "<clause>, according to X." */
function clauseBefore(ix: MentionIndex, cue: Cue, first: number, last: number) {
  const { tokens } = ix.doc;
  let s = cue.inverted ? cue.first - 1 : cue.subjectFirst - 1;
  const isBoundary = (k: number) =>
    tokens[k]!.text === "," || (/^[”"]$/.test(tokens[k]!.text) && tokens[k - 1]?.text === ",");
  while (s > first && !isBoundary(s) && isTitleToken(tokens[s]!)) s--;
  if (s <= first || !isBoundary(s)) return null;
  const from = contentStart(ix, first);
  if (/^[“"]$/.test(tokens[from]?.text ?? "")) return null;
  // A closing mark after the comma belongs to the clause: "…“very soon,” X said".
  if (tokens[s]!.text !== ",") s++;
  const head = tokens.slice(from, s);
  if (head.length >= 4 && head.some((t) => t.pos === "VERB" || t.pos === "AUX"))
    return clauseSpan(ix.doc, from, s - 1);
  const after = skipAdjuncts(tokens, cue.last + 1, last);
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
function reportedClause(ix: MentionIndex, cue: Cue, first: number, last: number) {
  if (cue.kind === "according") {
    const joined = ["and", "but"].includes(ix.doc.tokens[cue.first - 2]?.normal ?? "");
    const before = joined ? null : clauseBefore(ix, cue, first, last);
    return before ?? clauseAfterAside(ix, cue, last);
  }
  if (cue.inverted) return clauseBefore(ix, cue, first, last);
  return (
    clauseAfter(ix, cue, last) ?? (cue.kind === "quote" ? null : clauseBefore(ix, cue, first, last))
  );
}

/** Flags cues inside the clause an earlier cue reports ("Trump said Putin had told him…"). */
function markEmbedded(ix: MentionIndex, cues: Cue[], last: number): Cue[] {
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

function indirectQuotes(doc: WorkingDoc, ix: MentionIndex, ranges: SentenceRange[]): Quote[] {
  const out: Quote[] = [];
  for (const r of ranges) {
    for (const cue of r.cues) {
      if (cue.embedded || !cue.speaker) continue;
      const span = reportedClause(ix, cue, r.first, r.last);
      if (!span) continue;
      const content = text(doc, span.start, span.end);
      if (/^[“"]/.test(content) && !/[”"]/.test(content.slice(1, -1))) continue;
      out.push({
        kind: "indirect",
        ...span,
        content,
        speakerId: cue.speaker.actorId,
        speakerText: cue.speakerText,
        cue: cue.text,
        sentence: r.index,
      });
    }
  }
  return out;
}

// ---- direct quotes ----------------------------------------------------------

function contentSpan(doc: WorkingDoc, region: QuotedRegion) {
  const start = region.open + 1;
  const raw = text(doc, start, region.close);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw
    .trim()
    .replace(/[,.;:]+$/u, "")
    .trimEnd();
  return { start: start + lead, end: start + lead + trimmed.length };
}

/** The cue that attributes a quote: right after it, else the last free one before it. */
function attributingCue(
  ix: MentionIndex,
  region: QuotedRegion,
  ranges: SentenceRange[],
): Cue | null {
  const closeTok = tokenAt(ix, region.close);
  const openTok = tokenAt(ix, region.open);
  const closeRange = ranges[ix.doc.tokens[Math.min(closeTok, ix.doc.tokens.length - 1)]!.sentence];
  const after = closeRange?.cues.find(
    (c) =>
      c.first > closeTok &&
      c.first - closeTok <= 8 &&
      !ix.quoted.slice(closeTok + 1, c.first).some(Boolean),
  );
  if (after && region.closed) return after;
  const openRange = ranges[ix.doc.tokens[openTok]!.sentence];
  const before = openRange?.cues.filter(
    (c) => c.last < openTok && !c.embedded && c.kind !== "according",
  );
  return before?.[before.length - 1] ?? null;
}

function standsAlone(
  doc: WorkingDoc,
  region: QuotedRegion,
  ranges: SentenceRange[],
  ix: MentionIndex,
): boolean {
  const openTok = tokenAt(ix, region.open);
  const r = ranges[doc.tokens[openTok]!.sentence];
  return !!r && r.first === openTok;
}

function directQuotes(
  doc: WorkingDoc,
  ix: MentionIndex,
  regions: QuotedRegion[],
  ranges: SentenceRange[],
): Quote[] {
  const out: Quote[] = [];
  let previous: Quote | null = null;
  let previousParagraph = -1;
  for (const region of regions) {
    const span = contentSpan(doc, region);
    if (span.end <= span.start) continue;
    const content = text(doc, span.start, span.end);
    const sentence = doc.tokens[tokenAt(ix, span.start)]?.sentence ?? 0;
    const cue = attributingCue(ix, region, ranges);
    const carried =
      previous &&
      (region.continuation ||
        (previousParagraph === region.paragraph && standsAlone(doc, region, ranges, ix)))
        ? previous
        : null;
    const quote: Quote = cue
      ? {
          kind: "direct",
          ...span,
          content,
          speakerId: cue.speaker?.actorId ?? null,
          speakerText: cue.speakerText,
          cue: cue.text,
          sentence,
        }
      : {
          kind: "direct",
          ...span,
          content,
          speakerId: carried?.speakerId ?? null,
          speakerText: carried?.speakerText ?? null,
          cue: carried?.cue ?? "",
          sentence,
        };
    const scare = !cue && !carried && !standsAlone(doc, region, ranges, ix);
    if (scare || (words(content) <= 3 && !quote.speakerId)) continue;
    out.push(quote);
    previous = quote;
    previousParagraph = region.paragraph;
  }
  return out;
}

/** Direct and indirect quotes of a document whose sentences, tokens and mentions are filled. */
export function findQuotes(doc: WorkingDoc): Quote[] {
  const regions = quotedRegions(doc.report.text);
  const ix = indexDoc(doc, regions);
  const ranges = sentenceRanges(doc, ix);
  return [...directQuotes(doc, ix, regions, ranges), ...indirectQuotes(doc, ix, ranges)].sort(
    (a, b) => a.start - b.start,
  );
}

export const quotesComponent: Component = {
  name: "quotes",
  run(doc) {
    doc.quotes = findQuotes(doc);
  },
};
