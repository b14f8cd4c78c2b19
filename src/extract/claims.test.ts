import { describe, expect, it } from "vitest";
import type { Dossier, Mention, Quantity, Quote, TimeExpression } from "../model/index.js";
import { stressDossier } from "../test-support/stance-stress.js";
import { claimsComponent, statementClauses } from "./claims.js";
import { extractReport } from "./index.js";
import { mentionsComponent } from "./mentions.js";
import { quantitiesComponent } from "./quantities.js";
import { quotesComponent } from "./quotes.js";
import { sentencesComponent } from "./sentences.js";
import { stancesComponent } from "./stances.js";
import { textReport } from "./test-dossier.js";
import { timesComponent } from "./times.js";
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
    { id: "territory", label: "Territory", vocabulary: ["territory", "Donetsk", "Luhansk"] },
    { id: "security_guarantees", label: "Guarantees", vocabulary: ["guarantee", "guarantees"] },
    { id: "ceasefire", label: "Ceasefire", vocabulary: ["ceasefire", "truce"] },
    { id: "framework", label: "Framework", vocabulary: ["framework", "plan", "deal"] },
    { id: "attacks", label: "Attacks", vocabulary: ["attack", "drones", "residence"] },
    { id: "talks", label: "Talks", vocabulary: ["talks", "call", "meeting"] },
  ],
};

interface Layers {
  mentions?: [string, string][];
  quotes?: Omit<Quote, "start" | "end" | "sentence" | "speakerText" | "cue">[];
  quantities?: [string, number | [number, number], string][];
  times?: [string, string][];
}

/** A working document for `text` with hand-made layers: one sentence per ". " split. */
function docOf(text: string, layers: Layers = {}): WorkingDoc {
  const sentences: WorkingDoc["sentences"] = [];
  for (const m of text.matchAll(/[^.?!]+[.?!]+["”]?/g)) {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    sentences.push({
      index: sentences.length,
      start,
      end: (m.index ?? 0) + m[0].length,
      paragraph: 0,
    });
  }
  const sentenceAt = (offset: number) =>
    sentences.findIndex((s) => s.start <= offset && offset < s.end);
  const spans = (needle: string) => {
    const found: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) found.push(i);
    return found;
  };
  const mentions: Mention[] = (layers.mentions ?? []).flatMap(([t, actorId]) =>
    spans(t).map((start) => ({
      actorId,
      text: t,
      start,
      end: start + t.length,
      sentence: sentenceAt(start),
      via: "name" as const,
    })),
  );
  const quotes: Quote[] = (layers.quotes ?? []).map((q) => {
    const start = text.indexOf(q.content);
    return {
      ...q,
      start,
      end: start + q.content.length,
      sentence: sentenceAt(start),
      speakerText: null,
      cue: "said",
    };
  });
  const quantities: Quantity[] = (layers.quantities ?? []).map(([t, value, unit]) => {
    const start = text.indexOf(t);
    return {
      text: t,
      value,
      unit,
      approx: false,
      bound: Array.isArray(value) ? "range" : "exact",
      start,
      end: start + t.length,
      sentence: sentenceAt(start),
    };
  });
  const times: TimeExpression[] = (layers.times ?? []).map(([t, value]) => {
    const start = text.indexOf(t);
    return {
      text: t,
      value,
      granularity: "day",
      future: false,
      start,
      end: start + t.length,
      sentence: sentenceAt(start),
    };
  });
  return {
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
    sentences,
    tokens: [],
    mentions,
    quotes,
    quantities,
    times,
    claims: [],
    stances: [],
    events: [],
    commitments: [],
    discoveredActors: [],
  };
}

function claimsOf(text: string, layers: Layers = {}) {
  const doc = docOf(text, layers);
  claimsComponent.run(doc, { dossier });
  return doc.claims;
}

