/**
 * Word shingles of a report text: the units near-duplicate detection compares.
 * Words are lower-cased and stripped of punctuation so that a reprint with new
 * quotation marks, dashes or capitalisation still yields the same shingles.
 */

/** Words per shingle. Four words keeps light edits from erasing whole sentences' worth of overlap. */
export const SHINGLE_WORDS = 4;

/** The text's words, lower-cased, letters and digits only (apostrophes inside words dropped). */
export function normalizedWords(text: string): string[] {
  const folded = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");
  const words = folded.replace(/['’]/g, "").match(/[\p{L}\p{N}]+/gu);
  return words ?? [];
}

/**
 * The distinct k-word shingles of a text, each joined by single spaces.
 * A text shorter than k words gives one shingle of all its words, so short
 * texts still compare; an empty text gives none.
 */
export function wordShingles(text: string, k: number = SHINGLE_WORDS): string[] {
  if (!Number.isInteger(k) || k < 1) {
    throw new Error(`wordShingles: k must be a positive integer, got ${k}`);
  }
  const words = normalizedWords(text);
  if (words.length === 0) return [];
  if (words.length <= k) return [words.join(" ")];
  const seen = new Set<string>();
  for (let i = 0; i + k <= words.length; i++) {
    seen.add(words.slice(i, i + k).join(" "));
  }
  return [...seen];
}
