/**
 * Stances told in the passive voice: "the plan was rejected by Keld", "a truce
 * proposed by Orsk", "the roadmap, backed by Varn and Orsk, …". The holder is
 * the agent after "by", not the subject before the cue; the issue is that
 * subject (what was rejected, proposed or backed).
 */
import type { Mention } from "../model/index.js";

/** A cue in participle form: "rejected", "turned down", "put forward", "given up". */
const PARTICIPLE = /(?:ed|en|put forward|set out|turned down)$/i;
/** What may stand before a passive participle: a form of "be", or a noun phrase it follows. */
const BE_BEFORE =
  /\b(?:is|are|was|were|be|been|being)\s+(?:(?:also|already|now|since|then|flatly|firmly|quickly|swiftly|widely|openly|publicly|reportedly|formally|not|never)\s+)*$/i;
/**
 * "a truce proposed by", "the roadmap, backed by": a participle right after a
 * noun or comma. After an adverb of time ("first presented by") the sentence
 * tells where a text came from, not a position.
 */
const REDUCED_BEFORE =
  /(?:(?<![\p{L}\d-])(?!(?:first|originally|initially|previously|earlier|once|later)\s)[\p{L}\d-]+(?<!ly)|,)\s+$/iu;
/** "offered by his counterpart": a possessive names whose counterpart, not who acts. */
const POSSESSIVE = /^(?:his|her|its|their|our|my|your)$/i;
const BY_AFTER =
  /^\s+(?:(?:also|jointly|quickly|swiftly|flatly|firmly|publicly|formally)\s+)?by\s+/i;
const JOIN = /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/i;

export interface PassiveAgent {
  /** The actors after "by", in text order. */
  holders: string[];
}

/**
 * The agent of a participle cue at [start, end) told in the passive voice, or
 * null when the cue is not passive or its agent is no actor ("backed by
 * analysts").
 */
export function passiveAgent(
  text: string,
  mentions: readonly Mention[],
  lead: string,
  start: number,
  end: number,
): PassiveAgent | null {
  if (!PARTICIPLE.test(text.slice(start, end))) return null;
  const by = BY_AFTER.exec(text.slice(end, end + 40));
  if (!by) return null;
  if (!BE_BEFORE.test(lead) && !REDUCED_BEFORE.test(lead)) return null;
  const agentStart = end + by[0].length;
  const after = mentions.filter((m) => m.start >= agentStart).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (!first || !/^(?:the\s+)?$/i.test(text.slice(agentStart, first.start))) return null;
  if (POSSESSIVE.test(first.text)) return null;
  const group = [first];
  for (const m of after.slice(1)) {
    const last = group[group.length - 1]!;
    if (!JOIN.test(text.slice(last.end, m.start))) break;
    group.push(m);
  }
  return { holders: [...new Set(group.map((m) => m.actorId))] };
}