describe("quantified claim slots", () => {
  it("puts differently worded shares of the framework agreed in one slot", () => {
    const slots = [
      claimsOf("Zelenskyy said negotiators had agreed on roughly 90 percent of the framework.", {
        quantities: [["roughly 90 percent", 90, "percent"]],
      }),
      claimsOf("Trump said the deal was about 95% done.", {
        quantities: [["about 95%", 95, "percent"]],
      }),
      claimsOf("Officials say 90% of the peace plan was settled.", {
        quantities: [["90%", 90, "percent"]],
      }),
    ].map((claims) => claims.find((c) => c.quantity)?.slot);
    expect(slots).toEqual(Array(3).fill("framework:share_agreed:percent"));
  });

  it("keeps guarantees offered and guarantees asked for in two slots", () => {
    const claims = claimsOf(
      "The United States has offered security guarantees lasting 15 years, but Zelenskyy has asked for 30 to 50 years.",
      {
        quantities: [
          ["15 years", 15, "year"],
          ["30 to 50 years", [30, 50], "year"],
        ],
      },
    );
    expect(claims.filter((c) => c.quantity).map((c) => c.slot)).toEqual([
      "security_guarantees:guarantee_offered:year",
      "security_guarantees:guarantee_requested:year",
    ]);
  });

  it("compares call lengths in hours and minutes in one slot", () => {
    const a = claimsOf("Trump spoke with Putin by phone for two hours.", {
      quantities: [["two hours", 2, "hour"]],
    });
    const b = claimsOf("The call with Putin lasted 75 minutes.", {
      quantities: [["75 minutes", 75, "minute"]],
    });
    expect(a[0]?.slot).toBe("talks:call_length:minute");
    expect(b[0]?.slot).toBe("talks:call_length:minute");
  });

  it("keeps a part of a counted group out of the group's slot", () => {
    const whole = claimsOf("Keld released 40 sailors under the truce on Friday.", {
      quantities: [["40 sailors", 40, "sailor"]],
    });
    const doc = docOf("Keld released 12 of the 40 sailors under the truce on Friday.", {
      quantities: [["12", 12, "sailor"]],
    });
    doc.quantities[0] = { ...doc.quantities[0]!, partOfCounted: true };
    claimsComponent.run(doc, { dossier });
    const slot = whole.find((c) => c.quantity)?.slot;
    expect(slot).toBe("ceasefire:release:sailor");
    expect(doc.claims.find((c) => c.quantity)?.slot).toBe(`${slot}:part`);
    // A part of a group not counted itself ("12 of its sailors") stays in the slot.
    const plain = claimsOf("Keld released 12 of its sailors under the truce on Friday.", {
      quantities: [["12", 12, "sailor"]],
    });
    expect(plain.find((c) => c.quantity)?.slot).toBe(slot);
  });

  it("gives each region's share held its own slot", () => {
    const claims = claimsOf("Russia holds about 75% of Donetsk and 99% of Luhansk.", {
      quantities: [
        ["about 75%", 75, "percent"],
        ["99%", 99, "percent"],
      ],
    });
    expect(claims.filter((c) => c.quantity).map((c) => c.slot)).toEqual([
      "territory:share_held:percent:donetsk",
      "territory:share_held:percent:luhansk",
    ]);
  });

  it("puts drones launched in the attacks slot with the target in the terms", () => {
    const [claim] = claimsOf("Russia launched about 500 drones at Kyiv overnight.", {
      quantities: [["about 500 drones", 500, "drone"]],
      mentions: [["Russia", "russia"]],
    });
    expect(claim?.slot).toBe("attacks:launched:drone");
    expect(claim?.terms).toContain("kyiv");
  });
});

