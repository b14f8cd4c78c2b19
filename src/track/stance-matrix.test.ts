import { describe, expect, it } from "vitest";
import type { Position, Stance } from "../model/index.js";
import { findShifts } from "./shifts.js";
import { buildStanceMatrix } from "./stance-matrix.js";

function stance(
  actorId: string,
  issue: string,
  position: Position,
  asOf: string,
  reportId = "r",
): Stance {
  return {
    actorId,
    issue,
    position,
    reportId,
    sentence: 0,
    evidence: `${actorId} ${position} ${issue}`,
    evidenceSpan: { start: 0, end: 1 },
    asOf,
  };
}

describe("stance matrix", () => {
  it("keeps the latest position per actor and issue, with its history", () => {
    const m = buildStanceMatrix(
      [
        stance("ukraine", "territory", "rejects", "2025-12-22T10:00:00Z", "r1"),
        stance("ukraine", "territory", "conditions", "2025-12-29T10:00:00Z", "r2"),
        stance("russia", "territory", "demands", "2025-12-23T10:00:00Z", "r3"),
      ],
      ["russia", "ukraine"],
      ["territory"],
    );
    expect(m.actors).toEqual(["russia", "ukraine"]);
    const ukraine = m.cells.find((c) => c.actorId === "ukraine")!;
    expect(ukraine.current).toBe("conditions");
    expect(ukraine.history.map((s) => s.reportId)).toEqual(["r1", "r2"]);
    expect(ukraine.reportIds).toEqual(["r2"]);
  });

  it("flags a cell whose latest stances disagree on one day", () => {
    const m = buildStanceMatrix([
      stance("us", "ceasefire", "supports", "2025-12-28T09:00:00Z", "a"),
      stance("us", "ceasefire", "rejects", "2025-12-28T18:00:00Z", "b"),
    ]);
    expect(m.cells[0]?.mixed).toBe(true);
    expect(m.cells[0]?.current).toBe("rejects");
  });

  it("finds a shift between days but not within one day", () => {
    const m = buildStanceMatrix([
      stance("ukraine", "territory", "rejects", "2025-12-20T09:00:00Z", "a"),
      stance("ukraine", "territory", "rejects", "2025-12-21T09:00:00Z", "b"),
      stance("ukraine", "territory", "conditions", "2025-12-28T09:00:00Z", "c"),
      stance("russia", "nato", "opposes", "2025-12-28T09:00:00Z", "d"),
      stance("russia", "nato", "rejects", "2025-12-28T10:00:00Z", "e"),
    ]);
    const shifts = findShifts(m);
    expect(shifts).toHaveLength(1);
    expect(shifts[0]?.before.reportId).toBe("b");
    expect(shifts[0]?.after.reportId).toBe("c");
  });
});
