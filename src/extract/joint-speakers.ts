/**
 * Speakers who speak together. A coordinated subject credits each actor in it
 * ("Markou and Demir said", "Ankara, Athens and the UN said", "she and the
 * envoy said"); a plural phrase that sums up actors named just before it
 * credits them when it can only mean two of them: "both men said", "the two
 * leaders said" (people), "both sides said", "the two governments said"
 * (states and blocs).
 */
import type { Actor, Mention } from "../model/index.js";
import { type MentionIndex, tokenAt } from "./speech-verbs.js";

/** The actors named, with "and" and commas, right before the subject mention `m`. */
export function coordinatedBefore(ix: MentionIndex, m: Mention, first: number): Mention[] {
  const { tokens } = ix.doc;
  const out: Mention[] = [];
  let k = tokenAt(ix, m.start) - 1;
  // The last link must be "and": "In Paris, Markou said" names one speaker.
  if (tokens[k]?.normal !== "and") return [];
  while (k > first && (tokens[k]!.normal === "and" || tokens[k]!.text === ",")) {
    const prev = ix.byEnd.get(tokens[k - 1]?.end ?? -1);
    if (!prev) break;
    out.push(prev);
    k = tokenAt(ix, prev.start) - 1;
  }
  // "met Markou and Demir said" or "talks with A and B": objects, not speakers.
  const before = tokens[k];
  if (before && k >= first && (before.pos === "VERB" || before.pos === "ADP")) return [];
  return out.filter((o, i) => o.actorId !== m.actorId && out.indexOf(o) === i);
}

const PEOPLE = new Set(
  "men women leaders presidents ministers heads envoys negotiators".split(" "),
);
const PARTIES = new Set("sides countries governments capitals states parties nations".split(" "));

/** Which kinds of actor a plural head noun sums up, or null when it is not such a phrase. */
function groupKinds(words: readonly string[]): ReadonlySet<Actor["kind"]> | null {
  const head = words[words.length - 1] ?? "";
  const lead = words.slice(0, -1).join(" ");
  if (!/^(?:both|both the|the two|the two \S+)$/.test(lead)) return null;
  if (PEOPLE.has(head)) return new Set(["person"]);
  if (PARTIES.has(head)) return new Set(["state", "bloc"]);
  return null;
}

/**
 * The two actors a group phrase (tokens a..b) means: the distinct actors of the
 * right kind named before it in its sentence; null unless there are exactly two.
 */
export function groupMembers(
  ix: MentionIndex,
  a: number,
  b: number,
  first: number,
): Mention[] | null {
  const { tokens } = ix.doc;
  const kinds = groupKinds(tokens.slice(a, b + 1).map((t) => t.normal));
  if (!kinds) return null;
  const start = tokens[a]!.start;
  const sentence = tokens[first]!.sentence;
  const fits = (m: Mention) => {
    const kind = ix.kinds.get(m.actorId);
    return !!kind && kinds.has(kind) && m.start < start && !ix.quoted[tokenAt(ix, m.start)];
  };
  // Only the sentence itself: across sentences "both leaders" may mean a pair that
  // met while a third was named last ("… after a call with Putin. Both leaders said").
  const seen: Mention[] = [];
  for (const m of ix.doc.mentions) {
    if (m.sentence !== sentence || !fits(m)) continue;
    if (!seen.some((s) => s.actorId === m.actorId)) seen.push(m);
  }
  return seen.length === 2 ? seen : null;
}