describe("holders and polarity", () => {
  it("gives a figure inside a quote to its speaker and an unattributed one to the outlet", () => {
    const quoted = claimsOf("Zelenskyy said a ceasefire of 60 days would be needed.", {
      mentions: [["Zelenskyy", "volodymyr-zelenskyy"]],
      quotes: [
        {
          kind: "indirect",
          speakerId: "volodymyr-zelenskyy",
          content: "a ceasefire of 60 days would be needed",
        },
      ],
      quantities: [["60 days", 60, "day"]],
    });
    expect(quoted[0]).toMatchObject({
      slot: "ceasefire:ceasefire_length:day",
      holderId: "volodymyr-zelenskyy",
    });
    const outlet = claimsOf("A ceasefire of 60 days would be needed.", {
      quantities: [["60 days", 60, "day"]],
    });
    expect(outlet[0]?.holderId).toBeNull();
  });

  it("splits an accusation and the denial tacked onto it, sharing the denied words", () => {
    const claims = claimsOf(
      "Russia accused Ukraine of a drone attack on a residence, a claim Kyiv rejected.",
      {
        mentions: [
          ["Russia", "russia"],
          ["Ukraine", "ukraine"],
          ["Kyiv", "ukraine"],
        ],
      },
    );
    expect(claims.map((c) => [c.holderId, c.polarity, c.slot])).toEqual([
      ["russia", "affirm", "attacks:attack_claim"],
      ["ukraine", "deny", "attacks:attack_claim"],
    ]);
    expect(claims[1]?.terms).toEqual(expect.arrayContaining(["drone", "attack", "residence"]));
  });

  it("marks a denial that points back to the previous claim", () => {
    const claims = claimsOf(
      "Russia said drones attacked a residence. Zelenskyy denied the charge.",
      {
        mentions: [
          ["Russia", "russia"],
          ["Zelenskyy", "volodymyr-zelenskyy"],
        ],
      },
    );
    expect(claims[1]).toMatchObject({
      polarity: "deny",
      holderId: "volodymyr-zelenskyy",
      slot: claims[0]?.slot,
    });
    expect(claims[1]?.terms).toContain("residence");
  });

  it("treats rejecting a proposal as an affirmed rejection, not a denial", () => {
    const [claim] = claimsOf("Trump and Putin rejected a temporary truce.", {
      mentions: [
        ["Trump", "donald-trump"],
        ["Putin", "vladimir-putin"],
      ],
    });
    expect(claim).toMatchObject({
      polarity: "affirm",
      predicate: "rejection",
      slot: "ceasefire:rejection",
    });
  });
});

describe("time limits", () => {
  const slotOf = (text: string, figure: string, value: number, unit: string) =>
    claimsOf(text, { quantities: [[figure, value, unit]] }).find((c) => c.quantity !== null)?.slot;

  it.each([
    ["Under the truce, Varn must free all detainees within 72 hours.", "72 hours", 72, "hour"],
    [
      "The Front is to hand over its prisoners within 72 hours of the truce starting.",
      "72 hours",
      72,
      "hour",
    ],
    ["Keld will pull back its guns within the 10 days the truce allows.", "10 days", 10, "day"],
  ] as const)(
    "puts the limit in %s in one slot of the sentence's issue",
    (text, figure, value, unit) => {
      const expected = `ceasefire:time_limit:${unit === "hour" ? "minute" : "day"}`;
      expect(slotOf(text, figure, value, unit)).toBe(expected);
    },
  );

  it("leaves a span that is not a limit to its own words", () => {
    expect(slotOf("The truce talks lasted 72 hours.", "72 hours", 72, "hour")).not.toContain(
      "time_limit",
    );
    expect(
      slotOf("Within the truce zone, 40 drones were seen.", "40 drones", 40, "drone"),
    ).not.toContain("time_limit");
  });
});

describe("a part of a counted group", () => {
  const partSlots = (text: string) =>
    extractReport(textReport(text), { dossier })
      .claims.filter((c) => c.quantity?.partOfCounted)
      .map((c) => c.slot);

  it("is told by what the part is doing, however the sentence puts it", () => {
    const fronted = partSlots(
      "Of the prisoners freed under the truce, 30 were serving life terms.",
    );
    const apposed = partSlots(
      "Under the truce, Varn freed 90 prisoners, 30 of them serving life terms.",
    );
    expect(fronted).toHaveLength(1);
    expect(fronted[0]).toMatch(/^ceasefire:serve:.*:part$/);
    expect(apposed).toEqual(fronted);
  });
});

