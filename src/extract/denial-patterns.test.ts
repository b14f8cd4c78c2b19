/** Sentences that deny a claim as false, and sentences that only reject or report. */
import { describe, expect, it } from "vitest";
import { isDenial } from "./predicates.js";

describe("denials", () => {
  it.each([
    "Orsk said Keld had provided no evidence of any shelling.",
    "The ministry says Varn has offered no proof that the dam was hit.",
    "Keld produced no evidence for the strike, Tesk said.",
    "Morel called the claim a fabrication.",
    "Drin called it a hoax aimed at the talks.",
    "The foreign ministry called the reports pure fiction.",
    "Orsk calls it invented, and nobody has seen the wreckage.",
    "The governor called the story entirely made up.",
    "Officials in Tesk rejected that account, saying the shells hit a school.",
    "Varn dismissed the version put out by the ministry.",
  ])("denies: %s", (text) => {
    expect(isDenial(text)).toBe(true);
  });

  it.each([
    "Orsk said Keld had provided evidence of the shelling.",
    "Morel called the meeting a success.",
    "Drin called for new talks on the dam.",
    "Varn rejected the proposal for monitors.",
    "Morel called it a useful start.",
    "Drin opened an account with the bank.",
  ])("does not deny: %s", (text) => {
    expect(isDenial(text)).toBe(false);
  });
});
