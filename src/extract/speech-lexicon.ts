/**
 * The words of speech cues: reporting verbs in every inflection, the nouns a
 * speaker's report goes by ("its claim that …"), audiences ("told
 * reporters") and the time words skipped around a cue. Verbs are listed by
 * their base form; the inflections are built by English spelling rules, with
 * the irregular forms given.
 */

import { wordTable } from "../util/lookup.js";
import type { Token } from "./types.js";

export type CueKind = "say" | "that" | "quote" | "according" | "accuse" | "urge";

/** Irregular past forms of reporting verbs. */
const IRREGULAR_PAST: Record<string, string> = wordTable({
  say: "said",
  tell: "told",
  write: "wrote",
});
/** Verbs that double their last consonant: "admitted", "signalled". */
const DOUBLING = new Set(["admit", "commit", "regret", "signal", "rebut", "refer", "aver"]);

/** The base, -s, past and -ing forms of a verb. */
export function inflections(base: string): string[] {
  const stem = DOUBLING.has(base) ? base + base[base.length - 1] : base;
  const third = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const past =
    IRREGULAR_PAST[base] ??
    (base.endsWith("e")
      ? `${base}d`
      : /[^aeiou]y$/.test(base)
        ? `${base.slice(0, -1)}ied`
        : `${stem}ed`);
  const ing = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${stem}ing`;
  const extra = base === "signal" ? ["signaled", "signaling"] : [];
  return [base, third, past, ing, ...extra];
}

const lexicon = (bases: string) =>
  new Set(
    bases
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((b) => inflections(b)),
  );

/** Verbs after which a reported clause may follow with or without "that". */
const SAY_VERBS = lexicon("say tell add write repeat");

/** Verbs that report speech but take a clause only with "that". */
const THAT_VERBS = lexicon(
  `state announce insist warn argue note claim deny confirm acknowledge suggest indicate
  emphasize emphasise stress caution concede predict explain declare assert maintain reiterate
  admit promise pledge vow inform demand reply respond recall observe remark report disclose reveal complain
  boast contend counter allege estimate signal hint tweet post conclude assess`,
);

/** Verbs that attribute a quote placed after them but report no clause: "called it “…”". */
const QUOTE_ONLY_VERBS = lexicon("call describe ask dub term");

/** "urged Norland to reopen the port": the object and what it is to do are the reported content. */
const URGE_VERBS = lexicon("urge instruct");

/** "accused Kyiv of attacking …": the charge follows "of". */
const ACCUSE_VERBS = lexicon("accuse");

export const AUDIENCE_VERBS = lexicon("tell");
export const AUDIENCE_NOUNS = new Set(
  "reporters journalists press lawmakers parliament him her them us me officials media television broadcaster".split(
    " ",
  ),
);
/** Words skipped between a subject and its verb, or a verb and its clause. */
export const TIME_WORDS = new Set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight afterwards
  afterward later earlier again also repeatedly previously recently`
    .split(/\s+/)
    .filter(Boolean),
);

/** Nouns for what a speaker said, which report a clause with "that": "its claim that …". */
export const REPORT_NOUNS = new Set(
  `claim claims assertion assertions insistence warning warnings statement statements argument
  allegation allegations accusation accusations charge charges assurance assurances promise
  pledge denial report reports suggestion suggestions`
    .split(/\s+/)
    .filter(Boolean),
);

export function cueKind(t: Token): CueKind | null {
  if (t.pos !== "VERB" && t.pos !== "AUX") return null;
  return cueKindOfWord(t.normal);
}

/**
 * "has informed the UN that …": the tagger may read a participle after "has" as an
 * adjective; after a form of "have" it is the verb all the same.
 */
export function perfectCueKind(tokens: readonly Token[], i: number): CueKind | null {
  const t = tokens[i]!;
  if (t.pos !== "ADJ" || !/^(?:has|have|had)$/.test(tokens[i - 1]?.normal ?? "")) return null;
  return cueKindOfWord(t.normal);
}

function cueKindOfWord(normal: string): CueKind | null {
  const t = { normal };
  if (SAY_VERBS.has(t.normal)) return "say";
  if (THAT_VERBS.has(t.normal)) return "that";
  if (QUOTE_ONLY_VERBS.has(t.normal)) return "quote";
  if (URGE_VERBS.has(t.normal)) return "urge";
  if (ACCUSE_VERBS.has(t.normal)) return "accuse";
  return null;
}

export const isSpeechVerb = (normal: string) =>
  SAY_VERBS.has(normal) ||
  THAT_VERBS.has(normal) ||
  QUOTE_ONLY_VERBS.has(normal) ||
  URGE_VERBS.has(normal);

/** "accused", "charged": a speech verb or one that brings a charge. */
export const isCueWord = (normal: string) => isSpeechVerb(normal) || ACCUSE_VERBS.has(normal);

/** True when a speech verb follows token i, past at most two adverbs or auxiliaries: "he also said". */
export function speechVerbFollows(
  tokens: readonly Token[],
  i: number,
  isVerb: (normal: string) => boolean = isSpeechVerb,
): boolean {
  for (let j = i + 1; j < Math.min(tokens.length, i + 4); j++) {
    const t = tokens[j]!;
    if (isVerb(t.normal)) return true;
    if (t.pos !== "ADV" && t.pos !== "AUX" && t.pos !== "PART") return false;
  }
  return false;
}
