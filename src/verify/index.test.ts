import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import { independentOrigins, verify } from "./index.js";
import { actor, claim, day, quantity, report, source } from "./test-records.js";

const WIRE_STORY = [
  "Ukraine's president said on Saturday that roughly ninety percent of the peace framework had been agreed after a long session with the American delegation in Florida.",
  "He told reporters that the remaining points concerned territory in the east and the future of the nuclear power plant, which both sides still described as unresolved.",
  "American officials declined to give their own figure, saying only that the teams would keep working through the holidays and meet again in January.",
  "The Kremlin said it had not been briefed on the details and would wait for a call between the two presidents before commenting on the document.",
].join("\n\n");
const REPRINT = WIRE_STORY.split("\n\n")
  .filter((_, i) => i !== 2)
  .join("\n\n")
  .replace("told reporters", "told journalists");
const OWN_STORY =
  "In an interview with our correspondent, the American president put the share of the framework that is settled at ninety-five percent, higher than the Ukrainian estimate, and said a deal could come within weeks.";

const sources = [
  source("north-wire", "North Press Agency", "wire"),
  source("bell-times", "Bell Media"),
  source("river-post", "River Holdings"),
  source("lake-daily", "Lake Group"),
];
const reports = [
  report("r-1", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY),
  report("r-2", "bell-times", "2025-12-28T15:00:00Z", REPRINT),
  report("r-3", "river-post", "2025-12-29T15:00:00Z", REPRINT),
  report("r-4", "lake-daily", "2025-12-29T18:00:00Z", OWN_STORY),
];
const actors = [
  actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy"),
  actor("donald-trump", "Donald Trump"),
];

const share = (reportId: string, value: number, holderId: string): Claim =>
  claim(reportId, {
    sentence: 0,
    slot: "framework:share_agreed:percent",
    holderId,
    terms: ["framework", "agreed", "share"],
    quantity: quantity(`${value} percent`, value, "percent", "approx"),
    time: day("2025-12-27"),
  });

describe("verify", () => {
  it("finds the reprints in the texts and never counts them as confirmation", () => {
    const claims = ["r-1", "r-2", "r-3"].map((r) => share(r, 90, "volodymyr-zelenskyy"));
    const { reprints, clusters } = verify({ reports, sources, claims, actors });
    expect(reprints.map((p) => [p.reportId, p.originalId])).toEqual([
      ["r-2", "r-1"],
      ["r-3", "r-1"],
    ]);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.verdict).toMatchObject({
      status: "single_source",
      independentSources: 1,
      reports: 3,
    });
    expect(clusters[0]!.verdict.reprints).toHaveLength(2);
  });

  it("finds the wire's figure and an independent rival figure conflicting", () => {
    const claims = [
      ...["r-1", "r-2", "r-3"].map((r) => share(r, 90, "volodymyr-zelenskyy")),
      share("r-4", 95, "donald-trump"),
    ];
    const [cluster] = verify({ reports, sources, claims, actors }).clusters;
    expect(cluster!.verdict.status).toBe("conflicting");
    expect(cluster!.verdict.independentSources).toBe(2);
    expect(cluster!.verdict.reasons).toContain(
      "values differ: about 90% (Zelenskyy; 3 reports, 1 origin) vs about 95% (Trump; 1 report)",
    );
    expect(cluster!.claims.map((c) => c.id)).toEqual(cluster!.claimIds);
    expect(cluster!.label).toBe("framework:share_agreed:percent in r-1");
  });

  it("gives the same cluster ids on every run", () => {
    const claims = [share("r-1", 90, "volodymyr-zelenskyy"), share("r-4", 95, "donald-trump")];
    const first = verify({ reports, sources, claims, actors }).clusters.map((c) => c.id);
    const again = verify({ reports, sources, claims: [...claims].reverse(), actors }).clusters.map(
      (c) => c.id,
    );
    expect(again).toEqual(first);
  });

  it("refuses a claim about a report it was not given, naming both", () => {
    const stray = share("r-9", 90, "volodymyr-zelenskyy");
    expect(() => verify({ reports, sources, claims: [stray], actors })).toThrow(
      /claim r-9:0:0 names report r-9, which is not among the reports/,
    );
  });

  it("refuses two claims with one id", () => {
    const twice = share("r-1", 90, "volodymyr-zelenskyy");
    expect(() => verify({ reports, sources, claims: [twice, twice], actors })).toThrow(
      /r-1:0:0 appears twice/,
    );
  });
});

describe("independentOrigins", () => {
  it("counts reports by the owner behind their original", () => {
    const reprints = [
      { reportId: "r-2", originalId: "r-1", similarity: 0.9, reason: "near-duplicate" as const },
    ];
    expect(independentOrigins(["r-1", "r-2"], { reports, sources, reprints })).toBe(1);
    expect(independentOrigins(["r-2", "r-4"], { reports, sources, reprints })).toBe(2);
  });
});
