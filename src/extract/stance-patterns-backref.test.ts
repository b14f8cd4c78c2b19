/**
 * Stance stress rows for a possessed offer or request that only holds ("Varn's
 * offer stands", "so does Keld's request"): it repeats its holder's earlier
 * position on that earlier issue, and takes no issue from the sentence's
 * other words ("in an open negotiation"). Same invented dossier as the other batches.
 */
import { describe, expect, it } from "vitest";
import { stanceRows } from "../test-support/stance-stress.js";
import { extractReport } from "./index.js";
import { actor, dossierOf } from "./test-dossier.js";

const ROWS: { text: string; want: string[] }[] = [
  {
    text: "Varn has offered monitors for ten years. These are two positions in open negotiations: Varn's offer stands.",
    want: ["norland proposes monitors"],
  },
  {
    text: "Keld wants a larger water quota. Nothing has moved in the talks, and Keld's demand remains.",
    want: ["suthia demands water"],
  },
  {
    text: "Varn's offer still stands, diplomats said of the negotiations.",
    want: [],
  },
  {
    text: "Orsk offered to reopen the dam. The talks stalled, but Orsk's offer stands, and so does Keld's request.",
    want: ["estmark proposes dam"],
  },
];

describe("an offer that only holds repeats the earlier one", () => {
  stanceRows(ROWS);
});

describe("a denial of 'the claim' denies the event the claim tells, not the one beside it", () => {
  const dossier = dossierOf(
    [
      actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] }),
      actor({ id: "suthia", name: "Suthia", kind: "state", aliases: ["Keld"] }),
    ],
    [
      { id: "territory", label: "Territory", vocabulary: ["territory", "town"] },
      { id: "attacks", label: "Attacks", vocabulary: ["attack", "shelling"] },
    ],
  );
  const stancesOf = (text: string) =>
    extractReport(
      {
        id: "r1",
        sourceId: "s",
        url: null,
        title: "",
        byline: null,
        published: "2026-02-10T09:00:00Z",
        text,
        language: "en",
        contentHash: "h",
        origin: "test",
      },
      { dossier },
    ).stances.map((s) => `${s.actorId} ${s.position} ${s.issue}`);

  it.each([
    "The shelling came as Varn's army claimed to have captured the town of Lesk. Keld rejected the claim, saying fighting went on.",
    "The attack followed hours after Varn said it had captured the town of Lesk. Keld rejected the claim.",
  ])("%s", (text) => {
    expect(stancesOf(text)).toContain("suthia denies territory");
    expect(stancesOf(text)).not.toContain("suthia denies attacks");
  });
});

describe("a cue whose subject is a thing told by a relative pronoun", () => {
  stanceRows([
    { text: "Orsk said its army had hit the depots and the plants that support them.", want: [] },
    {
      text: "Keld backed the monitors, which support the truce.",
      want: ["suthia supports monitors"],
    },
    {
      text: "Tesk praised Keld, which supports a truce on the border.",
      want: ["suthia supports ceasefire"],
    },
  ]);
});

describe("forces that would stay on land after a settlement", () => {
  stanceRows([
    {
      text: "Even if the border region were handed back, Tesk said, Norland's army units would remain there.",
      want: ["ivo-tesk demands border"],
    },
    { text: "Tesk said the observers would remain there until spring.", want: [] },
  ]);
});

describe("saying one now has a strong thing", () => {
  stanceRows([
    {
      text: "“We now have robust monitors on the dam, and we have them with Keld,” Tesk told reporters.",
      want: ["ivo-tesk supports monitors"],
    },
    { text: "“They have strong reasons to fear the truce,” Tesk said.", want: [] },
  ]);
});

describe("a pledge that comes as something else happens", () => {
  stanceRows([
    {
      text: "Keld pledged observers for the dam. Keld's pledge comes as Varn and Orsk try to close the gaps in the roadmap.",
      want: ["suthia proposes monitors"],
    },
  ]);
});
