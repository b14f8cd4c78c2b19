/**
 * Attribution rules of the third round: audiences after "informed", a tag
 * titled by a plural role, quotes whose own tag names someone the dossier does
 * not know. Names are invented (see src/test-support/stance-stress.ts).
 */
import { describe, expect, it } from "vitest";
import { quotesComponent } from "./quotes.js";
import { actor, dossierOf, namedPerson, withMentions } from "./test-dossier.js";

const dossier = dossierOf([
  namedPerson("morel", "Ada Morel", "President of Norland", "norland", "female"),
  namedPerson("tesk", "Ivo Tesk", "Varn negotiator", "varn", "male"),
  namedPerson("brack", "Lena Brack", "Suthia foreign ministry spokeswoman", "suthia", "female"),
  namedPerson("drin", "Pavel Drin", "Estmark envoy", "estmark", "male"),
  actor({ id: "norland", name: "Norland", kind: "state" }),
  actor({ id: "varn", name: "Varn", kind: "state" }),
  actor({ id: "suthia", name: "Suthia", kind: "state" }),
  actor({ id: "estmark", name: "Estmark", kind: "state" }),
  actor({ id: "united-nations", name: "United Nations", kind: "organization", aliases: ["UN"] }),
  actor({
    id: "front",
    name: "Red Ridge Front",
    kind: "organization",
    aliases: ["the Front"],
  }),
]);

function quotes(text: string) {
  const doc = withMentions(text, dossier);
  quotesComponent.run(doc, { dossier });
  return doc.quotes.map((q) => [q.kind[0], q.speakerId, q.content]);
}
const indirect = (text: string) => quotes(text).filter((q) => q[0] === "i");
/** Direct quotes credited to someone (a quote of nobody known keeps a null speaker). */
const direct = (text: string) => quotes(text).filter((q) => q[0] === "d" && q[1] !== null);

describe("an audience between the verb and its clause", () => {
  it("reads 'informed X that' like 'told X that', the audience left out", () => {
    expect(
      indirect("Norland has informed the United Nations that it will close two of its ports."),
    ).toEqual([["i", "norland", "it will close two of its ports"]]);
    expect(indirect("Varn had informed Suthia on Monday that the convoy would wait.")).toEqual([
      ["i", "varn", "the convoy would wait"],
    ]);
    // Informing someone of a thing reports no clause.
    expect(indirect("Varn informed Suthia of its decision to leave the talks.")).toEqual([]);
  });

  it("ends a clause at a tag titled by a plural role", () => {
    expect(indirect("Morel said the vote would be held in May, Norland officials said.")).toEqual([
      ["i", "morel", "the vote would be held in May"],
    ]);
    // A plural role that no speech verb follows stays in the clause.
    expect(indirect("Morel said the vote would be held in May, when ministers meet.")).toEqual([
      ["i", "morel", "the vote would be held in May, when ministers meet"],
    ]);
  });
});

describe("a quote whose tag names someone the dossier does not know", () => {
  it("is not carried over from the speaker before", () => {
    expect(
      direct(
        "Morel said the border would reopen.\n\n“I will believe it when I see the trucks,” said a teacher from the north.",
      ),
    ).toEqual([]);
    expect(
      direct(
        "Tesk said the convoy would wait. “We have waited for months,” a farmer told reporters.",
      ),
    ).toEqual([]);
  });

  it("still carries a quote that has no tag of its own", () => {
    expect(
      direct("Morel said the border would reopen.\n\n“The trucks will roll by Friday.”"),
    ).toEqual([["d", "morel", "The trucks will roll by Friday"]]);
  });
});

describe("a state's body named without its state", () => {
  it("gives 'its army' to the state named before it, and a later 'the army' and 'it' to the same", () => {
    expect(
      indirect(
        "Norland shelled the valley on Friday after its army said rebels had fired on a patrol near Keld. The army said the rebels had used heavy mortars. It accused the Front of breaking the truce.",
      ),
    ).toEqual([
      ["i", "norland", "rebels had fired on a patrol near Keld"],
      ["i", "norland", "the rebels had used heavy mortars"],
      ["i", "norland", "breaking the truce"],
    ]);
    expect(
      indirect(
        "Suthia's defence ministry said the drills were over. Later the ministry said that two ships had returned to port.",
      ).map((q) => q[1]),
    ).toEqual(["suthia", "suthia"]);
  });

  it("gives a bare body or 'it' nothing when the text gave that body to no state", () => {
    expect(indirect("The army said the rebels had used heavy mortars near Keld.")).toEqual([]);
    expect(
      indirect(
        "Morel visited the valley on Friday. It said the rebels had used heavy mortars near Keld.",
      ),
    ).toEqual([]);
    // "its" with no state before it in the sentence or the one before.
    expect(
      indirect("Rain fell all week. After its army said the roads were closed, trade stopped."),
    ).toEqual([]);
  });
});

