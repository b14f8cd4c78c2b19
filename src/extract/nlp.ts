/**
 * The one wink-nlp instance of the process, and one pass of it over a text
 * turned into plain arrays with character offsets.
 *
 * Loading the English model takes a noticeable moment, so it is loaded lazily
 * on first use and then shared by every report.
 */

import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";

let instance: WinkMethods | null = null;

/** The shared wink-nlp instance, loaded on first call. */
export function wink(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}

/** One token of wink's pass, with offsets into the text it read. */
export interface RawToken {
  text: string;
  start: number;
  end: number;
  pos: string;
  normal: string;
}

/** The result of one readDoc: tokens in order and wink's sentences as token ranges. */
export interface RawAnalysis {
  tokens: RawToken[];
  /** [first, last] token indices (inclusive) of each sentence wink found. */
  sentences: Array<[number, number]>;
}

/**
 * Reads the text once with wink and gives every token its character offsets.
 * wink keeps each token's value and the whitespace before it, so offsets are
 * rebuilt by walking the text; when a value differs from the text (wink can
 * expand or normalise some forms), the token is searched for from the cursor so
 * one odd token cannot shift all the others.
 */
export function analyse(text: string): RawAnalysis {
  const nlp = wink();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as string[];
  const spaces = toks.out(its.precedingSpaces) as string[];
  const pos = toks.out(its.pos) as string[];
  const normal = toks.out(its.normal) as string[];
  const tokens: RawToken[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? "";
    let start = cursor + (spaces[i]?.length ?? 0);
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    tokens.push({
      text: text.slice(start, end),
      start,
      end,
      pos: pos[i] ?? "X",
      normal: normal[i] ?? "",
    });
    cursor = end;
  }
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { tokens, sentences };
}
