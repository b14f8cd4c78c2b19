import { describe, expect, it } from "vitest";
import type { Dossier, Mention, Quote } from "../model/index.js";
import { stressDossier } from "../test-support/stance-stress.js";
import { extractReport } from "./index.js";
import { STANCE_CUES } from "./predicates.js";
import { sentencesComponent } from "./sentences.js";
import { possibleCues, stancesComponent } from "./stances.js";
import { textReport } from "./test-dossier.js";
import type { WorkingDoc } from "./types.js";

const dossier: Dossier = {
  id: "test",
  title: "Test",
  description: "",
  period: null,
  actors: [],
  sources: [],
  framework: [],
  issues: [
    {
      id: "territory",
      label: "Territory",
      vocabulary: ["territory", "territorial", "Donetsk", "Donbas", "withdraw"],
    },
    {
      id: "security_guarantees",
      label: "Guarantees",
      vocabulary: ["security guarantees", "guarantees"],
    },
    { id: "ceasefire", label: "Ceasefire", vocabulary: ["ceasefire", "truce"] },
    {
      id: "referendum",
      label: "Referendum",
      vocabulary: ["referendum", "vote", "voters"],
      about: ["territory"],
    },
    { id: "framework", label: "Framework", vocabulary: ["plan", "framework"] },
    { id: "nato", label: "NATO", vocabulary: ["NATO", "membership"] },
    { id: "attacks", label: "Attacks", vocabulary: ["attack", "drones"] },
  ],
};

const ACTORS: Record<string, string> = {
  Russia: "russia",
  Moscow: "russia",
  Ukraine: "ukraine",
  Kyiv: "ukraine",
  Washington: "united-states",
  "The United States": "united-states",
  France: "france",
  Trump: "donald-trump",
  Putin: "vladimir-putin",
  Zelenskyy: "volodymyr-zelenskyy",
};

/** One-sentence document with every known actor name as a mention, plus optional quotes. */
function stancesOf(
  text: string,
  quotes: Omit<Quote, "start" | "end" | "sentence" | "speakerText" | "cue">[] = [],
) {
  const mentions: Mention[] = [];
  for (const [name, actorId] of Object.entries(ACTORS)) {
    for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, "g"))) {
      const start = m.index ?? 0;
      mentions.push({
        actorId,
        text: name,
        start,
        end: start + name.length,
        sentence: 0,
        via: "name",
      });
    }
  }
  const doc: WorkingDoc = {
    report: {
      id: "r1",
      sourceId: "s",
      url: null,
      title: "",
      byline: null,
      published: "2025-12-29T10:00:00Z",
      text,
      language: "en",
      contentHash: "",
      origin: "test",
    },
    sentences: [{ index: 0, start: 0, end: text.length, paragraph: 0 }],
    tokens: [],
    mentions: mentions.sort((a, b) => a.start - b.start),
    quotes: quotes.map((q) => {
      const start = text.indexOf(q.content);
      return {
        ...q,
        start,
        end: start + q.content.length,
        sentence: 0,
        speakerText: null,
        cue: "said",
      };
    }),
    quantities: [],
    times: [],
    claims: [],
    stances: [],
    events: [],
    commitments: [],
    discoveredActors: [],
  };
  sentencesComponent.run(doc, { dossier });
  stancesComponent.run(doc, { dossier });
  return doc.stances.map((s) => `${s.actorId} ${s.position} ${s.issue}`);
}

