import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import { BlockPlan, ClaimIds } from "./blocks.js";
import { ClaimMeasure, clusterBlock, clusterClaims } from "./cluster.js";
import { buildTermWeights } from "./similarity.js";
import { actor, claim, quantity } from "./test-records.js";

const byId = (a: Claim, b: Claim) => (a.id < b.id ? -1 : 1);

function planOf(claims: Claim[], limit?: number) {
  const plan = new BlockPlan(limit);
  for (const c of [...claims].sort(byId)) plan.add(c);
  return plan;
}

const blockIds = (plan: BlockPlan) =>
  [...plan.blocks()].map((b) => `${b.kind}:${[...b.ids].sort().join(",")}`).sort();

describe("ClaimIds", () => {
  it("gives back every id it was given, of the usual shape or not", () => {
    const ids = new ClaimIds();
    const given = [
      "feed-17:0:0",
      "feed-17:12:3",
      "a:b:c:4:1",
      "odd id",
      "r-9:007:1",
      "r-9:1",
      "ü-report:2:0",
      "feed-17:12:3",
    ];
    const numbers = given.map((id) => ids.add(id));
    expect(numbers.map((n) => ids.get(n))).toEqual(given);
    expect(ids.size).toBe(given.length);
  });
});

describe("BlockPlan", () => {
  const figure = (reportId: string, slot: string, unit = "drone") =>
    claim(reportId, { slot, terms: ["russia"], quantity: quantity("40", 40, unit, "exact") });

  it("puts the figures of one slot key in one block, durations of any unit together", () => {
    const claims = [
      figure("r-1", "attacks:launched:drone"),
      figure("r-2", "attacks:launched:drone"),
      figure("r-3", "talks:call:minute", "minute"),
      figure("r-4", "talks:call:hour", "hour"),
      figure("r-5", "prisoners:exchanged:person", "person"),
    ];
    const ids = claims.map((c) => c.id);
    expect(blockIds(planOf(claims))).toEqual(
      [
        `figure:${[ids[0], ids[1]].sort().join(",")}`,
        `figure:${[ids[2], ids[3]].sort().join(",")}`,
        `figure:${ids[4]}`,
      ].sort(),
    );
  });

  it("links statements through words few carry, not through common ones, and keeps denials apart", () => {
    const say = (reportId: string, terms: string[], polarity: Claim["polarity"] = "affirm") =>
      claim(reportId, { slot: "framework:states", terms: ["issue:framework", ...terms], polarity });
    // "talks" is carried by all five statements: over a limit of 3, it links none.
    const a = say("r-1", ["talks", "geneva"]);
    const b = say("r-2", ["talks", "geneva", "monday"]);
    const c = say("r-3", ["talks", "monday"]);
    const d = say("r-4", ["talks", "miami"]);
    const e = say("r-5", ["talks", "riyadh"]);
    const denial = say("r-6", ["talks", "geneva"], "deny");
    const venue = claim("r-7", {
      slot: "talks:venue",
      predicate: "venue",
      terms: ["venue:geneva"],
    });
    const plan = planOf([a, b, c, d, e, denial, venue], 3);
    expect(blockIds(plan)).toEqual(
      [
        `statement:${[a.id, b.id, c.id].sort().join(",")}`,
        `statement:${d.id}`,
        `statement:${e.id}`,
        `venue:${venue.id}`,
      ].sort(),
    );
    expect(plan.denials()).toEqual([denial.id]);
    expect(plan.size).toBe(7);
  });

  it("refuses claims out of id order, so no claim is planned twice", () => {
    const plan = new BlockPlan();
    const later = claim("r-2", { slot: "framework:states", terms: ["x"] });
    plan.add(later);
    expect(() => plan.add(later)).toThrow(/r-2/);
  });

  it("batches whole blocks up to a size, a larger block alone", () => {
    const claims = [
      ...Array.from({ length: 5 }, (_, i) => figure(`big-${i}`, "attacks:launched:drone")),
      figure("s-1", "prisoners:exchanged:person", "person"),
      figure("s-2", "troops:withdrawn:soldier", "soldier"),
    ];
    const sizes = [...planOf(claims).batches(3)].map((batch) => batch.map((b) => b.ids.length));
    expect(sizes.flat().sort()).toEqual([1, 1, 5]);
    for (const batch of sizes) {
      const total = batch.reduce((x, y) => x + y, 0);
      expect(total <= 3 || batch.length === 1).toBe(true);
    }
  });

  it("gives, block by block, the clusters clustering every claim at once gives", () => {
    const actors = [actor("russia", "Russia"), actor("ukraine", "Ukraine")];
    const claims: Claim[] = [];
    for (let i = 0; i < 60; i++) {
      // Nine groups by a rare word; every fourth statement also names a day two groups share.
      const terms = [
        "issue:framework",
        "talks",
        `rare-${i % 9}`,
        ...(i % 4 === 0 ? [`day-${i % 3}`] : []),
      ];
      claims.push(
        i % 5 === 0
          ? figure(`g-${i}`, i % 10 === 0 ? "attacks:launched:drone" : "talks:call:minute")
          : claim(`g-${i}`, { slot: "framework:states", terms }),
      );
    }
    const m = new ClaimMeasure(buildTermWeights(claims, actors));
    const all = new Map(claims.map((c) => [c.id, c]));
    // "talks" is carried by 48 statements: over the limit, it links none.
    const blocks = [...planOf(claims).blocks()];
    expect(blocks.filter((b) => b.kind === "statement").length).toBeGreaterThan(1);
    const blockwise = blocks.flatMap((b) =>
      clusterBlock(
        b.kind,
        b.ids.map((id) => all.get(id)!),
        m,
      ),
    );
    const ids = (cs: { id: string; claims: Claim[] }[]) =>
      cs.map((c) => `${c.id}=${c.claims.map((x) => x.id).join(",")}`).sort();
    expect(ids(blockwise)).toEqual(ids(clusterClaims(claims, m)));
  });
});