describe("the time of a toll told without a date", () => {
  const tollOf = (text: string, layers: Layers = {}) =>
    claimsOf(text, { quantities: [["12 people", 12, "person"]], ...layers }).find(
      (c) => c.quantity !== null,
    );

  it("is the week of the report (2025-12-29 is in week 1 of 2026)", () => {
    const claim = tollOf("The attack killed 12 people in Orsk, the governor said.");
    expect(claim?.predicate).toBe("kill");
    expect(claim?.time).toMatchObject({ value: "2026-W01", granularity: "week" });
  });

  it("is left open for a running total", () => {
    for (const text of [
      "The attack on Orsk has killed 12 people, the governor said.",
      "The attack killed 12 people in Orsk in all, the governor said.",
    ]) {
      expect(tollOf(text)?.time).toBeNull();
    }
  });

  it("is the date the sentence gives, but not one that opens a period", () => {
    expect(
      tollOf("The attack killed 12 people in Orsk on Sunday.", {
        times: [["on Sunday", "2025-12-28"]],
      })?.time?.value,
    ).toBe("2025-12-28");
    const since = tollOf(
      "The attack killed 12 people in Orsk, the worst day since the truce began on Friday.",
      { times: [["on Friday", "2025-12-26"]] },
    );
    expect(since?.time?.value).toBe("2026-W01");
  });
});

describe("cue verbs that need their particle", () => {
  const predicateOf = (text: string) => claimsOf(text)[0]?.predicate;

  it.each([
    "The Front turned down the offer of a truce.",
    "Varn has ruled out a truce before the spring.",
    "Keld turns away any truce that leaves troops in place.",
  ])("rejects: %s", (text) => {
    expect(predicateOf(text)).toBe("rejection");
  });

  it.each([
    "The body handed over for the truce turned out to be a soldier's.",
    "Keld turned to the mediators for a truce.",
    "The court ruled that the truce stands.",
  ])("does not reject: %s", (text) => {
    expect(predicateOf(text)).not.toBe("rejection");
  });

  it("reads speaking at a place as no call, and speaking to someone as one", () => {
    expect(predicateOf("Tesk spoke to Morel about the truce on Monday.")).toBe("call");
    expect(predicateOf("Tesk spoke at the truce summit in Orsk on Monday.")).not.toBe("call");
  });

  it("reads a shooting, a clash or an ambush as an attack", () => {
    for (const noun of ["shooting", "clash", "ambush"]) {
      expect(predicateOf(`The ${noun} near the ford left two dead.`)).toBe("attack_claim");
    }
  });
});

describe("claims without a figure", () => {
  it("describes an event by actor ids, the date value and lemmas", () => {
    const [claim] = claimsOf("Trump hosted Zelenskyy at Mar-a-Lago on Sunday.", {
      mentions: [
        ["Trump", "donald-trump"],
        ["Zelenskyy", "volodymyr-zelenskyy"],
      ],
      times: [["on Sunday", "2025-12-28"]],
    });
    expect(claim).toMatchObject({
      slot: "talks:meeting",
      subject: "donald-trump",
      holderId: null,
      polarity: "affirm",
    });
    expect(claim?.terms).toEqual([
      "2025-12-28",
      "donald-trump",
      "host",
      "mar-a-lago",
      "volodymyr-zelenskyy",
    ]);
    expect(claim?.time?.value).toBe("2025-12-28");
    expect(claim?.id).toBe("r1:0:0");
  });

  it("makes no claim from colour, questions or sentences off every issue", () => {
    expect(claimsOf("Power was cut as temperatures hovered around freezing.")).toEqual([]);
    expect(claimsOf("Will the ceasefire hold?")).toEqual([]);
  });
});

