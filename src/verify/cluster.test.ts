import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import {
  ClaimMeasure,
  COMMON_TERM_CLUSTERS,
  clusterClaims,
  clusterId,
  SAME_STANCE_BONUS,
  slotKey,
  statementSimilarity,
} from "./cluster.js";
import { buildTermWeights } from "./similarity.js";
import { actor, claim, day, quantity } from "./test-records.js";

const actors = [actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy"), actor("russia", "Russia")];

function clusterAll(claims: Claim[]) {
  return clusterClaims(claims, buildTermWeights(claims, actors));
}
const memberIds = (claims: Claim[]) =>
  clusterAll(claims)
    .map((c) => [...c.claims, ...c.denials].map((x) => x.id).sort())
    .sort();

const DRONES = "attacks:launched:drone";

describe("clusterClaims with figures", () => {
  it("puts different figures for one measured thing in one cluster", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: DRONES,
        terms: ["russia", "drone", "kyiv"],
        quantity: quantity("about 500 drones", 500, "drone", "approx"),
        time: day("2025-12-27"),
      }),
      claim("r-2", {
        sentence: 1,
        slot: DRONES,
        terms: ["russia", "fire", "drone"],
        quantity: quantity("more than 600 drones", 600, "drone", "more_than"),
      }),
    ];
    expect(memberIds(claims)).toEqual([["r-1:1:0", "r-2:1:0"]]);
  });

  it("keeps figures for different days apart", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: DRONES,
        terms: ["russia", "drone"],
        quantity: quantity("500", 500, "drone"),
        time: day("2025-12-27"),
      }),
      claim("r-2", {
        sentence: 1,
        slot: DRONES,
        terms: ["russia", "drone"],
        quantity: quantity("300", 300, "drone"),
        time: day("2026-01-09"),
      }),
    ];
    expect(memberIds(claims)).toEqual([["r-1:1:0"], ["r-2:1:0"]]);
  });

  it("never mixes slots: an offer and a request are two clusters", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: "security_guarantees:guarantee_offered:year",
        terms: ["guarantee", "year"],
        quantity: quantity("15 years", 15, "year"),
      }),
      claim("r-1", {
        sentence: 2,
        slot: "security_guarantees:guarantee_requested:year",
        terms: ["guarantee", "year"],
        quantity: quantity("30 to 50 years", [30, 50], "year", "range"),
      }),
    ];
    expect(memberIds(claims)).toEqual([["r-1:1:0"], ["r-1:2:0"]]);
  });
});

describe("clusterClaims without figures", () => {
  const hosted = (reportId: string, terms: string[]) =>
    claim(reportId, { sentence: 3, slot: "talks:meeting", terms, time: day("2025-12-28") });

  it("joins claims with similar words and keeps another meeting apart", () => {
    const claims = [
      hosted("r-1", ["trump", "host", "volodymyr-zelenskyy", "mar-a-lago", "florida"]),
      hosted("r-2", ["trump", "receive", "volodymyr-zelenskyy", "mar-a-lago"]),
      hosted("r-3", ["trump", "volodymyr-zelenskyy", "meet", "florida", "mar-a-lago"]),
      claim("r-4", {
        sentence: 3,
        slot: "talks:meeting",
        terms: ["witkoff", "kushner", "russian", "delegation", "miami"],
        time: day("2025-12-20"),
      }),
    ];
    expect(memberIds(claims)).toEqual([["r-1:3:0", "r-2:3:0", "r-3:3:0"], ["r-4:3:0"]]);
  });
});

