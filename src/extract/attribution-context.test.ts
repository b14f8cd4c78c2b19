/**
 * Who speaks, from the sentence and the paragraphs around a quote: a name
 * inside the subject is not the speaker, an inverted name needs no verb after
 * it, a named audience is no part of the clause, a colon hands everything to
 * the direct quote, a quote opening a cue-less paragraph continues the last
 * speaker, and people the dossier does not know keep their quotes. Names are
 * invented for the tests.
 */
import { describe, expect, it } from "vitest";
import { quotesComponent } from "./quotes.js";
import { actor, dossierOf, namedPerson, withMentions } from "./test-dossier.js";

const person = namedPerson;

const dossier = dossierOf([
  person("demir", "Recep Demir", "Turkish Foreign Minister", "turkey"),
  person("markou", "Eleni Markou", "Prime Minister of Greece", "greece"),
  person("santos", "Maria Santos", "UN special envoy", "un"),
  actor({ id: "turkey", name: "Turkey", kind: "state", aliases: ["Ankara"] }),
  actor({ id: "greece", name: "Greece", kind: "state", aliases: ["Athens"] }),
  actor({ id: "un", name: "United Nations", kind: "organization", aliases: ["UN"] }),
]);

function quotes(text: string) {
  const doc = withMentions(text, dossier);
  quotesComponent.run(doc, { dossier });
  return doc.quotes.map((q) => [q.kind[0], q.speakerId, q.content]);
}
const speakers = (text: string) => quotes(text).map((q) => q[1]);

describe("the speaker is the subject, not a name inside it", () => {
  it("gives nothing to an actor named after a preposition in the subject", () => {
    expect(speakers("A source close to Demir said the offer was final.")).toEqual([]);
    expect(speakers("A spokesman for Markou said the visit was off.")).toEqual([]);
    expect(speakers("People familiar with Santos's plan said it had two stages.")).toEqual([]);
  });

  it("does not invert onto a name that starts a new clause", () => {
    expect(speakers("Markou, speaking in Athens, said Demir was welcome.")).toEqual(["markou"]);
    expect(quotes("The talks will resume in May, said Santos.")).toEqual([
      ["i", "santos", "The talks will resume in May"],
    ]);
    expect(speakers("Demir, in a rare interview, said Ankara was ready.")).toEqual(["demir"]);
  });
});

describe("clauses after told and after a colon", () => {
  it("skips an audience named by a short noun phrase before that", () => {
    for (const audience of ["state television", "the Greek daily Kathimerini", "a local radio"])
      expect(quotes(`Demir told ${audience} that the ships would stay.`)).toEqual([
        ["i", "demir", "the ships would stay"],
      ]);
  });

  it("reports nothing but the direct quote after a colon", () => {
    expect(quotes("Asked about the timing, Markou said: “Weeks, not months.”")).toEqual([
      ["d", "markou", "Weeks, not months"],
    ]);
    expect(quotes("On the islands, Demir told reporters: “Nothing has changed.”")).toEqual([
      ["d", "demir", "Nothing has changed"],
    ]);
    expect(quotes("Pressed again, Santos added: «We are patient.»")).toEqual([
      ["d", "santos", "We are patient"],
    ]);
  });
});

describe("a quote that opens a paragraph with no cue", () => {
  it("continues the last speaker of the paragraph before", () => {
    expect(quotes("Markou said the talks would go on.\n\n“We have no other choice.”")).toEqual([
      ["i", "markou", "the talks would go on"],
      ["d", "markou", "We have no other choice"],
    ]);
    expect(
      speakers("Athens hosted the talks. “Dialogue works,” Santos said.\n\n‘Both sides want it.’"),
    ).toEqual(["santos", "santos"]);
    expect(
      speakers('Demir told reporters Ankara was ready.\n\n"The ball is in their court now."'),
    ).toEqual(["demir", "demir"]);
  });

  it("does not carry a speaker into a paragraph that has its own cue or over a gap", () => {
    expect(
      speakers("Markou said the talks would go on.\n\n“We have no choice,” an aide said."),
    ).toEqual(["markou", null]);
    expect(
      speakers("Markou said the talks would go on.\n\nThe ferries ran.\n\n“No choice at all.”"),
    ).toEqual(["markou", null]);
    expect(speakers("The ferries ran all week.\n\n“We have no other choice.”")).toEqual([null]);
  });
});

