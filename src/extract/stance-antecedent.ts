/**
 * "Suthia was silent for weeks. On Friday it accepted the quota": a stance
 * whose subject is "it" belongs to the state or body the text was just about.
 * The mentions layer resolves only personal pronouns, so the stance layer
 * looks for the antecedent itself, and only where it is plain: the subject
 * that opens this sentence, else the one that opens the sentence before.
 */
import type { Actor, Mention } from "../model/index.js";
import type { WorkingDoc } from "./types.js";

/** "it" right before the cue, with only auxiliaries and adverbs between. */
const IT_SUBJECT =
  /\b[Ii]t\s+(?:(?:has|had|have|would|will|could|can|also|now|then|later|soon|eventually|finally|still|already|not|never|no longer|since|once again|again|\p{Ll}+ly)\s+)*$/u;
/** What may open a sentence before its subject: "The", a time phrase, a linking word. */
const OPENING =
  /^\s*(?:(?:the|on \p{Lu}\p{L}+|then|now|later|meanwhile|however|instead|in \p{Lu}\p{L}+)[\s,]+)*$/iu;
/** "Norland's cabinet", "Norland's army": the possessor still names the body that acts. */
const OWN_BODY =
  /^['’]s\s+(?:own\s+)?(?:government|cabinet|ministry|foreign ministry|army|military|leadership|parliament|delegation)\b/i;

/** The actor a subject "it" before `cueStart` stands for, or null. */
export function itAntecedent(
  doc: WorkingDoc,
  actors: ReadonlyMap<string, Actor>,
  sentenceIndex: number,
  clauseLead: string,
  cueStart: number,
): string | null {
  if (!IT_SUBJECT.test(clauseLead)) return null;
  const text = doc.report.text;
  for (const index of [sentenceIndex, sentenceIndex - 1]) {
    const sentence = doc.sentences[index];
    if (!sentence) continue;
    const first = doc.mentions
      .filter((m: Mention) => m.sentence === index && m.start < cueStart)
      .sort((a, b) => a.start - b.start)[0];
    if (!first) continue;
    const actor = actors.get(first.actorId);
    if (!actor || actor.kind === "person") return null;
    if (!OPENING.test(text.slice(sentence.start, first.start))) return null;
    // The mention must be the subject itself or own the body that is ("Norland's cabinet").
    const next = text.slice(first.end, first.end + 30);
    if (/^['’]s\b/.test(next) && !OWN_BODY.test(next)) return null;
    return actor.id;
  }
  return null;
}
