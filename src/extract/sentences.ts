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
import { analyse, type RawToken } from "./nlp.js";
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

const isWordToken = (t: RawToken) => t.pos !== "SPACE" && t.text.trim() !== "";

function endsWithAbbreviation(last: RawToken | undefined): boolean {
  if (!last) return false;
  return ABBREVIATIONS.has(last.text.toLowerCase()) || /^\p{Lu}\.$/u.test(last.text);
}

/** Splits a group after `.”`-style endings that wink kept inside one sentence. */
function splitAfterQuotedEnd(group: RawToken[]): RawToken[][] {
  const out: RawToken[][] = [];
  let current: RawToken[] = [];
  for (let i = 0; i < group.length; i++) {
    const t = group[i]!;
    current.push(t);
    const prev = group[i - 1];
    const next = group[i + 1];
    const quotedEnd = CLOSING_QUOTES.has(t.text) && prev && /[.?!]$/.test(prev.text);
    if (quotedEnd && next && /^\p{Lu}/u.test(next.text) && next.start > t.end) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Groups of tokens, one per sentence, after the fix-ups described above. */
function sentenceGroups(
  tokens: RawToken[],
  winkSentences: Array<[number, number]>,
  paras: number[],
) {
  const groups: RawToken[][] = [];
  for (const [first, last] of winkSentences) {
    let current: RawToken[] = [];
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (!t || !isWordToken(t)) continue;
      const prev = current[current.length - 1];
      if (prev && indexAt(paras, prev.start) !== indexAt(paras, t.start)) {
        groups.push(current);
        current = [];
      }
      current.push(t);
    }
    if (current.length > 0) groups.push(...splitAfterQuotedEnd(current));
  }
  const merged: RawToken[][] = [];
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    const samePara = prev && indexAt(paras, prev[0]!.start) === indexAt(paras, g[0]!.start);
    const joins =
      samePara && (endsWithAbbreviation(prev[prev.length - 1]) || /^\p{Ll}/u.test(g[0]!.text));
    if (joins && prev) prev.push(...g);
    else merged.push(g);
  }
  return merged;
}

/** Sentences (offsets, paragraph) and tokens of a text, from one wink pass. */
export function splitText(text: string): { sentences: Sentence[]; tokens: Token[] } {
  const raw = analyse(text);
  const paras = paragraphStarts(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const group of sentenceGroups(raw.tokens, raw.sentences, paras)) {
    const index = sentences.length;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    sentences.push({
      index,
      start: first.start,
      end: last.end,
      paragraph: indexAt(paras, first.start),
    });
    for (const t of group) tokens.push({ ...t, sentence: index });
  }
  return { sentences, tokens };
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
