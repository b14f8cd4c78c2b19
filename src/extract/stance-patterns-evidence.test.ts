/**
 * Stance stress rows for a claim denied by saying its maker showed no evidence,
 * a denial by pronoun ("denies it") followed by another clause, and a thing
 * called worthless without something else ("without monitors, a truce would
 * merely buy time"), which insists on that something; no right to do a thing,
 * time needed to do it, what one is pushed to do, "said no", and a pronoun
 * after a fronted phrase. Same invented dossier as the other batches.
 */
import { describe } from "vitest";
import { stanceRows } from "../test-support/stance-stress.js";

const ROWS: { text: string; want: string[] }[] = [
  {
    text: "Orsk said Keld had provided no evidence of any shelling.",
    want: ["estmark denies attacks"],
  },
  {
    text: "Norland's foreign ministry says Suthia has offered no proof of the attack.",
    want: ["norland denies attacks"],
  },
  {
    text: "Keld had shown no evidence whatsoever of the strikes, Varn said on Sunday.",
    want: ["norland denies attacks"],
  },
  {
    text: "Varn says Keld shelled the dam on Monday. Keld denies it, and Orsk has said the shells missed.",
    want: ["suthia denies attacks"],
  },
  // "the claim" is the attack told a few sentences back, not the talks mentioned just before.
  {
    text: "Varn accused Keld of shelling the dam overnight. Varn's minister called it an outrage. He added that Varn would not leave the talks. Keld rejected the claim outright.",
    want: ["suthia denies attacks"],
  },
  {
    text: "Orsk accused Varn of shelling the border. Varn denied it, but Tesk called for an inquiry.",
    want: ["norland denies attacks"],
  },
  {
    text: "Without monitors at the dam, Tesk said, any truce would merely give Varn time to rearm.",
    want: ["ivo-tesk demands monitors"],
  },
  {
    text: "Without a truce, any talks are just a pause before the next war, Morel said.",
    want: ["ada-morel demands ceasefire"],
  },
  {
    text: "Drin warned that without observers on the border, a trade deal will be worthless.",
    want: ["pavel-drin demands monitors"],
  },
  // "without" inside a clause sets a condition or tells a circumstance; it insists on nothing.
  {
    text: "Keld will not sign the trade deal without monitors at the dam.",
    want: ["suthia conditions tariffs"],
  },
  { text: "Varn said the truce held without monitors.", want: [] },
  // No right or intention to do a thing refuses it.
  {
    text: "Earlier this month Tesk insisted that Suthia had no legal or moral right to give up the dam.",
    want: ["ivo-tesk rejects dam"],
  },
  {
    text: "Morel said Norland has no right to cede the border region.",
    want: ["ada-morel rejects border"],
  },
  { text: "Varn has no intention of giving up the dam.", want: ["norland rejects dam"] },
  // Time needed to do a thing demands nothing.
  {
    text: "Tesk said voters in the border region would need time to register and take part.",
    want: [],
  },
  { text: "Drin said his team would need more time to study the plan.", want: [] },
  { text: "Varn said a truce would take weeks to arrange.", want: [] },
  { text: "Tesk said the truce would take effect at midnight.", want: [] },
  { text: "Morel said the talks would take place in the capital.", want: [] },
  // Who makes a thing the demand holds it, not the actor named inside the thing.
  {
    text: "Varn has long opposed monitors and has made Keld's withdrawal from the border a core demand.",
    want: ["norland demands border", "norland opposes monitors"],
  },
  {
    text: "Varn has made a Suthian pullback from the dam its central demand.",
    want: ["norland demands dam"],
  },
  {
    text: "Keld has made the release of the hostages its priority.",
    want: ["suthia demands hostages"],
  },
  // What someone is pushed to do is not yet their position.
  { text: "Morel said nobody could force Keld to accept the plan.", want: [] },
  { text: "Varn pressed Keld to accept the truce.", want: [] },
  { text: "Varn urged Keld on Monday to drop its claim to the dam.", want: [] },
  { text: "Keld agreed to accept the truce.", want: ["suthia accepts ceasefire"] },
  // An act promised for when something happens is conditional; asked-for things are demanded.
  {
    text: "Keld would send monitors once the shelling stops.",
    want: ["suthia conditions monitors"],
  },
  {
    text: "Orsk would lift the duties as soon as the border reopens.",
    want: ["estmark conditions tariffs"],
  },
  { text: "Varn will hold talks next week.", want: [] },
  { text: "Keld has requested monitors at the dam.", want: ["suthia demands monitors"] },
  {
    text: "The plan still lacks the monitors that Keld has requested.",
    want: ["suthia demands monitors"],
  },
  // A subject before a tag set inside its clause; a leader on his own state holds it himself.
  {
    text: "Suthia, Tesk added, would hold talks once the truce is signed.",
    want: ["ivo-tesk conditions talks"],
  },
  // Names joined with a title before the second one.
  {
    text: "Foreign Minister Ada Morel and Defence Minister Pavel Drin have said any deployment of monitors would come only after the shelling stops.",
    want: ["ada-morel conditions monitors", "pavel-drin conditions monitors"],
  },
  // A state's body speaks for the state; "had to" insists as "has to" does.
  {
    text: "The Norland foreign ministry said any observers sent to the dam would be targets.",
    want: ["norland rejects monitors"],
  },
  {
    text: "Morel said the shelling showed why the monitors had to stay.",
    want: ["ada-morel demands monitors"],
  },
  { text: "Keld had to postpone the talks.", want: [] },
  // "understood why" takes the reason as given; "whether" before a comma governs another clause.
  {
    text: "Morel said she understood why Keld would not accept the plan.",
    want: ["suthia rejects framework"],
  },
  { text: "Tesk asked whether Varn would accept the truce.", want: [] },
  {
    text: "To decide whether the truce holds, the plan still needs the monitors that Keld has requested.",
    want: ["suthia demands monitors"],
  },
  // "with X doing Y": the names before the gerund are its subject; "met with X, rejecting" is not.
  {
    text: "Leaders met in the capital, with Keld and Orsk signing a declaration of intent to send monitors to the dam.",
    want: ["estmark proposes monitors", "suthia proposes monitors"],
  },
  { text: "Varn met with Keld, rejecting the plan.", want: ["norland rejects framework"] },
  // A subject refused only without something is accepted on it.
  {
    text: "Tesk said that giving up the dam without monitors would only invite another attack.",
    want: ["ivo-tesk conditions dam"],
  },
  {
    text: "Tesk said that giving up the dam would only invite another attack.",
    want: ["ivo-tesk rejects dam"],
  },
  // "for as long as it takes" is a pledge, not a condition.
  {
    text: "Varn would back the truce for as long as it takes.",
    want: ["norland supports ceasefire"],
  },
  {
    text: "Varn would back the truce as long as the shelling stops.",
    want: ["norland conditions ceasefire"],
  },
  // A name used as a modifier of a thing is no subject; of a body of its own, it is.
  { text: "The Varn declaration now backs a truce at the dam.", want: [] },
  {
    text: "The Varn government now backs a truce at the dam.",
    want: ["norland supports ceasefire"],
  },
  { text: "The Keld delegation rejected the plan.", want: ["suthia rejects framework"] },
  // A cue whose object is a name takes no issue from another clause; an elliptic one does.
  {
    text: "Morel said the dam must never be given up, and that Norland would back Keld for as long as it takes.",
    want: ["ada-morel demands dam"],
  },
  {
    text: "Varn demands that Keld leave the dam, and Keld still says no.",
    want: ["norland demands dam", "suthia rejects dam"],
  },
  {
    text: "Orsk holds most of the border region, and Varn wants the rest.",
    want: ["norland demands border"],
  },
  // Readiness gives way to what one is ready to do, with its condition.
  {
    text: "Keld was prepared to give up the dam if Varn released the hostages.",
    want: ["suthia conditions dam"],
  },
  {
    text: "Tesk said Suthia was prepared to give up the dam if the hostages were released.",
    want: ["ivo-tesk conditions dam"],
  },
  { text: "Norland is prepared to back the plan.", want: ["norland supports framework"] },
  // Readiness to help with a thing offers help; it accepts nothing at issue.
  { text: "Tesk said Norland was ready to help with monitoring the dam.", want: [] },
  { text: "Keld is ready to accept the truce.", want: ["suthia accepts ceasefire"] },
  { text: "Orsk was ready to give up the dam.", want: ["estmark accepts dam"] },
  // "said no" refuses only on its own or with "to"; "said no decision was made" refuses nothing.
  { text: "Tesk said no decision had been made on monitors.", want: [] },
  { text: "Keld said no to the plan.", want: ["suthia rejects framework"] },
  { text: "Asked about the monitors, Varn said no.", want: ["norland rejects monitors"] },
  // A pronoun after a fronted phrase stands for the subject, not a name inside the phrase.
  {
    text: "In a call with Tesk on Sunday, Drin made clear he opposed a truce.",
    want: ["pavel-drin opposes ceasefire"],
  },
  {
    text: "During talks with Morel in the capital, Tesk said he would accept monitors.",
    want: ["ivo-tesk accepts monitors"],
  },
];

describe("stance stress set: no evidence, denials by pronoun, worthless without, no right, time", () => {
  stanceRows(ROWS);
});
