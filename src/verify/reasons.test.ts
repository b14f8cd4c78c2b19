import { describe, expect, it } from "vitest";
import type { VerifyContext } from "./context.js";
import { buildOriginIndex } from "./origins.js";
import { countReason, denialReasons, valuesDifferReason } from "./reasons.js";
import { buildTermWeights } from "./similarity.js";
import { actor, claim, report, source } from "./test-records.js";

const reports = [
  { ...report("h-1", "bell-times", "2025-12-28T10:00:00Z"), externalId: "dev-012" },
  report("r-2", "river-post", "2025-12-28T10:00:00Z"),
];
const sources = [source("bell-times", "Bell Media"), source("river-post", "River Holdings")];
const ctx: VerifyContext = {
  reportsById: new Map(reports.map((r) => [r.id, r])),
  sourcesById: new Map(sources.map((s) => [s.id, s])),
  actorsById: new Map([["dmitry-peskov", actor("dmitry-peskov", "Dmitry Peskov")]]),
  origins: buildOriginIndex(reports, sources, []),
  reprints: [],
  weights: buildTermWeights([], []),
};

describe("reasons", () => {
  it("counts in words with singular and plural", () => {
    expect(countReason(1, 1)).toBe("1 independent source / 1 report");
    expect(countReason(3, 7)).toBe("3 independent sources / 7 reports");
  });

  it("names a denier by surname and the report by the id the input gave it", () => {
    const denials = [
      claim("h-1", { slot: "talks:trip", polarity: "deny", holderId: "dmitry-peskov", terms: [] }),
      claim("r-2", { slot: "talks:trip", polarity: "deny", holderId: "dmitry-peskov", terms: [] }),
    ];
    expect(denialReasons(ctx, denials)).toEqual(["Peskov denied it (reports dev-012, r-2)"]);
  });

  it("shows each value with its holders, reports and origins", () => {
    const variants = [
      {
        value: "about 500 drones",
        reportIds: ["a", "b", "c"],
        sourceIds: [],
        holderIds: ["dmitry-peskov"],
        origins: 2,
      },
      { value: "more than 600 drones", reportIds: ["d"], sourceIds: [], holderIds: [], origins: 1 },
    ];
    expect(valuesDifferReason(ctx, variants)).toBe(
      "values differ: about 500 drones (Peskov; 3 reports, 2 origins) vs more than 600 drones (1 report)",
    );
  });
});
