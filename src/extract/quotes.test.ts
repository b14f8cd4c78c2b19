import { describe, expect, it } from "vitest";
import type { Actor, Dossier } from "../model/index.js";
import { quotesComponent } from "./quotes.js";
import { withMentions } from "./test-dossier.js";

const person = (id: string, name: string, aliases: string[], titles: string[] = []): Actor => ({
  id,
  name,
  kind: "person",
  aliases,
  titles,
  role: null,
  affiliation: null,
  gender: "male",
});

const dossier: Dossier = {
  id: "t",
  title: "t",
  description: "",
  period: null,
  issues: [],
  sources: [],
  framework: [],
  actors: [
    person("trump", "Donald Trump", ["Trump"]),
    person("peskov", "Dmitry Peskov", ["Peskov"], ["the Kremlin spokesman"]),
    person("ushakov", "Yuri Ushakov", ["Ushakov"]),
    person("zelenskyy", "Volodymyr Zelenskyy", ["Zelenskyy"]),
    { ...person("russia", "Russia", ["Moscow", "the Kremlin"]), kind: "state", gender: null },
  ],
};

function quotes(text: string) {
  const doc = withMentions(text, dossier);
  quotesComponent.run(doc, { dossier });
  for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.content);
  return doc.quotes.map((q) => ({
    kind: q.kind,
    speaker: q.speakerId,
    content: q.content,
    cue: q.cue,
  }));
}
const direct = (text: string) => quotes(text).filter((q) => q.kind === "direct");
const indirect = (text: string) => quotes(text).filter((q) => q.kind === "indirect");

describe("a reported clause that opens with a bounded figure", () => {
  it('reads "said at least 40 …" and "said about 20 …" as the clause, not an adjunct', () => {
    expect(indirect("Peskov said at least 40 drones were shot down over the region.")).toEqual([
      {
        kind: "indirect",
        speaker: "peskov",
        content: "at least 40 drones were shot down over the region",
        cue: "said",
      },
    ]);
    expect(
      indirect("Trump said about 20 envoys would attend the meeting.").map((q) => q.content),
    ).toEqual(["about 20 envoys would attend the meeting"]);
    // A preposition before words opens an adjunct as before: no clause without "that".
    expect(indirect("Peskov said at the briefing in Moscow.")).toEqual([]);
  });
});

describe("direct quotes", () => {
  it("takes the speaker after the quote and drops the punctuation inside the closing mark", () => {
    expect(direct("“We are close to a deal,” Trump said.")).toEqual([
      { kind: "direct", speaker: "trump", content: "We are close to a deal", cue: "said" },
    ]);
  });

  it("takes an inverted speaker, a title and a pronoun", () => {
    expect(direct("“Talks go on,” said Peskov.").map((q) => q.speaker)).toEqual(["peskov"]);
    expect(direct("“Talks go on,” the Kremlin spokesman said.").map((q) => q.speaker)).toEqual([
      "peskov",
    ]);
    expect(
      direct("Ushakov spoke first. “Nothing is agreed,” he said.").map((q) => q.speaker),
    ).toEqual(["ushakov"]);
  });

  it("attributes told reporters, wrote on Telegram and according to", () => {
    const found = direct(
      "“Work continues,” Peskov told reporters. “We will answer,” Zelenskyy wrote on Telegram. “No deal yet,” according to Ushakov.",
    );
    expect(found.map((q) => [q.speaker, q.cue])).toEqual([
      ["peskov", "told reporters"],
      ["zelenskyy", "wrote"],
      ["ushakov", "according to"],
    ]);
  });

  it("attributes a quote that follows a colon cue, and both halves of a split quote", () => {
    expect(
      direct("Zelenskyy said: “We want peace, but not at any price.”").map((q) => q.speaker),
    ).toEqual(["zelenskyy"]);
    expect(
      direct("“We will not leave Ukraine,” Trump told reporters, “to face this alone.”"),
    ).toEqual([
      expect.objectContaining({ speaker: "trump", content: "We will not leave Ukraine" }),
      expect.objectContaining({ speaker: "trump", content: "to face this alone" }),
    ]);
  });

  it("keeps a quote of several sentences whole, and gives a following bare quote the same speaker", () => {
    const found = direct("“It is hard. It is slow,” said Zelenskyy. “But we go on.”");
    expect(found.map((q) => [q.speaker, q.content])).toEqual([
      ["zelenskyy", "It is hard. It is slow"],
      ["zelenskyy", "But we go on"],
    ]);
  });

  it("carries a quote on into a paragraph that continues it", () => {
    const found = direct("Peskov said: “The talks were useful.\n\n“They will go on next week.”");
    expect(found.map((q) => [q.speaker, q.content])).toEqual([
      ["peskov", "The talks were useful"],
      ["peskov", "They will go on next week"],
    ]);
  });

  it("skips scare quotes but keeps a short phrase a speaker is quoted as saying", () => {
    expect(direct("The plan sets up a “free economic zone” in the east.")).toEqual([]);
    expect(
      direct("Trump called the talks “very productive.”").map((q) => [q.speaker, q.content]),
    ).toEqual([["trump", "very productive"]]);
  });
});

describe("indirect quotes", () => {
  it("reports the that-clause, without the final full stop", () => {
    expect(indirect("Ushakov said on Monday that a truce would only prolong the war.")).toEqual([
      {
        kind: "indirect",
        speaker: "ushakov",
        content: "a truce would only prolong the war",
        cue: "said",
      },
    ]);
  });

  it("reports a clause after told reporters, and one of a state speaker", () => {
    expect(indirect("Peskov told reporters Moscow was studying the plan.")).toEqual([
      expect.objectContaining({
        speaker: "peskov",
        content: "Moscow was studying the plan",
        cue: "told reporters",
      }),
    ]);
    expect(indirect("The Kremlin insisted that Kyiv must withdraw first.")).toEqual([
      expect.objectContaining({
        speaker: "russia",
        content: "Kyiv must withdraw first",
        cue: "insisted",
      }),
    ]);
  });

  it("reports the clause before a trailing cue", () => {
    expect(indirect("Russia fired 500 drones at the capital overnight, Zelenskyy said.")).toEqual([
      expect.objectContaining({
        speaker: "zelenskyy",
        content: "Russia fired 500 drones at the capital overnight",
      }),
    ]);
  });

  it("reports the clause around an according-to aside", () => {
    expect(indirect("The army would stay at 800,000 troops, according to Zelenskyy.")).toEqual([
      expect.objectContaining({
        speaker: "zelenskyy",
        content: "The army would stay at 800,000 troops",
        cue: "according to",
      }),
    ]);
    expect(indirect("According to Ushakov, both leaders rejected a short truce.")).toEqual([
      expect.objectContaining({
        speaker: "ushakov",
        content: "both leaders rejected a short truce",
      }),
    ]);
  });

  it("does not report a clause inside another one or a negated cue", () => {
    expect(
      indirect("Trump said Putin had told him about the attack.").map((q) => q.speaker),
    ).toEqual(["trump"]);
    expect(indirect("Zelenskyy did not say whether he would accept it.")).toEqual([]);
  });
});
