import { describe, expect, it } from "vitest";
import type { Dossier } from "../model/index.js";
import { actor, dossierOf, withMentions } from "./test-dossier.js";
import type { WorkingDoc } from "./types.js";

/** Roles only, as a dossier built from an annotated set's actors has them: no titles listed. */
const dossier: Dossier = dossierOf([
  actor({
    id: "trump",
    name: "Donald Trump",
    kind: "person",
    aliases: ["Trump"],
    role: "President of the United States",
    affiliation: "us",
  }),
  actor({
    id: "zelenskyy",
    name: "Volodymyr Zelenskyy",
    kind: "person",
    aliases: ["Zelenskyy"],
    role: "President of Ukraine",
    affiliation: "ukraine",
  }),
  actor({
    id: "macron",
    name: "Emmanuel Macron",
    kind: "person",
    aliases: ["Macron"],
    role: "President of France",
  }),
  actor({
    id: "starmer",
    name: "Keir Starmer",
    kind: "person",
    aliases: ["Starmer"],
    role: "Prime Minister of the United Kingdom",
  }),
  actor({
    id: "ushakov",
    name: "Yuri Ushakov",
    kind: "person",
    aliases: ["Ushakov"],
    role: "Kremlin foreign policy aide",
    affiliation: "russia",
  }),
  actor({ id: "us", name: "United States", kind: "state", aliases: ["US", "Washington"] }),
  actor({ id: "ukraine", name: "Ukraine", kind: "state", aliases: ["Kyiv"] }),
  actor({ id: "russia", name: "Russia", kind: "state", aliases: ["Moscow", "the Kremlin"] }),
]);

const run = (text: string): WorkingDoc => withMentions(text, dossier);

const byRole = (text: string) =>
  run(text)
    .mentions.filter((m) => m.via === "title")
    .map((m) => [m.text, m.actorId]);

describe("mentions by role", () => {
  it("reads a qualified role through the place the person's role or affiliation names", () => {
    expect(
      byRole(
        "The French president spoke first. Later the British prime minister and Kyiv's leader met the US president.",
      ),
    ).toEqual([
      ["The French president", "macron"],
      ["the British prime minister", "starmer"],
      ["Kyiv's leader", "zelenskyy"],
      ["the US president", "trump"],
    ]);
  });

  it("reads 'the Kremlin aide' through a state alias named in the role", () => {
    expect(byRole("Talks resumed. The Kremlin aide said nothing had changed.")).toEqual([
      ["The Kremlin aide", "ushakov"],
    ]);
  });

  it("gives a bare role to the last person who fits, and to the last who spoke when the role speaks", () => {
    expect(byRole("Zelenskyy met Trump. The president left at noon.")).toEqual([
      ["The president", "trump"],
    ]);
    expect(
      byRole(
        "Trump told reporters a deal was near. The plan, which Zelenskyy unveiled, has 20 points. The president also said it was fair.",
      ),
    ).toEqual([["The president", "trump"]]);
  });

  it("leaves a bare role unresolved when no one who fits was mentioned before", () => {
    expect(byRole("The president said talks would go on. Zelenskyy agreed.")).toEqual([]);
  });

  it("does not resolve a former holder, a role that does not fit, or a title before a name", () => {
    expect(
      byRole(
        "Trump spoke. The former president stayed home. The foreign minister was away. The US president Donald Trump left.",
      ),
    ).toEqual([]);
  });

  it("lets a pronoun after a role phrase reach the person", () => {
    const doc = run("Macron arrived. The French president said he would stay.");
    expect(doc.mentions.map((m) => [m.text, m.actorId, m.via])).toEqual([
      ["Macron", "macron", "alias"],
      ["The French president", "macron", "title"],
      ["he", "macron", "pronoun"],
    ]);
  });

  it("gives 'the Trump administration' to the state the person belongs to", () => {
    const doc = run("The Trump administration has floated a plan. Trump's government denied it.");
    expect(doc.mentions.map((m) => [m.text, m.actorId])).toEqual([
      ["Trump administration", "us"],
      ["Trump's government", "us"],
    ]);
  });
});

describe("an indefinite role named just after", () => {
  it("resolves a speaking 'a … aide' to the one person who fits and is named next", () => {
    for (const text of [
      "Moscow will not withdraw, a senior Kremlin aide said. Yuri Ushakov spoke on Sunday.",
      "A Kremlin aide told reporters the offer was late.\n\nUshakov, speaking in Moscow, added more.",
      "The ceasefire is off, a top Kremlin aide warned on Monday. Ushakov gave no reasons.",
    ])
      expect(byRole(text).map(([, id]) => id)).toEqual(["ushakov"]);
  });

  it("leaves it unresolved when no name follows, it does not speak, or it has no qualifier", () => {
    expect(byRole("Moscow will not withdraw, a senior Kremlin aide said.")).toEqual([]);
    expect(byRole("A Kremlin aide arrived late. Ushakov then spoke.")).toEqual([]);
    expect(byRole("The offer was late, an aide said. Ushakov spoke later.")).toEqual([]);
  });

  it("leaves it unresolved when more than one person fits", () => {
    expect(byRole("A president said the talks would go on. Trump and Macron left.")).toEqual([]);
  });
});
