/**
 * Where a reported clause begins and ends, beside the plain sentence end: an
 * appositive it reads across ("the plan, a draft from May, was …"), a closing
 * tag with its own speaker, a relative clause that reports someone else, and
 * the semicolon, colon or speech frame a clause before a tag starts after.
 */
import { ROLE_NOUNS } from "./role-mentions.js";
import { perfectCueKind } from "./speech-lexicon.js";
import { cueKind, type MentionIndex, tokenAt } from "./speech-verbs.js";
import { isBodyNoun } from "./state-voices.js";
import type { Token } from "./types.js";

/** The token after a mention or pronoun starting at i ("Ms Markou says"), else i. */
export function subjectEnd(ix: MentionIndex, i: number): number {
  const m = ix.byStart.get(ix.doc.tokens[i]?.start ?? -1);
  if (m) return tokenAt(ix, m.end);
  let k = i;
  if (["mr", "ms", "mrs", "dr"].includes(ix.doc.tokens[k]?.normal.replace(".", "") ?? "")) k++;
  const t = ix.doc.tokens[k];
  return t && (t.pos === "PRON" || t.pos === "PROPN") ? k + 1 : i;
}

/**
 * The comma that closes an appositive opened at token `from` ("a …,") when a
 * finite verb follows it, within a few words; -1 when there is none.
 */
export function appositiveEnd(ix: MentionIndex, from: number, last: number): number {
  const { tokens } = ix.doc;
  for (let k = from + 1; k <= Math.min(last - 1, from + 16); k++) {
    const t = tokens[k]!;
    if (ix.quoted[k] || t.text === ";" || t.text === ":") return -1;
    if (t.text !== ",") continue;
    let v = k + 1;
    while (tokens[v]?.pos === "ADV") v++;
    const verb = tokens[v];
    return verb &&
      ["AUX", "VERB"].includes(verb.pos) &&
      !/(?:ing|ed)$/.test(verb.normal) &&
      !cueKind(verb)
      ? k
      : -1;
  }
  return -1;
}

/**
 * Whether the comma at token `comma` opens a closing tag: a short subject (title
 * words or a name) and a speech verb, e.g. ", spokesman Hakan Yilmaz told reporters".
 */
export function tagFollows(ix: MentionIndex, comma: number, last: number): boolean {
  const { tokens } = ix.doc;
  let k = comma + 1;
  while (k <= last && k - comma <= 6 && !ix.quoted[k] && isTitleToken(tokens[k]!)) k++;
  if (k === comma + 1) return false;
  while (k <= last && (tokens[k]!.pos === "AUX" || tokens[k]!.pos === "ADV")) k++;
  const verb = tokens[k];
  return !!verb && k <= last && !!cueKind(verb) && !verb.normal.endsWith("ing");
}

/**
 * The first token after the last semicolon or colon before token `end`: "It was a
 * point he made twice: without X, he said, …" reports only what follows the colon.
 */
export function afterBreak(ix: MentionIndex, from: number, end: number): number {
  for (let k = end - 1; k > from; k--)
    if ((ix.doc.tokens[k]!.text === ";" || ix.doc.tokens[k]!.text === ":") && !ix.quoted[k])
      return k + 1;
  return from;
}

/**
 * "Athens says the ministers will meet, Yilmaz said": a tag's clause starts after
 * an earlier speech verb (and its "that") in the same stretch.
 */
export function afterFrame(ix: MentionIndex, from: number, end: number): number {
  const { tokens } = ix.doc;
  for (let k = end - 1; k > from; k--) {
    // "Morel instructed the army to …, her office said": an appeal is what the tag reports.
    const kind = ix.quoted[k] ? null : (cueKind(tokens[k]!) ?? perfectCueKind(tokens, k));
    if (!kind || kind === "urge" || tokens[k]!.normal.endsWith("ing")) continue;
    if (tokens[k - 1]?.text === "," || tokens[k + 1]?.text === ",") continue;
    // A frame has a subject right before its verb ("Athens says", "the ministry has
    // said"), not a passive ("is declared") or an infinitive.
    let p = k - 1;
    while (tokens[p]?.pos === "ADV") p--;
    if (["has", "have", "had"].includes(tokens[p]?.normal ?? "")) p--;
    if (!["NOUN", "PROPN", "PRON"].includes(tokens[p]?.pos ?? "")) continue;
    const j = afterAudience(ix, k);
    return tokens[j]?.normal === "that" ? j + 1 : j;
  }
  return from;
}

/** "told the United Nations …", "informed Varn that …": the token after the audience a verb at k names. */
function afterAudience(ix: MentionIndex, k: number): number {
  const { tokens } = ix.doc;
  if (!/^(?:tell|tells|told|inform|informs|informed)$/.test(tokens[k]!.normal)) return k + 1;
  const article = tokens[k + 1]?.normal === "the" ? 1 : 0;
  const audience = ix.byStart.get(tokens[k + 1 + article]?.start ?? -1);
  return audience ? tokenAt(ix, audience.end) : k + 1;
}

/** A word that can belong to a speaker's title: "the", "Kremlin", "spokesman", "U.S.". */
export function isTitleToken(t: Token): boolean {
  // A role in the plural ("…, Brazilian officials said") titles a tag as well.
  const role = ROLE_NOUNS.has(t.normal) || ROLE_NOUNS.has(t.normal.replace(/s$/, ""));
  // "…, her office said": a possessive pronoun opens a tag as an article does, and
  // a body ("office", "ministry") is its head as a role is.
  const owner = ["his", "her", "its", "their"].includes(t.normal) || isBodyNoun(t.normal);
  return /^\p{Lu}/u.test(t.text) || t.pos === "DET" || t.pos === "ADJ" || role || owner;
}