describe("claims and stances after the real extraction components", () => {
  it("finds slots, holders and stances in a short report", () => {
    const person = (id: string, name: string, alias: string, affiliation: string) => ({
      id,
      name,
      kind: "person" as const,
      aliases: [alias],
      titles: [],
      role: null,
      affiliation,
      gender: "male" as const,
    });
    const state = (id: string, name: string, aliases: string[]) => ({
      id,
      name,
      kind: "state" as const,
      aliases,
      titles: [],
      role: null,
      affiliation: null,
      gender: null,
    });
    const full: Dossier = {
      ...dossier,
      actors: [
        person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy", "ukraine"),
        person("donald-trump", "Donald Trump", "Trump", "united-states"),
        state("ukraine", "Ukraine", ["Kyiv"]),
        state("russia", "Russia", ["Moscow"]),
        state("united-states", "United States", ["Washington"]),
      ],
    };
    const text =
      "Zelenskyy said on Monday that negotiators had agreed on 90 percent of the framework.\n\n" +
      "Washington has offered security guarantees lasting 15 years. Moscow demands that Kyiv withdraw from Donetsk.\n\n" +
      "The weather in Kyiv was cold.";
    const doc = docOf(text);
    doc.sentences = [];
    const ctx = { dossier: full };
    for (const c of [
      sentencesComponent,
      mentionsComponent,
      quotesComponent,
      quantitiesComponent,
      timesComponent,
      claimsComponent,
      stancesComponent,
    ]) {
      c.run(doc, ctx);
    }
    const share = doc.claims.find((c) => c.slot === "framework:share_agreed:percent");
    expect(share?.holderId).toBe("volodymyr-zelenskyy");
    // "said on Monday" dates the statement, not the share agreed.
    expect(share?.time).toBeNull();
    expect(doc.claims.find((c) => c.quantity?.unit === "year")?.slot).toBe(
      "security_guarantees:guarantee_offered:year",
    );
    expect(doc.claims.some((c) => c.evidence.text.includes("weather"))).toBe(false);
    expect(doc.stances.map((s) => `${s.actorId} ${s.position} ${s.issue}`)).toEqual(
      expect.arrayContaining([
        "united-states proposes security_guarantees",
        "russia demands territory",
      ]),
    );
  });
});

describe("holder of a figure told with a speech participle", () => {
  it("is the speaker before 'saying', not a later speaker in the sentence", () => {
    const doc = docOf(
      "Zelenskyy left Florida saying 90% of the framework was settled, and Trump said the rest would follow.",
      {
        mentions: [
          ["Zelenskyy", "volodymyr-zelenskyy"],
          ["Trump", "donald-trump"],
        ],
        quantities: [["90%", 90, "percent"]],
      },
    );
    claimsComponent.run(doc, { dossier });
    const share = doc.claims.find((c) => c.quantity?.unit === "percent");
    expect(share?.holderId).toBe("volodymyr-zelenskyy");
  });
});

describe("slots of durations and shares in one sentence", () => {
  it("keeps a wanted duration apart from the offer, and the remaining share apart from the share held", () => {
    const doc = docOf(
      "The United States offers guarantees for 15 years; Kyiv wants them to last 30 to 50 years. Russia holds about 75% of Donetsk and wants the remaining quarter of Donetsk.",
      {
        quantities: [
          ["15 years", 15, "year"],
          ["30 to 50 years", [30, 50], "year"],
          ["about 75%", 75, "percent"],
          ["the remaining quarter", 25, "percent"],
        ],
      },
    );
    claimsComponent.run(doc, { dossier });
    const slotOf = (text: string) => doc.claims.find((c) => c.quantity?.text === text)?.slot;
    expect(slotOf("15 years")).toBe("security_guarantees:guarantee_offered:year");
    expect(slotOf("30 to 50 years")).toBe("security_guarantees:guarantee_requested:year");
    expect(slotOf("about 75%")).toBe("territory:share_held:percent:donetsk");
    expect(slotOf("the remaining quarter")).toBe("territory:share_remaining:percent:donetsk");
  });
});

