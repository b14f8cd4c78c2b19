/**
 * Stance stress rows for conditional refusals ("would stay closed until …"),
 * denials of involvement, orders and threats read as demands, and obligations
 * or texts that hold no party's position. Same invented dossier as the other
 * stance tables; each rule has a near sentence it must not fire on.
 */
import { describe } from "vitest";
import { type StanceRow, stanceRows } from "../test-support/stance-stress.js";

const ROWS: StanceRow[] = [
  // One bound by a text or a demand is not the one who demands.
  { text: "Suthia is also required to free the captives within a week.", want: [] },
  { text: "Suthia required Norland to free the captives.", want: ["suthia demands hostages"] },
  // A name that closes a relative clause set off by commas is not the verb's subject.
  {
    text: "The roadmap, which Morel presented last week alongside Tesk, requires the Front to free all captives.",
    want: [],
  },
  {
    text: "Tesk, whom Morel met last week, requires the Front to free all captives.",
    want: ["ivo-tesk demands hostages"],
  },
];

describe("stance patterns: conditional refusals, denials, orders", () => {
  stanceRows(ROWS);
});
