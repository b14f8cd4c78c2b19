import { describe, expect, it } from "vitest";
import type { Place } from "../model/index.js";
import { venueOf, venuesIn } from "./venues.js";

const place = (id: string, name: string, within: string | null, aliases: string[] = []): Place => ({
  id,
  name,
  aliases,
  within,
});
const PLACES = [
  place("norland", "Norland", null),
  place("south-coast", "South Coast", "norland"),
  place("belo", "Belo", "south-coast", ["Belo City"]),
  place("harbour-hall", "Harbour Hall", "belo"),
  place("tesk", "Tesk", "norland"),
  // A loop in the list must not hang the reader.
  place("a", "Aville", "b"),
  place("b", "Beeton", "a"),
];

const ids = (text: string) => venuesIn(text, 0, text.length, PLACES).map((v) => v.id);

describe("venues a sentence names", () => {
  it.each([
    ["Keld received Varn at his Harbour Hall residence on Sunday.", ["harbour-hall"]],
    ["The envoys met “in Tesk” before the vote.", ["tesk"]],
    [
      "They talked at the governor's Harbour Hall in Belo City, South Coast.",
      ["harbour-hall", "belo"],
    ],
    ["Talks are due in Aville.", ["a"]],
  ])("%s", (text, want) => {
    expect(ids(text)).toEqual(want);
  });

  it("reads no dateline, country, name or party's view as a venue", () => {
    expect(ids("BELO — Keld spoke to reporters.")).toEqual([]);
    expect(ids("Troops stay in Norland, the minister said.")).toEqual([]);
    expect(ids("Tesk officials met Varn.")).toEqual([]);
    expect(ids("The vote, in Tesk's view, is premature.")).toEqual([]);
  });

  it("gives the innermost of places one within another, and none for places that cannot be one", () => {
    const inner = "They met at Harbour Hall in Belo, South Coast.";
    const v = venueOf(inner, 0, inner.length, PLACES);
    expect(v?.id).toBe("harbour-hall");
    expect(v?.within).toEqual(["belo", "south-coast", "norland"]);
    const two = "They met in Belo and later in Tesk.";
    expect(venueOf(two, 0, two.length, PLACES)).toBeNull();
  });
});
