/**
 * Each rule the stance stress set asked for, with three or more constructed
 * variants of its own (other names, tense, word order) and the near misses it
 * must leave alone.
 */
import { describe, expect, it } from "vitest";
import { stressStances as stancesOf } from "../test-support/stance-stress.js";

const cases = (rows: Array<[string, string[]]>) => {
  for (const [text, want] of rows) it(text, () => expect(stancesOf(text)).toEqual(want.sort()));
};

describe("the agent of a passive holds the stance", () => {
  cases([
    ["The quota is opposed by Orsk.", ["estmark opposes water"]],
    [
      "The roadmap had been endorsed by Tesk and Drin.",
      ["ivo-tesk supports framework", "pavel-drin supports framework"],
    ],
    ["A prisoner swap, first floated by Vey, went nowhere.", []],
    ["Tariffs demanded by Varn will hit grain.", ["norland demands tariffs"]],
    ["The truce was praised by analysts.", []],
  ]);
});

describe("coordinated objects give one stance per issue", () => {
  cases([
    ["Orsk opposes the tariffs and the dam.", ["estmark opposes dam", "estmark opposes tariffs"]],
    [
      "Tesk backed both the roadmap and the prisoner swap.",
      ["ivo-tesk supports framework", "ivo-tesk supports hostages"],
    ],
    [
      "Varn accepted the truce as well as the monitors.",
      ["norland accepts ceasefire", "norland accepts monitors"],
    ],
    ["Keld demands a truce and then more talks.", ["suthia demands ceasefire"]],
  ]);
});

describe("a subject 'it' stands for the state that opens the sentence or the one before", () => {
  cases([
    ["Estmark waited a month. It then proposed a truce.", ["estmark proposes ceasefire"]],
    [
      "The Front kept silent. It has since rejected the prisoner swap.",
      ["red-ridge rejects hostages"],
    ],
    ["Keld called the talks useful, and it accepted the water quota.", ["suthia accepts water"]],
    ["The roadmap was published. It rejects any new tariffs.", []],
    ["Tesk spoke first. It rejected the quota.", []],
  ]);
});

describe("a relative aside after a name", () => {
  cases([
    [
      "Drin, who backed the truce in May, said Estmark now opposes it.",
      ["pavel-drin opposes ceasefire", "pavel-drin supports ceasefire"],
    ],
    [
      "Varn, which rejected the quota last year, now accepts it.",
      ["norland accepts water", "norland rejects water"],
    ],
    ["Morel, who had proposed the roadmap, said little.", ["ada-morel proposes framework"]],
  ]);
});

describe("a second verb of the same subject after 'but also' or 'and'", () => {
  cases([
    [
      "Keld accepted the truce but also demanded monitors.",
      ["suthia accepts ceasefire", "suthia demands monitors"],
    ],
    [
      "Orsk rejected the quota but then proposed a new roadmap.",
      ["estmark proposes framework", "estmark rejects water"],
    ],
    [
      "Varn not only opposed the tariffs but also rejected the trade deal.",
      ["norland opposes tariffs", "norland rejects tariffs"],
    ],
  ]);
});

describe("negation written as 'cannot', \"can't\", 'no longer willing'", () => {
  cases([
    ["Orsk cannot support the roadmap.", ["estmark opposes framework"]],
    ["Keld can't back a truce.", ["suthia opposes ceasefire"]],
    ["The Front is not willing to free the hostages.", ["red-ridge rejects hostages"]],
    ["Varn was no longer ready to share the reservoir.", ["norland rejects dam"]],
  ]);
});

describe("conditions first and possibilities state nothing", () => {
  cases([
    ["Should Orsk back the roadmap, Keld would follow.", []],
    ["Had Varn accepted the quota, the river would be full.", []],
    ["Suthia might accept the monitors.", []],
    ["Estmark may yet back a truce.", []],
    ["Suthia could live with the quota.", ["suthia accepts water"]],
  ]);
});

