import { describe, expect, it } from "vitest";
import model from "wink-eng-lite-web-model";
import winkNLP, { type WinkMethods } from "wink-nlp";
import { analyse, wink } from "./nlp.js";

const TEXT = `KYIV, Ukraine (Northgate Wire) — U.S. President Donald Trump didn't meet Ukraine’s leader on Dec. 28, and J. D. Vance wasn't there. Nobody said about 90% of the plan — 20 points — was agreed.

“We are not closer than ever,” Mr. Trump said. The Kremlin said "no." Then it rejected the   proposals it had never liked.`;

/** Everything our code reads from a readDoc, as one comparable value. */
function reading(nlp: WinkMethods, text: string) {
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const toks = doc.tokens();
  return [
    toks.out(its.value),
    toks.out(its.precedingSpaces),
    toks.out(its.pos),
    toks.out(its.normal),
    // Typed apart from the other fields in wink's typings; terms.ts casts it the same way.
    toks.out((its as unknown as Record<"lemma", typeof its.value>).lemma),
    doc.sentences().out(its.span),
  ];
}

describe("wink pass", () => {
  it("reads tokens, tags, normal forms, lemmas and sentences as the full pipeline does", () => {
    const full = winkNLP(model);
    for (const text of [TEXT, TEXT.toLowerCase()]) {
      expect(reading(wink(), text)).toEqual(reading(full, text));
    }
  });

  it("gives every token offsets that point at its own text", () => {
    const raw = analyse(TEXT);
    expect(raw.texts.length).toBeGreaterThan(50);
    raw.texts.forEach((t, i) => {
      expect(TEXT.slice(raw.starts[i], raw.ends[i])).toBe(t);
    });
  });
});
