/**
 * A second, fresh batch of the stance stress set, written after the rules the
 * first batch asked for were in place, to see how far they carry to wordings
 * nobody tuned them on. Same invented dossier; rows marked `gap` are known
 * misses kept as `it.fails`.
 */
import { describe } from "vitest";
import { type StanceRow, stanceRows } from "../test-support/stance-stress.js";

const ROWS: StanceRow[] = [
  { text: "Orsk flatly rejected the roadmap on Sunday.", want: ["estmark rejects framework"] },
  {
    text: "The ceasefire was welcomed by Suthia but opposed by the Front.",
    want: ["red-ridge opposes ceasefire", "suthia supports ceasefire"],
  },
  {
    text: "Morel told parliament that Suthia had agreed to international observers.",
    want: ["suthia accepts monitors"],
  },
  {
    text: "Drin said the Front would free the captives only once the shelling stopped.",
    want: ["red-ridge conditions hostages"],
  },
  {
    text: "Suthia's negotiators have offered to cut the duties on fertiliser.",
    want: ["suthia proposes tariffs"],
  },
  {
    text: "Norland is no longer willing to share the reservoir.",
    want: ["norland rejects dam"],
  },
  { text: "Did Keld really reject the truce?", want: [] },
  { text: "Whether Varn will accept inspectors remains unclear.", want: [] },
  {
    text: "The Front has never demanded a prisoner swap, Brack said.",
    want: ["red-ridge rejects hostages"],
  },
  {
    text: "Keld is demanding a bigger water share, and Varn wants the talks moved to Orsk.",
    want: ["norland demands talks", "suthia demands water"],
  },
  {
    text: "Brack said Keld would back a truce as long as monitors were deployed.",
    want: ["suthia conditions ceasefire"],
  },
  {
    text: "Varn denied reports that it had stopped the river flow.",
    want: ["norland denies water"],
  },
  {
    text: "Estmark and Suthia have both called for new talks.",
    want: ["estmark demands talks", "suthia demands talks"],
  },
  {
    text: "Tesk's government rejected the border plan outright.",
    want: ["suthia rejects border"],
  },
  {
    text: "Norland has floated a phased release of the hostages.",
    want: ["norland proposes hostages"],
  },
  { text: "The dam supplies water to three cities.", want: [] },
  { text: "Inspectors visited the dam on Thursday, Vey said.", want: [] },
  {
    text: "A prisoner exchange, proposed by Vey in March, was accepted by the Front.",
    want: ["omar-vey proposes hostages", "red-ridge accepts hostages"],
  },
  {
    text: "Suthia did not oppose the new tariffs.",
    want: ["suthia supports tariffs"],
  },
  {
    text: "Norland said it was ready to discuss the border and the water quota.",
    want: ["norland accepts border", "norland accepts water"],
  },
  {
    text: "Keld insisted on a ceasefire before any exchange of captives.",
    want: ["suthia demands ceasefire"],
  },
  {
    text: "Estmark remains opposed to any tariffs on grain.",
    want: ["estmark opposes tariffs"],
  },
  {
    text: "The Front refuses to hand over the hostages unless its fighters are released.",
    want: ["red-ridge conditions hostages"],
  },
  {
    text: "Norland was slow to answer. It later turned down the roadmap.",
    want: ["norland rejects framework"],
  },
  {
    text: "Suthia backs a truce; Norland, by contrast, rejects one.",
    want: ["norland rejects ceasefire", "suthia supports ceasefire"],
  },
];

describe("stance stress set, fresh batch", () => {
  stanceRows(ROWS);
});