describe("stances", () => {
  it("reads a demand from the subject before the cue", () => {
    expect(stancesOf("Moscow continues to demand that Ukrainian forces leave the Donbas.")).toEqual(
      ["russia demands territory"],
    );
  });

  it("reads a proposal", () => {
    const text = "The United States has offered security guarantees lasting 15 years.";
    expect(stancesOf(text)).toEqual(["united-states proposes security_guarantees"]);
  });

  it("reads support, acceptance and a refusal", () => {
    expect(stancesOf("France backs the security guarantees.")).toEqual([
      "france supports security_guarantees",
    ]);
    expect(stancesOf("Ukraine gives up its bid for NATO membership.")).toEqual([
      "ukraine accepts nato",
    ]);
    expect(stancesOf("Kyiv has agreed to give up NATO membership.")).toEqual([
      "ukraine accepts nato",
    ]);
  });

  it("gives a rejection to every coordinated subject", () => {
    expect(stancesOf("Trump and Putin have both rejected a short truce.")).toEqual([
      "donald-trump rejects ceasefire",
      "vladimir-putin rejects ceasefire",
    ]);
  });

  it("turns a negated cue into its opposite position", () => {
    expect(stancesOf("It needs a ceasefire that neither Washington nor Moscow favours.")).toEqual([
      "united-states opposes ceasefire",
      "russia opposes ceasefire",
    ]);
    expect(stancesOf("Moscow has long said it will not accept NATO membership for Kyiv.")).toEqual([
      "russia rejects nato",
    ]);
  });

  it("gives a requirement stated in someone's words to the speaker", () => {
    const text = "Zelenskyy said any territorial deal must go to a referendum.";
    const quote = {
      kind: "indirect" as const,
      speakerId: "volodymyr-zelenskyy",
      content: "any territorial deal must go to a referendum",
    };
    expect(stancesOf(text, [quote])).toEqual(["volodymyr-zelenskyy demands referendum"]);
  });

  it("reads a condition on the issue it conditions", () => {
    const text = "Zelenskyy said a ceasefire is a condition for any referendum.";
    const quote = {
      kind: "indirect" as const,
      speakerId: "volodymyr-zelenskyy",
      content: "a ceasefire is a condition for any referendum",
    };
    expect(stancesOf(text, [quote])).toEqual(["volodymyr-zelenskyy conditions referendum"]);
  });

  it("reads a denial of an allegation, not a rejection", () => {
    expect(
      stancesOf("Russia accused Kyiv of a drone attack, an allegation Zelenskyy flatly denied."),
    ).toEqual(["volodymyr-zelenskyy denies attacks"]);
  });

  it("states nothing for a hypothetical or an issue-less sentence", () => {
    expect(stancesOf("Zelenskyy did not say whether he would accept the Donbas plan.")).toEqual([]);
    expect(stancesOf("Trump welcomed the delegations warmly.")).toEqual([]);
  });

  it("does not let an issue that only names the frame an act follows govern it", () => {
    // "under the terms of the vote": the withdrawal follows the vote's terms, it is not about it.
    const text = "Ukraine agreed to withdraw from Donetsk under the terms of the vote.";
    expect(stancesOf(text)).toEqual(["ukraine accepts territory"]);
    expect(stancesOf("Ukraine accepts a vote on Donetsk.")).toEqual(["ukraine accepts referendum"]);
  });

  it("takes a referendum on territory as a stance on the referendum", () => {
    const text = "Zelenskyy wants any territorial deal approved by voters.";
    expect(stancesOf(text)).toEqual(["volodymyr-zelenskyy demands referendum"]);
  });

  it("reads what is needed, or what would only do harm, from the subject of its clause", () => {
    const needed = "Zelenskyy said a ceasefire of 60 days would be needed to hold a referendum.";
    const quote = {
      kind: "indirect" as const,
      speakerId: "volodymyr-zelenskyy",
      content: "a ceasefire of 60 days would be needed to hold a referendum",
    };
    expect(stancesOf(needed, [quote])).toEqual(["volodymyr-zelenskyy demands ceasefire"]);
    const harm = "Putin said that giving up territory would only invite war.";
    expect(stancesOf(harm)).toEqual(["vladimir-putin rejects territory"]);
    // Refused only without something: accepted on it.
    const unless = "Putin said that giving up territory without guarantees would only invite war.";
    expect(stancesOf(unless)).toEqual(["vladimir-putin conditions territory"]);
  });

  it("reads no proposal from a plan's background in a relative clause", () => {
    expect(stancesOf("The plan, which Zelenskyy unveiled on Friday, has 20 points.")).toEqual([]);
    expect(stancesOf("The framework Zelenskyy presented on Friday is shorter.")).toEqual([]);
    expect(stancesOf("On Friday Zelenskyy presented a shorter plan.")).toEqual([
      "volodymyr-zelenskyy proposes framework",
    ]);
  });

  it("states nothing inside a condition clause however long", () => {
    const text =
      "A deal is near, but only if Washington finds a formula for the Donbas that Moscow will accept.";
    expect(stancesOf(text)).toEqual([]);
  });
});

