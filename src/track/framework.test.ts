import { describe, expect, it } from "vitest";
import type { Actor, Claim, ClusterWithClaims, Dossier } from "../model/index.js";
import { digestOf } from "./digest.js";
import { pointAnchors, statusInWords, trackFramework } from "./framework.js";
import { shareAgreedSeries } from "./share-agreed.js";
import { buildStanceMatrix } from "./stance-matrix.js";
import { extracted } from "./test-records.js";

const dossier: Pick<Dossier, "framework" | "issues"> = {
  issues: [
    { id: "energy", label: "Power plant", vocabulary: ["plant", "reactor"] },
    { id: "framework", label: "Framework", vocabulary: ["framework", "plan", "points"] },
  ],
  framework: [
    { id: "plant", label: "The Riverside nuclear plant is run jointly", issue: "energy" },
    { id: "prisoners", label: "Prisoners are exchanged all for all", issue: "framework" },
    { id: "amnesty", label: "An amnesty covers wartime offences", issue: "framework" },
  ],
};

const actor = (id: string, affiliation: string | null): Actor => ({
  id,
  name: id,
  kind: "state",
  aliases: [],
  titles: [],
  role: null,
  affiliation,
  gender: null,
});

describe("framework tracker", () => {
  it("reads a point's status from words, open before disputed before agreed", () => {
    expect(statusInWords("The prisoner swap remains unresolved despite talks.")).toBe("open");
    expect(statusInWords("Kyiv rejected the plant arrangement.")).toBe("disputed");
    expect(statusInWords("The exchange of prisoners has been agreed.")).toBe("agreed");
    expect(statusInWords("Once the plan is signed, elections follow.")).toBeNull();
  });

  it("ties sentences to a point by the words that single it out among its siblings", () => {
    expect(pointAnchors(dossier.framework[1]!, dossier.framework)).toContain("prisone");
    expect(pointAnchors(dossier.framework[1]!, dossier.framework)).not.toContain("framewo");
  });

  it("takes the latest evidence, and an opposing pair of stances as a dispute", () => {
    const early = extracted(
      "f1",
      "2025-12-20T09:00:00Z",
      "Officials said the exchange of prisoners under the plan has been agreed. The amnesty points remain open.",
    );
    const later = extracted(
      "f2",
      "2025-12-28T09:00:00Z",
      "Washington proposed that the reactor be run jointly. Kyiv rejects any role for Moscow at the plant.",
      {
        stances: [
          ["us", "energy", "proposes", "Washington proposed that the reactor be run jointly"],
          ["kyiv", "energy", "rejects", "Kyiv rejects any role for Moscow at the plant"],
        ],
      },
    );
    const matrix = buildStanceMatrix([...early.stances, ...later.stances]);
    const points = trackFramework(dossier, [early, later].map(digestOf), matrix, [
      actor("us", null),
      actor("kyiv", null),
    ]);
    const byId = Object.fromEntries(points.map((p) => [p.pointId, p]));
    expect(byId.prisoners?.status).toBe("agreed");
    expect(byId.prisoners?.evidence[0]?.reportId).toBe("f1");
    expect(byId.amnesty?.status).toBe("open");
    expect(byId.plant?.status).toBe("disputed");
    expect(byId.plant?.reason).toMatch(/oppose each other/);
  });

  it("takes the parties' names from the dossier, not the label's words", () => {
    const point = {
      id: "coast",
      label: "Marovia's coastguard leaves Velgrad harbour under Northern League watch",
      issue: "framework",
    };
    const parties = new Set(["marovia", "velgrad", "northern", "league"]);
    expect(pointAnchors(point, [point])).toEqual(
      expect.arrayContaining(["marovia", "coastgu", "velgrad", "harbour", "norther"]),
    );
    expect(pointAnchors(point, [point], parties)).toEqual(["coastgu", "leaves", "harbour"]);
  });

  it("calls a point with no evidence open and says so", () => {
    const [point] = trackFramework(
      { ...dossier, framework: [dossier.framework[2]!] },
      [],
      buildStanceMatrix([]),
      [],
    );
    expect(point).toMatchObject({ status: "open", reason: "no report says where it stands" });
  });
});

function shareClaim(id: string, reportId: string, holderId: string | null, value: number): Claim {
  return {
    id,
    reportId,
    sentence: 0,
    holderId,
    subject: "framework",
    predicate: "share_agreed",
    issue: "framework",
    object: "framework",
    quantity: {
      text: `about ${value} percent`,
      value,
      unit: "percent",
      approx: true,
      bound: "approx",
      start: 0,
      end: 1,
      sentence: 0,
    },
    time: null,
    polarity: "affirm",
    slot: "framework:share_agreed:percent",
    terms: [],
    evidence: { start: 0, end: 1, text: "x" },
  };
}

describe("share agreed series", () => {
  it("gives each holder's figures over time, without reprints", () => {
    const reports = [
      extracted("k1", "2025-12-26T09:00:00Z", "x").report,
      extracted("k2", "2025-12-28T09:00:00Z", "x").report,
      extracted("k2copy", "2025-12-28T12:00:00Z", "x").report,
      extracted("w1", "2025-12-29T09:00:00Z", "x").report,
    ];
    const cluster = {
      id: "c1",
      claims: [
        shareClaim("w1:0:0", "w1", "washington", 95),
        shareClaim("k2:0:0", "k2", "kyiv", 90),
        shareClaim("k2copy:0:0", "k2copy", "kyiv", 90),
      ],
    } as ClusterWithClaims;
    const series = shareAgreedSeries(
      [cluster],
      new Map(reports.map((r) => [r.id, r.published])),
      [shareClaim("k1:0:0", "k1", "kyiv", 85)],
      (id) => id.endsWith("copy"),
    );
    expect(
      series.map((s) => [s.holderId, s.points.map((p) => [p.value, p.asOf.slice(0, 10)])]),
    ).toEqual([
      [
        "kyiv",
        [
          [85, "2025-12-26"],
          [90, "2025-12-28"],
        ],
      ],
      ["washington", [[95, "2025-12-29"]]],
    ]);
    expect(series[1]?.points[0]?.clusterId).toBe("c1");
  });
});
