import { describe, expect, it } from "vitest";
import { LatestPerKey, latestPerKey } from "./incremental.js";

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
