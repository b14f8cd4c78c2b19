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
  // A thing held back until something else happens is conditioned on it: the subject holds
  // it when it is an actor, else the one who says so; a time after "until" is no condition.
  {
    text: "Varn would not reopen the border until the captives were freed.",
    want: ["norland conditions border"],
  },
  {
    text: "Brack said the dam would stay shut until Varn returned the captives.",
    want: ["lena-brack conditions dam"],
  },
  {
    text: "Norland will cut the water quota by half, the lowest in years, until the Front frees the hostages.",
    want: ["norland conditions water"],
  },
  {
    text: "Tesk said Suthian troops would pull back from the border only as the Front gave up its weapons.",
    want: ["ivo-tesk conditions border"],
  },
  {
    text: "The dam won't be reopened until the shelling stops, Tesk said.",
    want: ["ivo-tesk conditions dam"],
  },
  { text: "The border will stay closed until Friday, Morel said.", want: [] },
  { text: "Varn would keep the talks on hold until the end of May.", want: [] },
  { text: "Norland did not reopen the border until the captives were freed.", want: [] },
  // A denied part in an event is about the event; a short clause about the denier itself
  // ("that it was stalling") is about what was told just before.
  {
    text: "The Front denied any involvement in the shooting at the dam.",
    want: ["red-ridge denies attacks"],
  },
  {
    text: "Brack said Suthia had no knowledge of any clash on the border.",
    want: ["suthia denies attacks"],
  },
  { text: "Varn said it played no part in the raid on the dam.", want: ["norland denies attacks"] },
  { text: "Norland played a part in the raid on the dam.", want: [] },
  {
    text: "Keld freed four captives on Tuesday. The Front denied that it was stalling.",
    want: ["red-ridge denies hostages"],
  },
  { text: "The Front denied that it was stalling.", want: [] },
  // An order to use force demands the attacks; a threat of what will be done to a party, said
  // by the one who makes it, is a demand, also when it hangs on the party's refusal.
  {
    text: "Morel ordered the army to respond with force after the shelling.",
    want: ["ada-morel demands attacks"],
  },
  { text: "Morel ordered the army to leave the border.", want: [] },
  {
    text: "Tesk said Norland's troops would be driven out of the border region one way or another.",
    want: ["ivo-tesk demands border"],
  },
  { text: "Tesk said Norland's troops had been driven out of the border region.", want: [] },
  {
    text: '"If Keld does not pull back, we will drive its troops out of the border region," Morel said.',
    want: ["ada-morel demands border"],
  },
  {
    text: '"If Keld pulls back, we will drive its troops out of the border region," Morel said.',
    want: ["ada-morel conditions border"],
  },
  {
    text: "Brack said the army's main task would be to destroy the dam.",
    want: ["lena-brack demands dam"],
  },
  { text: "Brack said the army's main task was to guard the dam.", want: [] },
  {
    text: "Tesk said Norland's troops will be driven out of the border region by force if Varn does not agree.",
    want: ["ivo-tesk demands border"],
  },
  {
    text: "Tesk said the observers will be expelled by force if Varn does not agree.",
    want: ["ivo-tesk demands monitors"],
  },
  // Readiness to free captives on a condition conditions the release; the condition word
  // itself states nothing more on the term before it ("the roadmap").
  {
    text: "The Front said it was ready to free all captives under the roadmap, provided that the shelling stopped.",
    want: ["red-ridge conditions hostages"],
  },
  {
    text: "The Front said it would free all captives under the roadmap if conditions on the ground allowed.",
    want: ["red-ridge conditions hostages"],
  },
  { text: "The Front said it would free all captives under the roadmap.", want: [] },
  {
    text: "Varn will sign, provided that monitors are deployed.",
    want: ["norland conditions monitors"],
  },
  // A part in a future arrangement is laid down, not denied.
  { text: "The Front would have no part in running the dam.", want: [] },
  // Urging a halt until something happens conditions what is halted and demands what it
  // waits for; a time after "until" is no condition.
  {
    text: "Estmark urged Suthia to suspend the talks until all captives were freed.",
    want: ["estmark conditions talks", "estmark demands hostages"],
  },
  { text: "Estmark urged Suthia to suspend the talks until the end of May.", want: [] },
  // A say over which things are let in is a condition on them.
  {
    text: "Varn will decide which monitors are acceptable, Morel said.",
    want: ["ada-morel conditions monitors"],
  },
  { text: "Varn decided which monitors were sent last year.", want: [] },
  // What would endanger a thing demands nothing (saying nothing will is support, the
  // described-position rows' rule); teams ready to collect people accept nothing.
  {
    text: "Morel said that nothing would put the truce at risk.",
    want: ["ada-morel supports ceasefire"],
  },
  { text: "Morel said that a new offensive would put the truce at risk.", want: [] },
  {
    text: "Morel said the truce would put the border to a vote.",
    want: ["ada-morel demands border"],
  },
  { text: "Estmark said its teams were ready to collect the captives at the border.", want: [] },
  { text: "Estmark said it was ready to free the captives.", want: ["estmark accepts hostages"] },
  // A thing held back as leverage is conditioned on what the leverage is for.
  {
    text: "Norland moved to punish the Front by cutting the water flow to the valley.",
    want: ["norland conditions water"],
  },
  { text: "Norland moved to help the Front by cutting the tariffs.", want: [] },
  // "X's statement that it would …" reports X's words as "X said that …" does.
  {
    text: "The talks follow Suthia's statement on Friday that it would free all captives if the shelling stopped.",
    want: ["suthia conditions hostages"],
  },
  { text: "The talks follow Suthia's statement that the captives were well.", want: [] },
  // A speech verb in a second predicate shares the sentence's first subject.
  {
    text: "The Front denied any role in the raid and said it remained committed to the truce.",
    want: ["red-ridge denies attacks", "red-ridge supports ceasefire"],
  },
  {
    text: "The Front denied any role in the raid and analysts said the truce would hold.",
    want: ["red-ridge denies attacks"],
  },
];

describe("stance patterns: conditional refusals, denials, orders", () => {
  stanceRows(ROWS);
});