describe("clusterClaims with denials", () => {
  it("attaches a denial to the claim it denies, even from another slot", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: "attacks:attack_claim",
        holderId: "russia",
        terms: ["ukraine", "drone", "attack", "putin", "residence"],
      }),
      claim("r-2", {
        sentence: 1,
        slot: "attacks:attack_claim",
        holderId: "russia",
        terms: ["russia", "accuse", "ukraine", "residence", "attack"],
      }),
      claim("r-2", {
        sentence: 2,
        slot: "attacks:denial",
        polarity: "deny",
        holderId: "volodymyr-zelenskyy",
        terms: ["volodymyr-zelenskyy", "deny", "attack", "residence"],
      }),
      claim("r-3", { sentence: 1, slot: "talks:meeting", terms: ["paris", "allies", "meet"] }),
    ];
    const clusters = clusterAll(claims);
    const attack = clusters.find((c) => c.slot === "attacks:attack_claim")!;
    expect(attack.claims.map((c) => c.id)).toEqual(["r-1:1:0", "r-2:1:0"]);
    expect(attack.denials.map((c) => c.id)).toEqual(["r-2:2:0"]);
    expect(clusters).toHaveLength(2);
  });

  it("finds the denied statement among more clusters than a common word can rank", () => {
    // Every cluster names Russia; only one speaks of the residence.
    const crowd = Array.from({ length: COMMON_TERM_CLUSTERS + 100 }, (_, i) =>
      claim(`r-crowd-${i}`, {
        sentence: 1,
        slot: "attacks:attack_claim",
        terms: ["russia", `place${i}`, `object${i}`],
      }),
    );
    const claims = [
      ...crowd,
      claim("r-1", {
        sentence: 1,
        slot: "attacks:attack_claim",
        terms: ["russia", "attack", "residence", "valdai"],
      }),
      claim("r-2", {
        sentence: 1,
        slot: "attacks:denial",
        polarity: "deny",
        terms: ["russia", "deny", "attack", "residence"],
      }),
    ];
    const clusters = clusterAll(claims);
    const denied = clusters.find((c) => c.denials.some((d) => d.id === "r-2:1:0"));
    expect(denied?.claims.map((c) => c.id)).toEqual(["r-1:1:0"]);
    expect(clusters).toHaveLength(crowd.length + 1);
  });

  it("gives a denial of something nobody reported a cluster of its own", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: "talks:trip",
        polarity: "deny",
        holderId: "russia",
        terms: ["witkoff", "travel", "moscow"],
      }),
      claim("r-2", { sentence: 1, slot: "talks:meeting", terms: ["paris", "allies", "meet"] }),
    ];
    const lone = clusterAll(claims).find((c) => c.slot === "talks:trip")!;
    expect(lone.claims).toEqual([]);
    expect(lone.denials.map((c) => c.id)).toEqual(["r-1:1:0"]);
  });
});

describe("cluster ids", () => {
  it("are the same on every run and whatever order the claims come in", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: DRONES,
        terms: ["drone"],
        quantity: quantity("500", 500, "drone"),
      }),
      claim("r-2", {
        sentence: 1,
        slot: DRONES,
        terms: ["drone"],
        quantity: quantity("600", 600, "drone"),
      }),
      claim("r-3", { sentence: 1, slot: "talks:meeting", terms: ["paris"] }),
    ];
    const first = clusterAll(claims).map((c) => c.id);
    const second = clusterAll([...claims].reverse()).map((c) => c.id);
    expect(second).toEqual(first);
    expect(first).toContain(clusterId(DRONES, "r-1:1:0"));
    expect(first[0]).toMatch(/^c-[0-9a-f]{12}$/);
  });
});

describe("slotKey", () => {
  it("lets durations in different units meet, and leaves other slots alone", () => {
    expect(slotKey("talks:call:minute")).toBe("talks:call:duration");
    expect(slotKey("talks:call:hours")).toBe("talks:call:duration");
    expect(slotKey("attacks:launched:drone")).toBe("attacks:launched:drone");
    expect(slotKey("talks:meeting")).toBe("talks:meeting");
  });

  it("puts a call of minutes and a call of hours in one cluster", () => {
    const claims = [
      claim("r-1", {
        sentence: 1,
        slot: "talks:call:minute",
        terms: ["call", "putin"],
        quantity: quantity("about 75 minutes", 75, "minute", "approx"),
      }),
      claim("r-2", {
        sentence: 1,
        slot: "talks:call:hour",
        terms: ["call", "putin"],
        quantity: quantity("two hours", 2, "hour"),
      }),
    ];
    expect(memberIds(claims)).toEqual([["r-1:1:0", "r-2:1:0"]]);
  });
});

