import { describe, expect, it } from "vitest";
import { buildTermWeights, normalizeTerm, termContainment, termSimilarity } from "./similarity.js";
import { actor, claim } from "./test-records.js";

const claims = [
  claim("r-1", { slot: "talks:meeting", terms: ["trump", "host", "zelenskyy", "talks"] }),
  claim("r-2", { slot: "talks:meeting", terms: ["witkoff", "meet", "delegation", "talks"] }),
  claim("r-3", { slot: "talks:meeting", terms: ["paris", "allies", "talks"] }),
];
const actors = [
  actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy"),
  actor("donald-trump", "Donald Trump"),
];

describe("termSimilarity", () => {
  const weights = buildTermWeights(claims, actors);

  it("is 1 for the same terms and 0 for disjoint or empty ones", () => {
    expect(termSimilarity(["Trump", "host"], ["trump", "host"], weights)).toBe(1);
    expect(termSimilarity(["paris"], ["witkoff"], weights)).toBe(0);
    expect(termSimilarity([], ["witkoff"], weights)).toBe(0);
  });

  it("gives a shared rare term more weight than a shared common one", () => {
    const rareShared = termSimilarity(["paris", "x"], ["paris", "y"], weights);
    const commonShared = termSimilarity(["talks", "x"], ["talks", "y"], weights);
    expect(rareShared).toBeGreaterThan(commonShared);
  });

  it("weighs a shared actor more than a shared word of the same rarity", () => {
    const sharedActor = termSimilarity(["zelenskyy", "host"], ["zelenskyy", "meet"], weights);
    const sharedWord = termSimilarity(["host", "zelenskyy"], ["host", "witkoff"], weights);
    expect(sharedActor).toBeGreaterThan(sharedWord);
  });
});

describe("normalizeTerm", () => {
  it("folds case, possessives and stray punctuation", () => {
    expect(normalizeTerm(" Putin's ")).toBe("putin");
    expect(normalizeTerm("“Donbas”,")).toBe("donbas");
  });
});

describe("termContainment", () => {
  const weights = buildTermWeights(claims, actors);
  it("scores a denial by how much of the denied statement it repeats", () => {
    const denial = ["volodymyr-zelenskyy", "deny", "attack", "residence"];
    const statement = ["ukraine", "attack", "residence"];
    expect(termContainment(denial, statement, weights)).toBeGreaterThan(
      termSimilarity(denial, statement, weights),
    );
    expect(termContainment(["a", "b"], ["a", "b", "c", "d"], weights)).toBe(1);
    expect(termContainment([], ["a"], weights)).toBe(0);
  });
});
