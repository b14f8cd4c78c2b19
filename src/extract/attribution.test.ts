/**
 * The attribution rules added beside the basic cues: joint speakers, coordinated
 * verbs, nested reports, a state's bodies and seats, asides, colons and quote
 * marks of other styles. Names here are invented for the tests.
 */
import { describe, expect, it } from "vitest";
import { quotesComponent } from "./quotes.js";
import { actor, dossierOf, namedPerson, withMentions } from "./test-dossier.js";

const person = namedPerson;

const dossier = dossierOf([
  person("demir", "Recep Demir", "Turkish Foreign Minister", "turkey"),
  person("markou", "Eleni Markou", "Prime Minister of Greece", "greece"),
  person("yilmaz", "Hakan Yilmaz", "Turkish presidential spokesman", "turkey"),
  person("santos", "Maria Santos", "UN special envoy", "un"),
  actor({ id: "turkey", name: "Turkey", kind: "state" }),
  actor({ id: "greece", name: "Greece", kind: "state", aliases: ["Athens"] }),
  actor({ id: "un", name: "United Nations", kind: "organization", aliases: ["UN"] }),
]);

function quotes(text: string) {
  const doc = withMentions(text, dossier);
  quotesComponent.run(doc, { dossier });
  return doc.quotes.map((q) => [q.kind[0], q.speakerId, q.content]);
}
const indirect = (text: string) => quotes(text).filter((q) => q[0] === "i");
const direct = (text: string) => quotes(text).filter((q) => q[0] === "d");

describe("speakers who speak together", () => {
  it("credits each actor of a coordinated subject", () => {
    expect(indirect("Markou and Demir said the talks had made progress.")).toEqual([
      ["i", "demir", "the talks had made progress"],
      ["i", "markou", "the talks had made progress"],
    ]);
    expect(
      indirect("Santos, Markou and Demir agreed Friday and said a deal was close.").map(
        (q) => q[1],
      ),
    ).toEqual(["demir", "markou", "santos"]);
    expect(
      indirect("On Monday Athens and Ankara announced that the ferry route would reopen.").map(
        (q) => q[1],
      ),
    ).toEqual(["turkey", "greece"]);
  });

  it("does not take the objects of a verb for joint speakers", () => {
    expect(
      indirect("Santos met Markou and Demir said the gap was narrowing.").map((q) => q[1]),
    ).toEqual(["demir"]);
  });

  it("credits the two people a plural phrase sums up", () => {
    for (const phrase of ["both men", "the two leaders", "both leaders"]) {
      const found = indirect(
        `Markou received Demir in Athens, and ${phrase} said a settlement was within reach.`,
      );
      expect(found.map((q) => q[1]).sort()).toEqual(["demir", "markou"]);
    }
    expect(
      indirect("Greece hosted Turkey, and both sides said the meeting was useful.")
        .map((q) => q[1])
        .sort(),
    ).toEqual(["greece", "turkey"]);
  });

  it("does not reach into the sentence before for a group phrase", () => {
    expect(
      indirect("Markou spoke with Demir by phone. Both leaders said the ferries would run."),
    ).toEqual([]);
  });

  it("credits no one when the phrase could mean more than two", () => {
    expect(
      indirect("Markou, Santos and Demir met, and both men said the meeting was useful."),
    ).toEqual([]);
  });
});

describe("verbs that share the sentence subject", () => {
  it("takes the subject for a verb after but or and", () => {
    expect(indirect("Markou welcomed the plan but said she wanted firmer guarantees.")).toEqual([
      ["i", "markou", "she wanted firmer guarantees"],
    ]);
    expect(indirect("Demir praised the envoy and added that Ankara was ready.")).toEqual([
      ["i", "demir", "Ankara was ready"],
    ]);
    expect(indirect("Santos listened but insisted that both sides must compromise.")).toEqual([
      ["i", "santos", "both sides must compromise"],
    ]);
  });

  it("takes the subject for a participle after an object", () => {
    expect(indirect("Demir left the meeting saying the offer was fair.")).toEqual([
      ["i", "demir", "the offer was fair"],
    ]);
    expect(indirect("Markou ended her visit insisting that the islands were safe.")).toEqual([
      ["i", "markou", "the islands were safe"],
    ]);
    expect(indirect("Santos closed the session noting that the talks would resume.")).toEqual([
      ["i", "santos", "the talks would resume"],
    ]);
  });

  it("cuts a clause before a second speech verb", () => {
    expect(
      indirect("Demir insisted that the zone stays open, and warned that Ankara would respond."),
    ).toEqual([
      ["i", "demir", "the zone stays open"],
      ["i", "demir", "Ankara would respond"],
    ]);
  });
});

describe("nested reports", () => {
  it("credits the inner speaker with the inner clause", () => {
    expect(indirect("Yilmaz said Demir had told Santos that Turkey was ready.")).toEqual([
      ["i", "yilmaz", "Demir had told Santos that Turkey was ready"],
      ["i", "demir", "Turkey was ready"],
    ]);
    expect(indirect("Santos said Markou had warned that the talks could fail.")[1]).toEqual([
      "i",
      "markou",
      "the talks could fail",
    ]);
    expect(indirect("Markou told reporters Demir had said he would come back in June.")[1]).toEqual(
      ["i", "demir", "he would come back in June"],
    );
  });

  it("gives nothing to an inner verb that reports no clause", () => {
    expect(indirect("Demir said Markou had told him about the plan.").map((q) => q[1])).toEqual([
      "demir",
    ]);
  });
});

