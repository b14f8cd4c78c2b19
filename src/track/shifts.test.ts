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
  /** One cell's history as "position day report" lines, and the shifts found in it. */
  const shiftsOf = (lines: string[]) => {
    const stances = lines.map((line) => {
      const [position, day, reportId] = line.split(" ") as [Position, string, string];
      return stance("kyiv", "border", position, `2025-12-${day}T09:00:00Z`, reportId);
    });
    const matrix = withStanceVerdicts(buildStanceMatrix(stances), origin);
    return findShifts(matrix, {}, origin).map(
      (s) => `${s.before.position}>${s.after.position} ${s.after.asOf.slice(8, 10)}`,
    );
  };

  it.each([
    {
      case: "an opposite position stated once and then stated back is a blip, not two shifts",
      history: ["accepts 20 wire-1", "rejects 22 blog-1", "accepts 23 paper-1"],
      want: [],
    },
    {
      case: "a condition set and dropped again is a real change both ways",
      history: ["accepts 20 wire-1", "conditions 22 blog-1", "accepts 23 paper-1"],
      want: ["accepts>conditions 22", "conditions>accepts 23"],
    },
    {
      case: "no shift into a position that only contests a corroborated one",
      history: ["rejects 20 wire-1", "rejects 21 paper-1", "accepts 23 blog-1"],
      want: [],
    },
    {
      case: "a second owner makes the new position a shift",
      history: [
        "rejects 20 wire-1",
        "rejects 21 paper-1",
        "accepts 23 blog-1",
        "accepts 24 radio-1",
      ],
      want: ["rejects>accepts 23"],
    },
    {
      case: "days, not stances: a position still stated on the later day is no shift",
      history: ["demands 20 wire-1", "demands 22 wire-2", "conditions 22 paper-1"],
      want: [],
    },
  ])("$case", ({ history, want }) => {
    expect(shiftsOf(history)).toEqual(want);
  });
});
