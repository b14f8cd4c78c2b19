import { describe, expect, it } from "vitest";
import type { Issue, Quantity } from "../model/index.js";
import { issueRoles } from "./issue-roles.js";
import { partyWords } from "./party-words.js";
import { slotKey, slotOfQuantity } from "./slots.js";
import { actor } from "./test-dossier.js";

const issue = (id: string, vocabulary: string[]): Issue => ({ id, label: id, vocabulary });

/** A negotiation over a river border between two made-up states. */
const ISSUES: Issue[] = [
  issue("river_border", ["border", "riverbank", "land"]),
  issue("accord", ["accord", "draft"]),
  issue("pause", ["pause", "truce"]),
  issue("meetings", ["summit", "talks"]),
];

const ACTORS = [
  actor({
    id: "marovia",
    name: "Marovia",
    kind: "state",
    aliases: ["Velgrad", "the Marovian government"],
  }),
  actor({ id: "tessalia", name: "Republic of Tessalia", kind: "state", aliases: ["Tessalia"] }),
  actor({ id: "league", name: "Northern League", kind: "bloc", aliases: ["the League", "NL"] }),
  actor({ id: "ana-roe", name: "Ana Roe", kind: "person", aliases: ["Roe"] }),
];

function percentIn(text: string, figure: string, unit = "percent"): Quantity {
  const start = text.indexOf(figure);
  return {
    text: figure,
    value: Number.parseFloat(figure),
    unit,
    approx: false,
    bound: "exact",
    start,
    end: start + figure.length,
    sentence: 0,
  };
}

function slotOf(text: string, figure: string, issues: Issue[], unit = "percent") {
  const parts = slotOfQuantity({
    text,
    sentence: { start: 0, end: text.length },
    quantity: percentIn(text, figure, unit),
    issues: [],
    roles: issueRoles(issues),
    parties: partyWords(ACTORS),
  });
  return parts ? slotKey(parts) : null;
}

describe("issue kinds from the dossier's vocabulary", () => {
  it("finds each kind's issue by the words the issues hold, not by their ids", () => {
    const roles = issueRoles(ISSUES);
    expect(roles.get("land")).toBe("river_border");
    expect(roles.get("text")).toBe("accord");
    expect(roles.get("truce")).toBe("pause");
    expect(roles.get("talks")).toBe("meetings");
    expect(roles.has("guarantees")).toBe(false);
    expect(roles.has("forces")).toBe(false);
  });

  it("takes the kind's most telling word first, then the dossier's order", () => {
    const roles = issueRoles([
      issue("drafts", ["draft"]),
      issue("roadmap", ["peace plan", "roadmap"]),
      issue("other_roadmap", ["peace plan"]),
    ]);
    expect(roles.get("text")).toBe("roadmap");
  });

  it("puts a figure on the issue of its kind, whatever the issue is called", () => {
    expect(slotOf("Rebels agreed to a 30-day truce on Monday.", "30-day", ISSUES, "day")).toBe(
      "pause:ceasefire_length:day",
    );
    expect(slotOf("About 80% of the accord is agreed, Roe said.", "80%", ISSUES)).toBe(
      "accord:share_agreed:percent",
    );
  });

  it("applies no measure whose kind the dossier lacks", () => {
    const noTruce = ISSUES.filter((i) => i.id !== "pause");
    expect(
      slotOf("Rebels agreed to a 30-day truce on Monday.", "30-day", noTruce, "day"),
    ).toBeNull();
  });
});

describe("the parties of a negotiation are not its regions", () => {
  it("names states and blocs by their names and one-word aliases, not people", () => {
    const words = partyWords(ACTORS);
    for (const w of ["marovia", "velgrad", "tessalia", "republic", "northern", "league", "nl"])
      expect(words.has(w)).toBe(true);
    expect(words.has("roe")).toBe(false);
    expect(words.has("marovian")).toBe(false);
  });

  it("adds the adjective of a known country", () => {
    const words = partyWords([actor({ id: "fr", name: "France", kind: "state" })]);
    expect(words.has("french")).toBe(true);
  });

  it("skips the parties when 'the second' points back to a region named earlier", () => {
    const text =
      "Officials said Marovia, which fought over Ostrin and Lorwick, has held 75% of the second.";
    expect(slotOf(text, "75%", ISSUES)).toBe("river_border:share_held:percent:lorwick");
    const capital =
      "Officials in Velgrad said Tessalia had occupied Ostrin and Lorwick, 40% of the first.";
    expect(slotOf(capital, "40%", ISSUES)).toBe("river_border:share_held:percent:ostrin");
  });
});
