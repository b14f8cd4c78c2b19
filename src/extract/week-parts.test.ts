import { describe, expect, it } from "vitest";
import type { Sentence } from "../model/index.js";
import { plainSentences } from "./test-dossier.js";
import { findTimes } from "./times.js";

const whole = (text: string): Sentence[] => [
  { index: 0, start: 0, end: text.length, paragraph: 0 },
];
const MONDAY_12_JAN = "2026-01-12T08:00:00Z";
const SUNDAY_11_JAN = "2026-01-11T08:00:00Z";
const dates = (text: string, published = MONDAY_12_JAN) =>
  findTimes(text, whole(text), published).map((t) => [t.text, t.value, t.granularity]);

describe("parts of weeks and months", () => {
  it("gives no date for a bare overnight, and keeps the day that follows it", () => {
    expect(dates("Drones struck a depot overnight.")).toEqual([]);
    expect(dates("An overnight barrage hit the city, officials said.")).toEqual([]);
    expect(dates("The envoy flew home overnight after the talks.")).toEqual([]);
    expect(dates("Missiles fell overnight into Sunday.")).toEqual([
      ["Sunday", "2026-01-11", "day"],
    ]);
  });

  it("puts a weekend in its ISO week, past or coming", () => {
    expect(dates("Protesters gathered over the weekend.")).toEqual([
      ["over the weekend", "2026-W02", "week"],
    ]);
    expect(dates("Ministers will meet next weekend.")).toEqual([
      ["next weekend", "2026-W03", "week"],
    ]);
    expect(dates("Talks are planned for this weekend.", SUNDAY_11_JAN)).toEqual([
      ["for this weekend", "2026-W02", "week"],
    ]);
  });

  it("reads the earliest time something may come as still to come", () => {
    const THURSDAY_15_JAN = "2026-01-15T08:00:00Z";
    expect(
      dates("Ada Morel said she could visit Keld as early as the weekend.", THURSDAY_15_JAN),
    ).toEqual([["as early as the weekend", "2026-W03", "week"]]);
    expect(dates("Talks may resume as soon as this weekend.", THURSDAY_15_JAN)).toEqual([
      ["as soon as this weekend", "2026-W03", "week"],
    ]);
    // The weekend gone, told with a verb in the past.
    expect(dates("Ada Morel visited Keld over the weekend.", THURSDAY_15_JAN)).toEqual([
      ["over the weekend", "2026-W02", "week"],
    ]);
  });

  it("puts earlier or later in the week in the report's week, or the story's", () => {
    const FRIDAY_16_JAN = "2026-01-16T08:00:00Z";
    expect(dates("Earlier in the week, Varn had turned the offer down.", FRIDAY_16_JAN)).toEqual([
      ["Earlier in the week", "2026-W03", "week"],
    ]);
    // A Monday's "earlier in the week" is the week gone, a Sunday's "later" the week to come.
    expect(dates("Earlier in the week, Varn had turned the offer down.", MONDAY_12_JAN)).toEqual([
      ["Earlier in the week", "2026-W02", "week"],
    ]);
    expect(dates("Orsk is expected to answer later in the week.", SUNDAY_11_JAN)).toEqual([
      ["later in the week", "2026-W03", "week"],
    ]);
    const story = (text: string) =>
      findTimes(text, plainSentences(text), "2026-02-20T08:00:00Z").map((t) => [t.text, t.value]);
    expect(story("Talks opened in Keld on January 5. Later in the week, Orsk walked out.")).toEqual(
      [
        ["on January 5", "2026-01-05"],
        ["Later in the week", "2026-W02"],
      ],
    );
    // A month named is no day to take the week from.
    expect(story("Talks opened in Keld in January. Later in the week, Orsk walked out.")).toEqual([
      ["in January", "2026-01"],
      ["Later in the week", "2026-W08"],
    ]);
    expect(dates("Later in the weekend, Orsk walked out.", FRIDAY_16_JAN)).toEqual([]);
  });

  it("reads the first or last week of a month as part of it", () => {
    expect(dates("Voting opens in the first week of February.")).toEqual([
      ["in the first week of February", "2026-02", "month-part"],
    ]);
    expect(dates("Fighting peaked during the last days of December.")).toEqual([
      ["during the last days of December", "2025-12", "month-part"],
    ]);
    expect(dates("Troops withdrew by the second half of March 2025.")).toEqual([
      ["by the second half of March 2025", "2025-03", "month-part"],
    ]);
  });
});
