/**
 * A third batch of the stance stress set, for wordings of British and US copy,
 * live blogs and analysis pieces: pledges and declarations of intent,
 * deployments refused, threats against a deployment, claims called false,
 * bids given up, a pause judged a mistake, comparisons ("who like X"),
 * pseudo-clefts and honorifics. Same invented dossier as the other batches.
 */
import { describe } from "vitest";
import { type StanceRow, stanceRows } from "../test-support/stance-stress.js";

const ROWS: StanceRow[] = [
  // Commitments and pledges propose what they commit to.
  {
    text: "Keld and Orsk committed on Friday to sending monitors to the border after any truce.",
    want: ["estmark proposes monitors", "suthia proposes monitors"],
  },
  {
    text: "Varn and Keld have signed a declaration of intent to station inspectors at the dam once a truce holds.",
    want: ["norland proposes monitors", "suthia proposes monitors"],
  },
  {
    text: "Orsk has pledged observers for after a truce.",
    want: ["estmark proposes monitors"],
  },
  {
    text: "Officials said Varn would lead a mechanism to monitor any truce.",
    want: ["norland proposes ceasefire"],
  },
  {
    text: "Keld has promised to monitor the truce.",
    want: ["suthia proposes ceasefire"],
  },
  // A deployment refused.
  {
    text: "Officials said Varn would not send inspectors to the dam.",
    want: ["norland rejects monitors"],
  },
  {
    text: "Keld will not put observers on the border, Brack said.",
    want: ["suthia rejects monitors"],
  },
  {
    text: "Orsk would lead the talks without sending its own observers.",
    want: ["estmark proposes talks", "estmark rejects monitors"],
  },
  // A deployment threatened or called a provocation: the speaker refuses it.
  {
    text: "Orsk said that any observers sent to the dam would be treated as legitimate targets.",
    want: ["estmark rejects monitors"],
  },
  {
    text: "Varn warned on Monday that foreign inspectors at the reservoir would be targets.",
    want: ["norland rejects monitors"],
  },
  {
    text: "Morel said plans to station observers on the border amounted to a provocation.",
    want: ["ada-morel opposes monitors"],
  },
  // A claim refused is denied.
  {
    text: "Varn said its forces had shelled nothing. Keld rejected that account.",
    want: ["suthia denies attacks"],
  },
  {
    text: "Orsk says Keld shelled the dam. Keld calls it invented.",
    want: ["suthia denies attacks"],
  },
  {
    text: "Varn accused Keld of shelling the border towns. Keld dismissed the story.",
    want: ["suthia denies attacks"],
  },
  // A bid, ambition or claim given up is accepted, on the issue of what is given up.
  {
    text: "Suthia would renounce its claim to the reservoir.",
    want: ["suthia accepts dam"],
  },
  {
    text: "Under the plan, Varn would drop its bid for a bigger water quota.",
    want: ["norland accepts water"],
  },
  {
    text: "Keld has agreed, in a plan that replaced Orsk's draft, to give up the dam.",
    want: ["suthia accepts dam"],
  },
  // A requirement whose subject is a thing conditions that thing on what it requires.
  {
    text: "Tesk said a summit would need a truce of at least 30 days.",
    want: ["ivo-tesk conditions talks"],
  },
  {
    text: "Drin said the talks could only take place during a truce.",
    want: ["pavel-drin conditions talks"],
  },
  {
    text: "Varn said holding talks would take a truce.",
    want: ["norland conditions talks"],
  },
  {
    text: "Tesk wants talks. Holding the talks safely, he said, would take a truce of a month.",
    want: ["ivo-tesk conditions talks", "ivo-tesk demands talks"],
  },
  {
    text: "A summit, Tesk told reporters on Friday, would need a truce of a month.",
    want: ["ivo-tesk conditions talks"],
  },
  {
    text: "Arranging the summit would need a truce first, Varn said.",
    want: ["norland conditions talks"],
  },

  {
    text: "Morel wants new talks, which she says would require a truce.",
    want: ["ada-morel conditions talks", "ada-morel demands talks"],
  },
  {
    text: "Drin says a summit is on the table, and that holding one would need a truce.",
    want: ["pavel-drin conditions talks"],
  },
  {
    // An actor for subject: no thing is made conditional.
    text: "Morel said Keld would need a truce.",
    want: ["ada-morel demands ceasefire"],
  },
  // A second predicate after "and" has an object of its own.
  {
    text: "Under the plan, Suthia would give up its claim to the dam and keep a quota of 40 percent.",
    want: ["suthia accepts dam"],
  },
  {
    text: "Norland accepted the truce and kept its observers at the dam.",
    want: ["norland accepts ceasefire"],
  },
  {
    text: "Orsk would renounce its bid for the reservoir but retain its border posts.",
    want: ["estmark accepts dam"],
  },
  // A truce judged a mistake: both who agree on it reject it.
  {
    text: "Tesk said he and Morel agree a truce would be a mistake.",
    want: ["ada-morel rejects ceasefire", "ivo-tesk rejects ceasefire"],
  },
  {
    text: "Drin said a truce of the kind Keld wants was a mistake.",
    want: ["pavel-drin rejects ceasefire", "suthia demands ceasefire"],
  },
  {
    text: "Morel believes that a pause in the shelling is a serious mistake.",
    want: ["ada-morel rejects attacks"],
  },
  // "who like X": a comparison gives the stance to both.
  {
    text: "Mr Tesk, who like Mrs Morel has rejected a temporary truce, will travel to Orsk.",
    want: ["ada-morel rejects ceasefire", "ivo-tesk rejects ceasefire"],
  },
  {
    text: "Varn, who like Keld has long opposed the tariffs, said nothing.",
    want: ["norland opposes tariffs", "suthia opposes tariffs"],
  },
  {
    text: "Drin, who like Vey has backed the roadmap, left early.",
    want: ["omar-vey supports framework", "pavel-drin supports framework"],
  },
  // A frame verb in a relative clause belongs to the name the clause hangs on.
  {
    text: "The warning came from Varn's foreign ministry, which said plans to send observers to the dam amounted to a provocation.",
    want: ["norland opposes monitors"],
  },
  {
    text: "The plan came from Keld's cabinet, which said it backs the truce.",
    want: ["suthia supports ceasefire"],
  },
  {
    text: "Shelling resumed near the dam, according to Orsk, which said observers sent there would be targets.",
    want: ["estmark rejects monitors"],
  },
  // Pseudo-clefts state the stance.
  { text: "That truce is precisely what Varn refuses.", want: ["norland rejects ceasefire"] },
  { text: "A new quota is exactly what Keld wants.", want: ["suthia demands water"] },
  { text: "The roadmap was just what Orsk rejected.", want: ["estmark rejects framework"] },
  // Honorifics between coordinated names.
  {
    text: "Both Mr Tesk and Mrs Morel have rejected a temporary truce.",
    want: ["ada-morel rejects ceasefire", "ivo-tesk rejects ceasefire"],
  },
  {
    text: "Ms Brack and Mr Drin backed the roadmap.",
    want: ["lena-brack supports framework", "pavel-drin supports framework"],
  },
  {
    text: "Mr Vey and Mrs Morel oppose the tariffs.",
    want: ["ada-morel opposes tariffs", "omar-vey opposes tariffs"],
  },
  // "On condition of anonymity" is how a source spoke, no condition.
  {
    text: "Officials, speaking on condition of anonymity, said Varn backs the truce.",
    want: ["norland supports ceasefire"],
  },
  {
    text: "Keld accepted the quota, two diplomats said on condition of anonymity.",
    want: ["suthia accepts water"],
  },
  {
    text: "Speaking on condition of anonymity, an aide said Orsk opposes the tariffs.",
    want: ["estmark opposes tariffs"],
  },
  // Being committed to a thing already there is support; committing to do something proposes it.
  {
    text: "The Front said it remained fully committed to the truce.",
    want: ["red-ridge supports ceasefire"],
  },
  { text: "Varn is committed to the ceasefire.", want: ["norland supports ceasefire"] },
  // A list may name a state by its leader's role, and its last name may carry a title.
  {
    text: "Morel, Drin, Orsk's emir and Suthia's President Ivo Tesk signed a declaration backing the truce.",
    // Signing a text that backs the truce supports the truce; it accepts no text at issue.
    want: [
      "ada-morel supports ceasefire",
      "estmark supports ceasefire",
      "ivo-tesk supports ceasefire",
      "pavel-drin supports ceasefire",
    ],
  },
  // A role and a name set off by a comma are one person, not a list.
  {
    text: "Morel's envoy, Pavel Drin, backed the truce on Monday.",
    want: ["pavel-drin supports ceasefire"],
  },
  // Approving and signing off on a text accept it; approval by a vote is a procedure.
  { text: "Keld's cabinet approved the water quota on Thursday.", want: ["suthia accepts water"] },
  {
    text: "Orsk and Keld signed off on the truce late on Friday.",
    want: ["estmark accepts ceasefire", "suthia accepts ceasefire"],
  },
  {
    text: "Morel wants any border deal approved in a referendum.",
    want: ["ada-morel demands border"],
  },
];

describe("stance stress set, third batch", () => {
  stanceRows(ROWS);
});