describe("an appeal: urging or instructing someone to act", () => {
  it("reports the one urged and what they are to do", () => {
    expect(indirect("The Front urged Norland to reopen the border crossing at Keld.")).toEqual([
      ["i", "front", "Norland to reopen the border crossing at Keld"],
    ]);
    expect(
      indirect(
        "Morel instructed the army to hold its fire until the talks resume, her office said.",
      ),
    ).toEqual([
      ["i", "morel", "Morel instructed the army to hold its fire until the talks resume"],
      ["i", "morel", "the army to hold its fire until the talks resume"],
    ]);
    expect(
      indirect(
        "“Food is not a weapon,” said Ivo Tesk, the Varn negotiator, who urged Suthia to let every convoy pass.",
      ),
    ).toEqual([["i", "tesk", "Suthia to let every convoy pass"]]);
  });

  it("reports no appeal without an object and a verb to do", () => {
    expect(indirect("The Front urged restraint on all sides at the meeting in Keld.")).toEqual([]);
    expect(indirect("Morel urged that the convoys be protected by the army.")).toEqual([
      ["i", "morel", "the convoys be protected by the army"],
    ]);
  });

  it("keeps an appeal joined by 'and' inside the report it goes on with", () => {
    expect(
      indirect(
        "The Front met on Friday. It said it had accepted the swap and urged Morel and Tesk to make sure the convoys arrived.",
      ),
    ).toEqual([
      [
        "i",
        "front",
        "it had accepted the swap and urged Morel and Tesk to make sure the convoys arrived",
      ],
    ]);
    // A second speech verb after "and" still starts a report of its own.
    expect(
      indirect("Morel said the port was open and warned that the convoys would be searched.").map(
        (q) => q[2],
      ),
    ).toEqual(["the port was open", "the convoys would be searched"]);
  });
});

describe("a quoted word for a thing", () => {
  it("reports the thing and the words when more of the speaker's words follow", () => {
    expect(
      quotes("Morel has backed the pact, calling the accord “a new start” for the whole region."),
    ).toEqual([
      ["i", "morel", "the accord “a new start” for the whole region"],
      ["d", "morel", "a new start"],
    ]);
  });

  it("leaves a quote that ends the phrase, or a word inside an earlier report, to the direct quote", () => {
    expect(quotes("Morel called the meeting “very useful.”")).toEqual([
      ["d", "morel", "very useful"],
    ]);
    expect(
      quotes(
        "Tesk said the Front rejected the offer, calling that deadline “absurd” while the shelling went on.",
      ),
    ).toEqual([
      ["i", "tesk", "the Front rejected the offer"],
      ["d", "tesk", "absurd"],
    ]);
  });
});

describe("a person's office named by a pronoun", () => {
  it("speaks for the actor the dossier knows by that office, else for the person", () => {
    const withOffice = dossierOf([
      namedPerson("morel", "Ada Morel", "President of Norland", "norland", "female"),
      actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Morel's office"] }),
    ]);
    const doc = withMentions(
      "Morel spoke on Friday. The convoys would be searched at the border, her office said.",
      withOffice,
    );
    quotesComponent.run(doc, { dossier: withOffice });
    expect(doc.quotes.map((q) => [q.speakerId, q.content])).toEqual([
      ["norland", "The convoys would be searched at the border"],
    ]);
    expect(
      indirect(
        "Morel spoke on Friday. The convoys would be searched at the border, her office said.",
      ),
    ).toEqual([["i", "morel", "The convoys would be searched at the border"]]);
  });
});

describe("a named spokesperson and the speaker's own setting", () => {
  it("credits the person an aside describes by a body's title", () => {
    expect(
      indirect(
        "Lena Brack, the Suthia foreign ministry spokeswoman, said that the envoys had agreed on every point.",
      ),
    ).toEqual([["i", "brack", "the envoys had agreed on every point"]]);
    // A body's title around a name the dossier does not know stays with the body.
    expect(
      indirect(
        "A spokesman, the Suthia foreign ministry spokesman, said that the envoys had agreed on every point.",
      ).map((q) => q[1]),
    ).toEqual(["suthia"]);
  });

  it("ends the clause before where the speaker was speaking", () => {
    expect(
      indirect(
        "Morel said on Tuesday that the truce would hold, speaking at a new border post in Keld.",
      ),
    ).toEqual([["i", "morel", "the truce would hold"]]);
    // Other participles of the reported events stay in the clause.
    expect(
      indirect("Morel said rebels had attacked a patrol near Keld, killing two soldiers."),
    ).toEqual([["i", "morel", "rebels had attacked a patrol near Keld, killing two soldiers"]]);
  });
});

