import { describe, expect, it } from "vitest";
import { lemmaOf, letterOrDigitRuns, wordsIn } from "./terms.js";

describe("words of a span", () => {
  it("are the words of the span's own text, even where its edges cut a word", () => {
    const text = "The U.S. sent 800,000 long-range shells; Kyiv's reply: no.";
    const own = (start: number, end: number) =>
      wordsIn(text.slice(start, end)).map((w) => ({
        ...w,
        start: w.start + start,
        end: w.end + start,
      }));
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(wordsIn(text, start, end)).toEqual(own(start, end));
      }
    }
  });
});

/** Random texts of letters, digits, word punctuation and odd code points (astral, lone surrogates). */
function randomTexts(count: number): string[] {
  const pieces = [
    "a",
    "Z",
    "9",
    " ",
    "'",
    "’",
    ".",
    ",",
    "-",
    "é",
    "٣",
    "𝐀",
    "😀",
    "\ud800",
    "\udc00",
    "…",
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + (next() % 24) }, () => pieces[next() % pieces.length]).join(""),
  );
}

describe("word splitting", () => {
  it("reads words as the word pattern does, astral letters and lone surrogates included", () => {
    const pattern = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,-]*[\p{L}\p{N}])?/gu;
    for (const text of randomTexts(3000)) {
      const expected = [...text.matchAll(pattern)].map((m) => [m.index, m[0]]);
      expect(wordsIn(text).map((w) => [w.start, w.text])).toEqual(expected);
    }
  });

  it("reads runs of letters and digits as their pattern does", () => {
    for (const text of randomTexts(3000)) {
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => [m.index, m[0]]);
      const runs = letterOrDigitRuns(text).map((r) => [r.start, text.slice(r.start, r.end)]);
      expect(runs).toEqual(expected);
    }
  });
});

describe("lemmas", () => {
  it("are the same for a word however often it is asked", () => {
    expect(lemmaOf("Talks")).toBe("talk");
    expect(lemmaOf("Talks")).toBe(lemmaOf("talks"));
    expect(lemmaOf("Kyiv's")).toBe(lemmaOf("kyiv"));
  });
});
