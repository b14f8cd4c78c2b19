import { describe, expect, it } from "vitest";
import { extractReport } from "./index.js";
import { actor, dossierOf, textReport } from "./test-dossier.js";

const dossier = dossierOf(
  [actor({ id: "norland", name: "Norland", kind: "state", aliases: ["Varn"] })],
  [{ id: "dam", label: "Dam", vocabulary: ["dam", "reservoir"] }],
);

const report = (text: string) => textReport(text, "r1");

describe("reports off the dossier's topic", () => {
  it("are left with empty layers and the reason when they name no actor and no issue word", () => {
    const out = extractReport(
      report("The council voted to repave the harbour road, Mayor Lena Brack said on Monday."),
      { dossier },
    );
    expect(out.offTopic).toMatch(/^off topic/);
    expect([out.claims, out.quotes, out.quantities, out.discoveredActors]).toEqual([
      [],
      [],
      [],
      [],
    ]);
  });

  it.each([
    "Varn said on Monday that 40 engineers would inspect the site.",
    "Engineers said on Monday that the reservoir was half full.",
  ])("are on topic when they name an actor or an issue word: %s", (text) => {
    const out = extractReport(report(text), { dossier });
    expect(out.offTopic).toBeUndefined();
    expect(out.sentences.length).toBeGreaterThan(0);
  });

  it("never are under a dossier with no actors and no issues", () => {
    const out = extractReport(report("The council voted to repave the harbour road."), {
      dossier: dossierOf([], []),
    });
    expect(out.offTopic).toBeUndefined();
  });
});

describe("a text with words that name an object's own properties", () => {
  it("extracts into plain records that cross a thread boundary", () => {
    const out = extractReport(
      report(
        "The class has a two argument constructor and 3 toString calls; both arguments are optional.",
      ),
      { dossier: dossierOf([], []) },
    );
    expect(() => structuredClone(out)).not.toThrow();
    for (const q of out.quantities) expect(typeof q.unit).toBe("string");
  });
});
