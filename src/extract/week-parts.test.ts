import { describe, expect, it } from "vitest";
import type { Sentence } from "../model/index.js";
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
