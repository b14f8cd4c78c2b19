import { describe, expect, it } from "vitest";
import { recogniseEntities } from "./entities.js";
import { splitText } from "./sentences.js";

function entities(text: string): string[] {
  const { tokens } = splitText(text);
  return recogniseEntities(text, tokens).map((e) => `${e.type} ${e.text}`);
}

describe("names in one list share a type", () => {
  it.each([
    ["Flights link Portugal, Kestrelford and Dravnik.", ["LOC Kestrelford", "LOC Dravnik"]],
    ["The route runs from Nairobi to Quellport.", ["LOC Quellport"]],
    ["Offices in Tallinn or Marvik will close.", ["LOC Marvik"]],
    ["Trains run from Lyon to Sydney and Tallinn.", ["LOC Sydney"]],
  ])("%s", (text, want) => {
    const found = entities(text);
    for (const w of want) expect(found).toContain(w);
  });

  it("shares a product reading with the untyped names of its list", () => {
    expect(entities("The iLumo Classic, Nano and Brisk go on sale.")).toEqual([]);
  });

  it("does not read commas alone as a list", () => {
    expect(entities("Ola Brandt, Dravnik said, would stay.")).not.toContain("PER Dravnik");
  });

  it("gives nothing when the typed names of a list disagree", () => {
    const found = entities("Deals by Varnel Bank, Portugal and Quellmoor were signed.");
    expect(found).toContain("ORG Varnel Bank");
    expect(found).toContain("LOC Portugal");
    expect(found).not.toContain("LOC Quellmoor");
  });
});
