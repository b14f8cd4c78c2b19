import { describe, expect, it } from "vitest";
import { neededLiterals } from "./pattern-needs.js";

describe("neededLiterals", () => {
  it("reads what every match of a regex holds from its source", () => {
    expect(neededLiterals(/\b(?:den(?:y|ies|ied)|refus(?:es|al))\b/gi)).toEqual([
      ["deny", "denies", "denied", "refuses", "refusal"],
    ]);
    // Few strings: all of them; else what each side of an unknown part holds.
    expect(neededLiterals(/\b(?:would|will) (?:only )?hold\b/gi)).toEqual([
      ["would only hold", "would hold", "will only hold", "will hold"],
    ]);
    expect(neededLiterals(/\b(?:would|will) \w+ (?:hold|stage)\b/gi)).toEqual([
      ["would ", "will "],
      ["hold", "stage"],
    ]);
    // A string holding another of its list adds nothing: "demands" holds "demand".
    expect(neededLiterals(/\bdemands?\b/gi)).toEqual([["demand"]]);
    // Nothing is known of an option made of classes, nor of syntax it does not read.
    expect(neededLiterals(/\b(?:back|[a-z]+ly)\b/gi)).toEqual([]);
    expect(neededLiterals(/(a)\1/gi)).toEqual([]);
  });
});
