import { describe, expect, it } from "vitest";
import { averageLinkGroups } from "./average-link.js";

/** Similarity of points on a line: 1 at the same place, falling to 0 at distance 10. */
const near = (a: number, b: number) => Math.max(0, 1 - Math.abs(a - b) / 10);

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
});
