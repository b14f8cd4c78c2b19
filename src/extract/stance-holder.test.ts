import { describe, expect, it } from "vitest";
import type { Dossier, Issue } from "../model/index.js";
import { quotesComponent } from "./quotes.js";
import { stancesComponent } from "./stances.js";
import { actor, dossierOf, withMentions } from "./test-dossier.js";

// A made-up negotiation over a river dam between two states, so no rule can lean on the gold sets' names.
const ISSUES: Issue[] = [
  { id: "dam", label: "Dam", vocabulary: ["dam", "reservoir", "filling"] },
  { id: "water", label: "Water share", vocabulary: ["water share", "water quota", "quota"] },
  { id: "monitors", label: "Monitors", vocabulary: ["monitors", "observers", "inspectors"] },
  { id: "talks", label: "Talks", vocabulary: ["talks", "meeting", "summit"] },
  { id: "elections", label: "Elections", vocabulary: ["elections", "election", "polls"] },
];

const dossier: Dossier = dossierOf(
  [
    actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] }),
    actor({ id: "suthia", name: "Suthia", kind: "state", aliases: ["Keld"] }),
    actor({
      id: "ada-morel",
      name: "Ada Morel",
      kind: "person",
      aliases: ["Morel"],
      affiliation: "norland",
      role: "President of Norland",
    }),
    actor({
      id: "ivo-tesk",
      name: "Ivo Tesk",
      kind: "person",
      aliases: ["Tesk"],
      affiliation: "suthia",
      role: "President of Suthia",
    }),
    actor({
      id: "lena-brack",
      name: "Lena Brack",
      kind: "person",
      aliases: ["Brack"],
      affiliation: "suthia",
      role: "Suthian government spokeswoman",
    }),
    actor({ id: "omar-vey", name: "Omar Vey", kind: "person", aliases: ["Vey"], role: "mediator" }),
  ],
  ISSUES,
);

/** The stances of `text` read with `under`, as "actor position issue". */
function stancesWith(under: Dossier, text: string): string[] {
  const doc = withMentions(text, under);
  quotesComponent.run(doc, { dossier: under });
  stancesComponent.run(doc, { dossier: under });
  return doc.stances.map((s) => `${s.actorId} ${s.position} ${s.issue}`);
}

const stancesOf = (text: string): string[] => stancesWith(dossier, text);

