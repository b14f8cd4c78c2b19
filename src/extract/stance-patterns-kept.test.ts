/**
 * Stance stress rows for a demand said to stand: "has not softened its
 * demand for", "saw no reason to change its position on", "its terms, …,
 * remain unchanged". Same invented dossier as the other batches.
 */
import { describe } from "vitest";
import { stanceRows } from "../test-support/stance-stress.js";

const ROWS: { text: string; want: string[] }[] = [
  { text: "Orsk has not softened its demand for the dam.", want: ["estmark demands dam"] },
  {
    text: "Keld would not drop its central demand: that Varn hand back the border region.",
    want: ["suthia demands border"],
  },
  {
    text: "Varn praised the talks, while making clear that it had not changed its position on the quota.",
    want: ["norland demands water"],
  },
  {
    text: "Keld sees no reason to revise its stance on the hostages.",
    want: ["suthia demands hostages"],
  },
  {
    text: "Suthia's terms for the dam, including a share of the reservoir, remain unchanged.",
    want: ["suthia demands dam"],
  },
  {
    text: "Norland's demand that Keld free the hostages still stands.",
    want: ["norland demands hostages"],
  },
  // "Its" at the head of a sentence stands for the state the sentence before opened with.
  {
    text: "Norland left the talks on Monday. Its demand that Keld quit the border region remains unchanged, Morel said.",
    want: ["norland demands border"],
  },
  {
    text: "Estmark is studying the plan. Its conditions, including a share of the reservoir, have not changed.",
    want: ["estmark demands dam"],
  },
  // A demand softened is not said to stand.
  { text: "Orsk has softened its demand for the dam.", want: [] },
];

describe("stance stress set: a demand kept", () => {
  stanceRows(ROWS);
});
