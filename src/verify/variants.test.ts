import { describe, expect, it } from "vitest";
import { claim, day, quantity } from "./test-records.js";
import { buildVariants } from "./variants.js";

const DRONES = "attacks:launched:drone";
const drones = (
  reportId: string,
  text: string,
  value: number,
  bound: Parameters<typeof quantity>[3],
) =>
  claim(reportId, {
    sentence: 1,
    slot: DRONES,
    terms: ["drone"],
    quantity: quantity(text, value, "drone", bound),
  });

describe("buildVariants with figures", () => {
  it("groups agreeing hedges and lists the rival figure as a conflicting variant", () => {
    const set = buildVariants(
      [
        drones("r-1", "about 500 drones", 500, "approx"),
        drones("r-2", "nearly 500 drones", 500, "approx"),
        drones("r-3", "more than 600 drones", 600, "more_than"),
      ],
      "",
    );
    expect(set.variants.map((v) => [v.value, v.claims.map((c) => c.reportId)])).toEqual([
      ["about 500 drones", ["r-1", "r-2"]],
      ["more than 600 drones", ["r-3"]],
    ]);
    expect(set.conflicts).toEqual([[0, 1]]);
  });

  it("folds a vaguer figure into the one value it fits", () => {
    const hours = (
      reportId: string,
      text: string,
      value: number,
      bound: Parameters<typeof quantity>[3],
    ) =>
      claim(reportId, {
        sentence: 1,
        slot: "talks:call:hour",
        terms: ["call"],
        quantity: quantity(text, value, "hour", bound),
      });
    const set = buildVariants(
      [hours("r-1", "1.3 hours", 1.3, "exact"), hours("r-2", "over an hour", 1, "more_than")],
      "",
    );
    expect(set.variants).toHaveLength(1);
    expect(set.variants[0]!.value).toBe("1.3 hours");
    expect(set.conflicts).toEqual([]);
  });

  it("keeps a vague figure apart when it fits two rival values, without counting it as a conflict", () => {
    const hours = (
      reportId: string,
      text: string,
      value: number,
      bound: Parameters<typeof quantity>[3],
    ) =>
      claim(reportId, {
        sentence: 1,
        slot: "talks:call:hour",
        terms: ["call"],
        quantity: quantity(text, value, "hour", bound),
      });
    const set = buildVariants(
      [
        hours("r-1", "1.3 hours", 1.3, "exact"),
        hours("r-2", "just over an hour", 1, "more_than"),
        hours("r-3", "over an hour", 1, "more_than"),
      ],
      "",
    );
    const values = set.variants.map((v) => v.value);
    expect(values).toEqual(["1.3 hours", "just over 1 hour", "more than 1 hour"]);
    expect(set.conflicts).toEqual([[0, 1]]);
    expect(set.fitting).toEqual([2]);
  });

  it("lists a range and an open bound as two variants", () => {
    const daysClaim = (
      reportId: string,
      text: string,
      value: number | [number, number],
      bound: Parameters<typeof quantity>[3],
    ) =>
      claim(reportId, {
        sentence: 1,
        slot: "ceasefire:needed:day",
        terms: ["ceasefire"],
        quantity: quantity(text, value, "day", bound),
      });
    const set = buildVariants(
      [
        daysClaim("r-1", "at least 60 days", 60, "at_least"),
        daysClaim("r-2", "60 to 90 days", [60, 90], "range"),
      ],
      "",
    );
    expect(set.variants.map((v) => v.value).sort()).toEqual(["60 to 90 days", "at least 60 days"]);
    expect(set.conflicts).toHaveLength(1);
  });
});

describe("buildVariants without figures", () => {
  const presented = (reportId: string, date: string | null) =>
    claim(reportId, {
      sentence: 2,
      slot: "framework:proposal",
      predicate: "proposal",
      terms: ["framework"],
      time: date ? day(date) : null,
    });

  it("gives one labelled variant when the claims agree on the day or give none", () => {
    const set = buildVariants(
      [presented("r-1", "2025-12-26"), presented("r-2", "2025-12-27"), presented("r-3", null)],
      "framework presented",
    );
    expect(set.variants.map((v) => [v.value, v.claims.length])).toEqual([
      ["framework presented", 3],
    ]);
    expect(set.conflicts).toEqual([]);
  });

  it("makes each reported day a variant when the days differ", () => {
    const set = buildVariants(
      [
        presented("r-1", "2025-12-26"),
        presented("r-2", "2025-12-24"),
        presented("r-3", "2025-12-26"),
        presented("r-4", null),
      ],
      "framework presented",
    );
    expect(set.variants.map((v) => [v.value, v.claims.map((c) => c.reportId).sort()])).toEqual([
      ["2025-12-24", ["r-2"]],
      ["2025-12-26", ["r-1", "r-3", "r-4"]],
    ]);
    expect(set.conflicts).toEqual([[0, 1]]);
  });

  it("takes no variant from the date beside a statement or a position", () => {
    const said = (reportId: string, date: string) =>
      claim(reportId, {
        sentence: 3,
        slot: "security_guarantees:demand",
        predicate: "demand",
        terms: ["guarantee"],
        time: day(date),
      });
    const set = buildVariants(
      [said("r-1", "2025-12-26"), said("r-2", "2025-12-29")],
      "guarantees asked",
    );
    expect(set.variants.map((v) => v.value)).toEqual(["guarantees asked"]);
    expect(set.conflicts).toEqual([]);
  });

  it("tells apart two calendar dates a day apart for a meeting, not a day worked out from a weekday", () => {
    const meets = (reportId: string, date: string, text: string) =>
      claim(reportId, {
        sentence: 4,
        slot: "talks:meeting",
        predicate: "meeting",
        terms: ["summit"],
        time: { ...day(date), text },
      });
    const set = buildVariants(
      [
        meets("r-1", "2026-03-09", "on March 9"),
        meets("r-2", "2026-03-09", "on Monday"),
        meets("r-3", "2026-03-10", "on 10 March"),
      ],
      "summit",
    );
    expect(set.variants.map((v) => [v.value, v.claims.map((c) => c.reportId).sort()])).toEqual([
      ["2026-03-09", ["r-1", "r-2"]],
      ["2026-03-10", ["r-3"]],
    ]);
    expect(set.conflicts).toEqual([[0, 1]]);
    const weekday = buildVariants(
      [meets("r-1", "2026-03-09", "on March 9"), meets("r-2", "2026-03-10", "on Tuesday")],
      "summit",
    );
    expect(weekday.conflicts).toEqual([]);
  });
});
