import { describe, expect, it } from "vitest";
import type { Claim } from "../model/index.js";
import { clusterClaims } from "./cluster.js";
import { ClaimMeasure } from "./measure.js";
import { buildTermWeights } from "./similarity.js";
import { claim, day } from "./test-records.js";
import { buildVariants } from "./variants.js";
import { placesAgree, venueSimilarity } from "./venues.js";

/** A venue claim as the extraction stage makes it: who met, where, and what that lies in. */
function venue(
  reportId: string,
  place: string,
  within: string[],
  people: string[],
  date: string | null,
  text = date ?? "",
) {
  return claim(reportId, {
    slot: "talks:venue",
    predicate: "venue",
    object: place,
    time: date ? { ...day(date), text } : null,
    terms: [
      ...people.map((p) => `with:${p}`),
      `venue:${place.toLowerCase().replace(/\s+/g, "-")}`,
      ...within.map((w) => `within:${w}`),
    ].sort(),
  });
}

const HALL = ["belo", "south-coast", "norland"];

describe("venues of one meeting", () => {
  const hall = venue("r1", "Harbour Hall", HALL, ["keld", "varn"], "2026-03-08");
  const belo = venue("r2", "Belo", ["south-coast", "norland"], [], "2026-03-08");
  const tesk = venue("r3", "Tesk", ["norland"], ["keld", "varn"], "2026-03-08");
  const later = venue("r4", "Tesk", ["norland"], ["keld", "varn"], "2026-03-20");
  const m = new ClaimMeasure(buildTermWeights([hall, belo, tesk, later], []));

  it("holds a place within another as the same place, and two apart as two", () => {
    expect(placesAgree(hall, belo)).toBe(true);
    expect(placesAgree(hall, tesk)).toBe(false);
  });

  it("ties venue claims of one day by a shared participant or an agreeing place, never across weeks", () => {
    expect(venueSimilarity(hall, tesk, m)).toBe(1);
    expect(venueSimilarity(hall, belo, m)).toBe(1);
    expect(venueSimilarity(belo, tesk, m)).toBe(0.5);
    expect(venueSimilarity(tesk, later, m)).toBe(0);
  });

  it("lists places that cannot be one as conflicting variants, innermost first", () => {
    const set = buildVariants([hall, belo, tesk], "meeting");
    expect(set.variants.map((v) => [v.value, v.claims.map((c) => c.reportId).sort()])).toEqual([
      ["Harbour Hall", ["r1", "r2"]],
      ["Tesk", ["r3"]],
    ]);
    expect(set.conflicts).toEqual([[0, 1]]);
  });

  it("lists two calendar days of one place as conflicting variants", () => {
    const a = venue("r5", "Belo", ["south-coast", "norland"], ["keld"], "2026-04-02", "on April 2");
    const b = venue("r6", "Belo", ["south-coast", "norland"], ["keld"], "2026-04-03", "on 3 April");
    const set = buildVariants([a, b], "meeting");
    expect(set.variants.map((v) => v.value)).toEqual(["2026-04-02", "2026-04-03"]);
    expect(set.conflicts).toEqual([[0, 1]]);
  });

  it("clusters venue claims apart from the statements of their sentences, and lends them no denial", () => {
    const statement: Claim = claim("r1", {
      slot: "talks:meeting",
      terms: ["keld", "varn", "meet"],
    });
    const clusters = clusterClaims([hall, tesk, statement], m);
    const withVenues = clusters.filter((c) => c.claims.some((x) => x.predicate === "venue"));
    expect(withVenues).toHaveLength(1);
    expect(withVenues[0]!.claims.every((x) => x.predicate === "venue")).toBe(true);
  });
});
