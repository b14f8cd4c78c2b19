/**
 * Third-person pronouns ("he", "she", "his", "her", "him") resolved to a person
 * already mentioned. The rule prefers the grammatical subject: the first
 * person mentioned earlier in the same sentence, else the first person of the
 * previous sentence (further back, up to three sentences, only when the pronoun
 * is the subject of a speech verb: "he said"). Pronouns inside direct quotes
 * are the speaker's own and are left alone, and so are mentions inside quotes
 * as antecedents. "They" is not resolved: it rarely means one actor. "It"
 * and "the group" are resolved to an organisation or a state only as speakers
 * (resolveBodies).
 */
import type { Actor, Mention } from "../model/index.js";
import { insideQuote, type QuotedRegion } from "./quote-marks.js";
import { speechVerbFollows } from "./speech-verbs.js";
import type { Token, WorkingDoc } from "./types.js";

const PRONOUN_GENDER: Record<string, "male" | "female"> = {
  he: "male",
  his: "male",
  him: "male",
  she: "female",
  her: "female",
};

/** Words that open a fronted clause or phrase: a subordinator or a preposition. */
const SUBORDINATORS = new Set(
  (
    "before after when while as although though if since once until unless asked " +
    "in during at on with following despite amid ahead speaking for from over under without by after"
  ).split(" "),
);

/**
 * For each sentence that opens with a subordinator or a preposition ("Before
 * Zelenskyy arrived,", "In a call with Trump on Sunday,"), the offset of its
 * first comma: names before it are not the sentence subject.
 */
function frontedClauseEnds(tokens: readonly Token[]): Map<number, number> {
  const ends = new Map<number, number>();
  let current = -1;
  let open = false;
  for (const t of tokens) {
    if (t.sentence !== current) {
      current = t.sentence;
      open = SUBORDINATORS.has(t.normal);
    } else if (open && t.text === ",") {
      ends.set(current, t.start);
      open = false;
    }
  }
  return ends;
}

/** Token i follows a comma or a closing quotation mark: "…, he said", "…” she added". */
function isTagStart(tokens: readonly Token[], i: number, quotes: readonly QuotedRegion[]): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return false;
  return prev.text === "," || quotes.some((q) => q.close === prev.start);
}

/** Whether a mention is the subject of a speech verb: "Demir said", "he told". */
function speaksAt(tokens: readonly Token[], m: Mention, bySpan: Map<number, number>): boolean {
  const last = bySpan.get(m.end);
  return last !== undefined && speechVerbFollows(tokens, last);
}

/** Adds a "pronoun" mention for each resolvable pronoun; returns all mentions sorted. */
export function resolvePronouns(
  doc: Pick<WorkingDoc, "tokens">,
  named: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  quotes: readonly QuotedRegion[],
): Mention[] {
  const persons = named.filter(
    (m) => actors.get(m.actorId)?.kind === "person" && !insideQuote(quotes, m.start),
  );
  const added: Mention[] = [];
  const bySentence = new Map<number, Mention[]>();
  const remember = (m: Mention) =>
    bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  for (const m of persons) remember(m);
  // The subject comes first, but not a name inside a fronted clause ("Before Zelenskyy arrived, Trump…").
  const fronted = frontedClauseEnds(doc.tokens);
  // The token ending at each offset (the last one, as a Map built from all would
  // keep), built only when a pronoun that speaks needs it.
  let bySpanMap: Map<number, number> | null = null;
  const bySpan = () => {
    if (!bySpanMap) {
      const map = new Map<number, number>();
      doc.tokens.forEach((t, i) => {
        map.set(t.end, i);
      });
      bySpanMap = map;
    }
    return bySpanMap;
  };
  const rank = (m: Mention) =>
    m.start +
    (m.start < (fronted.get(m.sentence) ?? -1) ? 1e9 : 0) +
    (m.via === "pronoun" ? 1e6 : 0);
  doc.tokens.forEach((t, i) => {
    if (t.pos !== "PRON" && t.pos !== "DET") return;
    const gender = PRONOUN_GENDER[t.normal];
    if (!gender || insideQuote(quotes, t.start)) return;
    const compatible = (m: Mention) => {
      const g = actors.get(m.actorId)?.gender ?? null;
      return g === null || g === gender;
    };
    const speaks = speechVerbFollows(doc.tokens, i);
    const reach = speaks ? 3 : 1;
    // "…, he said.": a tag's pronoun is not a person named in the clause it reports
    // (a speaker does not name himself), so it looks back past its own sentence.
    const tag = speaks && isTagStart(doc.tokens, i, quotes);
    // A pronoun that speaks goes back to someone who spoke before a mere mention.
    const speakerFirst = (m: Mention) => (speaks && !speaksAt(doc.tokens, m, bySpan()) ? 1e12 : 0);
    let antecedent: Mention | undefined;
    for (let s = tag ? t.sentence - 1 : t.sentence; s >= t.sentence - reach && !antecedent; s--) {
      antecedent = (bySentence.get(s) ?? [])
        .filter((m) => m.start < t.start && compatible(m))
        .sort((a, b) => rank(a) + speakerFirst(a) - rank(b) - speakerFirst(b))[0];
    }
    if (!antecedent) return;
    const mention: Mention = {
      actorId: antecedent.actorId,
      text: t.text,
      start: t.start,
      end: t.end,
      sentence: t.sentence,
      via: "pronoun",
    };
    added.push(mention);
    remember(mention);
  });
  added.push(...resolveBodies(doc, named, actors, quotes));
  return [...named, ...added].sort((a, b) => a.start - b.start);
}