describe("two figures of one kind in one sentence", () => {
  it("gives people killed and people wounded a slot each, by the verb of each figure", () => {
    const doc = docOf("Three people were killed and 21 were injured in the attack on the port.", {
      quantities: [
        ["Three people", 3, "person"],
        ["21", 21, "person"],
      ],
    });
    claimsComponent.run(doc, { dossier });
    const slotOf = (text: string) => doc.claims.find((c) => c.quantity?.text === text)?.slot;
    expect(slotOf("Three people")).toBe("attacks:kill:person");
    expect(slotOf("21")).toBe("attacks:injure:person");
    const elided = docOf("One man was killed and 14 wounded when the attack hit the port.", {
      quantities: [
        ["One man", 1, "person"],
        ["14", 14, "person"],
      ],
    });
    claimsComponent.run(elided, { dossier });
    const elidedSlot = (text: string) => elided.claims.find((c) => c.quantity?.text === text)?.slot;
    expect(elidedSlot("One man")).toBe("attacks:kill:person");
    expect(elidedSlot("14")).toBe("attacks:injure:person");
  });

  it("tells the second of two counts apart by its noun: one sentence does not contradict itself", () => {
    const doc = docOf("Officials said the 12-point plan, unlike an 18-point memo, was ready.", {
      quantities: [
        ["12-point", 12, "point"],
        ["18-point", 18, "point"],
      ],
    });
    claimsComponent.run(doc, { dossier });
    const slots = doc.claims.filter((c) => c.quantity).map((c) => c.slot);
    expect(slots).toEqual(["framework:point_count:point", "framework:point_count:point:memo"]);
  });

  it("gives the count of a text another revises or replaces to the earlier text", () => {
    for (const text of [
      "The plan is a revision of a 28-point draft.",
      "The new text replaced a 28-point plan.",
    ]) {
      const doc = docOf(text, { quantities: [["28-point", 28, "point"]] });
      claimsComponent.run(doc, { dossier });
      expect(doc.claims.find((c) => c.quantity)?.slot).toBe("framework:original_point_count:point");
    }
  });

  it("keeps one slot for two holders' figures: they may disagree", () => {
    const out = extractReport(
      {
        id: "r",
        sourceId: "s",
        url: null,
        title: "",
        byline: null,
        published: "2026-03-02T10:00:00Z",
        text: "Morel said the plan was 95% agreed; Tesk's own estimate is 90%.",
        language: "en",
        contentHash: "",
        origin: "test",
      },
      { dossier: stressDossier },
    );
    const claims = out.claims.filter((c) => c.quantity);
    expect(claims.map((c) => c.holderId)).toEqual(["ada-morel", "ivo-tesk"]);
    expect(new Set(claims.map((c) => c.slot)).size).toBe(1);
  });
});

describe("a duration told of 'it'", () => {
  it("measures what the sentence before names", () => {
    const doc = docOf(
      "Varn and Keld spoke by phone on Sunday. An aide said it lasted about 90 minutes.",
      {
        quantities: [["about 90 minutes", 90, "minute"]],
      },
    );
    claimsComponent.run(doc, { dossier });
    expect(doc.claims.find((c) => c.quantity)?.slot).toBe("talks:call_length:minute");
    const alone = docOf(
      "The weather was mild on Sunday. An aide said it lasted about 90 minutes.",
      {
        quantities: [["about 90 minutes", 90, "minute"]],
      },
    );
    claimsComponent.run(alone, { dossier });
    expect(alone.claims.find((c) => c.quantity)?.slot).not.toBe("talks:call_length:minute");
  });
});

describe("hearsay on an issue", () => {
  it("makes a claim of a sentence told on unnamed officials' word", () => {
    const doc = docOf("Who holds Donetsk is still unresolved, diplomats said.");
    claimsComponent.run(doc, { dossier });
    expect(doc.claims.map((c) => c.issue)).toEqual(["territory"]);
    const colour = docOf("Who holds Donetsk looked unresolved to everyone in the room.");
    claimsComponent.run(colour, { dossier });
    expect(colour.claims).toEqual([]);
  });
});