describe("a denial in an appositive takes the issue of the whole claim", () => {
  cases([
    [
      "Varn said Keld had shelled the reservoir, an accusation Tesk denied.",
      ["ivo-tesk denies attacks"],
    ],
    [
      "Keld blamed the Front for the shelling near the dam, a claim the Front denies.",
      ["red-ridge denies attacks"],
    ],
    [
      "Orsk reported strikes on the border, a charge Varn denied on Monday.",
      ["norland denies attacks"],
    ],
  ]);
});

describe("a passive after a modal takes its subject as the issue", () => {
  cases([
    ["Drin said the monitors must be withdrawn before any truce.", ["pavel-drin demands monitors"]],
    [
      "Vey said the tariffs would have to be lifted before new talks.",
      ["omar-vey demands tariffs"],
    ],
    [
      "Tesk said a vote on the quota could only be held during a truce.",
      ["ivo-tesk demands ceasefire"],
    ],
  ]);
});

describe("cues as nouns and plain verb forms", () => {
  cases([
    ["Orsk's proposal for a joint dam authority stalled.", ["estmark proposes dam"]],
    [
      "Varn and Keld back the roadmap.",
      ["norland supports framework", "suthia supports framework"],
    ],
    ["Keld would back the monitors.", ["suthia supports monitors"]],
    ["Keld came back to the talks on Monday.", []],
    ["Varn was against the tariffs.", ["norland opposes tariffs"]],
    ["Orsk is pressing for new talks.", ["estmark demands talks"]],
    ["Suthia was prepared to cut tariffs.", ["suthia supports tariffs"]],
    ["Varn did not oppose the roadmap.", ["norland supports framework"]],
  ]);
});

describe("a pronoun object points to the issue named before it", () => {
  cases([
    [
      "Orsk backs a truce, but Keld rejects one.",
      ["estmark supports ceasefire", "suthia rejects ceasefire"],
    ],
    [
      "Tesk proposed the roadmap; Morel opposes it.",
      ["ada-morel opposes framework", "ivo-tesk proposes framework"],
    ],
    [
      "The Front wants a prisoner swap, and Varn accepts that.",
      ["norland accepts hostages", "red-ridge demands hostages"],
    ],
  ]);
});

describe("a verb of proposing that closes the sentence only reports", () => {
  cases([
    ["Varn might reject the quota, one official suggested.", []],
    ["Keld would accept the truce, a diplomat suggested.", ["suthia accepts ceasefire"]],
    ["The talks could resume in May, Drin suggested.", []],
  ]);
});

describe("the possessor of a demand, offer or refusal holds it wherever the phrase stands", () => {
  cases([
    [
      "The deal tries to bridge Varn's demand for the border and Keld's refusal to cede land.",
      ["norland demands border", "suthia rejects border"],
    ],
    ["Talks stalled over Orsk's offer of a truce.", ["estmark proposes ceasefire"]],
    [
      "Mediators sought a way around the Front's refusal to free the hostages.",
      ["red-ridge rejects hostages"],
    ],
  ]);
});

describe("a cue right after one ending in 'to' is what that one acts on", () => {
  cases([
    ["Keld has agreed to give up the dam.", ["suthia accepts dam"]],
    ["Varn refused to quickly accept the quota.", ["norland rejects water"]],
    ["The Front is ready to hand over the hostages.", ["red-ridge accepts hostages"]],
  ]);
});

describe("a relative clause without 'which' takes its issue from the noun it hangs on", () => {
  cases([
    [
      "The deal adds a water quota, a cap Varn presents as a fair share.",
      ["norland proposes water"],
    ],
    ["Orsk sent monitors, a step Keld welcomed.", ["suthia supports monitors"]],
    ["It keeps the tariffs, a burden Suthia opposes.", ["suthia opposes tariffs"]],
  ]);
});

describe("refusing a claim in an appositive denies it", () => {
  cases([
    [
      "Keld said Varn had shelled the dam, a claim Varn rejected outright.",
      ["norland denies attacks"],
    ],
    [
      "Orsk reported strikes near the border, an allegation the Front rejects.",
      ["red-ridge denies attacks"],
    ],
    ["Varn accused Keld of shelling, a charge Suthia dismissed.", ["suthia denies attacks"]],
  ]);
});
