/**
 * What the words around a stance cue do to its position: a negation in the
 * cue's own clause turns it over ("will not accept", "no longer opposes"), a
 * hypothetical or a question states none ("whether he would accept"), and a
 * condition attached to it makes it conditional ("no objection …, provided
 * that …", "if it is a free zone, the people must decide", "would not sign a
 * deal that left …").
 */
import type { Position } from "../model/index.js";
import { NEGATED } from "./predicates.js";

/** A negation word; "not only" and "no doubt" negate nothing. */
const NEGATION =
  /\b(?:not(?!\s+only\b)|cannot|never|neither|nor|no longer|hardly|no(?=\s+(?:longer|more)\b))\b|n[’']t\b/i;
/** "had no legal or moral right to", "has no intention of": what one may not or will not do. */
const NO_RIGHT =
  /\bno\s+(?:[\p{L}-]+\s+(?:or\s+[\p{L}-]+\s+)?)?(?:right|authority|mandate|power|intention|plans?)\s+(?:to|of)\s+$/iu;
/**
 * "nobody could force Keld to accept", "Varn pressed Orsk to drop": what someone is
 * pushed to do is not yet what they hold.
 */
const PUSHED_TO =
  /\b(?:force[sd]?|forcing|compel(?:s|led|ling)?|pressure[sd]?|pressuring|press(?:es|ed|ing)?|push(?:es|ed|ing)?|urge[sd]?|urging|ask(?:s|ed|ing)?|persuade[sd]?|persuading|convince[sd]?|convincing|call(?:s|ed|ing)? on|lean(?:s|ed|ing)? on)\s+(?:[\p{L}.'’-]+\s+){1,5}?to\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Words that put the clause in a question or a mere possibility. */
const HYPOTHETICAL = /\b(?:whether|what|how|why)\b/i;
/** "understood why", "showed why": the reason is taken as given, nothing is asked. */
const FACTIVE_WHY =
  /\b(?:understood|understands?|knew|knows?|explained|explains?|showed|shows?|shown|saw|sees?)\s+why\b/gi;
/** "is exactly what", "was just what": the "what" of a pseudo-cleft. */
const PSEUDO_CLEFT = /\b(?:is|are|was|were)\s+(?:(?:precisely|exactly|just|also|not)\s+)?what\b/gi;
/** "… if Varn releases the hostages": a condition whose clause opens with a name. */
const IF_NAMED = /^[^.;]*?\bif\s+\p{Lu}/u;
/** A condition attached after the cue: the stance holds only on it. */
const CONDITION_AFTER =
  /^[^.;]*?(?:\bprovided(?: that)?\b|\bproviding\b|\bonly if\b|\bbut only\b|\bas long as\b(?! (?:it takes|necessary|needed|possible)\b)|\bso long as\b|\bon (?:the )?condition\b(?! of anonymity)|\bonly (?:after|once|when)\b|\bunless\b|\bif\s+(?:the|a|an|it|they|he|she|we|its|their|both|all)\b)/i;
/** "a deal that left …", "any agreement which would …": refusing only some deals sets a condition. */
const RESTRICTED_OBJECT =
  /^\s+(?:a|any|an|the kind of)\s+(?:[\p{L}-]+\s+)?(?:deal|agreement|settlement|plan|peace|arrangement|text|accord|treaty|compromise)\s+(?:that|which)\s+(?:would\s+|could\s+|might\s+)?(?:leave|left|leaves|give|gave|gives|allow|allowed|allows|force|forced|forces|reward|rewards|rewarded|put|puts|expose|exposes|exposed|require|requires|required|mean|means|meant|undermine|undermines|undermined)\b/iu;

/** "if they don't disarm", "if Keld refuses", "unless it complies": a condition that is a refusal. */
const THREAT_IF =
  /\b(?:if\s+(?:[\p{L}'’-]+\s+){1,3}(?:(?:does|do|did|will|would)\s*(?:not|n['’]t)|refuses?|refused|fails?|failed)|unless\s+(?:[\p{L}'’-]+\s+){1,3}(?:complies|comply|complied|agrees?|agreed))\b/iu;

/** A clause that opens with "should", "had" or "were" before its subject is a condition. */
const INVERTED_CONDITION = /^\s*(?:[Ss]hould|[Hh]ad|[Ww]ere)\s+(?:the\s+)?\p{Lu}[^,]*$/u;
/** "could accept", "might back": the cue right after a modal of possibility. */
const MERE_POSSIBILITY = /\b(?:could|might|may)\s+(?:(?:well|yet|still|eventually|also)\s+)?$/i;

export interface ScopeInput {
  /** The text of the cue's clause from its start up to the cue. */
  lead: string;
  /** The cue's own words. */
  cue: string;
  /** The rest of the sentence after the cue. */
  after: string;
  position: Position;
}

/**
 * The position a cue states in its clause, or null when it states none. A
 * condition is looked for after negation, so "would not accept a deal that
 * left …" becomes a condition rather than a refusal.
 */
export function scopedPosition({ lead, cue, after, position }: ScopeInput): Position | null {
  if (position === "denies") return NEGATION.test(lastWords(lead, 3)) ? null : position;
  if (PUSHED_TO.test(lead)) return null;
  // "That truce is precisely what Varn refuses": a pseudo-cleft states the stance, it asks nothing;
  // "understood why Varn would not agree" takes the reason as given; a question word before a
  // comma ("to decide whether a deal holds, the text lacks …") governs another clause.
  const asked = lead.replace(PSEUDO_CLEFT, " ").replace(FACTIVE_WHY, " ").split(",").pop()!;
  if (HYPOTHETICAL.test(asked)) return null;
  // "If it is a free zone, the people must decide": the clause is the main one, conditioned.
  const ifLead = /\b(?:if|unless)\b([^,]*),/i.exec(lead);
  // The cue itself inside an "if" clause ("only if Moscow will accept") states nothing of its own,
  // nor inside a clause that puts the condition first ("Should Keld reject the truce, …").
  if (/\b(?:if|unless)\b[^,]*$/i.test(lead) || INVERTED_CONDITION.test(lead)) return null;
  // "Norland could accept the quota": a possibility, not a position ("could live with" is a cue of its own).
  if (MERE_POSSIBILITY.test(lead) && !/^(?:could|might|may)\b/i.test(cue)) return null;
  let result: Position | null = position;
  // "If they don't disarm, we will …": a negation inside the condition does not reach the cue.
  const main = ifLead ? lead.slice(ifLead.index + ifLead[0].length) : lead;
  const negated = (NEGATION.test(lastWords(main, 4)) || NO_RIGHT.test(lead)) && !NEGATION.test(cue);
  if (negated) result = NEGATED[position] ?? null;
  // "is not pressing for a truce": not pushing for a thing is holding back from it, not refusing it.
  if (negated && position === "demands" && /^(?:press|push)/i.test(cue)) result = "opposes";
  if (!result) return null;
  // "will not give up land without a ceasefire": refused only without something, so accepted on it.
  if (result === "rejects" && (negated || NEGATION.test(cue)) && /^[^,;]*\bwithout\b/i.test(after))
    return "conditions";
  // "concessions without guarantees would only invite war": the subject is refused only
  // without something, so it is accepted on it.
  if ((result === "rejects" || result === "opposes") && /\bwithout\b[^,;]*$/i.test(lead))
    return "conditions";
  if (position === "conditions") return result;
  // "If they don't disarm, we will disarm them", "…by force if it does not agree": a demand
  // backed by a threat on refusal stays a demand; the condition is only the refusal.
  if (result === "demands" && THREAT_IF.test(`${lead} ${after}`)) return result;
  if (ifLead || CONDITION_AFTER.test(after) || IF_NAMED.test(after)) return "conditions";
  if ((result === "rejects" || result === "opposes") && RESTRICTED_OBJECT.test(after))
    return "conditions";
  return result;
}

function lastWords(text: string, n: number): string {
  return text.trim().split(/\s+/).slice(-n).join(" ");
}
