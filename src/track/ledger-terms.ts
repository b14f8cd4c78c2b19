/**
 * The words a stated plan is recognised by across reports: its content words
 * (cut to a short stem so "meet" and "meeting" agree) and the actors named in
 * it. Two statements are of one plan when they share enough of these.
 */
import type { ExtractedReport, Span } from "../model/index.js";

const STOP = new Set(
  (
    "the a an of and or but to in on at for with that this those these will would shall could can " +
    "be been being is are was were has have had do does did expected due set scheduled going plans plan " +
    "planned planning intends intended promised promises pledged pledges vowed vows agreed committed " +
    "said says say told added he she they it his her their them we our its who what which as by from " +
    "also again very more most all any each into about after before then than there here not no " +
    "president prime minister leaders leader officials official mr ms"
  ).split(" "),
);

export const stemOf = (word: string) =>
  word
    .toLowerCase()
    .replace(/[’']s$/, "")
    .slice(0, 6);

/** Content stems of a text plus the ids of the actors mentioned (as "@id") inside `span` of the report. */
export function termsOf(x: ExtractedReport, span: Span, extraActor?: string | null): Set<string> {
  const text = x.report.text.slice(span.start, span.end);
  const out = new Set<string>();
  for (const w of text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []) {
    if (w.length < 3 || STOP.has(w.toLowerCase())) continue;
    out.add(stemOf(w));
  }
  for (const m of x.mentions)
    if (m.start >= span.start && m.end <= span.end) out.add(`@${m.actorId}`);
  if (extraActor) out.add(`@${extraActor}`);
  return out;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared;
}

/**
 * Whether two statements are of the same plan: two shared terms making half
 * the smaller set, or (`loose`, for statements whose windows overlap) three.
 */
export function samePlan(a: Set<string>, b: Set<string>, loose = false): boolean {
  const shared = sharedCount(a, b);
  return (shared >= 2 && shared / Math.min(a.size, b.size) >= 0.5) || (loose && shared >= 3);
}

/** Whether a sentence tells of the plan: two shared terms, at least one of them a word, not an actor. */
export function tellsOf(plan: Set<string>, sentence: Set<string>): boolean {
  let shared = 0;
  let words = 0;
  for (const t of plan) {
    if (!sentence.has(t)) continue;
    shared++;
    if (!t.startsWith("@")) words++;
  }
  return shared >= 2 && words >= 1;
}

/** The kind of thing a plan is: a later report must tell that kind of thing happened. */
export type PlanAction =
  | "meeting"
  | "call"
  | "travel"
  | "signing"
  | "result"
  | "opening"
  | "handover"
  | "withdrawal";

/**
 * Each kind: how a plan states it, how a later report tells it done, and (for
 * the kinds that can be held back) how one tells it is not being done, which
 * settles the plan as missed: "would stay closed until", "has not freed".
 */
const ACTIONS: Array<[PlanAction, RegExp, RegExp, RegExp?]> = [
  [
    "meeting",
    /\b(?:meet|meets|meeting|gather|summit|host|sit down|talks (?:in|at|with)|convene|come to|bring)\b/i,
    /\b(?:met|gathered|hosted|held talks|sat down|convened|(?:summit|meeting|talks) (?:took place|was held|were held)|agreed in (?!(?:the|their|its|his|her|a|an|principle|writing|part|full)\b)|received)\b/i,
  ],
  [
    "call",
    /\b(?:speak|talk|call|conversation)\b/i,
    /\b(?:spoke|talked|held (?:a|an|their) (?:[\w-]+ )?(?:phone |telephone )?(?:call|conversation)|during (?:a|an|their) (?:[\w-]+ )?(?:phone |telephone )?call)\b/i,
  ],
  [
    "travel",
    /\b(?:travel|trip|visit|fly|land in|arrive in)\b/i,
    /\b(?:travel(?:l)?ed|visited|arrived|flew|landed)\b/i,
  ],
  ["signing", /\bsign\b/i, /\bsigned\b/i],
  [
    "opening",
    /\b(?:re)?open(?:ing)?\b/i,
    /\b(?:re)?opened\b|\bwas (?:re)?opened\b/i,
    /\b(?:remains?|remained|stays?|stayed|kept|keeps|(?:will|would) (?:stay|remain|be kept)) (?:closed|shut)\b|\b(?:will|would|did|does|has|have|had) not (?:yet |been )?(?:re)?open(?:ed)?\b|\b(?:won['’]t|wouldn['’]t|didn['’]t|hasn['’]t|haven['’]t) (?:yet )?(?:re)?open(?:ed)?\b/i,
  ],
  [
    "handover",
    /\b(?:release|free|hand over|handover|return|exchange)\b/i,
    /\b(?:released|freed|handed over|returned|exchanged)\b/i,
    /\b(?:(?:will|would|did|does|has|have|had) not (?:yet )?(?:release|free|hand over|return|released|freed|handed over|returned)|(?:won['’]t|wouldn['’]t|didn['’]t|hasn['’]t|haven['’]t) (?:yet )?(?:release|free|hand over|return|released|freed|handed over|returned)|(?:short|fell short) of\b)/i,
  ],
  [
    "withdrawal",
    /\b(?:withdraw|withdrawal|pull back|pull out|pullback)\b/i,
    /\b(?:withdrew|pulled back|pulled out|completed (?:the|their|its) withdrawal)\b/i,
    /\b(?:(?:will|would|did|has|have|had) not (?:yet )?(?:withdraw|withdrawn|pull back|pulled back)|(?:won['’]t|didn['’]t|hasn['’]t|haven['’]t) (?:yet )?(?:withdraw|withdrawn|pull back|pulled back))\b/i,
  ],
  [
    "result",
    /\b(?:(?:be|become|becomes) (?:known|clear)|(?:will|would|['’]ll) know|announce)\b|['’]ll know\b/i,
    /\b(?:announced|became clear)\b/i,
  ],
];

/** A condition, up to the end of its clause. */
const CONDITION =
  /\b(?:until|unless|if|once|provided|as soon as|in exchange for|in return for)\b[^,;]*/gi;

/**
 * What kind of plan a clause states (the act named first: "call Putin once the
 * meeting is over" is a call), or null when it names no act a report could see done.
 */
export function actionOf(text: string): PlanAction | null {
  // "will cut aid until the bodies are returned": a condition names another act than the plan's.
  const act = text.replace(CONDITION, " ");
  let best: { action: PlanAction; at: number } | null = null;
  for (const [action, plan] of ACTIONS) {
    const at = act.search(plan);
    if (at >= 0 && (!best || at < best.at)) best = { action, at };
  }
  return best?.action ?? null;
}

/** Whether a sentence tells the act was done. */
export function tellsDone(action: PlanAction, text: string): boolean {
  return ACTIONS.find(([a]) => a === action)![2].test(text);
}

/** Whether a sentence tells the act is not being done (held back, kept closed): the plan is missed. */
export function tellsNotDone(action: PlanAction, text: string): boolean {
  return ACTIONS.find(([a]) => a === action)![3]?.test(text) ?? false;
}

/** Whether a sentence tells any act held back: such sentences can settle a plan as missed. */
export function tellsAnyNotDone(text: string): boolean {
  return ACTIONS.some(([, , , notDone]) => notDone?.test(text));
}

/** Whether a sentence tells any act done: the only sentences that can settle a plan as met. */
export function tellsAnyDone(text: string): boolean {
  return ACTIONS.some(([, , done]) => done.test(text));
}
