import { describe, expect, it } from "vitest";
import { inflections, isSpeechVerb } from "./speech-lexicon.js";

describe("reporting verbs in every inflection", () => {
  it("builds regular, doubling, -y and -e forms", () => {
    expect(inflections("stress")).toEqual(["stress", "stresses", "stressed", "stressing"]);
    expect(inflections("admit")).toEqual(["admit", "admits", "admitted", "admitting"]);
    expect(inflections("deny")).toEqual(["deny", "denies", "denied", "denying"]);
    expect(inflections("argue")).toEqual(["argue", "argues", "argued", "arguing"]);
  });

  it("knows the irregular pasts and the forms of every listed verb", () => {
    for (const w of ["said", "told", "wrote", "telling", "recalled", "conceding", "vowing"])
      expect(isSpeechVerb(w)).toBe(true);
    for (const w of ["agreed", "walked", "hosted", "sign"]) expect(isSpeechVerb(w)).toBe(false);
  });
});
