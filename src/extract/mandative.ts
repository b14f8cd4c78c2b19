/**
 * Demands in the subjunctive: "insisted that Ukraine pull its troops out" uses a
 * bare verb after a named subject, which makes the clause a demand (a stance),
 * not reported content; "insisted that Ukraine pulls" or "pulled" is reported.
 */
import { type Cue, type MentionIndex, tokenAt } from "./speech-verbs.js";

/** Verbs that report a demand when their "that" clause has a bare verb. */
const DEMAND_VERBS = /^(?:insist|demand|urge|propose|suggest|recommend|ask|request|require)/;

/**
 * "insisted that Ukraine pull its troops out": a bare verb after a named subject is
 * a demand (a stance), not reported content; "insisted that Ukraine pulls" is.
 */
export function isMandative(ix: MentionIndex, cue: Cue, i: number): boolean {
  const { tokens } = ix.doc;
  if (!DEMAND_VERBS.test(tokens[cue.first]!.normal)) return false;
  const subject = ix.byStart.get(tokens[i]?.start ?? -1);
  if (!subject) return false;
  const verb = tokens[tokenAt(ix, subject.end)];
  return (
    !!verb && verb.pos === "VERB" && !/(?:s|ed)$/.test(verb.normal) && !PAST_FORMS.has(verb.normal)
  );
}

/** Irregular past forms, which end in neither -s nor -ed but are not bare verbs. */
const PAST_FORMS = new Set(
  `withdrew took gave made sent kept left went came began drew held met paid sold brought built
  fought lost won stood ran bought thought broke chose spoke wrote threw struck fell got hid
  flew grew knew led meant rode rose sank saw shot sought slept spent stole swore taught tore
  told understood woke wore`
    .split(/\s+/)
    .filter(Boolean),
);
