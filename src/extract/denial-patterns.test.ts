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
    "The Front said it had no knowledge of any ambush near the river.",
    "Keld's army says it has no knowledge of the convoy being hit.",
    "Orsk was not aware of any shelling that night, Drin said.",
    "The army is unaware of any strike on the bridge.",
    "The governor said he knew nothing about a raid on the depot.",
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
    "Morel said she had knowledge of the talks from both sides.",
    "Varn was aware of the risks, Tesk said.",
    "Morel was aware of any delay before the vote.",
  ])("does not deny: %s", (text) => {
    expect(isDenial(text)).toBe(false);
  });
});
