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

describe("a later single-source position against a corroborated one", () => {
  const origin = (id: string) => id.split("-")[0]!;
  const cellOf = (stances: Stance[]) =>
    withStanceVerdicts(buildStanceMatrix(stances), origin).cells[0]!;

  it("contests the corroborated position instead of replacing it", () => {
    const cell = cellOf([
      stance("demands", "2025-12-20T09:00:00Z", "wire-1"),
      stance("demands", "2025-12-21T09:00:00Z", "paper-1"),
      stance("rejects", "2025-12-23T09:00:00Z", "blog-1"),
    ]);
    expect(cell.current).toBe("demands");
    expect(cell.reportIds).toEqual(["paper-1"]);
    expect(cell.contested).toMatchObject({ position: "rejects", reportIds: ["blog-1"] });
    expect(cell.verdict).toEqual({ status: "contested", independentSources: 2, reports: 2 });
  });

  it("takes it as the new position once a second owner states it", () => {
    const cell = cellOf([
      stance("demands", "2025-12-20T09:00:00Z", "wire-1"),
      stance("demands", "2025-12-21T09:00:00Z", "paper-1"),
      stance("rejects", "2025-12-23T09:00:00Z", "blog-1"),
      stance("rejects", "2025-12-24T09:00:00Z", "radio-1"),
    ]);
    expect(cell.current).toBe("rejects");
    expect(cell.contested).toBeUndefined();
    expect(cell.verdict?.status).toBe("corroborated");
  });

  it("takes a condition as a refinement, and support beside insistence as one direction", () => {
    const cell = cellOf([
      stance("accepts", "2025-12-20T09:00:00Z", "wire-1"),
      stance("accepts", "2025-12-21T09:00:00Z", "paper-1"),
      stance("conditions", "2025-12-23T09:00:00Z", "blog-1"),
    ]);
    expect(cell.current).toBe("conditions");
    expect(cell.contested).toBeUndefined();
    const same = cellOf([
      stance("supports", "2025-12-20T09:00:00Z", "wire-1"),
      stance("supports", "2025-12-21T09:00:00Z", "paper-1"),
      stance("demands", "2025-12-23T09:00:00Z", "blog-1"),
    ]);
    expect(same.current).toBe("demands");
    expect(same.contested).toBeUndefined();
  });

  it("leaves a single-source change after a single-source position as it is", () => {
    const cell = cellOf([
      stance("demands", "2025-12-20T09:00:00Z", "wire-1"),
      stance("rejects", "2025-12-23T09:00:00Z", "blog-1"),
    ]);
    expect(cell.current).toBe("rejects");
    expect(cell.verdict?.status).toBe("single_source");
  });
});
