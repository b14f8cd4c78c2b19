/**
 * Cue lexicons for the predicate of a claim without a figure: which kind of
 * checkable thing a sentence states (a meeting, a call, an attack, a proposal…),
 * which words only report speech, and which phrases deny a claim as false.
 * General English cues, matched on lemmas, never on particular sentences.
 */
import type { Position } from "../model/index.js";
import type { IssueRole } from "./issue-roles.js";

export interface PredicateClass {
  predicate: string;
  /**
   * The kind of issue such a statement is about when the sentence names none:
   * the dossier's issue of that kind (issue-roles.ts), if it has one.
   */
  role: IssueRole | null;
  /** Verb lemmas (or words) that state it. */
  verbs: string[];
  /** Nouns that state it when no verb does ("the meeting", "a two-hour call"). */
  nouns: string[];
  /** Whether the class names an event: its default issue outranks the sentence's vocabulary. */
  event: boolean;
}

export const PREDICATE_CLASSES: PredicateClass[] = [
  {
    predicate: "capture",
    role: "land",
    verbs: ["capture", "captured", "seize", "seized", "occupied", "taken"],
    nouns: ["capture"],
    event: true,
  },
  {
    predicate: "attack_claim",
    role: "attacks",
    verbs: [
      ...["attack", "strike", "struck", "bomb", "shell", "target", "launch", "fire", "hit"],
      ...["shoot", "shot", "ambush", "assault", "clash"],
    ],
    nouns: [
      ...["attack", "strike", "barrage", "bombardment", "shelling", "raid", "shooting"],
      ...["clash", "ambush", "assault", "gunfire", "firefight"],
    ],
    event: true,
  },
  {
    predicate: "call",
    role: "talks",
    // "call" as a verb mostly names or asks ("called it a lie", "calls for"): only the noun counts.
    verbs: ["speak", "spoke", "phone", "talk"],
    nouns: ["call", "conversation", "phone"],
    event: true,
  },
  {
    predicate: "meeting",
    role: "talks",
    verbs: ["meet", "met", "host", "receive", "gather", "convene", "attend", "sit", "sat"],
    nouns: ["meeting", "summit", "gathering", "talks"],
    event: true,
  },
  {
    predicate: "visit",
    role: "talks",
    verbs: ["travel", "visit", "fly", "come", "arrive"],
    nouns: ["trip", "visit"],
    event: true,
  },
  {
    predicate: "proposal",
    role: "text",
    verbs: ["propose", "offer", "float", "present", "unveil", "circulate", "draft", "set"],
    nouns: ["proposal", "offer", "plan", "framework", "draft"],
    event: false,
  },
  {
    predicate: "rejection",
    role: null,
    verbs: ["reject", "refuse", "rule", "dismiss", "oppose", "turn"],
    nouns: ["refusal", "rejection"],
    event: false,
  },
  {
    predicate: "agreement",
    role: null,
    verbs: ["agree", "agreed", "accept", "settle", "sign", "approve", "forgo", "give"],
    nouns: ["agreement"],
    event: false,
  },
  {
    predicate: "demand",
    role: null,
    verbs: ["demand", "insist", "want", "require", "need", "expect", "press"],
    nouns: ["demand", "condition", "requirement"],
    event: false,
  },
  {
    predicate: "plan",
    role: null,
    verbs: ["plan", "intend", "pledge", "promise", "prepare"],
    nouns: ["pledge", "promise"],
    event: false,
  },
  {
    // What a text lays down: "the framework envisages demilitarised zones".
    predicate: "provision",
    role: null,
    verbs: ["envisage", "envision", "foresee", "stipulate"],
    nouns: ["provision", "clause"],
    event: false,
  },
];

/**
 * Cue verbs that state their class only with a particle after them: "turned
 * down the offer" rejects, "turned out to be" and "turned to Qatar" do not;
 * "ruled out" rejects, "the court ruled" does not.
 */
export const VERB_NOT_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  // "speaking at a coordination centre", "spoke at the summit": an appearance, not a call.
  ["speak", new Set(["at"])],
  ["talk", new Set(["at"])],
]);

export const VERB_PARTICLES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["turn", new Set(["down", "away"])],
  ["rule", new Set(["out"])],
]);

/** Verbs that only report what someone said: the claim is in what they report. */
export const REPORTING_VERBS = new Set([
  "say",
  "said",
  "says",
  "tell",
  "told",
  "add",
  "added",
  "state",
  "stated",
  "claim",
  "claimed",
  "announce",
  "announced",
  "accuse",
  "accused",
  "argue",
  "argued",
  "note",
  "noted",
  "write",
  "wrote",
  "report",
  "reported",
  "acknowledge",
  "acknowledged",
  "confirm",
  "confirmed",
  "caution",
  "cautioned",
  "repeat",
  "repeated",
]);

