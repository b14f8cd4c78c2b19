import { describe, expect, it } from "vitest";
import type { Position, Stance } from "../model/index.js";
import { buildStanceMatrix } from "./stance-matrix.js";
import { withStanceVerdicts } from "./stance-verdicts.js";

const stance = (position: Position, asOf: string, reportId: string): Stance => ({
  actorId: "moscow",
  issue: "territory",
  position,
  reportId,
  sentence: 0,
  evidence: "Moscow wants the whole region.",
  evidenceSpan: { start: 0, end: 1 },
  asOf,
});

/** wire-1 and its reprint count once; paper-2 is a second owner. */
const owner: Record<string, string> = { w1: "wire", w1copy: "wire", p2: "paper", p3: "paper" };
const originOf = (id: string) => owner[id] ?? id;

describe("stance verdicts", () => {
  it("corroborates a position two owners report, counting a reprint once", () => {
    const m = withStanceVerdicts(
      buildStanceMatrix([
        stance("demands", "2025-12-20T09:00:00Z", "w1"),
        stance("demands", "2025-12-20T12:00:00Z", "w1copy"),
        stance("demands", "2025-12-21T09:00:00Z", "p2"),
      ]),
      originOf,
    );
    expect(m.cells[0]?.verdict).toEqual({
      status: "corroborated",
      independentSources: 2,
      reports: 3,
    });
  });

  it("counts only the latest run of the current position", () => {
    const m = withStanceVerdicts(
      buildStanceMatrix([
        stance("rejects", "2025-12-18T09:00:00Z", "w1"),
        stance("demands", "2025-12-21T09:00:00Z", "p2"),
      ]),
      originOf,
    );
    expect(m.cells[0]?.verdict).toEqual({
      status: "single_source",
      independentSources: 1,
      reports: 1,
    });
  });

  it("calls a cell whose latest day disagrees conflicting", () => {
    const m = withStanceVerdicts(
      buildStanceMatrix([
        stance("demands", "2025-12-21T09:00:00Z", "w1"),
        stance("rejects", "2025-12-21T10:00:00Z", "p2"),
      ]),
      originOf,
    );
    expect(m.cells[0]?.verdict?.status).toBe("conflicting");
  });
});
