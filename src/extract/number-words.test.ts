import { describe, expect, it } from "vitest";
import {
  parseDigits,
  parseFraction,
  parseNumber,
  parseNumberWords,
  unitAfter,
} from "./number-words.js";

describe("number words", () => {
  it("parses digits with separators and scales", () => {
    expect(parseDigits("800,000")).toBe(800_000);
    expect(parseDigits("1.5 million")).toBe(1_500_000);
    expect(parseDigits("10bn")).toBe(10_000_000_000);
    expect(parseDigits("twelve")).toBeNull();
  });

  it("parses numbers written in words", () => {
    expect(parseNumberWords("forty-five")).toBe(45);
    expect(parseNumberWords("a hundred")).toBe(100);
    expect(parseNumberWords("two thousand")).toBe(2000);
    expect(parseNumberWords("Eleven")).toBe(11);
    expect(parseNumberWords("several")).toBeNull();
    expect(parseNumber("fifteen")).toBe(15);
  });

  it("reads fractions as percentage shares", () => {
    expect(parseFraction("three-quarters")).toBe(75);
    expect(parseFraction("half")).toBe(50);
    expect(parseFraction("most")).toBeNull();
  });

  it("finds the unit after a figure, past describing words", () => {
    expect(unitAfter(" ballistic missiles hit", 0, true)).toMatchObject({
      unit: "missile",
      known: true,
    });
    expect(unitAfter("-point plan", 0, false)).toMatchObject({ unit: "point", end: 6 });
    expect(unitAfter(" villages", 0, false)).toMatchObject({ unit: "village", known: false });
    expect(unitAfter(" villages", 0, true)).toBeNull();
  });
});
