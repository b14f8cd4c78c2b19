/**
 * Stance stress rows for pushing for a thing: "pressing for" and "pushing
 * for" demand it, and with a negation they hold back from it (opposes), which
 * is weaker than refusing it. Same invented dossier as the other batches.
 */
import { describe } from "vitest";
import { stanceRows } from "../test-support/stance-stress.js";

const ROWS: { text: string; want: string[] }[] = [
  { text: "Keld is pushing for a truce.", want: ["suthia demands ceasefire"] },
  { text: "Tesk is not pushing for a truce.", want: ["ivo-tesk opposes ceasefire"] },
  { text: "Morel said she was not pressing for talks either.", want: ["ada-morel opposes talks"] },
  { text: "Orsk did not press for a prisoner exchange.", want: ["estmark opposes hostages"] },
  { text: "Orsk pressed for a prisoner swap on Friday.", want: ["estmark demands hostages"] },
];

describe("stance stress set: pressing for a thing, or not", () => {
  stanceRows(ROWS);
});
