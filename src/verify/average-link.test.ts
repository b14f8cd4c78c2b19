import { describe, expect, it } from "vitest";
import { averageLinkGroups, GREEDY_CANDIDATES, greedyGroups } from "./average-link.js";

/** Similarity of points on a line: 1 at the same place, falling to 0 at distance 10. */
const near = (a: number, b: number) => Math.max(0, 1 - Math.abs(a - b) / 10);

/** The textbook version: scan the whole matrix of group means for the best pair, every round. */
function referenceGroups(n: number, sim: (i: number, j: number) => number, threshold: number) {
  let groups = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best = -1;
    let pair: [number, number] | null = null;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        let sum = 0;
        for (const i of groups[a]!) for (const j of groups[b]!) sum += sim(i, j);
        const mean = sum / (groups[a]!.length * groups[b]!.length);
        if (mean > best) {
          best = mean;
          pair = [a, b];
        }
      }
    }
    if (!pair || best < threshold) return groups;
    const [a, b] = pair;
    const joined = [...groups[a]!, ...groups[b]!].sort((x, y) => x - y);
    groups = groups.filter((_, k) => k !== b).map((g, k) => (k === a ? joined : g));
  }
}

/** A small seeded generator, so a failing case can be replayed. */
function lcg(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe("averageLinkGroups", () => {
  it("joins items that resemble each other and keeps apart those that do not", () => {
    expect(averageLinkGroups([0, 1, 2, 50, 51], near, 0.5)).toEqual([
      [0, 1, 2],
      [3, 4],
    ]);
  });

  it("does not chain a row of items through their neighbours as single link would", () => {
    // Each neighbour is 0.6 alike, but the ends of the row are not alike at all.
    const row = [0, 4, 8, 12, 16, 20];
    const groups = averageLinkGroups(row, near, 0.55);
    expect(groups.length).toBeGreaterThan(1);
  });

  it("gives every item its own group when nothing reaches the threshold, and none for no items", () => {
    expect(averageLinkGroups([0, 20, 40], near, 0.5)).toEqual([[0], [1], [2]]);
    expect(averageLinkGroups([], near, 0.5)).toEqual([]);
  });

  it("gives the groups the full matrix scan gives, ties included, on random similarities", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const random = lcg(seed);
      const n = 2 + Math.floor(random() * 14);
      // Coarse values (tenths, many zeros) make ties and unrelated pairs common.
      const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          const v = random() < 0.4 ? 0 : Math.round(random() * 10) / 10;
          matrix[i]![j] = v;
          matrix[j]![i] = v;
        }
      }
      const items = Array.from({ length: n }, (_, i) => i);
      const sim = (i: number, j: number) => matrix[i]![j]!;
      const threshold = 0.3 + random() * 0.4;
      expect(averageLinkGroups(items, sim, threshold), `seed ${seed}`).toEqual(
        referenceGroups(n, sim, threshold),
      );
    }
  });

  it("refuses a threshold that would join unrelated items", () => {
    expect(() => averageLinkGroups([0, 1], near, 0)).toThrow(/threshold must be above 0/);
  });
});

describe("greedyGroups", () => {
  const everywhere = () => ["all"];

  it("joins each item to the group it resembles on average, or starts a new one", () => {
    expect(greedyGroups([0, 1, 2, 50, 51, 3], near, 0.5, everywhere)).toEqual([
      [0, 1, 2, 5],
      [3, 4],
    ]);
  });

  it("compares an item only with groups that share one of its keys", () => {
    // 0 and 1 are alike, but share no key, so they are never compared.
    const keys = (x: number) => [x % 2 === 0 ? "even" : "odd"];
    expect(greedyGroups([0, 1, 2], near, 0.5, keys)).toEqual([[0, 2], [1]]);
  });

  it("compares an item with the most recently joined groups only, so its cost stays bounded", () => {
    // Far-apart points make one group each; a last point like the very first group is not
    // compared with it once more recent groups fill the candidate list.
    const points = Array.from({ length: GREEDY_CANDIDATES + 1 }, (_, i) => i * 100);
    const groups = greedyGroups([...points, 0], near, 0.5, everywhere);
    expect(groups).toHaveLength(GREEDY_CANDIDATES + 2);
    expect(groups.at(-1)).toEqual([GREEDY_CANDIDATES + 1]);
  });

  it("keeps a group among a key's candidates while it keeps being joined", () => {
    // The first group is joined again just before the list would drop it, so a later
    // item like it still finds it after one more group has started.
    const others = Array.from({ length: GREEDY_CANDIDATES - 1 }, (_, i) => (i + 1) * 100);
    const items = [0, ...others, 1, GREEDY_CANDIDATES * 100, 0];
    const groups = greedyGroups(items, near, 0.5, everywhere);
    expect(groups[0]).toEqual([0, GREEDY_CANDIDATES, items.length - 1]);
    expect(groups).toHaveLength(GREEDY_CANDIDATES + 1);
  });

  it("finds a group through any of the item's keys", () => {
    const keys = (x: number) => (x < 10 ? ["low", "any"] : x < 20 ? ["any"] : ["high"]);
    // 1 and 12 share only "any"; 25 shares nothing with either.
    expect(
      greedyGroups([1, 12, 2, 25], (a, b) => (Math.abs(a - b) <= 11 ? 1 : 0), 0.5, keys),
    ).toEqual([[0, 1, 2], [3]]);
  });
});
