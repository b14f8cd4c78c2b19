/**
 * Stance stress rows for a warning that troops or monitors sent somewhere
 * would be targets: the threat words may stand in quotation marks, and a
 * plural pronoun for subject ("they would be targets") stands for the first
 * thing the clause before it names. Same invented dossier as the other batches.
 */
import { describe } from "vitest";
import { stanceRows } from "../test-support/stance-stress.js";

const ROWS: { text: string; want: string[] }[] = [
  {
    text: "Varn warned on Friday that inspectors sent to the dam would be treated as “legitimate military targets.”",
    want: ["norland rejects monitors"],
  },
  {
    text: "Orsk said any observers posted along the border would be ‘legitimate targets’.",
    want: ["estmark rejects monitors"],
  },
  // A long subject with a list of names inside it: the head noun, not a term in a modifier.
  {
    text: "Varn warned on Tuesday that inspectors from Suthia, Estmark or any other neighbouring state sent to the river after a truce would be treated as legitimate targets.",
    want: ["norland rejects monitors"],
  },
  {
    text: "Orsk said observers from Keld and Varn posted on the border during a truce would be targets.",
    want: ["estmark rejects monitors"],
  },
  {
    text: "Keld has pledged observers for after a truce; Varn has said they would be targets.",
    want: ["norland rejects monitors", "suthia proposes monitors"],
  },
  {
    text: "Keld wants inspectors at the reservoir, but Orsk says they will be targets.",
    want: ["estmark rejects monitors", "suthia demands monitors"],
  },
];

describe("stance stress set: a deployment threatened as a target", () => {
  stanceRows(ROWS);
});
