import { describe, expect, it } from "vitest";
import { buildIssueMatcher } from "./issues.js";

const matcher = buildIssueMatcher({
  issues: [
    { id: "nato", label: "NATO", vocabulary: ["NATO", "alliance membership"] },
    { id: "ceasefire", label: "Ceasefire", vocabulary: ["ceasefire", "truce"] },
    { id: "economic_zone", label: "Economic zone", vocabulary: ["free economic zone"] },
    {
      id: "framework",
      label: "Framework",
      vocabulary: ["90%", "plan", "peace plan", "Witkoff's draft"],
    },
    { id: "peace", label: "Peace", vocabulary: ["peace"] },
  ],
});

describe("issue matcher", () => {
  it("matches terms as whole words only", () => {
    expect(matcher.issuesOf("The senator spoke.")).toEqual([]);
    expect(matcher.issuesOf("Kyiv gave up NATO hopes.")).toEqual(["nato"]);
  });

  it("reads no term inside a compound with 'off'", () => {
    expect(matcher.issuesOf("He floated that plan-off at the summit.")).toEqual([]);
    expect(matcher.issuesOf("A truce-off is no truce.")).toEqual(["ceasefire"]);
    expect(matcher.issuesOf("The peace plan was floated.")).toContain("framework");
  });

  it("ranks the issue with most matches first", () => {
    expect(matcher.issuesOf("NATO said a truce, any ceasefire, must hold.")).toEqual([
      "ceasefire",
      "nato",
    ]);
  });

  it("lets spaces in a term match hyphens and line breaks", () => {
    expect(matcher.termsOf("a free-economic\nzone in Donbas", "economic_zone")).toEqual([
      "free-economic\nzone",
    ]);
  });

  it("keeps punctuation inside and after a term, still ending at a word boundary", () => {
    expect(
      matcher.termsOf(
        "They agreed 90% of it; Witkoff’s draft no, Witkoff's draft yes.",
        "framework",
      ),
    ).toEqual(["90%", "witkoff's draft"]);
    expect(matcher.termsOf("a 90%of mistake", "framework")).toEqual([]);
  });

  it("prefers an issue's longer term, while other issues still match the words inside it", () => {
    expect(matcher.termsOf("the peace plan and the plan", "framework")).toEqual([
      "peace plan",
      "plan",
    ]);
    expect(matcher.termsOf("the peace plan and the plan", "peace")).toEqual(["peace"]);
  });

  it("reads a span of a text as the span's own text, even where its edges cut a word", () => {
    const text = "NATO said a truce-off, any ceasefire, must hold; the peace plan was 90% done.";
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        expect(matcher.issuesIn(text, start, end)).toEqual(
          matcher.issuesOf(text.slice(start, end)),
        );
      }
    }
  });
});
