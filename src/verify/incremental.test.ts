import { describe, expect, it } from "vitest";
import { ClaimMeasure } from "./cluster.js";
import { LatestPerKey, latestPerKey, placeClaims } from "./incremental.js";
import { buildTermWeights } from "./similarity.js";
import { claim } from "./test-records.js";

describe("latestPerKey", () => {
  it("keeps under each key only its last refs, in the order they came", () => {
    const entries = [
      { ref: "a", keys: ["x", "y"] },
      { ref: "b", keys: ["x"] },
      { ref: "c", keys: ["x", "z"] },
      { ref: "d", keys: ["y"] },
    ];
    expect(latestPerKey(entries, 2)).toEqual([
      { ref: "a", keys: ["y"] },
      { ref: "b", keys: ["x"] },
      { ref: "c", keys: ["x", "z"] },
      { ref: "d", keys: ["y"] },
    ]);
  });

  it("drops a ref kept under no key, and counts a key repeated in one ref once", () => {
    const entries = [
      { ref: "old", keys: ["k", "k"] },
      { ref: "new1", keys: ["k"] },
      { ref: "new2", keys: ["k"] },
    ];
    expect(latestPerKey(entries, 2).map((e) => e.ref)).toEqual(["new1", "new2"]);
  });

  it("gives the same as filing everything and reading the latest per key", () => {
    // Many refs over few keys, added one by one: what a lookup of the latest 3 per key
    // would return from everything filed is exactly what is kept.
    const latest = new LatestPerKey(3);
    const all: { ref: string; keys: string[] }[] = [];
    for (let i = 0; i < 200; i++) {
      const keys = [`k${i % 5}`, `k${(i * 7) % 11}`];
      latest.add(`r${i}`, keys);
      all.push({ ref: `r${i}`, keys });
    }
    const lookup = (entries: { ref: string; keys: string[] }[], key: string) =>
      entries
        .filter((e) => e.keys.includes(key))
        .map((e) => e.ref)
        .slice(-3);
    const kept = latest.entries();
    for (let k = 0; k < 11; k++) expect(lookup(kept, `k${k}`)).toEqual(lookup(all, `k${k}`));
    expect(kept.length).toBeLessThanOrEqual(3 * 11);
  });
});

describe("placeClaims", () => {
  const words = ["summit", "lakeport", "envoy"];
  const stored = claim("r-1", { slot: "talks:meeting", terms: words });
  const added = claim("r-2", { slot: "talks:meeting", terms: words });
  const measure = new ClaimMeasure(buildTermWeights([stored, added], []));
  const cluster = () => ({
    id: "c-stored",
    slot: "talks:meeting",
    issue: stored.issue,
    claims: [stored],
    denials: [],
  });

  it("joins a statement to the stored cluster it resembles", () => {
    const placed = placeClaims([added], [cluster()], measure);
    expect(placed.created).toBe(0);
    expect(placed.changed[0]!.claims.map((c) => c.id)).toEqual([stored.id, added.id]);
  });

  it("links statements only through words that may link them, as a full run does", () => {
    const none = placeClaims([added], [cluster()], measure, { links: () => false });
    expect(none.created).toBe(1);
    const rare = placeClaims([added], [cluster()], measure, { links: (t) => t === "lakeport" });
    expect(rare.created).toBe(0);
  });
});
