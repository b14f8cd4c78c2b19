/**
 * Attribution rules of the second round: a state's officials and diplomats,
 * report verbs of findings (conclude, assess), pronoun tags that look back to
 * the last speaker, and clauses cut at their true ends. Names are invented.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "../model/index.js";
import { quotesComponent } from "./quotes.js";
import { actor, dossierOf, namedPerson, withMentions } from "./test-dossier.js";

const person = (
  id: string,
  name: string,
  role: string,
  affiliation: string,
  gender: Actor["gender"] = "male",
) => namedPerson(id, name, role, affiliation, gender);

const dossier = dossierOf([
  person("demir", "Recep Demir", "Turkish Foreign Minister", "turkey"),
  person("markou", "Eleni Markou", "Prime Minister of Greece", "greece", "female"),
  person("yilmaz", "Hakan Yilmaz", "Turkish presidential spokesman", "turkey"),
  person("costa", "Paulo Costa", "President of Brazil", "brazil"),
  actor({ id: "turkey", name: "Turkey", kind: "state" }),
  actor({ id: "greece", name: "Greece", kind: "state", aliases: ["Athens"] }),
  actor({ id: "brazil", name: "Brazil", kind: "state" }),
  actor({ id: "united-states", name: "United States", kind: "state", aliases: ["U.S.", "US"] }),
  actor({ id: "european-union", name: "European Union", kind: "bloc", aliases: ["EU"] }),
]);

function quotes(text: string) {
  const doc = withMentions(text, dossier);
  quotesComponent.run(doc, { dossier });
  return doc.quotes.map((q) => [q.kind[0], q.speakerId, q.content]);
}
const indirect = (text: string) => quotes(text).filter((q) => q[0] === "i");
const direct = (text: string) => quotes(text).filter((q) => q[0] === "d");

describe("a state's officials speak for it", () => {
  it("takes officials, diplomats and agencies named by their state", () => {
    expect(
      indirect("Greek officials said on Friday that the ferry had sunk near the port."),
    ).toEqual([["i", "greece", "the ferry had sunk near the port"]]);
    expect(direct("“We cannot sign this yet,” one senior EU diplomat said.")).toEqual([
      ["d", "european-union", "We cannot sign this yet"],
    ]);
    expect(indirect("A White House official said the meeting would last two hours.")).toEqual([
      ["i", "united-states", "the meeting would last two hours"],
    ]);
  });

  it("takes officials in or for a state, but not a person near a named one", () => {
    expect(
      indirect("Officials in Athens cautioned on Monday that the text was not finished."),
    ).toEqual([["i", "greece", "the text was not finished"]]);
    expect(indirect("A spokesman for Brazil said the border would stay open.")).toEqual([
      ["i", "brazil", "the border would stay open"],
    ]);
    expect(indirect("An adviser close to Demir said the offer had been withdrawn.")).toEqual([]);
  });

  it("reads a finding as a report: concluded, assessed", () => {
    expect(
      indirect("US intelligence agencies have concluded that the blast was not caused by a mine."),
    ).toEqual([["i", "united-states", "the blast was not caused by a mine"]]);
    expect(indirect("Costa assessed that the harvest would fall short by a fifth.")).toEqual([
      ["i", "costa", "the harvest would fall short by a fifth"],
    ]);
    expect(indirect("The Turkish army concludes that the shells came from the south.")).toEqual([
      ["i", "turkey", "the shells came from the south"],
    ]);
  });
});

describe("a pronoun tag looks back to the last speaker", () => {
  it("does not take a person named in the clause the tag reports", () => {
    expect(
      indirect(
        "On trade, Demir said he understood why Costa would not accept a cap. Costa “cannot give in” on the quota, he said. He added that he was not pushing for one.",
      ).map((q) => q[1]),
    ).toEqual(["demir", "demir", "demir"]);
    expect(
      indirect(
        "Asked about the vote, Costa said Demir had misjudged the mood. Demir was out of touch with farmers, he told reporters.",
      ).map((q) => q[1]),
    ).toEqual(["costa", "costa"]);
  });

  it("keeps the subject when the other person did not speak", () => {
    expect(direct("Demir met Costa in Rome on Friday. “We found common ground,” he said.")).toEqual(
      [["d", "demir", "We found common ground"]],
    );
    expect(
      direct("Costa hosted Demir at his farm. Later, “the mood was warm,” he told reporters."),
    ).toEqual([["d", "costa", "the mood was warm"]]);
  });
});

describe("a reported clause ends where the reported content ends", () => {
  it("leaves out a participle after a closing tag", () => {
    for (const [text, clause] of [
      [
        "The bridge collapsed under the trucks, Brazilian officials said on Monday, raising an earlier count.",
        "The bridge collapsed under the trucks",
      ],
      [
        "Two soldiers died in the blast, Turkish officials said Tuesday, correcting a first report.",
        "Two soldiers died in the blast",
      ],
      [
        "Rescue crews had reached the village, Costa says, pointing to the map.",
        "Rescue crews had reached the village",
      ],
    ])
      expect(indirect(text!).map((q) => q[2])).toEqual([clause]);
  });

  it("starts after a semicolon or colon before a tag", () => {
    expect(
      indirect(
        "Brazil's army said the rebels had fired 30 shells; four people were killed, according to Costa.",
      ),
    ).toEqual([
      ["i", "brazil", "the rebels had fired 30 shells"],
      ["i", "costa", "four people were killed"],
    ]);
    expect(
      indirect(
        "It was a claim she made twice: without firm rules, Markou said, the market would collapse.",
      ).map((q) => q[2]),
    ).toEqual(["without firm rules, Markou said, the market would collapse"]);
  });

  it("reports the main clause after a fronted condition", () => {
    expect(
      indirect("Even if the border were reopened, Demir said, Turkish troops would stay there."),
    ).toEqual([["i", "demir", "Turkish troops would stay there"]]);
    expect(
      indirect("If the vote fails, Markou warned, the government will fall within a week."),
    ).toEqual([["i", "markou", "the government will fall within a week"]]);
    expect(
      indirect("Although the talks had stalled, Costa said, both sides still wanted a deal."),
    ).toEqual([["i", "costa", "both sides still wanted a deal"]]);
  });

  it("keeps the clause before a tag that is followed by a colon and a quote", () => {
    expect(
      quotes(
        "Demir spoke on Friday. The deal could still collapse, he warned: “We will see by spring.”",
      ),
    ).toEqual([
      ["i", "demir", "The deal could still collapse"],
      ["d", "demir", "We will see by spring"],
    ]);
    expect(
      indirect(
        "Markou met the press. Prices could rise again, she said: “Nobody can promise that.”",
      ),
    ).toEqual([["i", "markou", "Prices could rise again"]]);
    expect(indirect("Costa said: “We are ready.”")).toEqual([]);
  });

  it("reads across an appositive inside the clause", () => {
    for (const [text, clause] of [
      [
        "Markou said the plan, a shorter version of a draft sent in May, was nearly complete.",
        "the plan, a shorter version of a draft sent in May, was nearly complete",
      ],
      [
        "Costa told reporters the treaty, an accord first signed in 1998, would be renewed.",
        "the treaty, an accord first signed in 1998, would be renewed",
      ],
      ["Demir said the talks had stalled, a setback for the region.", "the talks had stalled"],
    ])
      expect(indirect(text!).map((q) => q[2])).toEqual([clause]);
  });

  it("ends at a relative clause that reports someone else", () => {
    expect(
      indirect(
        "Athens insists that any transfer must go to parliament, which Ms Markou says would take months.",
      )[0],
    ).toEqual(["i", "greece", "any transfer must go to parliament"]);
  });

  it("takes the name after a title in an according-to aside", () => {
    expect(
      indirect("Ten homes were flooded, according to the country's foreign minister, Recep Demir."),
    ).toEqual([["i", "demir", "Ten homes were flooded"]]);
    expect(
      indirect("According to the president's spokesman, Hakan Yilmaz, the visit was cancelled."),
    ).toEqual([["i", "yilmaz", "the visit was cancelled"]]);
  });
});

describe("who speaks in relative and joined clauses", () => {
  it("gives a 'who' clause to the person it hangs on, up to the main verb", () => {
    expect(
      indirect("Costa, who said on Tuesday that he was worried about the vote, changed course."),
    ).toEqual([["i", "costa", "he was worried about the vote"]]);
    expect(
      indirect("Markou, who has repeatedly said the island must stay neutral, met Demir."),
    ).toEqual([["i", "markou", "the island must stay neutral"]]);
    expect(
      indirect(
        "That was the view of Paulo Costa, an economist at a Lisbon institute, who said farmers expected little.",
      ),
    ).toEqual([["i", "costa", "farmers expected little"]]);
  });

  it("gives 'and has said' to the subject of the sentence", () => {
    expect(
      indirect(
        "Paulo Costa is expected in Rome next week, and has said he will visit Athens in May.",
      ),
    ).toEqual([["i", "costa", "he will visit Athens in May"]]);
    expect(indirect("Demir left early but has insisted that the talks went well.")).toEqual([
      ["i", "demir", "the talks went well"],
    ]);
    expect(
      indirect("Markou stayed home, and had earlier said she would not attend the summit."),
    ).toEqual([["i", "markou", "she would not attend the summit"]]);
  });
});

describe("a quoted phrase belongs to a cue after it only when the cue is its tag", () => {
  it("does not give a scare quote to a name in a later phrase", () => {
    expect(
      direct(
        "Ankara has floated a “joint fishing area”, an idea Markou has said she would reject.",
      ),
    ).toEqual([]);
    expect(
      direct("Brussels proposed a “green corridor” for grain, a plan Demir said was unworkable."),
    ).toEqual([]);
    expect(
      direct("Costa, who said that he was “deeply worried” when Demir called him, changed course."),
    ).toEqual([["d", "costa", "deeply worried"]]);
  });

  it("keeps tags with titles between the quote and the name", () => {
    expect(direct("“No such visit is planned,” press secretary Hakan Yilmaz said.")).toEqual([
      ["d", "yilmaz", "No such visit is planned"],
    ]);
    expect(direct("“We cannot wait,” Greek Prime Minister Eleni Markou said.")).toEqual([
      ["d", "markou", "We cannot wait"],
    ]);
    expect(direct("“The door is open,” Demir told reporters.")).toEqual([
      ["d", "demir", "The door is open"],
    ]);
  });
});

describe("a closing tag with a person", () => {
  it("takes the clause from the institution that frames it", () => {
    expect(
      indirect(
        "Ankara says the two ministers will meet again “next month,” spokesman Hakan Yilmaz told reporters in Rome.",
      ),
    ).toEqual([["i", "yilmaz", "the two ministers will meet again “next month,”"]]);
    expect(
      indirect(
        "Ankara said the border would reopen on Monday, presidential spokesman Hakan Yilmaz said.",
      ),
    ).toEqual([["i", "yilmaz", "the border would reopen on Monday"]]);
    expect(indirect("Athens says the talks will resume soon, Markou told parliament.")).toEqual([
      ["i", "markou", "the talks will resume soon"],
    ]);
  });

  it("does not take a passive verb for the frame", () => {
    expect(
      indirect(
        "Turkey plans to hold the islands even if the area is declared neutral, Demir said.",
      ),
    ).toEqual([
      ["i", "demir", "Turkey plans to hold the islands even if the area is declared neutral"],
    ]);
  });
});
