import { describe, expect, it } from "vitest";
import { firstStartingAt, runsWithin } from "./runs.js";

// "Kyiv and Rome agreed": words at 0-4, 5-8, 9-13, 14-20.
const words = [
  { start: 0, end: 4 },
  { start: 5, end: 8 },
  { start: 9, end: 13 },
  { start: 14, end: 20 },
];

describe("firstStartingAt", () => {
  it("finds the first item starting at or after an offset, as a linear scan does", () => {
    for (let offset = -1; offset <= 22; offset++) {
      const scanned = words.findIndex((w) => w.start >= offset);
      expect(firstStartingAt(words, offset)).toBe(scanned === -1 ? words.length : scanned);
    }
    expect(firstStartingAt([], 3)).toBe(0);
  });
});

describe("runsWithin", () => {
  it("gives the runs of a span whose edges fall between runs", () => {
    expect(runsWithin(words, 20, 5, 13)).toEqual({ from: 1, to: 3 });
    expect(runsWithin(words, 20, 4, 20)).toEqual({ from: 1, to: 4 });
    expect(runsWithin(words, 20, 0, 4)).toEqual({ from: 0, to: 1 });
  });

  it("refuses a span that cuts a run or lies outside the text", () => {
    expect(runsWithin(words, 20, 6, 13)).toBeNull();
    expect(runsWithin(words, 20, 5, 11)).toBeNull();
    expect(runsWithin(words, 20, 5, 5)).toBeNull();
    expect(runsWithin(words, 20, 10, 25)).toBeNull();
  });
});
