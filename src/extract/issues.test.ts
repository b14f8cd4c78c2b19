import { describe, expect, it } from "vitest";
import { buildIssueMatcher } from "./issues.js";

const matcher = buildIssueMatcher({
  issues: [
    { id: "nato", label: "NATO", vocabulary: ["NATO", "alliance membership"] },
    { id: "ceasefire", label: "Ceasefire", vocabulary: ["ceasefire", "truce"] },
    { id: "economic_zone", label: "Economic zone", vocabulary: ["free economic zone"] },
  ],
});

describe("issue matcher", () => {
  it("matches terms as whole words only", () => {
    expect(matcher.issuesOf("The senator spoke.")).toEqual([]);
    expect(matcher.issuesOf("Kyiv gave up NATO hopes.")).toEqual(["nato"]);
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
});
