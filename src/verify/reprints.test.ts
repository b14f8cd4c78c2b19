import { describe, expect, it } from "vitest";
import { estimatedJaccard } from "./minhash.js";
import {
  findReprints,
  groupLinks,
  planAddedGroups,
  REPRINT_THRESHOLD,
  reportSignature,
} from "./reprints.js";
import { report, source } from "./test-records.js";

const WIRE_STORY = [
  "The two delegations met for five hours in a lakeside hotel on Saturday and agreed to meet again after the new year, officials from both sides said.",
  "The mediator told reporters that a draft of twelve points now lay on the table, although the question of the border crossings was still open and would go back to the capitals.",
  "One negotiator said the talks had been frank and at times difficult, but that neither side had walked out and that the tone had improved since the autumn round.",
  "Observers noted that the energy ministers had not attended, a sign that the gas transit dispute would be handled in a separate channel later in the month.",
  "The next round is expected to take place in the same city, with technical teams meeting in the days before to prepare the ground for the principals.",
].join("\n\n");

/** The wire story as an outlet runs it: one paragraph cut, a few words changed. */
const REPRINTED = [
  "The two delegations met for five hours at a lakeside hotel on Saturday and agreed to meet again after the new year, officials from both sides said.",
  "The mediator told journalists that a draft of twelve points now lay on the table, although the question of the border crossings was still open and would go back to the capitals.",
  "One negotiator said the talks had been frank and at times difficult, but that neither side had walked out and that the tone had improved since the autumn round.",
  "The next round is expected to take place in the same city, with technical teams meeting in the days before to prepare the ground for the principals.",
].join("\n\n");

/** The same event in another reporter's own words. */
const OWN_STORY = [
  "Negotiators from both delegations spent Saturday at a hotel by the lake and said they would return after the new year.",
  "A twelve-point draft is now under discussion, the mediator said, but border crossings remain unresolved and were referred back to the governments.",
  "Energy ministers stayed away, suggesting the gas transit quarrel will be dealt with separately later this month.",
].join("\n\n");

const wire = source("north-wire", "North Press Agency", "wire");
const times = source("bell-times", "Bell Media");
const herald = source("bell-herald", "Bell Media");
const post = source("river-post", "River Holdings");