describe("a denial that says what it denies", () => {
  it("keeps its own words instead of borrowing the claim before it", () => {
    const doc = docOf(
      "The framework was first presented on December 24. The White House denied a report that Witkoff would travel to Moscow.",
      {
        mentions: [
          ["The White House", "united-states"],
          ["Witkoff", "steve-witkoff"],
        ],
      },
    );
    claimsComponent.run(doc, { dossier });
    const denial = doc.claims.find((c) => c.polarity === "deny");
    expect(denial?.terms).toContain("steve-witkoff");
    expect(denial?.terms).not.toContain("framework");
  });

  it("gives the denial to the subject set off by 'meanwhile', and a second denial the first one's content", () => {
    const doc = docOf(
      "Officials said Witkoff would travel to Moscow soon. The White House, meanwhile, denied a report that Witkoff would travel to Moscow this month. “No such trip is planned,” Leavitt said.",
      {
        mentions: [
          ["The White House", "united-states"],
          ["Witkoff", "steve-witkoff"],
          ["Leavitt", "karoline-leavitt"],
        ],
        quotes: [
          { kind: "direct", speakerId: "karoline-leavitt", content: "No such trip is planned" },
        ],
        times: [["this month", "2026-01"]],
      },
    );
    claimsComponent.run(doc, { dossier });
    const [first, second] = doc.claims.filter((c) => c.polarity === "deny");
    expect(first?.holderId).toBe("united-states");
    expect(second?.holderId).toBe("karoline-leavitt");
    expect(second?.terms).toEqual(first?.terms);
    expect(first?.time?.value).toBe("2026-01");
    expect(second?.time?.value).toBe("2026-01");
  });
});

describe("the time of an event", () => {
  it("dates a meeting by the time nearest its word, not the sentence's first time", () => {
    const doc = docOf(
      "Advisers are due in Kyiv on Saturday, and leaders will meet in Paris on January 6.",
      {
        times: [
          ["on Saturday", "2026-01-03"],
          ["on January 6", "2026-01-06"],
        ],
      },
    );
    claimsComponent.run(doc, { dossier });
    const meeting = doc.claims.find((c) => c.predicate === "meeting");
    expect(meeting?.time?.value).toBe("2026-01-06");
  });
});

describe("a sentence that goes on to a second statement", () => {
  const clauses = (text: string) =>
    statementClauses(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end));

  it.each([
    [
      "Orsk's army chief told Varn that his troops had taken the port of Belo, and the minister told his generals that the line must move west.",
      [
        "Orsk's army chief told Varn that his troops had taken the port of Belo",
        "the minister told his generals that the line must move west.",
      ],
    ],
    [
      "Tesk accused Keld of shelling the dam overnight and said it would rethink its part in the talks.",
      [
        "Tesk accused Keld of shelling the dam overnight",
        "said it would rethink its part in the talks.",
      ],
    ],
    [
      "The envoy called the meeting useful, adding that a text could follow within weeks.",
      ["The envoy called the meeting useful", "that a text could follow within weeks."],
    ],
  ])("splits: %s", (text, want) => {
    expect(clauses(text)).toEqual(want);
  });

  it.each([
    "Keld and Varn said the talks would resume in January.",
    "The ministers met in Belo and agreed a prisoner exchange.",
    "He came and said so.",
  ])("keeps whole: %s", (text) => {
    expect(clauses(text)).toEqual([text]);
  });
});

describe("how far a text is agreed, told in words", () => {
  const shares = (text: string) =>
    claimsOf(text)
      .filter((c) => c.quantity !== null)
      .map((c) => [c.slot, c.quantity!.value, c.quantity!.bound]);

  it.each([
    [
      "Several clauses of the guarantee text remain open, officials said.",
      "security_guarantees",
      99,
      "at_most",
    ],
    ["The guarantees are still being drafted in Brussels.", "security_guarantees", 99, "at_most"],
    ["The plan has not yet been finalised, the ministry said.", "framework", 99, "at_most"],
    ["The deal was fully agreed on Tuesday, the envoy said.", "framework", 100, "exact"],
  ])("%s", (text, issue, value, bound) => {
    expect(shares(text)).toEqual([[`${issue}:share_agreed:percent`, value, bound]]);
  });

  it("reads nothing from an open door, a figure already given, or a text not named", () => {
    expect(shares("The border crossing remained open overnight, officials said.")).toEqual([]);
    expect(shares("The talks are still being held in Geneva, officials said.")).toEqual([]);
  });
});

describe("what a text lays down", () => {
  it.each([
    "It also envisages a truce along the whole front.",
    "The text foresees a ceasefire of some length.",
    "The second text stipulates a truce before any vote.",
  ])("%s", (text) => {
    expect(claimsOf(text).map((c) => c.slot)).toEqual(["ceasefire:provision"]);
  });
});
