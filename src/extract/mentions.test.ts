import { describe, expect, it } from "vitest";
import type { Dossier } from "../model/index.js";
import { compileDossier, scan } from "./mentions.js";
import { actor, dossierOf, withMentions } from "./test-dossier.js";
import type { WorkingDoc } from "./types.js";

const dossier: Dossier = dossierOf([
  actor({
    id: "trump",
    name: "Donald Trump",
    kind: "person",
    aliases: ["Trump"],
    gender: "male",
  }),
  actor({
    id: "zelenskyy",
    name: "Volodymyr Zelenskyy",
    kind: "person",
    aliases: ["Zelenskyy", "Zelensky"],
    titles: ["Kyiv's leader"],
    gender: "male",
  }),
  actor({
    id: "peskov",
    name: "Dmitry Peskov",
    kind: "person",
    aliases: ["Peskov"],
    titles: ["the Kremlin spokesman", "Kremlin spokesman"],
    gender: "male",
  }),
  actor({
    id: "leavitt",
    name: "Karoline Leavitt",
    kind: "person",
    aliases: ["Leavitt"],
    gender: "female",
  }),
  actor({ id: "us", name: "United States", kind: "state", aliases: ["US", "Washington"] }),
  actor({ id: "russia", name: "Russia", kind: "state", aliases: ["Moscow", "the Kremlin"] }),
]);

const run = (text: string): WorkingDoc => withMentions(text, dossier);
const found = (doc: WorkingDoc) => doc.mentions.map((m) => [m.text, m.actorId, m.via]);

describe("actor mentions", () => {
  it("matches names, aliases and both spellings of US, case-sensitively", () => {
    const doc = run(
      "Zelensky met Trump. The U.S. and the US agreed; let us see what Washington does.",
    );
    expect(found(doc)).toEqual([
      ["Zelensky", "zelenskyy", "alias"],
      ["Trump", "trump", "alias"],
      ["U.S.", "us", "alias"],
      ["US", "us", "alias"],
      ["Washington", "us", "alias"],
    ]);
  });

  it("leaves the possessive 's out of the span", () => {
    const doc = run("Zelenskyy's plan worries Russia’s negotiators.");
    expect(found(doc)).toEqual([
      ["Zelenskyy", "zelenskyy", "alias"],
      ["Russia", "russia", "name"],
    ]);
  });

  it("matches titles case-insensitively, longest first, with an optional the", () => {
    const doc = run(
      "The Kremlin spokesman spoke. Then Kyiv’s leader replied, and the Kremlin said nothing.",
    );
    expect(found(doc)).toEqual([
      ["The Kremlin spokesman", "peskov", "title"],
      ["Kyiv’s leader", "zelenskyy", "title"],
      ["the Kremlin", "russia", "alias"],
    ]);
  });

  it("reads a title before a name as one mention of the person", () => {
    const doc = run(
      "Kremlin spokesman Dmitry Peskov and US envoy Trump met. Russian officials watched.",
    );
    expect(found(doc)).toEqual([
      ["Dmitry Peskov", "peskov", "name"],
      ["Trump", "trump", "alias"],
    ]);
  });

  it("resolves he and she to the most recent compatible person", () => {
    const doc = run(
      "Leavitt spoke after Trump. She said the trip was off. Trump disagreed, and he said so.",
    );
    const pronouns = doc.mentions
      .filter((m) => m.via === "pronoun")
      .map((m) => [m.text, m.actorId]);
    expect(pronouns).toEqual([
      ["She", "leavitt"],
      ["he", "trump"],
    ]);
  });

  it("does not resolve they", () => {
    const doc = run("Trump spoke. They said nothing.");
    expect(doc.mentions.map((m) => m.text)).toEqual(["Trump"]);
  });

  it("discovers a person introduced with an appositive or a title, and their surname later", () => {
    const doc = run(
      "Olena Marchuk, a senior fellow at the Vantage Policy Institute, was doubtful. Ukrainian Foreign Minister Andrii Sybiha agreed. Marchuk said so at the White House in Palm Beach on Monday.",
    );
    expect(doc.discoveredActors.map((a) => [a.id, a.role, a.discovered])).toEqual([
      ["olena-marchuk", "senior fellow at the Vantage Policy Institute", true],
      ["andrii-sybiha", "Ukrainian Foreign Minister", true],
    ]);
    expect(doc.mentions.filter((m) => m.via === "discovered").map((m) => m.text)).toEqual([
      "Olena Marchuk",
      "Andrii Sybiha",
      "Marchuk",
    ]);
  });
});

describe("form scan", () => {
  it("finds what the whole alternation finds with a global scan", () => {
    const compiled = compileDossier(dossier);
    const text =
      "THE Kremlin spokesman and the  kremlin SPOKESMAN met the Kremlin; the-Kremlin spokesman, " +
      "Kyiv\u2019s leader and Kyiv's leader. Trump's aide, U.S.-made, Trumpet, xTrump, the Kremlin. " +
      "Éthe Kremlin spokesman, 𝐀Trump, Trump𝐀, the the Kremlin spokesman. " +
      // Matched by hand, except where only the regex can tell (a space or letter beyond ASCII).
      "the\u00a0Kremlin spokesman, Kremlin\u00a0spokesman, the\t Kremlin\n spokesman, " +
      "Kremlin spo\u212aesman, KREMLIN SPOKESMANx, the Kremlin spokesman\u00e9, Trump\u2019s, Trum";
    for (const matcher of [compiled.exact, compiled.titles]) {
      const spans = [...text.matchAll(matcher!.re)].map((m) => [m.index, m[0]]);
      expect(scan(text, matcher!).map((m) => [m.index, m.text])).toEqual(spans);
    }
  });
});
