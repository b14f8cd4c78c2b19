import { describe, expect, it } from "vitest";
import { lemmaOf, wordsIn } from "./terms.js";

describe("words of a span", () => {
  it("are the words of the span's own text, even where its edges cut a word", () => {
    const text = "The U.S. sent 800,000 long-range shells; Kyiv's reply: no.";
    const own = (start: number, end: number) =>
      wordsIn(text.slice(start, end)).map((w) => ({
        ...w,
        start: w.start + start,
        end: w.end + start,
      }));
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(wordsIn(text, start, end)).toEqual(own(start, end));
      }
    }
  });
});

describe("lemmas", () => {
  it("are the same for a word however often it is asked", () => {
    expect(lemmaOf("Talks")).toBe("talk");
    expect(lemmaOf("Talks")).toBe(lemmaOf("talks"));
    expect(lemmaOf("Kyiv's")).toBe(lemmaOf("kyiv"));
  });
});
