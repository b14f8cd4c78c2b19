import { describe, expect, it } from "vitest";
import { plainSentences } from "./test-dossier.js";
import { findTimes } from "./times.js";

const dates = (text: string, published: string) =>
  findTimes(text, plainSentences(text, true), published).map((t) => [t.text, t.value]);

describe("the local day of today and tonight", () => {
  it("dates entries under a live report's date heading by that heading", () => {
    const text =
      "Friday, March 6\n\n9:00 a.m. ET - The envoy says he will meet the minister this afternoon.";
    expect(dates(text, "2026-03-07T13:00:00Z")).toEqual([
      ["Friday, March 6", "2026-03-06"],
      ["this afternoon", "2026-03-06"],
    ]);
    const two = "March 6\nTalks end tonight.\nMarch 7\nVoting opens today.";
    expect(dates(two, "2026-03-08T09:00:00Z")).toEqual([
      ["March 6", "2026-03-06"],
      ["tonight", "2026-03-06"],
      ["March 7", "2026-03-07"],
      ["today", "2026-03-07"],
    ]);
  });

  it("puts the publication instant in the zone the text's clock times use", () => {
    const late = "At 8 p.m. ET the senator said the vote would be held tonight.";
    expect(dates(late, "2026-03-07T02:30:00Z")).toEqual([["tonight", "2026-03-06"]]);
    const east = "By 11:30 MSK officials said the convoy had left this morning.";
    expect(dates(east, "2026-03-06T22:30:00Z")).toEqual([["this morning", "2026-03-07"]]);
    const yesterday = "Shortly after 7 a.m. PT, the mayor said the fire began yesterday.";
    expect(dates(yesterday, "2026-03-07T05:00:00Z")).toEqual([["yesterday", "2026-03-05"]]);
  });

  it("keeps the UTC publication day when no zone or heading is given", () => {
    expect(dates("The minister will speak tonight.", "2026-03-07T02:30:00Z")).toEqual([
      ["tonight", "2026-03-07"],
    ]);
    const mixed = "At 9 a.m. ET and 4 p.m. CET, aides said a call is set for today.";
    expect(dates(mixed, "2026-03-07T02:30:00Z")).toEqual([["today", "2026-03-07"]]);
  });
});

describe("vague spans in reported speech", () => {
  it("counts from the day the words were said, when the sentence names it", () => {
    expect(
      dates(
        "When the two met on 3 March, she said a deal would come in a few weeks.",
        "2026-04-20T10:00:00Z",
      ),
    ).toEqual([
      ["on 3 March", "2026-03-03"],
      ["in a few weeks", "2026-03"],
    ]);
    expect(
      dates(
        "On 2 February the minister told reporters that talks would resume within weeks.",
        "2026-03-20T10:00:00Z",
      ),
    ).toEqual([
      ["On 2 February", "2026-02-02"],
      ["within weeks", "2026-02"],
    ]);
  });

  it("counts from publication when no day of saying is named", () => {
    expect(dates("Aides expect a deal in a few weeks.", "2026-04-20T10:00:00Z")).toEqual([
      ["in a few weeks", "2026-05"],
    ]);
    expect(
      dates("A deal will come in a few weeks, the envoy said on Monday.", "2026-04-20T10:00:00Z"),
    ).toEqual([
      ["in a few weeks", "2026-05"],
      ["on Monday", "2026-04-20"],
    ]);
  });
});
