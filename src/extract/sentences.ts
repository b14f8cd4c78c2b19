/**
 * Sentences and tokens of a report, from one wink-nlp pass.
 *
 * wink splits well on abbreviations and initials; three documented fix-ups
 * cover what it misses:
 * 1. a sentence never crosses a paragraph break (a blank line);
 * 2. a sentence ending in a known abbreviation or a single initial ("Gen.",
 *    "J."), or followed by one that starts in lower case ("“Is it?” he asked"),
 *    is merged with the next one in the same paragraph;
 * 3. a sentence-final mark just inside a straight closing quote (`said "no." Then`)
 *    ends the sentence when a capitalised word follows.
 */
import type { Sentence, Span } from "../model/index.js";
import { analyse, type RawAnalysis } from "./nlp.js";
import type { Component, Token, WorkingDoc } from "./types.js";

const ABBREVIATIONS = new Set(
  "mr. mrs. ms. dr. gen. sen. rep. gov. lt. col. capt. maj. sgt. adm. st. prof. rev. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. no. vs. jr. sr. ft. mt.".split(
    " ",
  ),
);
const CLOSING_QUOTES = new Set(['"', "”", "’", "'"]);

/** Start offsets of every paragraph: 0 and each position after a blank line. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\n[ \t\r\u00a0]*\n\s*/g)) starts.push(m.index + m[0].length);
  return starts;
}

/** Index of the last element of sorted `starts` that is <= offset. */
export function indexAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Paragraph index of offsets given in increasing order, by a moving cursor. */
function paragraphCursor(paras: readonly number[]): (offset: number) => number {
  let at = 0;
  return (offset) => {
    // Tokens come in text order, so the cursor only moves forward; a step back
    // (never expected) falls back to the binary search.
    if (offset < (paras[at] ?? 0)) at = indexAt(paras, offset);
    while (at + 1 < paras.length && (paras[at + 1] ?? 0) <= offset) at++;
    return at;
  };
}

/**
 * Builds sentences and their tokens from pieces of wink sentences, merging a
 * piece into the previous sentence when fix-up 2 says so. Pieces are ranges of
 * token indices into the analysis, each inside one paragraph.
 */
class SentenceWriter {
  readonly sentences: Sentence[] = [];
  readonly tokens: Token[] = [];
  private lastText = "";

  constructor(private readonly raw: RawAnalysis) {}

  /** Adds the tokens `ids[from..to)` (non-empty), all in paragraph `paragraph`. */
  add(ids: readonly number[], from: number, to: number, paragraph: number): void {
    const { texts, starts, ends, pos, normals } = this.raw;
    const prev = this.sentences[this.sentences.length - 1];
    const firstText = texts[ids[from]!]!;
    const joins =
      prev !== undefined &&
      prev.paragraph === paragraph &&
      (endsWithAbbreviation(this.lastText) || /^\p{Ll}/u.test(firstText));
    let sentence = prev;
    if (!joins || !sentence) {
      const first = ids[from]!;
      sentence = { index: this.sentences.length, start: starts[first]!, end: 0, paragraph };
      this.sentences.push(sentence);
    }
    for (let k = from; k < to; k++) {
      const i = ids[k]!;
      this.tokens.push({
        text: texts[i]!,
        start: starts[i]!,
        end: ends[i]!,
        pos: pos[i] ?? "X",
        normal: normals[i] ?? "",
        sentence: sentence.index,
      });
    }
    const last = ids[to - 1]!;
    sentence.end = ends[last]!;
    this.lastText = texts[last]!;
  }

  /** Adds the last piece of a wink sentence, split after `.”`-style endings wink kept inside. */
  addSplittingQuotedEnds(ids: readonly number[], paragraph: number): void {
    const { texts, starts, ends } = this.raw;
    let from = 0;
    for (let k = 0; k + 1 < ids.length; k++) {
      const t = ids[k]!;
      if (!CLOSING_QUOTES.has(texts[t]!) || k === 0) continue;
      const next = ids[k + 1]!;
      if (
        /[.?!]$/.test(texts[ids[k - 1]!]!) &&
        /^\p{Lu}/u.test(texts[next]!) &&
        starts[next]! > ends[t]!
      ) {
        this.add(ids, from, k + 1, paragraph);
        from = k + 1;
      }
    }
    if (from < ids.length) this.add(ids, from, ids.length, paragraph);
  }
}

function isWordToken(raw: RawAnalysis, i: number): boolean {
  return raw.pos[i] !== "SPACE" && (raw.texts[i] ?? "").trim() !== "";
}

function endsWithAbbreviation(text: string): boolean {
  return ABBREVIATIONS.has(text.toLowerCase()) || /^\p{Lu}\.$/u.test(text);
}

/** Sentences (offsets, paragraph) and tokens of a text, from one wink pass. */
export function splitText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const raw = analyse(text);
  const paragraphAt = paragraphCursor(paragraphStarts(text));
  const out = new SentenceWriter(raw);
  // Word tokens of the current piece of a wink sentence: the piece ends at a
  // paragraph break (fix-up 1) or with the wink sentence.
  const piece: number[] = [];
  let piecePara = 0;
  for (const [first, last] of raw.sentences) {
    piece.length = 0;
    for (let i = first; i <= last; i++) {
      if (i >= raw.texts.length || !isWordToken(raw, i)) continue;
      const para = paragraphAt(raw.starts[i]!);
      if (piece.length > 0 && para !== piecePara) {
        out.add(piece, 0, piece.length, piecePara);
        piece.length = 0;
      }
      if (piece.length === 0) piecePara = para;
      piece.push(i);
    }
    if (piece.length > 0) out.addSplittingQuotedEnds(piece, piecePara);
  }
  return { sentences: out.sentences, tokens: out.tokens };
}

/** Index of the first token whose end is after `offset` (tokens sorted by start). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The tokens lying inside a span, in order. */
export function tokensIn(doc: Pick<WorkingDoc, "tokens">, span: Span): Token[] {
  const out: Token[] = [];
  for (let i = tokenIndexAt(doc.tokens, span.start); i < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    if (t.start >= span.end) break;
    if (t.start >= span.start && t.end <= span.end) out.push(t);
  }
  return out;
}

/** The sentence that contains an offset (the last one starting at or before it). */
export function sentenceAt(
  doc: Pick<WorkingDoc, "sentences">,
  offset: number,
): Sentence | undefined {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return doc.sentences[lo];
}

export const sentencesComponent: Component = {
  name: "sentences",
  run(doc) {
    const { sentences, tokens } = splitText(doc.report.text);
    doc.sentences = sentences;
    doc.tokens = tokens;
  },
};
