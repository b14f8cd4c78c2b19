/**
 * An organisation or a state speaking as "it" or "the group" in the sentence
 * after the one it opens ("The Front denied … It said …"), and nothing else
 * taken for it.
 */
import { describe, expect, it } from "vitest";
import { extractReport } from "./index.js";
import { actor, dossierOf, textReport } from "./test-dossier.js";

const dossier = dossierOf([
  actor({ id: "red-ridge", name: "Red Ridge Front", kind: "organization", aliases: ["the Front"] }),
  actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] }),
  actor({
    id: "ada-morel",
    name: "Ada Morel",
    kind: "person",
    aliases: ["Morel"],
    gender: "female",
  }),
]);

function speakers(text: string) {
  return extractReport(textReport(text), { dossier }).quotes.map((q) => [q.speakerId, q.content]);
}

describe("an organisation or state as the speaker of the next sentence", () => {
  it('reads "It said" as the organisation or state that opened the sentence before', () => {
    expect(
      speakers(
        "The Front denied any role in the blast. It said its fighters had left the valley in March.",
      ),
    ).toContainEqual(["red-ridge", "its fighters had left the valley in March"]);
    expect(
      speakers(
        "Varn rejected the charge on Monday. It added that no convoy had crossed the river.",
      ),
    ).toContainEqual(["norland", "no convoy had crossed the river"]);
  });

  it('reads "the group" the same way', () => {
    expect(
      speakers(
        "The Front handed over two captives on Tuesday. The group said the rest would follow within a week.",
      ),
    ).toContainEqual(["red-ridge", "the rest would follow within a week"]);
  });

  it('leaves "it" alone after a sentence a person or a thing opens', () => {
    const afterPerson = speakers(
      "Morel signed the accord on Monday. It says the border will open in May.",
    );
    expect(afterPerson.some(([speaker]) => speaker === "red-ridge" || speaker === "norland")).toBe(
      false,
    );
    const afterThing = speakers(
      "The plan that Varn drafted has twelve points. It says the dam will be shared.",
    );
    expect(afterThing.some(([speaker]) => speaker === "norland")).toBe(false);
  });
});