describe("findReprints", () => {
  it("links a reprint with a new headline, a cut paragraph and light edits to the wire original", () => {
    const original = report("r-2", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY);
    const copy = {
      ...report("r-7", "bell-times", "2025-12-28T14:00:00Z", REPRINTED),
      title: "A new headline",
    };
    const [found, ...rest] = findReprints([copy, original], [wire, times]);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ reportId: "r-7", originalId: "r-2", reason: "near-duplicate" });
    expect(found!.similarity).toBeGreaterThan(0.5);
  });

  it("prefers the wire as original even when an outlet published its copy first", () => {
    const original = report("r-2", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY);
    const early = report("r-1", "bell-times", "2025-12-28T09:00:00Z", REPRINTED);
    expect(findReprints([early, original], [wire, times])).toMatchObject([
      { reportId: "r-1", originalId: "r-2" },
    ]);
  });

  it("does not link two different stories on the same event", () => {
    const reports = [
      report("r-2", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY),
      report("r-3", "river-post", "2025-12-28T12:00:00Z", OWN_STORY),
    ];
    expect(findReprints(reports, [wire, post])).toEqual([]);
  });

  it("marks a sibling outlet's reuse of its owner's text as same-owner", () => {
    const reports = [
      report("r-4", "bell-times", "2025-12-28T10:00:00Z", WIRE_STORY),
      report("r-5", "bell-herald", "2025-12-28T16:00:00Z", REPRINTED),
    ];
    expect(findReprints(reports, [times, herald])).toMatchObject([
      { reportId: "r-5", originalId: "r-4", reason: "same-owner" },
    ]);
  });

  it("resolves a chain of copies to the root original", () => {
    const reports = [
      report("r-2", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY),
      report("r-7", "bell-times", "2025-12-28T14:00:00Z", REPRINTED),
      // a copy of the copy: the cut paragraph stays cut, one more sentence goes
      report(
        "r-9",
        "river-post",
        "2025-12-29T08:00:00Z",
        REPRINTED.split("\n\n").slice(0, 3).join("\n\n"),
      ),
    ];
    const found = findReprints(reports, [wire, times, post]);
    expect(found.map((p) => [p.reportId, p.originalId])).toEqual([
      ["r-7", "r-2"],
      ["r-9", "r-2"],
    ]);
  });

  it("takes the earliest report as original when none is wire copy, ties broken by id", () => {
    const reports = [
      report("r-b", "river-post", "2025-12-28T10:00:00Z", WIRE_STORY),
      report("r-a", "bell-times", "2025-12-28T10:00:00Z", WIRE_STORY),
    ];
    expect(findReprints(reports, [times, post])).toMatchObject([
      { reportId: "r-b", originalId: "r-a", similarity: 1 },
    ]);
  });

  it("never pairs empty texts with each other", () => {
    const reports = [
      { ...report("r-1", "bell-times", "2025-12-28T10:00:00Z"), text: "" },
      { ...report("r-2", "river-post", "2025-12-28T10:00:00Z"), text: " " },
    ];
    expect(findReprints(reports, [times, post])).toEqual([]);
  });

  it("refuses a report with an unreadable date or a repeated id", () => {
    const bad = report("r-1", "bell-times", "yesterday", WIRE_STORY);
    expect(() => findReprints([bad], [times])).toThrow(/r-1 has an unreadable published date/);
    const good = report("r-1", "bell-times", "2025-12-28T10:00:00Z");
    expect(() => findReprints([good, good], [times])).toThrow(/r-1 appears twice/);
  });

  it("links every one of many copies of one story to it", () => {
    const reports = [report("r-0000", "north-wire", "2025-12-28T08:00:00Z", WIRE_STORY)];
    for (let i = 1; i <= 500; i++) {
      const cut = WIRE_STORY.split("\n\n")
        .filter((_, p) => p !== i % 5)
        .join("\n\n");
      reports.push(
        report(`r-${String(i).padStart(4, "0")}`, "bell-times", "2025-12-28T10:00:00Z", cut),
      );
    }
    const found = findReprints(reports, [wire, times]);
    expect(found).toHaveLength(500);
    expect(new Set(found.map((p) => p.originalId))).toEqual(new Set(["r-0000"]));
  });

  it("handles thousands of reports, pairing only the planted copies", () => {
    // Each synthetic story draws words from its own vocabulary; every 100th is copied.
    const reports = [];
    for (let i = 0; i < 2000; i++) {
      const words = Array.from({ length: 120 }, (_, w) => `s${i}w${(w * 7 + i) % 90}`);
      reports.push(
        report(
          `r-${String(i).padStart(4, "0")}`,
          "river-post",
          "2025-12-28T10:00:00Z",
          words.join(" "),
        ),
      );
    }
    for (let i = 0; i < 2000; i += 100) {
      const copy = reports[i]!.text.split(" ").slice(0, 100).join(" ");
      reports.push(
        report(`c-${String(i).padStart(4, "0")}`, "bell-times", "2025-12-29T10:00:00Z", copy),
      );
    }
    const found = findReprints(reports, [times, post]);
    expect(found).toHaveLength(20);
    expect(found.every((p) => p.originalId === `r-${p.reportId.slice(2)}`)).toBe(true);
  });
});

/** A second story, of another event, and a light edit of it. */
const HARBOUR_STORY = [
  "Port workers in the northern harbour ended a three-day strike on Tuesday after the shipping company agreed to restore the night shift and pay overtime at the old rate.",
  "The union said the deal covered all four terminals and would be put to a vote of members next week, while managers said cargo would move again by Wednesday morning.",
  "Dozens of container ships had waited outside the breakwater since Sunday, and fruit importers warned that part of their stock would be lost.",
].join("\n\n");
const HARBOUR_EDIT = HARBOUR_STORY.replace("on Tuesday", "late on Tuesday").replace(
  "Dozens of",
  "Scores of",
);

