import { describe, expect, it } from "vitest";
import { quotedRegions } from "./quote-marks.js";

/** The quoted contents of a text, as strings. */
const contents = (text: string) => quotedRegions(text).map((r) => text.slice(r.open + 1, r.close));

describe("quotation marks of every style", () => {
  it("pairs curly, straight, guillemet and low-high double marks", () => {
    expect(contents("“We will stay,” she said.")).toEqual(["We will stay,"]);
    expect(contents('"We will stay," she said.')).toEqual(["We will stay,"]);
    expect(contents("«We will stay,» she said.")).toEqual(["We will stay,"]);
    expect(contents("„We will stay“, she said.")).toEqual(["We will stay"]);
  });

  it("pairs single marks without taking apostrophes for them", () => {
    expect(contents("‘Kyiv’s allies don’t agree,’ the envoy said.")).toEqual([
      "Kyiv’s allies don’t agree,",
    ]);
    expect(contents("'Rome's position hasn't changed,' he wrote.")).toEqual([
      "Rome's position hasn't changed,",
    ]);
    expect(contents("The minister's aides won't wait 'til spring.")).toEqual([]);
  });

  it("does not close a single quote on a plural possessive when a later mark can", () => {
    expect(contents("She called it ‘the allies’ best offer’ on Friday.")).toEqual([
      "the allies’ best offer",
    ]);
    expect(contents("He said the 'partners' plan' was dead.")).toEqual(["partners' plan"]);
  });

  it("keeps a nested quote inside the outer one", () => {
    expect(contents("“They told us ‘no deal’ twice,” he said.")).toEqual([
      "They told us ‘no deal’ twice,",
    ]);
    expect(contents("‘They told us “no deal” twice,’ he said.")).toEqual([
      "They told us “no deal” twice,",
    ]);
  });

  it("runs an unclosed quote on into a continuation paragraph", () => {
    for (const [o, c] of [
      ["“", "”"],
      ["‘", "’"],
      ["«", "»"],
    ]) {
      const text = `He said: ${o}We are ready.\n\n${o}We will not wait,${c} he added.`;
      const regions = quotedRegions(text);
      expect(regions.map((r) => [r.closed, r.continuation])).toEqual([
        [false, false],
        [true, true],
      ]);
    }
  });

  it("drops an unclosed straight single mark and a lower-case curly elision", () => {
    expect(contents("Rock 'n roll, the '90s.\n\nNext.")).toEqual([]);
    expect(quotedRegions("They waited ‘til dawn.\n\nThen left.")).toEqual([]);
  });
});