describe("the cue pre-check", () => {
  it("never rules out a cue that matches", () => {
    const sentences = [
      "Moscow flatly denied the claim and rejected the plan.",
      "Kyiv is no longer willing to cede territory; it had no objection to talks.",
      "A truce is a precondition for any vote, and elections would come only after a ceasefire.",
      "Varn would hold elections once a deal is signed, as long as monitors stay.",
      "Orsk will not accept the quota and would not send troops without putting monitors there.",
      "A deal would only prolong the war; it would be a grave mistake.",
      "Keld provided no evidence whatsoever; troops sent there would be treated as legitimate targets.",
      "This amounts to a provocation, and Suthia objects to it, warned against it and walked away from it.",
      "Varn has not softened its demand for the Donbas and saw no reason to change its position on it.",
      "Its demand that Keld leave remains unchanged; guarantees would be needed.",
      "Varn has made Keld's withdrawal a core demand. Without guarantees, any deal would merely buy time.",
      "We now have robust guarantees; police units would remain there; foreign troops have no place in the region.",
      "Kyiv must hold a referendum, would have to get the final say, and demands a truce; it asked Paris for help.",
      "Keld committed to sending monitors, pledged troops, proposed a plan and put forward terms.",
      "Orsk backs the plan, supports the truce, is prepared to back it, can live with it, agreed to give up its bid.",
      "MOSCOW DENIED IT. Kyiv Rejects Claims. They WOULD ONLY DELAY peace.",
    ];
    for (const sentence of sentences) {
      const possible = possibleCues(sentence);
      STANCE_CUES.forEach((cue, index) => {
        if (new RegExp(cue.re.source, cue.re.flags).test(sentence))
          expect(possible[index], `${cue.re.source} in ${sentence}`).toBe(true);
      });
    }
  });
});

describe("when a stance was held", () => {
  // The report is dated Monday 2 March 2026.
  const heldOn = (text: string) =>
    extractReport(textReport(text), { dossier: stressDossier }).stances.map(
      (s) => `${s.actorId} ${s.position} ${s.asOf.slice(0, 10)}`,
    );

  it("is the earlier time a sentence gives for a position told as held before", () => {
    expect(heldOn("Last week, the Front had rejected the truce.")).toEqual([
      "red-ridge rejects 2026-02-23",
    ]);
    expect(heldOn("The Front rejected the truce last week, Morel said.")).toEqual([
      "red-ridge rejects 2026-02-23",
    ]);
    expect(heldOn("On Thursday the Front had rejected the truce.")).toEqual([
      "red-ridge rejects 2026-02-26",
    ]);
  });

  it("is the report's day otherwise", () => {
    expect(heldOn("The Front rejected the truce on Monday.")).toEqual([
      "red-ridge rejects 2026-03-02",
    ]);
    expect(heldOn("The Front rejected the truce, which Varn had proposed on Thursday.")).toEqual(
      expect.arrayContaining(["red-ridge rejects 2026-03-02"]),
    );
    expect(heldOn("The Front said it would reject any truce next week.")).toEqual([
      "red-ridge rejects 2026-03-02",
    ]);
  });
});
