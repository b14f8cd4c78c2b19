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

/**
 * The annotations wink runs: sentence boundaries and POS tags (lemmas come
 * from the tags). Nothing reads wink's named entities, negation, sentiment or
 * custom entities, and leaving them out changes no token, spacing, tag,
 * normal form, lemma or sentence (checked over the 1,204 reports of the
 * identity check, as written and lower-cased) while it saves about a third of
 * every readDoc.
 */
const PIPE = ["sbd", "pos"];

/** The shared wink-nlp instance, loaded on first call. */
export function wink(): WinkMethods {
  instance ??= winkNLP(model, PIPE);
  return instance;
}

/**
 * The result of one readDoc, one column per field: token `i` is `texts[i]`,
 * from `starts[i]` to `ends[i]` in the text read, tagged `pos[i]`, with normal
 * form `normals[i]`. Columns rather than one object per token because callers
 * keep only some tokens and build their own objects for those.
 */
export interface RawAnalysis {
  texts: string[];
  starts: number[];
  ends: number[];
  pos: string[];
  normals: string[];
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
  const normals = toks.out(its.normal) as string[];
  const n = values.length;
  const texts: string[] = new Array(n);
  const starts: number[] = new Array(n);
  const ends: number[] = new Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] ?? "";
    let start = cursor + (spaces[i]?.length ?? 0);
    const here = text.startsWith(value, start);
    if (!here) {
      const found = text.indexOf(value, cursor);
      start = found >= 0 ? found : start;
    }
    const end = Math.min(text.length, start + value.length);
    // Where the text holds the value, the value is the token's text: no slice needed.
    texts[i] = here ? value : text.slice(start, end);
    starts[i] = start;
    ends[i] = end;
    cursor = end;
  }
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return { texts, starts, ends, pos, normals, sentences };
}
