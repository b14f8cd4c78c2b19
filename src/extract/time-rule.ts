/**
 * The shape of a date rule: a pattern and how a match resolves against the
 * publication day and the tense of its clause. Shared by the modules that
 * hold date rules, so each can stay small.
 */
import type { Granularity } from "../model/index.js";
import { dayValue, type Tense } from "./granularity.js";

export interface Resolved {
  value: string;
  granularity: Granularity;
}

export interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, ref: Date, tense: Tense): Resolved | null;
  /**
   * Plain patterns every match of `re` holds (words it cannot match
   * without): a text that lacks one is not worth running `re` over, which
   * tries its lookbehind at every position.
   */
  keys: RegExp[];
}

/** A word that may start with a capital letter (at the start of a sentence). */
export const ci = (words: string) =>
  `(?:${words.replace(/\b([a-z])/g, (c) => `[${c}${c.toUpperCase()}]`)})`;

const NOT_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

/** A rule whose match stands as whole words; `keys` as in Rule (none: always run). */
export const rule = (source: string, resolve: Rule["resolve"], keys: RegExp[] = []): Rule => ({
  re: new RegExp(`${NOT_LETTER_BEFORE}${source}${NOT_LETTER_AFTER}`, "gu"),
  resolve,
  keys,
});

/** Whether `text` holds every key of `r`, so that `r` may match in it. */
export const mayMatch = (r: Rule, text: string): boolean => r.keys.every((k) => k.test(text));

export const day = (d: Date): Resolved => ({ value: dayValue(d), granularity: "day" });