describe("a group by its head noun, its spokeswoman, and its demands", () => {
  const groups = dossierOf([
    namedPerson("morel", "Ada Morel", "President of Norland", "norland", "female"),
    actor({ id: "norland", name: "Norland", kind: "state" }),
    actor({ id: "forum", name: "Harbour Families Forum", kind: "organization" }),
  ]);
  const run = (text: string) => {
    const doc = withMentions(text, groups);
    quotesComponent.run(doc, { dossier: groups });
    return doc.quotes.filter((q) => q.speakerId).map((q) => [q.kind[0], q.speakerId, q.content]);
  };

  it("gives a quote to 'a spokeswoman for the forum' once the forum was named in full", () => {
    expect(
      run(
        "The Harbour Families Forum met in Keld. “Ten of our sons are still missing,” a spokeswoman for the forum told the crowd.",
      ),
    ).toEqual([["d", "forum", "Ten of our sons are still missing"]]);
    // Without the full name before, "the forum" is nobody's.
    expect(
      run("“Ten of our sons are still missing,” a spokeswoman for the forum told the crowd."),
    ).toEqual([]);
    // A person's spokeswoman for a group is still no voice of a person.
    expect(
      run(
        "The Harbour Families Forum met in Keld. “Ten of our sons are still missing,” a neighbour of the forum told the crowd.",
      ),
    ).toEqual([]);
  });

  it("reads 'and demanded that …' as a second report of the same speaker", () => {
    expect(
      run(
        "The Harbour Families Forum said the government must act now and demanded that every missing sailor be found before winter.",
      ),
    ).toEqual([
      ["i", "forum", "the government must act now"],
      ["i", "forum", "every missing sailor be found before winter"],
    ]);
    // A demand of a named actor in the subjunctive is a stance, not a report.
    expect(run("The Harbour Families Forum demanded that Norland withdraw its ships.")).toEqual([]);
  });
});

describe("what a sentence does not report", () => {
  it("gives a tag after 'told X …' the clause without the audience, once per speaker", () => {
    expect(
      indirect("Varn told the United Nations it would close the port, Varn officials said."),
    ).toEqual([["i", "varn", "it would close the port"]]);
    expect(
      indirect(
        "Varn has informed the United Nations that it would close the port, Varn officials said.",
      ),
    ).toEqual([["i", "varn", "it would close the port"]]);
  });

  it("reports nothing for the object of a relative clause or 'said nothing about'", () => {
    expect(
      indirect(
        "Suthia's cabinet approved the first stage of the pact, which President Ada Morel announced on Wednesday, in the early hours of Friday, after a long meeting.",
      ),
    ).toEqual([]);
    expect(indirect("The Front said nothing about its weapons in the reply.")).toEqual([]);
    // A reported clause that begins with "nothing" is still reported.
    expect(indirect("Morel said nothing would stop the convoys.")).toEqual([
      ["i", "morel", "nothing would stop the convoys"],
    ]);
  });

  it("gives 'with X standing by and saying …' to X", () => {
    expect(
      indirect(
        "Morel set out the plan in Keld, with Ivo Tesk standing beside her and saying that Varn backed it.",
      ),
    ).toEqual([["i", "tesk", "Varn backed it"]]);
    // Without a participle of its own after the name, the sentence subject speaks.
    expect(
      indirect("Morel met the envoys with Ivo Tesk on Friday, saying that the plan was ready."),
    ).toEqual([["i", "morel", "the plan was ready"]]);
  });
});

describe("tags, tallies and gerunds", () => {
  it("takes a tag whose speaker has a long title before the verb", () => {
    expect(
      direct(
        "“We will keep the truce, and we expect the envoys to hold them to it,” Ivo Tesk, the Varn delegation's chief negotiator, told a radio station.",
      ),
    ).toEqual([
      ["d", "tesk", "We will keep the truce, and we expect the envoys to hold them to it"],
    ]);
  });

  it("reads 'according to a UN estimate' as the actor's report", () => {
    expect(
      indirect(
        "Rebuilding the port will cost about $2 billion, according to a United Nations estimate.",
      ),
    ).toEqual([["i", "united-nations", "Rebuilding the port will cost about $2 billion"]]);
    // A noun that is no report after the name gives no speaker.
    expect(
      indirect(
        "Rebuilding the port will cost about $2 billion, according to a United Nations map.",
      ),
    ).toEqual([]);
  });

  it("does not read a gerund subject after 'that' as a cue", () => {
    expect(
      indirect("Morel warned that saying no would be a grave mistake for the Front.").map(
        (q) => q[2],
      ),
    ).toEqual(["saying no would be a grave mistake for the Front"]);
  });
});

describe("a report noun with a day before its clause", () => {
  it("reads 'the Front's statement on Friday that …'", () => {
    expect(
      indirect(
        "The talks follow the Front's statement on Friday that it would free all prisoners if the shelling stopped.",
      ),
    ).toEqual([["i", "front", "it would free all prisoners if the shelling stopped"]]);
    // Other words between the noun and "that" still break it.
    expect(
      indirect("The talks follow the Front's statement in the press that it would free them all."),
    ).toEqual([]);
  });
});

describe("'it' as the subject of a sentence whose participle reports", () => {
  it("speaks for the group that opened the sentence before", () => {
    expect(
      indirect(
        "The Front denied any part in the raid. It delayed the next handover, saying that the shelling had stopped the search.",
      ),
    ).toEqual([["i", "front", "the shelling had stopped the search"]]);
    // A participle that reports nothing leaves "it" unresolved.
    expect(
      indirect(
        "The Front denied any part in the raid. It delayed the next handover, citing the shelling near Keld.",
      ),
    ).toEqual([]);
  });
});
