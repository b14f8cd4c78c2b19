import { describe, expect, it } from "vitest";
import type { TimeExpression } from "../model/index.js";
import { daysCovered, dueWindow } from "./due-window.js";

const time = (text: string, value: string, granularity: TimeExpression["granularity"]) =>
  ({ text, value, granularity, future: true, start: 0, end: 1, sentence: 0 }) as TimeExpression;

describe("due windows", () => {
  it("cover a day, an ISO week, a month, a part of a month and a year", () => {
    expect(daysCovered("2026-01-06")).toEqual(["2026-01-06", "2026-01-06"]);
    expect(daysCovered("2026-W02")).toEqual(["2026-01-05", "2026-01-11"]);
    expect(daysCovered("2026-02")).toEqual(["2026-02-01", "2026-02-28"]);
    expect(daysCovered("2026-01", "in early January")).toEqual(["2026-01-01", "2026-01-10"]);
    expect(daysCovered("2026-01", "late January")).toEqual(["2026-01-21", "2026-01-31"]);
    expect(daysCovered("2026")).toEqual(["2026-01-01", "2026-12-31"]);
    expect(daysCovered("soon")).toBeNull();
  });

  it("never start before the day the plan was stated", () => {
    expect(dueWindow(time("later this month", "2026-01", "month"), "2026-01-10T15:00:00Z")).toEqual(
      {
        from: "2026-01-10",
        until: "2026-01-31",
        text: "later this month",
        value: "2026-01",
        granularity: "month",
      },
    );
    expect(dueWindow(time("next month", "2026-01", "month"), "2025-12-31T15:00:00Z")?.from).toBe(
      "2026-01-01",
    );
  });
});
