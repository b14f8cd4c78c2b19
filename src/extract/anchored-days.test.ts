import { describe, expect, it } from "vitest";
import type { Sentence } from "../model/index.js";
import { findTimes } from "./times.js";

function sentencesOf(text: string): Sentence[] {
  return Array.from(text.matchAll(/[^.!?]+(?:[.!?]+|$)/g), (m, index) => ({
    index,
    start: m.index,
    end: m.index + m[0].length,
    paragraph: 0,
  }));
}

const THURSDAY_8_JAN = "2026-01-08T09:00:00Z";
const dates = (text: string) =>
  findTimes(text, sentencesOf(text), THURSDAY_8_JAN).map((t) => [t.text, t.value]);

describe("days counted from another day", () => {
  it("counts from the day named just before", () => {
    expect(dates("Envoys met on January 3. The day before, shelling hit Odesa.")).toEqual([
      ["on January 3", "2026-01-03"],
      ["The day before", "2026-01-02"],
    ]);
    expect(dates("The deal was signed Monday and ratified two days later.")).toEqual([
      ["Monday", "2026-01-05"],
      ["two days later", "2026-01-07"],
    ]);
    expect(dates("Strikes resumed on Tuesday; the previous day had been calm.")).toEqual([
      ["on Tuesday", "2026-01-06"],
      ["the previous day", "2026-01-05"],
    ]);
    expect(dates("She landed on December 30 and spoke the same day.")).toEqual([
      ["on December 30", "2025-12-30"],
      ["the same day", "2025-12-30"],
    ]);
  });

  it("counts back from the publication day when no day was named", () => {
    expect(dates("A day earlier, the minister resigned.")).toEqual([
      ["A day earlier", "2026-01-07"],
    ]);
    expect(dates("Rebels shelled the port the day before.")).toEqual([
      ["the day before", "2026-01-07"],
    ]);
  });

  it("leaves out phrases with their own anchor, comparisons, and later days with no anchor", () => {
    expect(dates("Aid arrived the day after the vote.")).toEqual([]);
    expect(dates("The tour began three days later than planned.")).toEqual([]);
    expect(dates("A week of talks ended; a day later, ministers left.")).toEqual([]);
  });
});
