import { describe, expect, it } from "vitest";
import type { Position, Stance } from "../model/index.js";
import { stanceState } from "./index.js";

const stance = (position: Position, asOf: string, reportId: string): Stance => ({
  actorId: "kyiv",
  issue: "border",
  position,
  reportId,
  sentence: 0,
  evidence: `kyiv ${position} border in ${reportId}`,
  evidenceSpan: { start: 0, end: 1 },
  asOf,
});

describe("the stance state every view shows", () => {
  it("reads a copy's stances through its original: a copy's later date makes nothing newer", () => {
    const { matrix, shifts } = stanceState(
      [
        stance("rejects", "2025-12-20T09:00:00Z", "paper"),
        stance("accepts", "2025-12-22T09:00:00Z", "wire"),
        stance("rejects", "2025-12-24T09:00:00Z", "wire-copy"),
      ],
      {
        actorOrder: [],
        issueOrder: [],
        originOf: (id) => (id === "wire-copy" ? "wire" : id),
        isReprint: (id) => id === "wire-copy",
      },
    );
    expect(matrix.cells[0]?.current).toBe("accepts");
    expect(matrix.cells[0]?.history.map((s) => s.reportId)).toEqual(["paper", "wire"]);
    expect(shifts.map((s) => `${s.before.reportId}>${s.after.reportId}`)).toEqual(["paper>wire"]);
  });
});
