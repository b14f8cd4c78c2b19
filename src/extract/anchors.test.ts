import { describe, expect, it } from "vitest";
import type { Claim, Dossier, NegotiationEvent, Quantity, Quote, Stance } from "../model/index.js";
import { anchorsComponent } from "./anchors.js";
import { actor, dossierOf } from "./test-dossier.js";
import type { WorkingDoc } from "./types.js";

const dossier: Dossier = dossierOf([
  actor({ id: "trump", name: "Donald Trump", kind: "person" }),
  actor({ id: "zelenskyy", name: "Volodymyr Zelenskyy", kind: "person" }),
  actor({ id: "france", name: "France", kind: "state", aliases: ["Paris"] }),
]);

const claim = (over: Partial<Claim>): Claim => ({
  id: "r1:0:0",
  reportId: "r1",
  sentence: 0,
  holderId: null,
  subject: "x",
  predicate: "meeting",
  issue: "talks",
  object: "",
  quantity: null,
  time: null,
  polarity: "affirm",
  slot: "talks:meeting",
  terms: ["host"],
  evidence: { start: 0, end: 10, text: "" },
  ...over,
});

const event = (over: Partial<NegotiationEvent>): NegotiationEvent => ({
  id: "r1:e1",
  reportId: "r1",
  kind: "meeting",
  participants: ["trump", "zelenskyy"],
  date: "2025-12-28",
  granularity: "day",
  text: "",
  span: { start: 0, end: 10 },
  sentence: 0,
  ...over,
});

function anchored(
  text: string,
  layers: {
    claims: Claim[];
    events?: NegotiationEvent[];
    quotes?: Quote[];
    stances?: Stance[];
    quantities?: Quantity[];
  },
) {
  const mentions = [
    ["Trump", "trump"],
    ["Zelenskyy", "zelenskyy"],
    ["Paris", "france"],
  ].flatMap(([name, actorId]) => {
    const start = text.indexOf(name!);
    return start < 0
      ? []
      : [
          {
            actorId: actorId!,
            text: name!,
            start,
            end: start + name!.length,
            sentence: 0,
            via: "alias" as const,
          },
        ];
  });
  const doc = {
    report: { id: "r1", text },
    sentences: [{ index: 0, start: 0, end: text.length, paragraph: 0 }],
    tokens: [],
    mentions,
    quotes: layers.quotes ?? [],
    quantities: layers.quantities ?? [],
    times: [],
    // A claim cites its whole sentence unless a test gives it one clause.
    claims: layers.claims.map((c) =>
      c.evidence.text === "" ? { ...c, evidence: { start: 0, end: text.length, text } } : c,
    ),
    stances: layers.stances ?? [],
    events: layers.events ?? [],
    commitments: [],
    discoveredActors: [],
  } as unknown as WorkingDoc;
  anchorsComponent.run(doc, { dossier });
  return doc.claims.map((c) => c.terms.filter((t) => t.includes(":")));
}

