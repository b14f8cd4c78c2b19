import { describe, expect, it } from "vitest";
import { digestOf } from "./digest.js";
import { trackDigests, trackNegotiation } from "./index.js";
import { extracted } from "./test-records.js";

const report = extracted(
  "d1",
  "2026-02-10T09:00:00Z",
  "The mediators met in Tallinn on Monday. The harbour clause remains unresolved. " +
    "Weather was mild across the coast. The envoys will meet in Riga next week.",
  {
    mentions: [["estonia", "Tallinn"]],
    times: [
      ["on Monday", "2026-02-09", "day", false],
      ["next week", "2026-W08", "week", true],
    ],
    events: [
      ["meeting", "met in Tallinn", ["mediators"], "2026-02-09", "day"],
      ["meeting", "will meet in Riga", ["envoys"], "2026-W08", "week"],
    ],
    commitments: [["envoys", "The envoys will meet in Riga next week", "next week"]],
    stances: [],
  },
);

describe("a report's tracking digest", () => {
  const digest = digestOf(report);

  it("keeps only the sentences tracking can use, with their text", () => {
    expect(digest.statusSentences).toEqual([
      {
        sentence: 1,
        text: "The harbour clause remains unresolved.",
        says: "open",
        stems: ["the", "harbour", "clause", "remains", "unresol"],
      },
    ]);
    // Only a sentence telling an act done (or called off) can settle a plan.
    expect(digest.told.map((t) => [t.sentence, t.days])).toEqual([[0, ["2026-02-09"]]]);
    expect(digest.plans.map((p) => [p.via, p.due?.value])).toEqual([["commitment", "2026-W08"]]);
    // What happened is on the timeline; what is planned is not.
    expect(digest.events.map((e) => e.event.date)).toEqual(["2026-02-09"]);
  });

  it("holds nothing a JSON store would change", () => {
    expect(JSON.parse(JSON.stringify(digest))).toEqual(digest);
  });

  it("tracks from digests read back from a store as from those made in memory, settling a plan", () => {
    const settles = extracted(
      "d2",
      "2026-02-20T09:00:00Z",
      "The envoys met in Riga on Tuesday, officials said.",
      { times: [["on Tuesday", "2026-02-17", "day", false]] },
    );
    const input = {
      dossier: { actors: [], issues: [], framework: [] },
      clusters: [],
      actors: [],
      originOf: (id: string) => id,
    };
    const fromExtractions = trackNegotiation({ ...input, extractions: [report, settles] });
    const fromDigests = trackDigests({
      ...input,
      digests: [report, settles].map((x) => JSON.parse(JSON.stringify(digestOf(x)))),
      stances: [],
    });
    expect(fromDigests).toEqual(fromExtractions);
    expect(fromDigests.ledger.map((e) => e.status)).toEqual(["met"]);
  });
});