/** Participles that report what their subject said: "…, saying that …". */
const SPEAKING_PARTICIPLES = new Set(["saying", "adding", "arguing", "insisting", "warning"]);

/** Nouns that stand for an organisation or a state already named: "the group said". */
const BODY_ANAPHORS = new Set(["group", "movement", "organisation", "organization"]);

const isBody = (actors: ReadonlyMap<string, Actor>, m: Mention) => {
  const kind = actors.get(m.actorId)?.kind;
  return kind === "organization" || kind === "state" || kind === "bloc";
};

/**
 * "It" and "the group" as the speaker of a speech verb ("It said it remained
 * committed", "The group denied that …"), resolved to the organisation or
 * state that is the subject of the sentence before, or of its own sentence
 * before it: the actor named at the start of that sentence (after "The" or a
 * possessive's owner, "Hamas's armed wing"). Only a speaker is resolved, and
 * only when that subject is an organisation or a state: "it" after a sentence
 * about a plan or a person stays unresolved.
 */
function resolveBodies(
  doc: Pick<WorkingDoc, "tokens">,
  named: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
  quotes: readonly QuotedRegion[],
): Mention[] {
  const tokens = doc.tokens;
  // Per sentence, its first token and the mention that opens it, if any.
  const firstToken = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!firstToken.has(t.sentence)) firstToken.set(t.sentence, i);
  });
  const opening = new Map<number, Mention>();
  for (const m of named) {
    if (opening.has(m.sentence) || insideQuote(quotes, m.start)) continue;
    const first = firstToken.get(m.sentence);
    if (first === undefined) continue;
    let i = first;
    // Past an opening quotation mark and "The" (which a name may hold: "the Front").
    while (i < tokens.length && /^(?:["“‘']|the)$/i.test(tokens[i]!.text)) i++;
    const at = tokens[i]?.start ?? -1;
    if (m.start >= tokens[first]!.start && m.start <= at) opening.set(m.sentence, m);
  }
  const opensSentence = (i: number) => firstToken.get(tokens[i]!.sentence) === i;
  // "It delayed the handover, saying that …": the subject of a sentence whose
  // participle reports speaks as a speech verb's subject does.
  const saysLater = (i: number) => {
    for (let k = i + 1; k < tokens.length && tokens[k]!.sentence === tokens[i]!.sentence; k++)
      if (tokens[k - 1]!.text === "," && SPEAKING_PARTICIPLES.has(tokens[k]!.normal)) return true;
    return false;
  };
  const out: Mention[] = [];
  tokens.forEach((t, i) => {
    if (insideQuote(quotes, t.start)) return;
    let first = i;
    let last = i;
    if (t.normal === "it" && t.pos === "PRON") {
      // "it" alone
    } else if (BODY_ANAPHORS.has(t.normal) && tokens[i - 1]?.normal === "the") {
      first = i - 1;
    } else return;
    if (!speechVerbFollows(tokens, last) && !(opensSentence(i) && saysLater(i))) return;
    const here = opening.get(t.sentence);
    const antecedent =
      here && here.start < tokens[first]!.start ? here : opening.get(t.sentence - 1);
    if (!antecedent || !isBody(actors, antecedent)) return;
    last = i;
    out.push({
      actorId: antecedent.actorId,
      text: tokens[first]!.text === t.text ? t.text : `${tokens[first]!.text} ${t.text}`,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      sentence: t.sentence,
      via: "pronoun",
    });
  });
  return out;
}
