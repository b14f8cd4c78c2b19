/**
 * Words and content terms of a span of report text. Claims without a figure are
 * clustered across reports by their terms, so terms must come out the same for
 * the same thing said in other words: lemmas, no stopwords, actors as their ids
 * and dates as their normalised values.
 */
import type { Mention, TimeExpression } from "../model/index.js";
import { wink } from "./nlp.js";
import { firstStartingAt, runsWithin } from "./runs.js";
import type { Token } from "./types.js";

/** A word of the text with its offsets. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/**
 * The words of the text last seen, split once: the claims layer asks for the
 * words of one sentence many times (its predicate, its terms, its slots, each
 * clause), and a span's words are the whole text's words that lie in it.
 */
let whole: { text: string; words: readonly Word[]; runs: readonly Run[] | null } = {
  text: "",
  words: [],
  runs: null,
};

function wholeWords(text: string): readonly Word[] {
  if (whole.text !== text) whole = { text, words: splitWords(text, 0, text.length), runs: null };
  return whole.words;
}

/** A run of letters and digits of the text, lower-cased. */
export interface Run {
  start: number;
  end: number;
  lower: string;
}

/** A character a word may hold between its letters and digits. */
const INNER_MARK = /['’.,-]/;

/**
 * The runs of letters and digits of the whole text (/[\p{L}\p{N}]+/gu),
 * lower-cased, read off its words: a word is one run unless it holds a mark
 * ("U.S.", "800,000"), and no run reaches past a word.
 */
export function letterOrDigitWordsOf(text: string): readonly Run[] {
  const words = wholeWords(text);
  if (whole.runs) return whole.runs;
  const runs: Run[] = [];
  for (const w of words) {
    if (!INNER_MARK.test(w.text)) {
      runs.push({ start: w.start, end: w.end, lower: w.lower });
      continue;
    }
    for (const r of letterOrDigitRuns(text, w.start, w.end)) {
      runs.push({ start: r.start, end: r.end, lower: text.slice(r.start, r.end).toLowerCase() });
    }
  }
  whole.runs = runs;
  return runs;
}

/** The words of text[start, end), keeping "U.S.", "long-range" and "800,000" whole. */
export function wordsIn(text: string, start = 0, end = text.length): readonly Word[] {
  const range = wordRangeIn(text, start, end);
  if (!range) return splitWords(text, start, end);
  return range.words.slice(range.from, range.to);
}

/**
 * Where the words of text[start, end) lie among the whole text's words
 * (words[from, to)), or null when the span must be split on its own: the
 * whole text's word list is shared, so per-word work can be kept by index.
 */
export function wordRangeIn(
  text: string,
  start: number,
  end: number,
): { words: readonly Word[]; from: number; to: number } | null {
  if (!(0 <= start && start < end && end <= text.length)) return null;
  const words = wholeWords(text);
  const range = runsWithin(words, text.length, start, end);
  return range ? { words, ...range } : null;
}

/** Lemmas of a shared word list, by word index, filled in as asked. */
const lemmasOfWords = new WeakMap<readonly Word[], (string | undefined)[]>();

/** lemmaOf(words[i].text), kept per word: the claims layer reads one sentence's words many times. */
export function lemmaAt(words: readonly Word[], i: number): string {
  let lemmas = lemmasOfWords.get(words);
  if (!lemmas) {
    lemmas = new Array(words.length);
    lemmasOfWords.set(words, lemmas);
  }
  let lemma = lemmas[i];
  if (lemma === undefined) {
    lemma = lemmaOf(words[i]!.text);
    lemmas[i] = lemma;
  }
  return lemma;
}

/**
 * The words of text[start, end) as /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,-]*[\p{L}\p{N}])?/gu
 * matches them in that slice: a letter or digit, then letters, digits and
 * ' ’ . , - up to the last letter or digit. Read code point by code point,
 * which is several times faster than the regex over a whole report.
 */
function splitWords(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const stop = Math.min(end, text.length);
  let i = Math.max(0, start);
  while (i < stop) {
    const cp = codePointIn(text, i, stop);
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    i += cp > 0xffff ? 2 : 1;
    let last = i;
    while (i < stop) {
      const next = codePointIn(text, i, stop);
      if (isLetterOrDigit(next)) last = i += next > 0xffff ? 2 : 1;
      else if (WORD_INNER.has(next)) i++;
      else break;
    }
    const w = text.slice(from, last);
    words.push({ text: w, lower: w.toLowerCase(), start: from, end: last });
    i = last;
  }
  return words;
}

/** What may sit inside a word between letters and digits: "Kyiv's", "U.S.", "800,000", "long-range". */
const WORD_INNER = new Set([..."'’.,-"].map((c) => c.codePointAt(0)!));

/** The code point at `i` of text cut at `end`: a surrogate pair cut by the end is no pair. */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return c;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : c;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** What LETTER_OR_DIGIT said of each code point below 0x10000 asked so far: 1 yes, 2 no. */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** Whether a code point is a letter or a digit (\p{L} or \p{N}). */
export function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x80) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  let known = bmpLetterOrDigit[cp]!;
  if (known === 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
    bmpLetterOrDigit[cp] = known;
  }
  return known === 1;
}

