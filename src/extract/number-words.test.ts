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
    expect(unitAfter("-state solution", 0, true)).toBeNull();
    expect(unitAfter("-member panel", 0, false)).toMatchObject({ unit: "member", known: false });
  });

  it("takes any plural noun as the unit, past describing words and names", () => {
    expect(unitAfter(" member states agreed", 0, true)).toMatchObject({ unit: "state" });
    expect(unitAfter(" Leopard tanks", 0, true)).toMatchObject({ unit: "tank", known: true });
    expect(unitAfter(" armoured brigades", 0, true)).toMatchObject({ unit: "brigade" });
    expect(unitAfter(" fresh inquiries", 0, true)).toMatchObject({ unit: "inquiry" });
    expect(unitAfter(" Syrians fled", 0, true)).toMatchObject({ unit: "person" });
  });

  it("finds no unit across a verb, a mark or a line break", () => {
    expect(unitAfter(" were killed, officials said", 0, true)).toBeNull();
    expect(unitAfter(", villages", 0, true)).toBeNull();
    expect(unitAfter("\nEuropean drones", 0, true)).toBeNull();
    expect(unitAfter(" times larger", 0, true)).toBeNull();
  });

  it("reads dozens as twelves", () => {
    expect(parseNumberWords("a dozen")).toBe(12);
    expect(parseNumberWords("three dozen")).toBe(36);
    expect(parseNumberWords("half a dozen")).toBe(6);
    expect(parseNumberWords("dozens")).toBeNull();
  });
});