describe("a state speaking through its bodies and seats", () => {
  it("credits the state for its ministry, forces or presidency", () => {
    for (const subject of [
      "Turkey's foreign ministry",
      "The Turkish defence ministry",
      "Turkey's Ministry of Foreign Affairs",
      "The Turkish air force",
    ])
      expect(indirect(`${subject} said two jets had crossed the line.`)).toEqual([
        ["i", "turkey", "two jets had crossed the line"],
      ]);
  });

  it("credits the state for its capital even when the dossier does not list it", () => {
    expect(indirect("Ankara said the survey ship would stay.").map((q) => q[1])).toEqual([
      "turkey",
    ]);
    expect(indirect("The ship would stay, Ankara said.").map((q) => q[1])).toEqual(["turkey"]);
    expect(indirect("Demir flew to Ankara and said the ship would stay.").map((q) => q[1])).toEqual(
      ["demir"],
    );
  });

  it("credits a person for the office or statement that is theirs", () => {
    expect(indirect("Markou's office said the visit was postponed.").map((q) => q[1])).toEqual([
      "markou",
    ]);
    expect(indirect("Yilmaz's statement said the ships would stay.").map((q) => q[1])).toEqual([
      "yilmaz",
    ]);
    expect(indirect("Markou's aides said the visit was postponed.")).toEqual([]);
  });
});

describe("asides, colons and demands", () => {
  it("reports the clause of a by-X's-count aside", () => {
    expect(indirect("By Ankara's count, 40 vessels entered the area.")).toEqual([
      ["i", "turkey", "40 vessels entered the area"],
    ]);
    expect(indirect("Some 40 vessels entered the area, by Greece's estimate.")).toEqual([
      ["i", "greece", "Some 40 vessels entered the area"],
    ]);
    expect(indirect("By Santos's account, the two delegations never met.")).toEqual([
      ["i", "santos", "the two delegations never met"],
    ]);
  });

  it("gives a quote after a colon as direct only", () => {
    for (const cue of ["told reporters", "wrote on X", "said in a statement"])
      expect(quotes(`Demir ${cue}: “Our door remains open to dialogue.”`)).toEqual([
        ["d", "demir", "Our door remains open to dialogue"],
      ]);
  });

  it("does not report a demand with a bare verb as said content", () => {
    expect(indirect("Athens insisted that Turkey withdraw its ships.")).toEqual([]);
    expect(indirect("Markou demanded that Demir apologize.")).toEqual([]);
    expect(indirect("Athens insisted that Turkey withdrew its ships.").map((q) => q[1])).toEqual([
      "greece",
    ]);
  });

  it("cuts a clause before a relative clause that reports again, which reports its own", () => {
    expect(
      indirect("Markou said any change must go to a vote, which she says needs a truce."),
    ).toEqual([
      ["i", "markou", "any change must go to a vote"],
      ["i", "markou", "needs a truce"],
    ]);
    expect(
      indirect("Demir said the plan failed, which Santos said was no surprise to anyone."),
    ).toEqual([
      ["i", "demir", "the plan failed"],
      ["i", "santos", "was no surprise to anyone"],
    ]);
    expect(
      indirect("Santos said the ferries would run again, who Markou said had stopped them."),
    ).toEqual([
      ["i", "santos", "the ferries would run again"],
      ["i", "markou", "had stopped them"],
    ]);
  });
});

describe("quotation marks of other styles", () => {
  it("attributes single, straight and guillemet quotes as curly ones", () => {
    for (const [o, c] of [
      ["‘", "’"],
      ["'", "'"],
      ["«", "»"],
      ['"', '"'],
    ]) {
      expect(direct(`${o}We don't want Kyiv's fate,${c} Markou said.`)).toEqual([
        ["d", "markou", "We don't want Kyiv's fate"],
      ]);
      expect(
        quotes(`Demir said the offer was ${o}a step in the right direction${c} but not enough.`),
      ).toEqual([
        ["i", "demir", `the offer was ${o}a step in the right direction${c} but not enough`],
        ["d", "demir", "a step in the right direction"],
      ]);
    }
  });
});

describe("a cue inside its clause", () => {
  it("reports the whole sentence when the verb comes after the cue", () => {
    expect(indirect("Holding a vote, Markou said, would take months.")).toEqual([
      ["i", "markou", "Holding a vote, Markou said, would take months"],
    ]);
    expect(indirect("A deal, Demir told reporters on Monday, could come within weeks.")).toEqual([
      ["i", "demir", "A deal, Demir told reporters on Monday, could come within weeks"],
    ]);
    expect(indirect("The ferries, Santos added, had already stopped running.")).toEqual([
      ["i", "santos", "The ferries, Santos added, had already stopped running"],
    ]);
  });
});