describe("stance holder: the subject of the cue's clause, not the reporter", () => {
  it("gives what A reports of B to B", () => {
    expect(stancesOf("Vey said Varn would never accept inspectors at the dam site.")).toEqual([
      "norland rejects monitors",
    ]);
    expect(stancesOf("According to Vey, Keld has rejected the water quota.")).toEqual([
      "suthia rejects water",
    ]);
    expect(stancesOf("Morel told reporters that Tesk had refused the new observers.")).toEqual([
      "ivo-tesk rejects monitors",
    ]);
  });

  it("gives a state's words through a pronoun to the state", () => {
    expect(stancesOf("Varn has said repeatedly it will not accept foreign inspectors.")).toEqual([
      "norland rejects monitors",
    ]);
    expect(stancesOf("Keld has long said it would not accept observers.")).toEqual([
      "suthia rejects monitors",
    ]);
    expect(stancesOf("Suthia insisted that it would reject any new quota.")).toEqual([
      "suthia rejects water",
    ]);
  });

  it("gives a leader's words about his own state to the leader, a spokeswoman's to the state", () => {
    expect(stancesOf("Morel said on Monday that Norland would never accept observers.")).toEqual([
      "ada-morel rejects monitors",
    ]);
    expect(stancesOf("Tesk said Suthia was ready to accept the water quota.")).toEqual([
      "ivo-tesk accepts water",
    ]);
    expect(stancesOf("Brack said Suthia would not accept inspectors.")).toEqual([
      "suthia rejects monitors",
    ]);
  });

  it("gives a belief's content to those who hold it: 'both presidents agreed that …'", () => {
    const prior = "Morel met Tesk at the border on Sunday. ";
    expect(
      stancesOf(
        `${prior}Vey said both presidents agreed that a pause in filling the dam would only delay a deal.`,
      ),
    ).toEqual(["ada-morel rejects dam", "ivo-tesk rejects dam"]);
    expect(
      stancesOf("Morel and Tesk agreed that new inspectors would only prolong the dispute."),
    ).toEqual(["ada-morel rejects monitors", "ivo-tesk rejects monitors"]);
    expect(
      stancesOf(
        "Morel and Tesk both see observers as something that would only deepen the crisis.",
      ),
    ).toEqual(["ada-morel rejects monitors", "ivo-tesk rejects monitors"]);
  });

  it("gives an offer to its subject, not to the one who reports it", () => {
    expect(stancesOf("Varn has offered a larger water quota, Tesk said.")).toEqual([
      "norland proposes water",
    ]);
    expect(stancesOf("Keld offered to halt the filling of the dam, Morel said on Friday.")).toEqual(
      ["suthia proposes dam"],
    );
    expect(stancesOf("Tesk said Norland had proposed a summit in March.")).toEqual([
      "norland proposes talks",
    ]);
  });

  it("keeps the subject through a coordinated predicate", () => {
    expect(
      stancesOf(
        "Vey said Varn would harden its line on the quota but would not walk away from the talks.",
      ),
    ).toEqual(["norland supports talks"]);
    expect(
      stancesOf("Brack said Keld would study the paper and would not reject the water quota."),
    ).toEqual(["suthia accepts water"]);
    expect(stancesOf("Norland, for its part, has rejected the water quota.")).toEqual([
      "norland rejects water",
    ]);
  });

  it("takes no holder from a place or an unnamed source", () => {
    expect(stancesOf("Officials in Varn and Keld expect Norland to send observers soon.")).toEqual(
      [],
    );
    expect(stancesOf("Analysts said a new quota would be needed.")).toEqual([]);
    expect(stancesOf("Diplomats believe the filling of the dam must stop.")).toEqual([]);
  });

  it("asserts nothing a denial or a question frames, only the denial", () => {
    expect(stancesOf("Morel denied that Norland had agreed to the water quota.")).toEqual([
      "ada-morel denies water",
    ]);
    expect(stancesOf("Tesk would not say whether Suthia would accept observers.")).toEqual([]);
    expect(stancesOf("Brack declined to say if Keld backs the summit.")).toEqual([]);
  });
});

describe("stance holder: officials named by their state's adjective", () => {
  // The adjective of a state comes from a fixed table of real countries, so this one dossier
  // names a real state; the rule reads no name of it.
  const withState = dossierOf(
    [actor({ id: "brazil", name: "Brazil", kind: "state" })],
    [{ id: "dam", label: "Dam", vocabulary: ["dam", "reservoir"] }],
  );
  const held = (text: string) => stancesWith(withState, text);

  it("gives what they say of a thing to their state", () => {
    expect(
      held("Brazilian officials also said the dam would stay shut until the talks resumed."),
    ).toEqual(["brazil conditions dam"]);
  });

  it("gives nothing to officials of no state, or to other people of one", () => {
    expect(held("Officials also said the dam would stay shut until the talks resumed.")).toEqual(
      [],
    );
    expect(held("Brazilian farmers said the dam would stay shut until the talks resumed.")).toEqual(
      [],
    );
  });
});

describe("stance holder: the group an organisation's speaker names", () => {
  const withFront = dossierOf(
    [
      actor({ id: "ridge-front", name: "Ridge Front", kind: "organization" }),
      actor({
        id: "ana-vell",
        name: "Ana Vell",
        kind: "person",
        aliases: ["Vell"],
        affiliation: "ridge-front",
        role: "spokeswoman of the Ridge Front",
      }),
      actor({ id: "norland", name: "Norland", kind: "state" }),
      actor({
        id: "ada-morel",
        name: "Ada Morel",
        kind: "person",
        aliases: ["Morel"],
        affiliation: "norland",
        role: "President of Norland",
      }),
    ],
    [{ id: "hostages", label: "Hostages", vocabulary: ["captives", "hostages", "freeing"] }],
  );
  const held = (text: string) => stancesWith(withFront, text);

  it("gives the group's stance to the organisation its speaker speaks for", () => {
    // The condition sits in the participle clause, which says something of its own.
    const text =
      "Vell said the group opposed freeing all captives at once, calling the timetable unworkable as long as the shelling went on.";
    expect(held(text)).toEqual(["ridge-front opposes hostages"]);
  });

  it("gives nothing when the speaker speaks for no organisation", () => {
    expect(held("Morel said the group opposed freeing all captives at once.")).toEqual([]);
  });
});
