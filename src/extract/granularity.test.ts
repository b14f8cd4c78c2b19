import { describe, expect, it } from "vitest";
import {
  dayValue,
  isoWeekValue,
  nearestYear,
  periodOf,
  resolveWeekday,
  tenseAround,
  utcDay,
} from "./granularity.js";

describe("calendar granularity", () => {
  it("numbers ISO weeks across a year end", () => {
    expect(isoWeekValue(utcDay(2025, 12, 30))).toBe("2026-W01");
    expect(isoWeekValue(utcDay(2025, 12, 28))).toBe("2025-W52");
    expect(isoWeekValue(utcDay(2021, 1, 3))).toBe("2020-W53");
  });

  it("resolves weekdays backwards, forwards and strictly", () => {
    const monday = utcDay(2025, 12, 29);
    expect(dayValue(resolveWeekday(monday, 0, "past"))).toBe("2025-12-28");
    expect(dayValue(resolveWeekday(monday, 2, "future"))).toBe("2025-12-30");
    expect(dayValue(resolveWeekday(monday, 1, "past"))).toBe("2025-12-29");
    expect(dayValue(resolveWeekday(monday, 1, "past", true))).toBe("2025-12-22");
  });

  it("picks the year nearest the reference, leaning with the tense", () => {
    const ref = utcDay(2025, 12, 30);
    expect(nearestYear(ref, 1, 6, "unknown")).toBe(2026);
    expect(nearestYear(ref, 1, 6, "past")).toBe(2026);
    expect(nearestYear(ref, 11, null, "unknown")).toBe(2025);
    expect(nearestYear(ref, 6, null, "future")).toBe(2026);
    expect(nearestYear(ref, 6, null, "past")).toBe(2025);
  });

  it("gives the first and last day of each kind of value", () => {
    expect(periodOf("2026-W01").map(dayValue)).toEqual(["2025-12-29", "2026-01-04"]);
    expect(periodOf("2026-02").map(dayValue)).toEqual(["2026-02-01", "2026-02-28"]);
    expect(periodOf("2025").map(dayValue)).toEqual(["2025-01-01", "2025-12-31"]);
  });

  it("takes the tense from the cue nearest the expression", () => {
    const text = "He said on Monday he would go, and expected to meet Trump on Sunday.";
    const s = { start: 0, end: text.length };
    const at = (phrase: string) =>
      [text.indexOf(phrase), text.indexOf(phrase) + phrase.length] as const;
    expect(tenseAround(text, s, ...at("on Monday"))).toBe("past");
    expect(tenseAround(text, s, ...at("on Sunday"))).toBe("future");
  });
});