/** Letters and digits of text[start, end), each run as one word. */
export function letterOrDigitRuns(
  text: string,
  start = 0,
  end = text.length,
): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  let i = start;
  while (i < end) {
    const cp = codePointIn(text, i, end);
    if (!isLetterOrDigit(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const from = i;
    i += cp > 0xffff ? 2 : 1;
    while (i < end) {
      const next = codePointIn(text, i, end);
      if (!isLetterOrDigit(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    runs.push({ start: from, end: i });
  }
  return runs;
}

const STOPWORDS = new Set(
  (
    "a an the and or but nor if then than that this these those there here of to in on at by for " +
    "with from into onto over under about after before during since until within without as so " +
    "be is are was were been being am do does did done have has had having will would shall should " +
    "can could may might must not no yes it its it's he she him her his hers they them their theirs " +
    "we us our you your i me my who whom whose which what when where why how all any both each few " +
    "more most other some such only own same too very just also still yet even again ever once " +
    "one two three say says said tell told add added accord according report reported " +
    "mr mrs ms s 's ’s meanwhile however while whether though although because up down out off"
  ).split(" "),
);

const lemmaCache = new Map<string, string>();

/** The dictionary form of one word, out of context so that it is the same in every report. */
export function lemmaOf(word: string): string {
  const known = lemmaOfRaw.get(word);
  if (known !== undefined) return known;
  const lemma = lemmaOfLower(word);
  // Bounded: a long run over many texts meets ever more names and figures.
  if (lemmaOfRaw.size >= RAW_LEMMAS_KEPT) lemmaOfRaw.clear();
  lemmaOfRaw.set(word, lemma);
  return lemma;
}

/**
 * Lemmas by the word as written, so that a word met again skips lower-casing and
 * the possessive strip: the claims layer asks for the lemma of every word of
 * every clause.
 */
const lemmaOfRaw = new Map<string, string>();
const RAW_LEMMAS_KEPT = 50_000;

function lemmaOfLower(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  const cached = lemmaCache.get(lower);
  if (cached !== undefined) return cached;
  let lemma = lower;
  if (/^\p{L}+$/u.test(lower)) {
    const nlp = wink();
    const its = nlp.its as unknown as Record<"lemma", typeof nlp.its.value>;
    const out = nlp.readDoc(lower).tokens().out(its.lemma) as string[];
    lemma = out.length === 1 && out[0] ? out[0] : lower;
  }
  lemmaCache.set(lower, lemma);
  return lemma;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/** POS tags whose words carry no content of their own. */
const FUNCTION_POS = new Set([
  "PRON",
  "DET",
  "ADP",
  "AUX",
  "CCONJ",
  "SCONJ",
  "PART",
  "PUNCT",
  "NUM",
]);

export interface TermLayers {
  tokens: Token[];
  mentions: Mention[];
  times: TimeExpression[];
}

const posIndexes = new WeakMap<readonly Token[], Map<number, string>>();

/** The POS tag of the token starting at each offset; built once per document's tokens. */
export function posAtOffsets(tokens: readonly Token[]): Map<number, string> {
  let index = posIndexes.get(tokens);
  if (!index) {
    // Set one by one: a later token at the same offset wins, as in new Map(pairs).
    index = new Map();
    for (const t of tokens) index.set(t.start, t.pos);
    posIndexes.set(tokens, index);
  }
  return index;
}

const overlaps = (a: { start: number; end: number }, s: number, e: number) =>
  a.start < e && s < a.end;

/** A layer's items in order of their start; built once per layer array. */
const byStart = new WeakMap<readonly Span[], readonly Span[]>();

interface Span {
  start: number;
  end: number;
}

/** The items of a layer lying wholly in [start, end), in no particular order. */
function spansWithin<T extends Span>(items: readonly T[], start: number, end: number): T[] {
  let sorted = byStart.get(items) as readonly T[] | undefined;
  if (!sorted) {
    sorted = [...items].sort((a, b) => a.start - b.start);
    byStart.set(items, sorted);
  }
  const found: T[] = [];
  for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i]!.start <= end; i++) {
    if (sorted[i]!.end <= end) found.push(sorted[i]!);
  }
  return found;
}

const FIGURE = /^[\d.,]+$/;

/**
 * Sorted unique content terms of text[start, end): actor mentions become actor
 * ids, time expressions their normalised value, other words their lemma.
 */
export function termsOf(text: string, start: number, end: number, layers: TermLayers): string[] {
  // Gathered with repeats, then sorted and made unique: the same as a set sorted.
  const terms: string[] = [];
  const covered: { start: number; end: number }[] = [];
  // The terms are sorted at the end, so the mentions and times in the span may come in any order.
  for (const m of spansWithin(layers.mentions, start, end)) {
    if (m.via !== "pronoun") {
      terms.push(m.actorId);
      covered.push(m);
    }
  }
  for (const t of spansWithin(layers.times, start, end)) {
    terms.push(t.value);
    covered.push(t);
  }
  const posAt = posAtOffsets(layers.tokens);
  const range = wordRangeIn(text, start, end);
  if (!range) {
    for (const w of splitWords(text, start, end)) {
      if (coversAny(covered, w)) continue;
      const term = contentTerm(w, posAt);
      if (term !== null) terms.push(term);
    }
    return sortedUnique(terms);
  }
  const { words, from, to } = range;
  const known = contentTermsOf(words, layers.tokens);
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (covered.length > 0 && coversAny(covered, w)) continue;
    let term = known[i];
    if (term === undefined) {
      term = contentTerm(w, posAt);
      known[i] = term;
    }
    if (term !== null) terms.push(term);
  }
  return sortedUnique(terms);
}

/** Whether any of the spans overlaps the word. */
function coversAny(spans: readonly Span[], w: Word): boolean {
  for (const c of spans) if (overlaps(c, w.start, w.end)) return true;
  return false;
}

/** The strings sorted (as sort() does) with repeats dropped, in place. */
function sortedUnique(xs: string[]): string[] {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (n === 0 || xs[i] !== xs[n - 1]) xs[n++] = xs[i]!;
  xs.length = n;
  return xs;
}

/** A word's content term (its lemma) unless it is a function word, a figure or a stopword. */
function contentTerm(w: Word, posAt: Map<number, string>): string | null {
  const pos = posAt.get(w.start);
  if (pos && FUNCTION_POS.has(pos)) return null;
  // w.lower is lower-cased already: isStopword(w.lower) without lower-casing it again.
  if (FIGURE.test(w.text) || STOPWORDS.has(w.lower)) return null;
  const lemma = lemmaOf(w.text);
  return lemma.length > 1 && !isStopword(lemma) ? lemma : null;
}

/**
 * Each word's content term (null for none) by index into a shared word list,
 * for the tokens it was read with: the spans asked about overlap.
 */
const contentTerms = new WeakMap<
  readonly Word[],
  { tokens: readonly Token[]; terms: (string | null | undefined)[] }
>();

function contentTermsOf(words: readonly Word[], tokens: readonly Token[]) {
  let known = contentTerms.get(words);
  if (!known || known.tokens !== tokens) {
    known = { tokens, terms: new Array(words.length) };
    contentTerms.set(words, known);
  }
  return known.terms;
}
