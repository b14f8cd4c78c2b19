/**
 * Stance stress rows for positions told by description rather than by a stance verb on an issue
 * word: a text signed in support, a body asked to approve, a truce said to hold, a thing being
 * worked out, hosted or drafted, readiness to contribute, a general noun for an object ("the
 * initiative") standing for what came before. Each rule has a near row it must not fire on.
 */
import { describe, expect, it } from "vitest";
import type { Issue } from "../model/index.js";
import { type StanceRow, stanceRows } from "../test-support/stance-stress.js";
import { extractReport } from "./index.js";
import { actor, dossierOf, textReport } from "./test-dossier.js";

const ROWS: StanceRow[] = [
  // Signing a text that backs a thing supports the thing; signing the thing accepts it.
  {
    text: "Morel, Tesk and Drin signed a statement backing the truce.",
    want: [
      "ada-morel supports ceasefire",
      "ivo-tesk supports ceasefire",
      "pavel-drin supports ceasefire",
    ],
  },
  { text: "Tesk signed the truce on Monday.", want: ["ivo-tesk accepts ceasefire"] },
  // Asking a body to approve a text backs it; the body's own approval accepts it.
  {
    text: "Morel said she would convene her cabinet on Friday to approve the truce.",
    want: ["ada-morel supports ceasefire"],
  },
  {
    text: "Morel said her cabinet would approve the truce.",
    want: ["ada-morel accepts ceasefire"],
  },
  // Saying a truce holds or will hold backs it; a truce in a clause of time is no such claim.
  { text: "Tesk said the truce was still holding.", want: ["ivo-tesk supports ceasefire"] },
  {
    text: "Brack told reporters the ceasefire with Varn would hold.",
    want: ["lena-brack supports ceasefire"],
  },
  { text: "Tesk said talks would start once the truce was in place.", want: [] },
  { text: "Tesk said that nothing would derail the truce.", want: ["ivo-tesk supports ceasefire"] },
  { text: "Tesk said nothing had been decided on the truce.", want: [] },
  // A thing being worked out, hosted, drafted or offered to others to join is proposed.
  {
    text: "Brack said new talks were being worked out with Orsk.",
    want: ["lena-brack proposes talks"],
  },
  { text: "Brack said the talks were being held in Orsk.", want: [] },
  { text: "Orsk said it would host talks in March.", want: ["estmark proposes talks"] },
  { text: "Orsk hosted talks in March.", want: [] },
  {
    text: "Varn is talking to several states about joining a force of monitors.",
    want: ["norland proposes monitors"],
  },
  { text: "Varn is talking to Keld about the dam.", want: [] },
  {
    text: "Suthia is drafting a resolution on the water quota.",
    want: ["suthia proposes water"],
  },
  { text: "The draft resolution on the water quota was published.", want: [] },
  { text: "Morel laid out a plan for a truce.", want: ["ada-morel proposes ceasefire"] },
  // Readiness to contribute backs what the sentence before is about; readiness to accept accepts.
  {
    text: "Varn opposes sending observers to the dam. Keld says it is ready to contribute.",
    want: ["norland opposes monitors", "suthia supports monitors"],
  },
  { text: "Keld says it is ready to accept the quota.", want: ["suthia accepts water"] },
  // A general noun for the object stands for what the sentence before put forward.
  {
    text: "Orsk proposed a truce on Monday. Keld welcomed the initiative.",
    want: ["estmark proposes ceasefire", "suthia supports ceasefire"],
  },
  {
    text: "Orsk proposed a truce on Monday. Keld welcomed the initiative but said it wanted a bigger water share.",
    want: ["estmark proposes ceasefire", "suthia demands water"],
  },
  { text: "Varn backed the initiative.", want: [] },
  // Carrying out a truce or a deal backs it; enforcing anything else is no stance on it.
  { text: "Varn said it had resumed enforcing the truce.", want: ["norland supports ceasefire"] },
  {
    text: "Keld was preparing for the implementation of the first stage of the trade deal.",
    want: ["suthia supports tariffs"],
  },
  { text: "Varn resumed enforcing its tariffs.", want: [] },
  // Praise of a thing backs it; praise turned round ("a historic mistake") does not.
  {
    text: "Morel spoke on Monday, calling the truce “a historic day” for the region.",
    want: ["ada-morel supports ceasefire"],
  },
  { text: "Tesk called the truce a historic mistake.", want: [] },
  // Saying a text achieves the goal of a thing backs that thing.
  {
    text: "Drin said the roadmap achieved its main goal of securing a truce.",
    want: ["pavel-drin supports ceasefire"],
  },
  { text: "Drin said the roadmap set out the goal of a truce.", want: [] },
  // A relative clause set off by commas after a list of names: the whole list is the subject.
  {
    text: "Drin and Brack, who arrived on Monday, said new talks were being worked out with Varn.",
    want: ["lena-brack proposes talks", "pavel-drin proposes talks"],
  },
  {
    text: "Drin met Brack, who said new talks were being worked out with Varn.",
    want: ["lena-brack proposes talks"],
  },
  // A frame verb joined by "and" to a denial is the same subject's, and says what it says.
  {
    text: "Varn denied any part in the shelling and said it remained committed to the truce.",
    want: ["norland denies attacks", "norland supports ceasefire"],
  },
  {
    text: "Varn denied that it remained committed to the truce.",
    want: ["norland denies ceasefire"],
  },
  // "and that" opens a second reported clause of the same frame.
  {
    text: "Keld said the talks had stalled and that it was committed to the truce.",
    want: ["suthia supports ceasefire"],
  },
  { text: "Keld said the talks had stalled and that the truce was fragile.", want: [] },
  // A frame's time may name the part of the day: the clause after it is still the frame's.
  {
    text: "Varn said on Friday morning that it had resumed enforcing the truce.",
    want: ["norland supports ceasefire"],
  },
  // Welcoming a move welcomes an act, not a proposal.
  {
    text: "Orsk proposed a truce on Monday. Keld welcomed the move.",
    want: ["estmark proposes ceasefire"],
  },
];

describe("stance stress set: positions told by description", () => {
  stanceRows(ROWS);
});

/** A dossier in which the plan is a matter of the talks, not an issue of its own. */
const PURPOSE_ISSUES: Issue[] = [
  { id: "talks", label: "Talks", vocabulary: ["talks", "plan", "proposal", "10-point"] },
  { id: "ceasefire", label: "Ceasefire", vocabulary: ["truce", "end the war"] },
];
const purposeDossier = dossierOf(
  [actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] })],
  PURPOSE_ISSUES,
);
const stancesOf = (text: string) =>
  extractReport(textReport(text), { dossier: purposeDossier }).stances.map(
    (s) => `${s.actorId} ${s.position} ${s.issue}`,
  );

describe("a text named by its purpose", () => {
  it("is about its purpose when the text is no issue of its own", () => {
    expect(stancesOf("Varn laid out a 10-point plan to end the war.")).toEqual([
      "norland proposes ceasefire",
    ]);
  });
  it("stays on the text's issue when its purpose names none", () => {
    expect(stancesOf("Varn laid out a 10-point plan to rebuild the city.")).toEqual([
      "norland proposes talks",
    ]);
  });
});