/** Nouns that stand for someone's claim, which a denial refers back to. */
const CLAIM_NOUN =
  "(?:claim|allegation|accusation|charge|report|assertion|story|account|version)s?";

/** Phrases that deny a claim as false (not: that reject a proposal). */
export const DENIAL_PATTERNS: RegExp[] = [
  /\bden(?:y|ies|ied|ying)\b/i,
  new RegExp(
    String.raw`\b(?:reject|dismiss|refute|rebut)\w*\s+(?:the|that|this|a|an|such)?\s*${CLAIM_NOUN}`,
    "i",
  ),
  new RegExp(
    String.raw`\b${CLAIM_NOUN}\s+(?:that\s+|which\s+)?[\w.’' -]{0,60}?\b(?:reject|dismiss|refute)\w*`,
    "i",
  ),
  /\b(?:reject|dismiss)\w*\s+(?:it|them)\s+as\b/i,
  /\b(?:is|was|were|are|as|it|them)\s+(?:false|untrue|baseless|groundless|fabricated|a fabrication|a lie|lies|fake)\b/i,
  /\b(?:these|this|that|it) (?:is|was|are|were) (?:a |another )?(?:lie|lies|manipulation|fabrication|fake)\b/i,
  /\b(?:did not|didn't|never|had not|has not) (?:happen|happened|take place|taken place|took place)\b/i,
  /\bno such\b/i,
  // "said it had no knowledge of any ambush", "was not aware of any strike".
  /\bno knowledge of\b/i,
  /\b(?:unaware|not aware|n't aware) of any\b/i,
  /\bknew\s+nothing\s+(?:of|about)\b/i,
  // "had provided no evidence of the attack", "offered no proof".
  /\b(?:provided|provides|offered|offers|presented|produced|shown|showed|given|gave)\s+no\s+(?:evidence|proof)\b/i,
  // A denial put as a judgement: "called the claim a fabrication", "called it a hoax".
  new RegExp(
    String.raw`\bcall(?:s|ed|ing)?\s+(?:it|this|that|them|the\s+${CLAIM_NOUN})\s+(?:a\s+|an\s+|pure\s+|complete\s+)?(?:fabrication|lie|lies|fiction|fantasy|invention|hoax|fake|nonsense|provocation)\b`,
    "i",
  ),
  // The same judgement put as an adjective: "calls it invented", "called the account made up".
  new RegExp(
    String.raw`\bcall(?:s|ed|ing)?\s+(?:it|this|that|them|the\s+${CLAIM_NOUN})\s+(?:entirely\s+|completely\s+|totally\s+|pure(?:ly)?\s+)?(?:invented|fabricated|made[ -]up|false|untrue|fictitious|baseless|groundless|absurd|fake)\b`,
    "i",
  ),
];

/** A denial that refers back to a claim made earlier rather than stating its content. */
export const ANAPHORIC_DENIAL = new RegExp(
  String.raw`\b(?:the|that|this|such|an?)\s+${CLAIM_NOUN}\b|\bdenied (?:it|this|that)\b|\bany such\b|^\s*[“"]?(?:this|these|that|it) (?:is|are|was)\b`,
  "i",
);

/**
 * An appositive that denies the main clause: ", a claim Kyiv rejected outright",
 * ", an allegation Zelenskyy flatly denied". The sentence then holds two claims.
 */
export const APPOSITIVE_DENIAL = new RegExp(
  String.raw`[,—–]\s+(?:a|an|the)\s+${CLAIM_NOUN}\b`,
  "i",
);

/**
 * For each of DENIAL_PATTERNS, strings one of which (lower-cased) every match
 * holds: most spans hold none of them, and the pattern is then not run.
 * Written out rather than read off the patterns (pattern-needs.ts) because
 * what can be read is sometimes weaker: "den" for the first, which "President"
 * holds. predicates.test.ts checks that each list is implied by the needs read
 * off its pattern, so a pattern changed without its guard fails there.
 */
export const DENIAL_GUARDS: readonly (readonly string[])[] = [
  ["deny", "denie"],
  ["reject", "dismiss", "refute", "rebut"],
  ["reject", "dismiss", "refute"],
  ["reject", "dismiss"],
  ["false", "untrue", "baseless", "groundless", "fabricat", "lie", "fake"],
  ["lie", "manipulation", "fabrication", "fake"],
  ["happen", "place"],
  ["no such"],
  ["knowledge"],
  ["aware"],
  ["knew"],
  ["evidence", "proof"],
  ["call"],
  ["call"],
];

/** Any guard string, as one scan: a span holding none is no denial. */
const ANY_DENIAL_GUARD = new RegExp(
  [...new Set(DENIAL_GUARDS.flat())].map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
  "i",
);

export function isDenial(text: string): boolean {
  if (!ANY_DENIAL_GUARD.test(text)) return false;
  const lower = text.toLowerCase();
  for (let i = 0; i < DENIAL_PATTERNS.length; i++) {
    if (!DENIAL_GUARDS[i]!.some((s) => lower.includes(s))) continue;
    if (DENIAL_PATTERNS[i]!.test(text)) return true;
  }
  return false;
}

/** How a stance cue finds its actor: the subject before it, or the speaker of the sentence. */
/** "far": the nearest actors before the cue however far ("Trump and Putin agreed that a truce would only prolong"). */
/** "either": the subject when it is an actor, else the one who says the clause ("the crossing would stay shut until …"). */
export type StanceActor = "subject" | "speaker" | "far" | "either";
export type IssueSide = "after" | "before" | "subject";

export interface StanceCue {
  position: Position;
  re: RegExp;
  actor: StanceActor;
  /**
   * Where the issue is named: after the cue ("demands the Donbas"), before it
   * (the nearest term: "a claim Kyiv rejected"), or as the subject of the cue's
   * clause (its first term: "a ceasefire of 60 days would be needed to hold a
   * referendum", "concessions without guarantees would only invite war").
   */
  issueSide: IssueSide;
  /** When set, the cue counts only where this holds of the text before and after it. */
  guard?: (before: string, after: string) => boolean;
  /** The cue is a noun its possessor holds ("its demand"), not a bare "the demand". */
  possessed?: boolean;
  /** The cue's span holds its object after its first word ("made Keld's withdrawal a core demand"). */
  objectInside?: boolean;
  /**
   * The cue's act is of this kind whatever words follow ("ordered the army to respond with
   * force" is about attacks): the dossier's issue of the kind, when it has one.
   */
  role?: IssueRole;
  /** What follows the cue's "until" is demanded too ("urged Keld to halt the talks until …"). */
  untilDemand?: boolean;
}

const cue = (
  position: Position,
  source: string,
  actor: StanceActor = "subject",
  issueSide: IssueSide = "after",
  guard?: StanceCue["guard"],
): StanceCue => ({
  position,
  re: new RegExp(String.raw`\b(?:${source})\b`, "gi"),
  actor,
  issueSide,
  guard,
});

/**
 * Bare "back" is a verb only after its subject's name, a modal, "to" or an
 * adverb of degree ("Varn and Orsk back the plan", "would back"), and not as
 * "back to", "back down", "came back".
 */
const BARE_BACK_BEFORE =
  /(?:\b\p{Lu}[\p{L}.]+|\b(?:both|all|also|firmly|fully|strongly|will|would|could|should|must|to|not|they|we|I)|n['’]t)\s+$/u;
const BARE_BACK_AFTER = /^\s+(?:to|down|off|away|out|into|from|on|in|up|at|home)\b/i;
const verbBack = (before: string, after: string) =>
  BARE_BACK_BEFORE.test(before) && !BARE_BACK_AFTER.test(after);

/** "is committed to", "remained fully committed to": a state of support, not a pledge to act. */
const COMMITTED_STATE =
  /\b(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|it['’]s|['’]re)\s+(?:(?:still|fully|firmly|deeply|very much|totally)\s+)?$/i;

/** What says a demand stands: "remains unchanged", "have not changed", "still stands". */
const KEPT_AFTER =
  /^[^.;]{0,140}?\b(?:remains?|remained|is|are|was|were|stays?|stayed)\s+(?:\p{Ll}+\s+)?(?:unchanged|unaltered|the same|in place|firm)\b|^[^.;]{0,140}?\b(?:has|have|had)(?: not|n['’]t) (?:changed|shifted|moved|budged)\b|^[^.;]{0,140}?\b(?:still )?stands?\b/iu;

/** "Without X" opening a clause whose verb makes its subject worth little: "would merely", "is just". */
const WORTHLESS_WITHOUT = (before: string, after: string) =>
  /(?:^|[.!?:"“]\s*|\b(?:that|said|says|warned|argued)\s+)$/i.test(before) &&
  /^[^.;]{0,120}?\b(?:would|will|is|are|was|were)\s+(?:be\s+)?(?:merely|only|just|simply|nothing but|no more than|little more than|worthless|meaningless)\b/i.test(
    after,
  );

/** What follows "would need" or "would take" when it is time, not a thing demanded. */
const NEEDS_TIME =
  /^\s+(?:(?:more|some|extra|a lot of|much|little|enough|a little|a bit of)\s+)?(?:time|(?:a few |several |many |some )?(?:days|weeks|months|years|hours))\b/i;

/** "would put the truce at risk": what would endanger a thing demands nothing. */
const PUT_AT_RISK =
  /^\s+[^.;,]{1,50}?\b(?:at risk|in danger|in jeopardy|at stake|under (?:threat|strain))\b/i;

/** "take effect", "take place", "take part": phrases of "take" that demand nothing. */
const TAKE_PHRASE =
  /^\s+(?:effect|place|part|hold|over|office|power|shape|steps?|action|note|aim|care|turns)\b/i;

/** A clause that says when a promised act would come: "once a deal is signed", "as soon as the guns fall silent". */
const WHEN_CLAUSE =
  /^[^.;]{1,80}?\b(?:once|as soon as|only after|only when|only if|if|provided|on condition that)\s+(?:the|a|an|all|both|its|their|his|her|peace|fighting|hostilities|conditions|circumstances|security|[A-Z])/;

/** A form of "be" right before a passive cue: "is required", "was also requested". */
const OBLIGED_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|still|now|further)\s+)?$/i;

/** Verbs of holding a thing back or letting it go, after a modal: "would not open", "will cut". */
const HELD_BACK = String.raw`(?:re)?open|resume|restart|operate|allow|permit|let|admit|release|free|hand over|return|lift|ease|restore|cut|reduce|limit|restrict|halve|suspend|halt|freeze|close|shut|seal|block|withhold|hold back|delay|postpone|stop|withdraw|pull back|pull out|disarm|deploy|proceed|implement|(?:stay|remain|be kept|keep\b[^.;:]{1,60}?) (?:closed|shut|sealed|suspended|frozen|on hold|blocked|off-limits|restricted|limited)|be (?:re)?opened|be (?:lifted|eased|restored|released|resumed|allowed|permitted|let in|cut|reduced|limited|restricted|halved|suspended|halted|frozen|closed|shut|sealed|blocked|withheld|delayed|postponed|stopped|withdrawn|deployed|implemented|freed|returned|handed over)`;

/** Words after "until" that tell a time, not a condition: "until Friday", "until the end of May". */
const UNTIL_TIME = String.raw`(?:the\s+)?(?:end|start|beginning|middle|close|spring|summer|autumn|fall|winter|weekend|next|then|now|further notice|mid|late|early|at least|after|before|\d|(?:Jan|Febr)uary|March|April|May|June|July|August|(?:Septem|Octo|Novem|Decem)ber|[A-Z][a-z]+day)`;

/** "once a ceasefire", "until the truce": a truce word in a clause of time or condition. */
const TRUCE_AFTER_CONJUNCTION =
  /\b(?:once|when|whenever|until|till|after|before|if|unless|as soon as|whether|so that|in case|provided)\s+(?:(?:a|an|the|any|this|that|such|lasting|full|new|permanent|durable|real|\p{Ll}+-\p{Ll}+)\s+){0,3}(?:ceasefire|cease-fire|truce|armistice|agreement|deal|accord)s?[”"’]?\s+$/iu;

/** An object that is a truce, a deal or a plan, or a stage of one: "the first stage of the plan". */
const TRUCE_OBJECT =
  /^\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\p{L}-]+\s+){0,5}?(?:ceasefire|cease-fire|truce|armistice|agreement|deal|accord|plan)s?\b/iu;

/** What turns praise round: "a historic mistake", "a big step backwards". */
const PRAISE_UNDONE =
  /^\s*(?:[a-z-]+\s+)?(?:mistake|error|failure|betrayal|disaster|blunder|defeat|surrender|capitulation|humiliation|setback|step back(?:wards?)?|threat|danger|risk|lie)s?\b/i;

/** General cues of an actor's position on an issue, from FORMAT.md's positions. */
export const STANCE_CUES: StanceCue[] = [
  // "had no knowledge of any ambush", "played no part in the raid": a part in the event denied.
  cue(
    "denies",
    "(?:had|has|have) no (?:knowledge|information|record) of|(?:is|are|was|were) (?:not |un)aware of|knew nothing (?:of|about)|(?:had|has|have) (?:had )?nothing to do with|(?:played|plays|had|has|have) no (?:role|part|hand|involvement) in",
    "subject",
    "after",
    // "would have no part in running it" lays down a future role, it denies nothing done.
    (before) => !/\b(?:would|will|should|must|could|can|may|might|to|shall)\s+$/i.test(before),
  ),
  cue(
    "denies",
    "den(?:y|ies|ied|ying)|(?:reject|dismiss)(?:s|ed)? (?:the |that |this )?(?:claim|allegation|accusation|charge|report|account|version|story)s?|rejects? (?:it )?as (?:false|fabricated|a lie)|says? (?:that |the )?claim is false|call(?:s|ed)? (?:it|this|that|them) (?:a lie|lies|invented|fabricated|a fabrication|made up|fake|false|baseless)",
    "subject",
    "before",
  ),
  // Readiness taken back: "is no longer willing to", "was not ready to".
  cue(
    "rejects",
    "(?:is|are|was|were|remains?|remained) (?:not|no longer|not yet) (?:open|willing|ready|prepared) to|(?:is|are|was|were) unwilling to",
  ),
  // Acceptance put as the absence of refusal: "had no objection to", "refused to rule out".
  cue(
    "accepts",
    "(?:had|has|have|raised|raises|with) no objections? to|(?:refus\\w*|declin\\w*) to rule out|(?:did|does|do|would|will|could) not rule out|(?:is|are|was|were|remains?|remained) open to|(?:would|will|could) go along with|(?:is|are|was|were) willing to",
  ),
  // "urged the government to halt the talks until the captives are home": the one who urges
  // makes the thing halted conditional, and demands what it waits for.
  {
    ...cue(
      "conditions",
      String.raw`(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on|press(?:es|ed|ing)?|ask(?:s|ed|ing)?) (?:[\w'’-]+ ){1,4}to (?:halt|suspend|freeze|stop|delay|postpone|hold off|hold back|withhold|pause|put off|keep [^.;:]{1,60}? (?:closed|shut|on hold))\b[^.;:]{0,120}?(?=,?\s+until\s+(?!${UNTIL_TIME}\b))`,
    ),
    objectInside: true,
    untilDemand: true,
  },
  // "moved to punish the Front by cutting the water flow": a thing held back as leverage is
  // conditioned on what the leverage is for.
  cue(
    "conditions",
    "(?:to|in order to) (?:punish|pressure|press|force|push|squeeze) [^.;:]{1,40}? by (?:cutting|halting|suspending|limiting|restricting|closing|shutting|withholding|reducing|blocking|halving|freezing)",
  ),
  // "Varn will decide which monitors are acceptable": a say over who or what is let in.
  cue(
    "conditions",
    "(?:will|would|must|should|wants? to|intends? to) (?:decide|determine|choose|approve|vet|have (?:the )?(?:final )?say (?:on|over)|have a veto over) (?:which|who|what|whether|how many)",
  ),
  // "ordered the army to respond with force": an order to use force demands the attacks.
  {
    ...cue(
      "demands",
      "(?:instruct|order|direct|command|authori[sz])(?:s|ed|es|d)? (?:the|its|his|her|their) (?:[a-z]+ )?(?:military|army|armed forces|forces|troops|air force|navy|security forces|soldiers|commanders|defen[cs]e forces) to (?:respond|retaliate|strike|hit back|attack|act|open fire|fire|resume (?:strikes|attacks|fighting|operations|the offensive))",
    ),
    role: "attacks",
  },
  // "the Front would be driven out one way or another", "we will disarm them": what the one who
  // says so will have done to a party, by force if need be, is what they insist on.
  {
    ...cue(
      "demands",
      "(?:will|would|is going to|are going to) be (?:disarmed|demilitari[sz]ed|dismantled|disbanded|destroyed|expelled|driven out|forced out|pushed out|removed|eliminated|crushed)(?: (?:from|of|out of) [^.;,]{1,60})?",
      "speaker",
    ),
    objectInside: true,
  },
  {
    ...cue(
      "demands",
      "(?:we|I)(?: will|['’]ll| would| are going to| am going to) (?:disarm|demilitari[sz]e|dismantle|disband|destroy|expel|drive|force|push|remove|eliminate|crush)(?: [^.;,]{1,60}? (?:out of|from) [^.;,]{1,60})?",
      "speaker",
    ),
    objectInside: true,
  },
  // "the army's main task would be to destroy the tunnels": the one who sets the task insists on it.
  cue(
    "demands",
    "(?:(?:main|chief|first|key|top|primary|central) )?(?:task|mission|goal|aim|priority|objective) (?:would|will) be to",
    "speaker",
  ),
  cue("conditions", "(?:is|as) a (?:pre)?condition for|a precondition for", "speaker"),
  // "would not open until the captives are freed", "will cut the number of trucks … until …",
  // "would pull back further only as …": a thing held back until something else happens is
  // conditioned on it. The cue runs up to "until", so what is held back is inside it.
  {
    ...cue(
      "conditions",
      String.raw`(?:(?:would|will|is to|are to|was to|were to)(?: not| never|n['’]t)?|won['’]t) (?:${HELD_BACK})\b[^.;:]{0,140}?(?=,?\s+(?:until|till|only as)\s+(?!${UNTIL_TIME}\b|(?:a|an|part|long|much|far|well|many|few|good|soon)\b))`,
      "either",
    ),
    objectInside: true,
  },
  // "any deployment would come only after a truce", "the guarantees would matter only if …": a
  // thing allowed only on a condition; the one who says so conditions it.
  cue(
    "conditions",
    "(?:would|will|could|can|is to|are to) (?:come|happen|take place|go ahead|proceed|begin|start|matter|work|count|be possible|be allowed) only (?:after|if|once|when|in return for)|(?:would|will|could|can) only (?:come|happen|go ahead|proceed|begin|start|matter|work|count|be possible) (?:after|if|once|when|in return for)",
    "speaker",
    "subject",
  ),
  // "would hold elections once a deal is signed": an act promised for when something happens.
  cue(
    "conditions",
    "(?:would|will|could) (?:only )?(?:hold|organi[sz]e|stage|allow|permit|lift|ease|send|deploy|withdraw|pull back|free|release|hand over|return)",
    "subject",
    "after",
    (_before, after) => WHEN_CLAUSE.test(after),
  ),
  // "speaking on condition of anonymity" tells how a source talked, it sets no condition.
  cue(
    "conditions",
    "only if|provided that|as long as(?! (?:it takes|necessary|needed|possible)\\b)|on (?:the )?condition(?! of anonymity)|only after|only once",
    "subject",
    "before",
  ),
  cue(
    "rejects",
    "reject(?:s|ed|ing)?|dismiss(?:es|ed)?|refus(?:es|ed|ing|al)|ruled out|rules out|turned down|turns down|(?:will|would|does|did|could|can) not accept|cannot accept|(?:won't|can't) accept|(?:says|said|say) no(?= to\\b|\\s*[,.;]|$)",
  ),
  // "Varn would not send troops", "without putting its own monitors there": a deployment refused.
  cue(
    "rejects",
    "(?:would|will|could|did|does|do) not (?:send|put|deploy|station|commit|garrison)|without (?:putting|sending|deploying|stationing)",
  ),
  cue(
    "rejects",
    "(?:would|will) only (?:prolong|delay|invite|reward|give|deepen|embolden|encourage|worsen|undermine)|(?:would be|will be|is|was|would have been) a (?:grave |serious |big |huge )?(?:mistake|error)",
    "far",
    "subject",
  ),
  // "Orsk said Keld had provided no evidence of the shelling": the speaker denies the claim.
  cue(
    "denies",
    "(?:provided|provides|offered|offers|presented|presents|produced|produces|shown|showed|shows|given|gave) no (?:evidence|proof)(?: whatsoever)?",
    "speaker",
    "after",
  ),
  // "troops sent there would be treated as legitimate targets": the speaker refuses its subject.
  cue(
    "rejects",
    "(?:would|will) be (?:treated as |considered |regarded as |seen as )?[“\"‘']?(?:legitimate )?(?:military |combat )?targets?",
    "speaker",
    "subject",
  ),
  cue(
    "opposes",
    "amount(?:s|ed)? to (?:a |an )?(?:provocation|escalation)|(?:is|was|would be) a provocation",
    "speaker",
    "subject",
  ),
  cue(
    "opposes",
    "oppos(?:e|es|ed|ing)|objects? to|objected to|little appetite for|(?:is|are|was|were|remains?|remained) (?:firmly |strongly )?against|warned against|walk(?:s|ed|ing)? away from",
  ),
  // A demand kept: "has not softened its demand for", "saw no reason to change its position on".
  cue(
    "demands",
    String.raw`(?:has|have|had|did|does|do|would|will)(?: not|n['’]t) (?:soften|drop|change|abandon|moderate|relax|revise|water down|back away from|back down on|budge on)(?:ed|ped|d|s)? (?:from |on )?(?:its|their|his|her) (?:[a-z]+ )?(?:demands?|conditions?|position|terms)(?: on| for)?|(?:saw|sees|see|found|finds) no (?:reason|need|cause) to (?:change|soften|revise|alter|drop) (?:its|their|his|her) (?:[a-z]+ )?(?:demands?|conditions?|position|stance|terms)(?: on| for)?`,
  ),
  // "Its demand that Keld leave … remains unchanged", "Orsk's terms, including …, have not changed":
  // the cue starts after the possessive, which names the holder.
  {
    ...cue(
      "demands",
      "(?:demands?|conditions?|terms)(?= (?:that|for|on)\\b|,)",
      "subject",
      "after",
      (before, after) =>
        /(?:\b(?:its|their)|\w['’]s)\s+(?:(?:central|main|key|core|chief|principal|basic|first|original|maximalist|territorial)\s+)?$/i.test(
          before,
        ) && KEPT_AFTER.test(after),
    ),
    possessed: true,
  },
  cue("demands", "(?:would be|will be|is|are) (?:needed|required|necessary)", "speaker", "subject"),
  // "Varn has made Keld's withdrawal a core demand": the one who makes it the demand holds
  // it, not the actor named inside the object.
  {
    ...cue(
      "demands",
      "(?:made|makes|make|making) [^.;:]{1,80}? (?:a|an|its|their|his|her) (?:[a-z-]+ )?(?:demand|precondition|priority|red line)",
    ),
    objectInside: true,
  },
  // "Without guarantees, any deal would merely buy time": what a thing is worthless without is
  // insisted on by the one who says so.
  cue("demands", "without", "speaker", "after", (before, after) =>
    WORTHLESS_WITHOUT(before, after),
  ),
  // "even if the area were demilitarised, our police units would remain there": keeping one's
  // forces on land after a settlement is insisting on the land, as the one who says so.
  // "We now have robust guarantees": the one who says a thing is now strong and theirs backs it.
  cue(
    "supports",
    "(?:we|they) (?:now |finally |already )?(?:have|got) (?:robust|strong|solid|real|firm|credible|binding|serious|meaningful|ironclad)",
    "speaker",
    "after",
    // "strong reasons to fear the truce" backs no truce.
    (_before, after) =>
      !/^\s+(?:reasons?|grounds|doubts?|concerns?|objections?|fears?|evidence|questions?|misgivings)\b/i.test(
        after,
      ),
  ),
  // The cue takes in the forces, so the issue is the land its clause opens with.
  cue(
    "demands",
    "(?:(?:police|national guard|border guards?|army|military|troops|forces|soldiers|garrisons?)(?: and | )){1,3}(?:units )?(?:would|will) (?:still )?(?:remain|stay) (?:there|in place|behind)",
    "speaker",
    "subject",
  ),
  // "foreign troops have no place in the region": the one who says so opposes its subject.
  cue("opposes", "(?:has|have|had) no place (?:in|on|at)", "speaker", "subject"),
  // "said the truce was still holding", "was optimistic the ceasefire would hold": the one who
  // says a truce or deal stands or will stand backs it.
  cue(
    "supports",
    String.raw`(?<=\b(?:ceasefire|cease-fire|truce|armistice|agreement|deal|accord)s?[”"’]? )(?:is|was|are|were|remains?|remained)(?: still)? (?:in place|in effect|[“"‘]?holding)|(?<=\b(?:ceasefire|cease-fire|truce|armistice|agreement|deal|accord)s?(?: (?:in|on|with|between|for) (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?)?[”"’]? )(?:would|will)(?: still)? (?:hold|survive|last)(?= *[,.;:”"’]| *$| and\b| despite\b| through\b)`,
    "speaker",
    "before",
    // "once a ceasefire is in place" sets a time or a condition; it says nothing of the truce.
    (before) => !TRUCE_AFTER_CONJUNCTION.test(before),
  ),
  // "said that nothing would put the truce at risk": the speaker stands by what nothing threatens.
  cue(
    "supports",
    'nothing[”"’]? (?:would|will|could|can) (?:put|threaten|derail|jeopardi[sz]e|endanger|undermine|break)',
    "speaker",
  ),
  // "said the force was being worked out with partners": the speaker's side is preparing it.
  cue(
    "proposes",
    "(?:is|are|was|were) (?:now )?being (?:worked out|drawn up|prepared|drafted|put together|finali[sz]ed)",
    "speaker",
    "subject",
  ),
  cue(
    "demands",
    "must|would have to|will have to|has to|have to|had to|would need|would require|would take|could only|can only|only a|(?:would|must|should|will) go to|would put|will put|would be put|(?:the )?final (?:word|say)",
    "speaker",
    "after",
    // "would need time to register", "would take weeks": time to do a thing is no demand;
    // nor is "would take effect", "would take place" or "would take part".
    (_before, after) =>
      !NEEDS_TIME.test(after) && !TAKE_PHRASE.test(after) && !PUT_AT_RISK.test(after),
  ),
  cue(
    "demands",
    String.raw`demand(?:s|ed|ing)?|request(?:s|ed|ing)?|insist(?:s|ed|ing)? (?:on|that)|calls? for|called for|ask(?:s|ed)?(?: [\w.]+){0,4} for|press(?:es|ed|ing)? for|push(?:es|ed|ing)? for|wants?(?! to\b)|wanted(?! to\b)|expects?|requires?|required`,
    "subject",
    "after",
    // "Keld is also required to free the captives": the subject is the one bound, and who
    // binds it is not said.
    (before, after) => !(OBLIGED_BEFORE.test(before) && /^\s+to\b/i.test(after)),
  ),
  // "Keld and Orsk committed to sending monitors", "pledged troops", "promised to monitor a truce".
  // Being committed to a thing already there ("remains committed to the truce") is support.
  cue(
    "proposes",
    "commit(?:s|ted)?(?: on [A-Z][a-z]+)? to|pledg(?:e|es|ed|ing)|sign(?:s|ed|ing)? (?:a|an) (?:joint )?declaration of intent to|promis(?:e|es|ed) to|vow(?:s|ed) to|(?:would|will) lead",
    "subject",
    "after",
    (before) => !COMMITTED_STATE.test(before),
  ),
  cue("supports", "committed to", "subject", "after", (before) => COMMITTED_STATE.test(before)),
  cue(
    "proposes",
    "propos(?:e|es|ed|ing|als?)|offer(?:s|ed|ing)?|float(?:s|ed|ing)|put forward|puts forward|set out|sets out|lay(?:s|ing)? out|laid out|present(?:s|ed)|unveil(?:s|ed)|suggest(?:s|ed)|(?:is|are|was|were) drafting",
  ),
  // "would host a donors' conference", "is talking to several states about joining a force":
  // arranging a thing others are to join puts it forward.
  cue(
    "proposes",
    "(?:would|will|could|is to|are to) host|talk(?:s|ed|ing)? (?:to|with) (?:[a-z-]+ ){0,3}(?:countries|states|governments|nations|partners|allies) about (?:joining|contributing to|taking part in|sending troops to)",
  ),
  cue(
    "supports",
    "back(?:s|ed|ing)|support(?:s|ed|ing)?|welcom(?:es|ed)|endors(?:es|ed|e)|favou?rs?|favou?red|in favou?r of|(?:would be|is|are|was|were) prepared to",
  ),
  cue("supports", "back", "subject", "after", verbBack),
  // "calling the accord 'a fine day'", "called the deal historic": praise of a thing backs it
  // (not "called it a historic mistake").
  {
    ...cue(
      "supports",
      "call(?:s|ed|ing)? (?:it|the [a-z-]+|this [a-z-]+|that [a-z-]+) [“\"‘']?(?:a |an )?(?:great|historic|good|important|major|momentous|wonderful|beautiful|landmark|significant|real|big)\\b",
      "subject",
      "after",
      (_before, after) => !PRAISE_UNDONE.test(after),
    ),
    objectInside: true,
  },
  // "said the document achieved the main goal of ending the war": the speaker backs that goal.
  cue(
    "supports",
    "(?:achieve[sd]?|achieving|meets|met|fulfil(?:s|led)?|serve[sd]?) (?:the|its|their|our) (?:main |chief |central |key |primary )?(?:goal|aim|objective|purpose) of",
    "speaker",
  ),
  // "resumed enforcing the ceasefire", "was preparing for the implementation of the deal":
  // carrying out a truce or a deal backs it.
  cue(
    "supports",
    "enforc(?:e|es|ed|ing)|uphold(?:s|ing)?|upheld|abid(?:e|es|ed|ing) by|implement(?:s|ed|ing)?|prepar(?:e|es|ed|ing) for (?:the )?(?:immediate |swift |full )?implementation of",
    "subject",
    "after",
    (_before, after) => TRUCE_OBJECT.test(after),
  ),
  // "said it was ready to contribute", "is ready to take responsibility for the city": offering
  // one's part in a thing backs it (accepting a term is "ready to accept", below; readiness to
  // help with a thing offers help and states nothing).
  cue(
    "supports",
    "(?:is|are|was|were|stands?|stood) ready to (?:contribute|support|take (?:responsibility|charge|part))",
  ),
  cue("accepts", "can live with|could live with", "subject", "before"),
  cue(
    "accepts",
    "agree(?:s|d)?(?:, [^,.;]{1,90},)? to|accept(?:s|ed)?|sign(?:s|ed|ing)? off on|renounc(?:e|es|ed|ing)|(?:drop|abandon)(?:s|ped|ping|ed|ing)? (?:its|their|his|her|the) (?:bid|ambition|hopes?|aspirations?)|sign(?:s|ed)?(?= (?:a|an|any|the|such a) )(?! (?:a|an|the) (?:joint )?(?:document|declaration|statement|letter|communiqu[eé]|text) (?:backing|supporting|endorsing|welcoming|in support of|praising)\\b)|(?:is|are|was|were) ready to(?! (?:help|assist|contribute|work|support|provide|train|host|collect|escort|transport|facilitate)\\b)|would forgo|forgo(?:es)?|gives? up|giving up|given up|sign away|hand (?:it |them )?over|cede",
  ),
  // "would convene his cabinet to approve the deal", "urged parliament to ratify it": asking a
  // body to approve a text backs it; the body's vote is what accepts it.
  cue(
    "supports",
    "(?:convene[sd]?|convening|summon(?:s|ed|ing)?|call(?:s|ed|ing)?|ask(?:s|ed|ing)?|urge[sd]?|urging) (?:his|her|its|their|the) (?:[a-z]+ )?(?:government|cabinet|parliament|ministers|legislature|assembly|lawmakers|congress|senate)(?: (?:on|this|next) [A-Za-z]+)? to (?:approve|ratify|endorse|back)",
  ),
  // "The cabinet approved the deal"; a deal "approved in a referendum" or "by parliament" is
  // a procedure, not the subject's acceptance.
  cue(
    "accepts",
    "approv(?:e|es|ed|ing)",
    "subject",
    "after",
    (_before, after) => !/^\s+(?:in|by|at|during|through|via)\b/i.test(after),
  ),
];

/** The position a negated cue takes: "will not accept" rejects, "neither … favours" opposes. */
export const NEGATED: Partial<Record<Position, Position>> = {
  supports: "opposes",
  accepts: "rejects",
  opposes: "supports",
  demands: "rejects",
  // "did not reject the quota", "would not refuse observers": a door left open.
  rejects: "accepts",
};