describe("people the dossier does not know", () => {
  it("gives no indirect quote for the second sentence of a quote before its tag", () => {
    expect(quotes("“It looks fine. In practice nobody knows who pays,” said Santos.")).toEqual([
      ["d", "santos", "It looks fine. In practice nobody knows who pays"],
    ]);
    expect(quotes("'We tried. We really tried,' Markou said.").map((q) => q[0])).toEqual(["d"]);
    expect(quotes("«No. Not this year,» Demir told reporters.").map((q) => q[0])).toEqual(["d"]);
  });

  it("keeps the quotes of a person introduced with an everyday title", () => {
    for (const title of [
      "a nurse in Izmir",
      "a fisherman from Lesbos",
      "a teacher at a local school",
    ]) {
      const found = quotes(
        `Ayla Kaya, ${title}, said the patrols had stopped. “We sleep again,” she said.`,
      );
      expect(found.map((q) => q[1])).toEqual(["ayla-kaya", "ayla-kaya"]);
    }
  });
});

describe("report nouns and question tags", () => {
  it("reports the clause of a report noun owned by the speaker", () => {
    expect(quotes("Ankara kept up its claim that Greek jets had crossed the line.")).toEqual([
      ["i", "turkey", "Greek jets had crossed the line"],
    ]);
    expect(quotes("Officials recalled Demir's warning that the talks could fail.")).toEqual([
      ["i", "demir", "the talks could fail"],
    ]);
    expect(quotes("Markou repeated her assurance that the ferries would run.")[1]).toEqual([
      "i",
      "markou",
      "the ferries would run",
    ]);
    expect(quotes("The claim that jets crossed the line was false.")).toEqual([]);
  });

  it("reports what a denied or confirmed report said", () => {
    expect(quotes("Athens denied reports that it had moved troops.")).toEqual([
      ["i", "greece", "it had moved troops"],
    ]);
    expect(quotes("Santos confirmed a report that the talks would move to Geneva.")).toEqual([
      ["i", "santos", "the talks would move to Geneva"],
    ]);
    expect(quotes("Demir dismissed the report that he had resigned.")).toEqual([]);
  });

  it("attributes a question whose tag became a sentence of its own", () => {
    expect(quotes("“Why now?” Markou asked.")).toEqual([["d", "markou", "Why now"]]);
    expect(quotes("“Who gains from this?” asked Santos.")).toEqual([
      ["d", "santos", "Who gains from this"],
    ]);
    expect(quotes("“Enough!” Demir said. “We are leaving.”").map((q) => q[1])).toEqual([
      "demir",
      "demir",
    ]);
  });
});

describe("a speaker's unquoted words for something", () => {
  it("reports the complement of call or describe", () => {
    expect(quotes("Markou denied it, calling it an attempt to derail the talks.")[0]).toEqual([
      "i",
      "markou",
      "an attempt to derail the talks",
    ]);
    expect(quotes("Demir called the Greek plan a dangerous provocation.")).toEqual([
      ["i", "demir", "a dangerous provocation"],
    ]);
    expect(quotes("Santos described the meeting as a useful first step.")).toEqual([
      ["i", "santos", "a useful first step"],
    ]);
  });

  it("leaves quoted complements to direct quotes and calls that report no words", () => {
    expect(quotes("Santos called the meeting “a real turning point.”")).toEqual([
      ["d", "santos", "a real turning point"],
    ]);
    expect(quotes("Demir called for calm on both sides.")).toEqual([]);
    expect(quotes("Markou called Demir on Monday to discuss the ferries.")).toEqual([]);
  });
});
