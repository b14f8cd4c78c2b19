import { describe, expect, it } from "vitest";
import { day } from "./test-records.js";
import { daySpan, exactDay, timesCompatible } from "./time.js";

describe("timesCompatible", () => {
  it("accepts the same day and neighbouring days, refuses days apart", () => {
    expect(timesCompatible(day("2025-12-27"), day("2025-12-27"))).toBe(true);
    expect(timesCompatible(day("2025-12-27"), day("2025-12-28"))).toBe(true);
    expect(timesCompatible(day("2025-12-24"), day("2025-12-26"))).toBe(false);
  });

  it("lets a day fall inside its month, week or year", () => {
    expect(timesCompatible(day("2026-01-06"), day("2026-01", "month-part"))).toBe(true);
    expect(timesCompatible(day("2025-12-29"), day("2026-W01", "week"))).toBe(true);
    expect(timesCompatible(day("2025-12-20"), day("2026-W01", "week"))).toBe(false);
    expect(timesCompatible(day("2025-03-01"), day("2025", "year"))).toBe(true);
    expect(timesCompatible(day("2025-11"), day("2026-01", "month"))).toBe(false);
  });

  it("treats missing and vague times as compatible with anything", () => {
    expect(timesCompatible(null, day("2025-12-27"))).toBe(true);
    expect(timesCompatible(day("2026-02", "vague"), day("2025-12-27"))).toBe(true);
  });
});

describe("daySpan and exactDay", () => {
  it("covers the days of an ISO week from Monday to Sunday", () => {
    const week = daySpan(day("2026-W01", "week"))!;
    expect(week.to - week.from).toBe(6);
    expect(new Date(week.from * 86_400_000).toISOString().slice(0, 10)).toBe("2025-12-29");
  });

  it("names a single day only for day-precise times", () => {
    expect(exactDay(day("2025-12-26"))).toBe("2025-12-26");
    expect(exactDay(day("2026-01", "month"))).toBeNull();
    expect(exactDay(null)).toBeNull();
  });
});
