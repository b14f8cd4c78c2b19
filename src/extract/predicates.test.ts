import { describe, expect, it } from "vitest";
import { neededLiterals } from "./pattern-needs.js";
import { DENIAL_GUARDS, DENIAL_PATTERNS, isDenial } from "./predicates.js";

describe("DENIAL_GUARDS", () => {
  it("has one guard per denial pattern", () => {
    expect(DENIAL_GUARDS).toHaveLength(DENIAL_PATTERNS.length);
  });

  // A guard is sound when some need of its pattern has, in each of its strings,
  // one of the guard's strings: every match then holds a guard string.
  it.each(DENIAL_PATTERNS.map((re, i) => [i, re] as const))(
    "guards pattern %i soundly",
    (i, re) => {
      const guard = DENIAL_GUARDS[i]!;
      const sound = neededLiterals(re).some((need) =>
        need.every((s) => guard.some((g) => s.includes(g))),
      );
      expect(sound).toBe(true);
    },
  );

  it("still finds denials", () => {
    expect(isDenial("Moscow denied the report.")).toBe(true);
    expect(isDenial("Kyiv called the claim a fabrication.")).toBe(true);
    expect(isDenial("No such meeting took place.")).toBe(true);
    expect(isDenial("The talks resumed in Geneva.")).toBe(false);
  });
});
