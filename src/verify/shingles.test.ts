import { describe, expect, it } from "vitest";
import { normalizedWords, wordShingles } from "./shingles.js";

describe("normalizedWords", () => {
  it("lower-cases, drops punctuation and folds accents and apostrophes", () => {
    expect(normalizedWords("“Kyiv’s” talks — Élysée, 20-point!")).toEqual([
      "kyivs",
      "talks",
      "elysee",
      "20",
      "point",
    ]);
  });
});

describe("wordShingles", () => {
  it("gives each distinct run of k words once", () => {
    expect(wordShingles("a b c a b c", 3)).toEqual(["a b c", "b c a", "c a b"]);
  });

  it("gives a short text one shingle and an empty text none", () => {
    expect(wordShingles("Talks resume.", 4)).toEqual(["talks resume"]);
    expect(wordShingles("  …  ", 4)).toEqual([]);
  });

  it("ignores typography that a reprint desk changes", () => {
    const original = "The envoy said: “We are close.” Talks go on.";
    const reprint = 'the envoy said - "we are CLOSE" talks go on';
    expect(wordShingles(reprint)).toEqual(wordShingles(original));
  });

  it("refuses a shingle size that is not a positive integer", () => {
    expect(() => wordShingles("a b", 0)).toThrow(/positive integer/);
  });
});