describe("planAddedGroups", () => {
  const reports = [
    report("w1", "north-wire", "2025-12-28T10:00:00Z", WIRE_STORY),
    report("t1", "bell-times", "2025-12-28T14:00:00Z", REPRINTED),
    report("p1", "river-post", "2025-12-29T09:00:00Z", OWN_STORY),
    report("h1", "river-post", "2025-12-30T09:00:00Z", HARBOUR_STORY),
    report("h2", "bell-herald", "2025-12-30T12:00:00Z", HARBOUR_EDIT),
    // Added later: another copy of the wire story, an earlier wire run of the harbour
    // story, and an outlet's own story.
    report("a1", "bell-herald", "2025-12-29T08:00:00Z", REPRINTED),
    report("a2", "north-wire", "2025-12-30T06:00:00Z", HARBOUR_EDIT),
    report("a3", "bell-times", "2025-12-31T06:00:00Z", OWN_STORY.replace("Saturday", "Sunday")),
  ];
  const byId = new Map(reports.map((r) => [r.id, r]));
  const signatures = new Map(reports.map((r) => [r.id, reportSignature(r.text)]));
  const sources = [wire, times, herald, post];
  const stored = findReprints(reports.slice(0, 5), sources);
  const plan = (added: string[], near: string[]) =>
    planAddedGroups({
      added,
      near: new Map(added.map((id) => [id, near])),
      stored,
      signatures,
      reports: byId,
      sources,
    });

  it("starts from the groups a full run finds", () => {
    expect(stored.map((l) => [l.reportId, l.originalId])).toEqual([
      ["h2", "h1"],
      ["t1", "w1"],
    ]);
  });

  it("adds a copy to its group under the original it had", () => {
    const [group, ...rest] = plan(["a1"], ["t1", "p1", "h1"]);
    expect(rest).toEqual([]);
    // Only the added copy is linked: the group's stored links stand.
    expect(group).toEqual({ root: "w1", copies: ["a1"], rewritten: [] });
  });

  it("makes an added wire run the original of the group it joins, rewriting its links", () => {
    const [group] = plan(["a2"], ["h2"]);
    expect(group).toEqual({ root: "a2", copies: ["h1", "h2"], rewritten: ["h1", "h2"] });
    const links = groupLinks(group!, signatures, byId, sources);
    expect(links.map((l) => [l.reportId, l.originalId])).toEqual([
      ["h1", "a2"],
      ["h2", "a2"],
    ]);
    // Links are made as a full run makes them, and never without both texts' signatures.
    expect(links[1]).toEqual(findReprints([byId.get("a2")!, byId.get("h2")!], sources)[0]);
    const unsigned = new Map(signatures).set("h2", null);
    expect(() => groupLinks(group!, unsigned, byId, sources)).toThrow(/report h2: its signature/);
  });

  it("groups added reports that copy each other, and leaves a report of its own alone", () => {
    const again = report("a5", "river-post", "2025-12-31T09:00:00Z", OWN_STORY);
    const withAgain = new Map(byId).set("a5", again);
    const groups = planAddedGroups({
      added: ["a3", "a5"],
      near: new Map([
        ["a3", ["w1", "h1"]],
        ["a5", ["w1", "h1"]],
      ]),
      stored,
      signatures: new Map(signatures).set("a5", reportSignature(again.text)),
      reports: withAgain,
      sources,
    });
    expect(groups).toEqual([{ root: "a3", copies: ["a5"], rewritten: [] }]);
    expect(plan(["a3"], ["w1", "t1", "h1", "h2"])).toEqual([]);
  });

  it("joins two groups an added report copies both of, under the better original", () => {
    const bridge = {
      ...report("a4", "river-post", "2025-12-31T10:00:00Z", `${REPRINTED}\n\n${HARBOUR_STORY}`),
    };
    const withBridge = new Map(byId).set("a4", bridge);
    const bridgeSignatures = new Map(signatures).set("a4", reportSignature(bridge.text));
    const similar = (id: string) =>
      estimatedJaccard(bridgeSignatures.get("a4")!, bridgeSignatures.get(id)!);
    // The joined text is near enough to both stories to copy each.
    expect(similar("t1")).toBeGreaterThanOrEqual(REPRINT_THRESHOLD);
    expect(similar("h1")).toBeGreaterThanOrEqual(REPRINT_THRESHOLD);
    const groups = planAddedGroups({
      added: ["a4"],
      near: new Map([["a4", ["t1", "h1"]]]),
      stored,
      signatures: bridgeSignatures,
      reports: withBridge,
      sources,
    });
    // The wire story's group keeps its links; the harbour group's are written to its original.
    expect(groups).toEqual([{ root: "w1", copies: ["h1", "h2", "a4"], rewritten: ["h1", "h2"] }]);
  });
});
