/**
 * A constructed stress set for the stance layer: sentences about made-up
 * negotiations (a river dam, water shares, hostages, a border, a truce, trade)
 * between invented states, each with the stances it states or none. Every
 * sentence runs through the whole extractor (sentences, mentions, quotes,
 * stances), so a rule that works only on the gold sets' wording shows here.
 * Rows marked `gap` are known misses kept as `it.fails`: when one starts to
 * pass, the mark must go.
 */
import { describe } from "vitest";
import { type StanceRow, stanceRows } from "../test-support/stance-stress.js";

/** What the row checks, grouped by the pattern of English it stresses. */
const TABLE: Record<string, StanceRow[]> = {
  "holder is not the reporter": [
    {
      text: "Vey said Morel and Tesk agreed that a short truce would only delay a settlement.",
      want: ["ada-morel rejects ceasefire", "ivo-tesk rejects ceasefire"],
    },
    {
      text: "Brack said Norland would never accept monitors at the dam.",
      want: ["norland rejects monitors"],
    },
    {
      text: "Tesk told reporters that Morel had rejected the water quota.",
      want: ["ada-morel rejects water"],
    },
    {
      text: "According to Vey, Suthia has accepted a prisoner exchange.",
      want: ["suthia accepts hostages"],
    },
    { text: "Morel said Suthia wants the whole border region.", want: ["suthia demands border"] },
    {
      text: "Drin said on Tuesday that the Front had turned down the prisoner swap.",
      want: ["red-ridge rejects hostages"],
    },
  ],
  "a state speaks through its capital, ministry, army or spokesman": [
    { text: "Keld rejected the proposed tariffs on Monday.", want: ["suthia rejects tariffs"] },
    {
      text: "Norland's foreign ministry said it opposes any new tariffs.",
      want: ["norland opposes tariffs"],
    },
    {
      text: "Suthia's army said it would not accept a ceasefire along the river.",
      want: ["suthia rejects ceasefire"],
    },
    {
      text: "Brack, the government spokeswoman, said Suthia supports the monitors.",
      want: ["suthia supports monitors"],
    },
    {
      text: "A spokesman for Norland's defence ministry said Varn was ready to sign a truce.",
      want: ["norland accepts ceasefire"],
    },
    {
      text: "The Estmark foreign ministry called for an immediate ceasefire.",
      want: ["estmark demands ceasefire"],
    },
  ],
  "a leader on his own state's position holds it himself": [
    {
      text: "Tesk said on Monday that his country would accept a 60-day truce.",
      want: ["ivo-tesk accepts ceasefire"],
    },
    {
      text: "Drin said Estmark was against any change to the border.",
      want: ["pavel-drin opposes border"],
    },
  ],
  conditions: [
    {
      text: "Suthia will accept the monitors only if Norland stops filling the reservoir.",
      want: ["suthia conditions monitors"],
    },
    {
      text: "Norland agreed to a truce provided that the hostages are released first.",
      want: ["norland conditions ceasefire"],
    },
    {
      text: "Keld would sign the trade deal as long as the duties on grain were lifted.",
      want: ["suthia conditions tariffs"],
    },
    {
      text: "Varn will not cede the border region unless Keld releases the hostages.",
      want: ["norland conditions border"],
    },
    {
      text: "If the hostages are freed, Norland will then accept a ceasefire.",
      want: ["norland conditions ceasefire"],
    },
    {
      text: "Morel said she would not sign any deal that left the dam in foreign hands.",
      want: ["ada-morel conditions dam"],
    },
    {
      text: "Suthia would accept monitors, but only at the dam.",
      want: ["suthia conditions monitors"],
    },
    {
      text: "Estmark will not sign the trade deal without guarantees on the river flow.",
      want: ["estmark conditions tariffs"],
    },
    // A thing allowed only on a condition: the one who says so conditions it.
    {
      text: "Morel said any deployment of monitors would come only after the shelling stops.",
      want: ["ada-morel conditions monitors"],
    },
    {
      text: "Any deployment of monitors, Tesk added, would come only after a truce had been signed.",
      want: ["ivo-tesk conditions monitors"],
    },
    {
      text: "Drin says the truce will only work if observers are posted along the border.",
      want: ["pavel-drin conditions ceasefire"],
    },
    {
      text: "Varn and Orsk said new talks could go ahead only once the hostages were home.",
      want: ["estmark conditions talks", "norland conditions talks"],
    },
  ],
  "acceptance put as no objection, openness or readiness": [
    {
      text: "Suthia has no objection to international monitors at the dam.",
      want: ["suthia accepts monitors"],
    },
    { text: "Norland is open to a prisoner exchange.", want: ["norland accepts hostages"] },
    { text: "Keld is ready to resume talks next week.", want: ["suthia accepts talks"] },
    {
      text: "The Red Ridge Front said it was willing to free the hostages.",
      want: ["red-ridge accepts hostages"],
    },
    {
      text: "Suthia said it could live with a smaller water share.",
      want: ["suthia accepts water"],
    },
    {
      text: "Keld said it was prepared to discuss a prisoner swap.",
      want: ["suthia supports hostages"],
    },
  ],
  offers: [
    {
      text: "Norland offered Suthia a larger water share, Vey said.",
      want: ["norland proposes water"],
    },
    { text: "Tesk offered a 30-day truce.", want: ["ivo-tesk proposes ceasefire"] },
    { text: "Estmark has proposed a joint border commission.", want: ["estmark proposes border"] },
    {
      text: "Vey said Orsk had put forward a new schedule for filling the dam.",
      want: ["estmark proposes dam"],
    },
  ],
  "proposals, demands and refusals as nouns": [
    {
      text: "Suthia's demand for the whole border region stalled the talks.",
      want: ["suthia demands border"],
    },
    { text: "Norland's refusal to cede land angered Keld.", want: ["norland rejects border"] },
    {
      text: "The Estmark proposal for a 30-day truce drew a cool response.",
      want: ["estmark proposes ceasefire"],
    },
    {
      text: "Varn's call for international monitors went unanswered.",
      want: ["norland demands monitors"],
    },
    {
      text: "Suthia rejected Norland's demand for the whole border region.",
      want: ["norland demands border", "suthia rejects border"],
    },
    {
      text: "Keld rejected Varn's proposal to cap the water quota.",
      want: ["norland proposes water", "suthia rejects water"],
    },
    {
      text: "The Front's leaders refused to release the hostages.",
      want: ["red-ridge rejects hostages"],
    },
    {
      text: "Keld's offer of a prisoner swap was rejected by Varn.",
      want: ["norland rejects hostages", "suthia proposes hostages"],
    },
  ],
  "negation scope": [
    {
      text: "Suthia not only accepted the water quota but also backed the monitors.",
      want: ["suthia accepts water", "suthia supports monitors"],
    },
    { text: "Norland no longer opposes a prisoner exchange.", want: ["norland supports hostages"] },
    { text: "Keld has never accepted the border drawn in 1921.", want: ["suthia rejects border"] },
    { text: "Varn refused to rule out a ceasefire.", want: ["norland accepts ceasefire"] },
    { text: "Suthia did not reject the water quota outright.", want: ["suthia accepts water"] },
    {
      text: "Tesk said he would never agree to hand over the dam.",
      want: ["ivo-tesk rejects dam"],
    },
    {
      text: "Norland says it cannot accept any tariffs on its grain.",
      want: ["norland rejects tariffs"],
    },
    { text: "Varn's army has not agreed to a ceasefire.", want: ["norland rejects ceasefire"] },
    {
      text: "Norland has said repeatedly that it will never give up the dam.",
      want: ["norland rejects dam"],
    },
  ],
  "questions and hypotheticals state nothing": [
    { text: "Will Norland accept the new water quota?", want: [] },
    { text: "It is unclear whether Keld would accept monitors.", want: [] },
    { text: "Reporters asked Morel if she would back a truce.", want: [] },
    {
      text: "Analysts wondered whether Varn would drop its demand for the border region.",
      want: [],
    },
    { text: "If Norland were to reject the plan, the talks would collapse.", want: [] },
    { text: "Should Keld reject the truce, Varn would resume the shelling.", want: [] },
    { text: "Norland could accept the quota, one diplomat suggested.", want: [] },
  ],
  denials: [
    {
      text: "Suthia denied that its army had shelled the dam.",
      want: ["suthia denies attacks"],
    },
    { text: "Norland denies holding any hostages.", want: ["norland denies hostages"] },
    {
      text: "Tesk accused Varn of shelling the dam, a charge Morel denied.",
      want: ["ada-morel denies attacks"],
    },
    {
      text: "Morel rejected the claim that Norland had closed the border.",
      want: ["ada-morel denies border"],
    },
  ],
  "wants and needs": [
    { text: "Keld wants 30 years of guaranteed water flow.", want: ["suthia demands water"] },
    { text: "Norland wants a ceasefire before any talks.", want: ["norland demands ceasefire"] },
    {
      text: "Vey said the hostages must be freed before any truce.",
      want: ["omar-vey demands hostages"],
    },
  ],
  "passive voice": [
    { text: "The plan was rejected by Keld.", want: ["suthia rejects framework"] },
    {
      text: "The water quota has been accepted by Norland and Suthia.",
      want: ["norland accepts water", "suthia accepts water"],
    },
    {
      text: "A 30-day truce was proposed by Estmark on Tuesday.",
      want: ["estmark proposes ceasefire"],
    },
    {
      text: "The roadmap, backed by Varn and Orsk, sets dates for the talks.",
      want: ["estmark supports framework", "norland supports framework"],
    },
  ],
  coordination: [
    {
      text: "Norland and Suthia both back the monitors.",
      want: ["norland supports monitors", "suthia supports monitors"],
    },
    {
      text: "Estmark supports the truce and the prisoner exchange.",
      want: ["estmark supports ceasefire", "estmark supports hostages"],
    },
    {
      text: "Morel, Tesk and Drin rejected the tariffs.",
      want: ["ada-morel rejects tariffs", "ivo-tesk rejects tariffs", "pavel-drin rejects tariffs"],
    },
    {
      text: "Keld rejected both the quota and the border line.",
      want: ["suthia rejects border", "suthia rejects water"],
    },
  ],
  "a pronoun subject after the state was named": [
    {
      text: "Suthia was silent for weeks. On Friday it accepted the water quota.",
      want: ["suthia accepts water"],
    },
    {
      text: "Norland's cabinet met on Monday. It rejected the Estmark plan.",
      want: ["norland rejects framework"],
    },
    {
      text: "Tesk has been firm all week. He rejects any change to the border.",
      want: ["ivo-tesk rejects border"],
    },
  ],
  "two clauses, two holders": [
    {
      text: "Norland demands the whole border region, while Suthia insists on a new water quota.",
      want: ["norland demands border", "suthia demands water"],
    },
    {
      text: "Keld accepted the truce on Monday, but Varn rejected it a day later.",
      want: ["norland rejects ceasefire", "suthia accepts ceasefire"],
    },
    {
      text: "Tesk proposed a prisoner swap, and Morel said she was open to it.",
      want: ["ada-morel accepts hostages", "ivo-tesk proposes hostages"],
    },
    {
      text: "Estmark backs the monitors; the Front opposes any inspectors near its camps.",
      want: ["estmark supports monitors", "red-ridge opposes monitors"],
    },
    {
      text: "Tesk, who has long opposed the tariffs, said Suthia would now accept them.",
      want: ["ivo-tesk accepts tariffs", "ivo-tesk opposes tariffs"],
    },
    {
      text: "Estmark is pressing for a prisoner exchange even as Norland walks away from the talks.",
      want: ["estmark demands hostages", "norland opposes talks"],
    },
  ],
  "issue words without a position": [
    { text: "The talks on the water quota resumed in Varn on Monday.", want: [] },
    { text: "The border region has seen heavy shelling this month.", want: [] },
    { text: "A ceasefire has held along the river since March.", want: [] },
    { text: "Delegates discussed the dam, the hostages and the tariffs for six hours.", want: [] },
    { text: "The hostages were moved to a new site, officials said.", want: [] },
    { text: "Morel met Tesk in Orsk to discuss the truce.", want: [] },
    { text: "Analysts expect the water quota to be raised.", want: [] },
    { text: "The reservoir is at its lowest level in a decade, Suthia said.", want: [] },
    { text: "Morel spoke about the border for an hour.", want: [] },
    { text: "A proposal on the water quota is expected next week.", want: [] },
    { text: "Keld has offered no comment on the truce.", want: [] },
    { text: "The tariffs take effect in May, the Estmark trade ministry said.", want: [] },
  ],
  "demands and rejections, plain": [
    {
      text: "Norland has demanded the release of all hostages held by the Front.",
      want: ["norland demands hostages"],
    },
    {
      text: "The Front rejected calls to free the hostages.",
      want: ["red-ridge rejects hostages"],
    },
    { text: "Keld called for an immediate ceasefire.", want: ["suthia demands ceasefire"] },
    {
      text: "Orsk insists that Norland stop filling the reservoir.",
      want: ["estmark demands dam"],
    },
  ],
};

describe("stance stress set", () => {
  for (const [group, rows] of Object.entries(TABLE)) {
    describe(group, () => {
      stanceRows(rows);
    });
  }
});
