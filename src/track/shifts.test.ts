import { describe, expect, it } from "vitest";
import type { Position, Stance } from "../model/index.js";
import { comparePeriods, findShifts, parsePeriod } from "./shifts.js";
import { buildStanceMatrix } from "./stance-matrix.js";
import { withStanceVerdicts } from "./stance-verdicts.js";

const stance = (
  actorId: string,
  issue: string,
  position: Position,
  asOf: string,
  reportId: string,
): Stance => ({
  actorId,
  issue,
  position,
  reportId,
  sentence: 0,
  evidence: `${actorId} ${position} ${issue} in ${reportId}`,
  evidenceSpan: { start: 0, end: 1 },
  asOf,
});

const history = [
  stance("kyiv", "territory", "rejects", "2025-12-10T09:00:00Z", "r1"),
  stance("kyiv", "territory", "rejects", "2025-12-20T09:00:00Z", "r2"),
  stance("kyiv", "territory", "conditions", "2025-12-26T09:00:00Z", "r3"),
  stance("moscow", "territory", "demands", "2025-12-12T09:00:00Z", "r4"),
  stance("moscow", "territory", "demands", "2025-12-28T09:00:00Z", "r5"),
  stance("ankara", "talks", "proposes", "2025-12-11T09:00:00Z", "r6"),
  stance("ankara", "talks", "supports", "2025-12-27T09:00:00Z", "r7"),
  stance("kyiv", "attacks", "denies", "2025-12-27T09:00:00Z", "r8"),
  stance("oslo", "talks", "supports", "2025-12-29T09:00:00Z", "r9"),
];

describe("shifts", () => {
  it("finds a change of position with the evidence on both sides", () => {
    const [shift, ...rest] = findShifts(buildStanceMatrix(history));
    expect(rest).toEqual([]);
    expect(shift?.actorId).toBe("kyiv");
    expect(shift?.before.reportId).toBe("r2");
    expect(shift?.after.reportId).toBe("r3");
  });

  it("counts a shift only when its later stance falls in the window", () => {
    const matrix = buildStanceMatrix(history);
    expect(findShifts(matrix, { since: "2025-12-25", until: "2025-12-31" })).toHaveLength(1);
    expect(findShifts(matrix, { since: "2025-12-27" })).toHaveLength(0);
  });

  it("compares two periods: changed, new and dropped cells", () => {
    const c = comparePeriods(
      history,
      { from: "2025-12-01", until: "2025-12-20" },
      { from: "2025-12-21", until: "2025-12-31" },
    );
    const kinds = c.changes.map((x) => `${x.actorId}:${x.issue}:${x.kind}`);
    expect(kinds).toEqual(["kyiv:territory:changed", "kyiv:attacks:new", "oslo:talks:new"]);
    const kyiv = c.changes[0]!;
    expect(kyiv.before?.position).toBe("rejects");
    expect(kyiv.before?.evidence.map((s) => s.reportId)).toEqual(["r2"]);
    expect(kyiv.after?.evidence.map((s) => s.reportId)).toEqual(["r3"]);
  });

  it("parses a period and names what is wrong with a bad one", () => {
    expect(parsePeriod("2025-01-20..2025-12-31")).toEqual({
      from: "2025-01-20",
      until: "2025-12-31",
    });
    expect(() => parsePeriod("2025-12-31..2025-01-20", "--after")).toThrow(
      /--after: 2025-12-31 is after/,
    );
    expect(() => parsePeriod("last week", "--before")).toThrow(/--before: expected FROM..UNTIL/);
  });
});

describe("shifts that stand", () => {
  const origin = (id: string) => id.split("-")[0]!;
  const shiftsOf = (stances: Stance[]) => {
    const matrix = withStanceVerdicts(buildStanceMatrix(stances), origin);
    return findShifts(matrix, {}, origin).map(
      (s) => `${s.before.position}>${s.after.position} ${s.after.asOf.slice(0, 10)}`,
    );
  };

  it("takes an opposite position stated once and then stated back as a blip, not two shifts", () => {
    expect(
      shiftsOf([
        stance("kyiv", "nato", "accepts", "2025-12-20T09:00:00Z", "wire-1"),
        stance("kyiv", "nato", "rejects", "2025-12-22T09:00:00Z", "blog-1"),
        stance("kyiv", "nato", "accepts", "2025-12-23T09:00:00Z", "paper-1"),
      ]),
    ).toEqual([]);
  });

  it("keeps a condition set and dropped again: a refinement is a real change", () => {
    expect(
      shiftsOf([
        stance("kyiv", "nato", "accepts", "2025-12-20T09:00:00Z", "wire-1"),
        stance("kyiv", "nato", "conditions", "2025-12-22T09:00:00Z", "blog-1"),
        stance("kyiv", "nato", "accepts", "2025-12-23T09:00:00Z", "paper-1"),
      ]),
    ).toEqual(["accepts>conditions 2025-12-22", "conditions>accepts 2025-12-23"]);
  });

  it("reports no shift into a position that only contests a corroborated one", () => {
    expect(
      shiftsOf([
        stance("kyiv", "border", "rejects", "2025-12-20T09:00:00Z", "wire-1"),
        stance("kyiv", "border", "rejects", "2025-12-21T09:00:00Z", "paper-1"),
        stance("kyiv", "border", "accepts", "2025-12-23T09:00:00Z", "blog-1"),
      ]),
    ).toEqual([]);
  });

  it("compares days, not stances: a position still stated on the later day is no shift", () => {
    expect(
      shiftsOf([
        stance("kyiv", "vote", "demands", "2025-12-20T09:00:00Z", "wire-1"),
        stance("kyiv", "vote", "demands", "2025-12-22T09:00:00Z", "wire-2"),
        stance("kyiv", "vote", "conditions", "2025-12-22T10:00:00Z", "paper-1"),
      ]),
    ).toEqual([]);
  });
});