describe("statement anchors", () => {
  it("names a dated meeting by its day and each pair of parties", () => {
    const terms = anchored("Trump hosted Zelenskyy on Sunday.", {
      claims: [claim({})],
      events: [event({})],
    });
    expect(terms).toEqual([["anchor:event:meeting:2025-12-28:trump+zelenskyy"]]);
  });

  it("names a meeting by its place, and a place is no party", () => {
    const terms = anchored("Allies met in Paris on Tuesday.", {
      claims: [claim({})],
      events: [event({ participants: ["france"], date: "2026-01-06" })],
    });
    expect(terms).toEqual([["anchor:event:meeting:2026-01-06:@france"]]);
  });

  it("gives no event anchor to an undated or vaguely dated event, or to a figure or a denial", () => {
    const undated = anchored("Trump hosted Zelenskyy.", {
      claims: [claim({})],
      events: [event({ date: null, granularity: null })],
    });
    const vague = anchored("Trump hosted Zelenskyy in January.", {
      claims: [claim({})],
      events: [event({ date: "2026-01", granularity: "month" })],
    });
    expect([undated, vague]).toEqual([[[]], [[]]]);
    const kept = anchored("Trump hosted Zelenskyy on Sunday for two hours.", {
      claims: [
        claim({
          quantity: {
            text: "two hours",
            value: 2,
            unit: "hour",
            approx: false,
            bound: "exact",
            start: 0,
            end: 1,
            sentence: 0,
          },
        }),
        claim({ id: "r1:0:1", polarity: "deny" }),
      ],
      events: [event({})],
    });
    expect(kept).toEqual([[], []]);
  });

  it("names a direct quote of three words or more by its speaker and words, a two-word one of weight as a phrase, and adds the sentence's stances", () => {
    const quote = (content: string): Quote => ({
      kind: "direct",
      speakerId: "trump",
      speakerText: "Trump",
      cue: "said",
      content,
      start: 0,
      end: 1,
      sentence: 0,
    });
    const terms = anchored("Trump said “In a few weeks” and “very soon”.", {
      claims: [claim({})],
      quotes: [quote("In a few weeks"), quote("very soon"), quote("largely finished")],
      stances: [
        {
          actorId: "trump",
          issue: "talks",
          position: "supports",
          reportId: "r1",
          sentence: 0,
          evidence: "",
          evidenceSpan: { start: 0, end: 1 },
          asOf: "2025-12-29",
        },
      ],
    });
    expect(terms).toEqual([
      [
        "anchor:quote:trump:in a few weeks",
        "phrase:trump:largely finished",
        "stance:trump|talks|supports",
      ],
    ]);
  });

  it("gives no anchor to an event told in a trailing background phrase", () => {
    const text =
      "Starmer said Britain would help on Tuesday, part of what allies discussed at their summit in Paris.";
    const at = text.indexOf("summit");
    const terms = anchored(text, {
      claims: [claim({})],
      events: [
        event({
          participants: ["france"],
          date: "2026-01-06",
          span: { start: 0, end: text.length },
          trigger: { start: at, end: at + 6 },
        }),
      ],
    });
    expect(terms).toEqual([[]]);
  });

  it("names the proposal of a numbered text by its party, whatever day and clause tell it", () => {
    const text = "The 20-point plan, which Zelenskyy unveiled on December 26, was trimmed.";
    const at = text.indexOf("unveiled");
    const docTerms = anchored(text, {
      claims: [claim({ predicate: "proposal" })],
      events: [
        event({
          kind: "proposal",
          participants: ["zelenskyy"],
          date: "2025-12-26",
          span: { start: 0, end: text.length },
          trigger: { start: at, end: at + 8 },
        }),
      ],
      quantities: [
        {
          text: "20-point",
          value: 20,
          unit: "point",
          approx: false,
          bound: "exact",
          start: 4,
          end: 12,
          sentence: 0,
        },
      ],
    });
    expect(docTerms).toEqual([["anchor:proposal:zelenskyy:20-point"]]);
  });

  it("gives a claim citing one clause only the anchors told in that clause", () => {
    const text = "Orsk said Keld had met Varn on Monday, and Tesk said the talks would go on.";
    const cut = text.indexOf(", and");
    const at = text.indexOf("met");
    const second = text.indexOf("Tesk");
    const docTerms = anchored(text, {
      claims: [
        claim({ evidence: { start: 0, end: cut, text: text.slice(0, cut) } }),
        claim({
          id: "r1:0:1",
          evidence: { start: second, end: text.length, text: text.slice(second) },
        }),
      ],
      events: [
        event({
          participants: ["keld", "varn"],
          span: { start: 0, end: text.length },
          trigger: { start: at, end: at + 3 },
        }),
      ],
    });
    expect(docTerms[0]!.some((t) => t.startsWith("anchor:event:meeting:"))).toBe(true);
    expect(docTerms[1]).toEqual([]);
  });
});
