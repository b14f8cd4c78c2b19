import { describe, expect, it } from "vitest";
import type { ClusterWithClaims, ExtractedReport } from "../model/index.js";
import { digestOf } from "./digest.js";
import { extracted } from "./test-records.js";
import { buildTimeline as timelineOfDigests } from "./timeline.js";

const buildTimeline = (reports: ExtractedReport[], clusters: ClusterWithClaims[]) =>
  timelineOfDigests(reports.map(digestOf), clusters);

const strike = (id: string, published: string, text: string, phrase: string) =>
  extracted(id, published, text, {
    events: [["attack", phrase, ["moscow", "kyiv"], "2025-12-27", "day"]],
  });

describe("timeline", () => {
  const a = strike(
    "t1",
    "2025-12-27T08:00:00Z",
    "Moscow struck Kyiv overnight with about 500 drones.",
    "struck",
  );
  a.quantities.push({
    text: "about 500 drones",
    value: 500,
    unit: "drone",
    approx: true,
    bound: "approx",
    start: 0,
    end: 1,
    sentence: 0,
  });
  const b = strike(
    "t2",
    "2025-12-27T18:00:00Z",
    "Kyiv said Moscow attacked it on Saturday.",
    "attacked",
  );
  const plan = extracted("t3", "2025-12-26T08:00:00Z", "The leaders meet on Sunday.", {
    events: [["meeting", "meet", ["kyiv"], "2025-12-28", "day"]],
  });
  const cluster = {
    id: "c9",
    claims: [{ reportId: "t2", sentence: 0 }],
    verdict: { status: "corroborated", independentSources: 2, reports: 2 },
  } as unknown as ClusterWithClaims;

  it("tells one event once, with every report, its figures and its verdict", () => {
    const [entry, ...rest] = buildTimeline([a, b, plan], [cluster]);
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      date: "2025-12-27",
      kind: "attack",
      reportIds: ["t1", "t2"],
      figures: ["about 500 drones"],
      verdict: { clusterId: "c9", status: "corroborated", independentSources: 2 },
    });
  });

  it("leaves out events dated after their report: those are plans", () => {
    expect(buildTimeline([plan], []).map((e) => e.kind)).toEqual([]);
  });

  it("puts an event in the first entry that shares a participant with it, as told so far", () => {
    const met = (id: string, hour: string, who: string[]) =>
      extracted(id, `2025-12-28T${hour}:00:00Z`, "They met on Sunday.", {
        events: [["meeting", "met", who, "2025-12-28", "day"]],
      });
    const entries = buildTimeline(
      [
        met("m1", "08", ["kyiv"]),
        met("m2", "09", ["paris"]),
        met("m3", "10", ["paris", "kyiv"]),
        met("m4", "11", ["paris"]),
      ],
      [],
    );
    // m3 joins m1's entry (the first sharing "kyiv"); m4 then finds Paris first in that entry too.
    expect(entries.map((e) => e.reportIds)).toEqual([["m1", "m3", "m4"], ["m2"]]);
  });
});