describe("statements told in other words", () => {
  it("join across slots when their words agree, and stay apart when they do not", () => {
    const a = claim("r-1", {
      sentence: 1,
      slot: "ceasefire:rejection",
      issue: "ceasefire",
      terms: ["donald-trump", "vladimir-putin", "reject", "temporary", "issue:ceasefire", "truce"],
    });
    const b = claim("r-2", {
      sentence: 2,
      slot: "ceasefire:agreement",
      issue: "ceasefire",
      terms: ["donald-trump", "vladimir-putin", "agree", "temporary", "issue:ceasefire", "prolong"],
    });
    const c = claim("r-3", {
      sentence: 3,
      slot: "nuclear_plant:statement",
      issue: "nuclear_plant",
      terms: ["zaporizhzhia", "plant", "unresolved", "issue:nuclear_plant"],
    });
    const clusters = clusterClaims([a, b, c], buildTermWeights([a, b, c], []));
    const sizes = clusters.map((x) => x.claims.length).sort();
    expect(sizes).toEqual([1, 2]);
    const joined = clusters.find((x) => x.claims.length === 2)!;
    expect(joined.issue).toBe("ceasefire");
  });
});

describe("statements that share an anchor or a stance", () => {
  const filler = ["a", "b", "c", "d", "e", "f"].map((w, i) =>
    claim(`r-f${i}`, { sentence: 1, slot: "talks:statement", terms: [`${w}1`, `${w}2`, "talk"] }),
  );
  const together = (x: Claim, y: Claim) => {
    const all = [x, y, ...filler];
    const clusters = clusterClaims(all, buildTermWeights(all, actors));
    return clusters.some((c) => c.claims.includes(x) && c.claims.includes(y));
  };

  it("puts one dated meeting told in other words in one cluster", () => {
    const anchor = "anchor:event:meeting:2025-12-28:donald-trump+volodymyr-zelenskyy";
    const terms = {
      a: ["receive", "club", "palm", "beach", "donald-trump", "volodymyr-zelenskyy", "deal", "war"],
      b: ["host", "florida", "call", "vladimir-putin", "donald-trump"],
    };
    const a = (extra: string[]) =>
      claim("r-1", { sentence: 1, slot: "talks:meeting", terms: [...terms.a, ...extra] });
    const b = (extra: string[]) =>
      claim("r-2", { sentence: 1, slot: "talks:meeting", terms: [...terms.b, ...extra] });
    expect(together(a([]), b([]))).toBe(false);
    expect(together(a([anchor]), b([anchor]))).toBe(true);
  });

  it("lets one stance lift two statements of it over the threshold, and not two stances", () => {
    const common = ["donald-trump", "vladimir-putin", "issue:ceasefire"];
    const a = (stance: string) =>
      claim("r-1", {
        sentence: 1,
        slot: "ceasefire:rejection",
        terms: [...common, "reject", "short", "truce", stance],
      });
    const b = (stance: string) =>
      claim("r-2", {
        sentence: 1,
        slot: "ceasefire:agreement",
        terms: [...common, "agree", "temporary", "prolong", "conflict", "risk", "aide", stance],
      });
    const rejects = "stance:donald-trump|ceasefire|rejects";
    const supports = "stance:russia|ceasefire|supports";
    expect(together(a(rejects), b(supports))).toBe(false);
    expect(together(a(rejects), b(rejects))).toBe(true);
    const similarity = (x: Claim, y: Claim) => {
      const all = [x, y, ...filler];
      return statementSimilarity(x, y, new ClaimMeasure(buildTermWeights(all, actors)));
    };
    const lift = similarity(a(rejects), b(rejects)) - similarity(a(rejects), b(supports));
    expect(lift).toBeGreaterThanOrEqual(SAME_STANCE_BONUS);
  });
});
