/**
 * The type of a candidate name (entity-chunks.ts): from its own words first,
 * then, when they say nothing, from the words around it. Each rule returns
 * null when it has no evidence, so the next one can speak.
 */
import type { NameRun } from "./entity-chunks.js";
import {
  ORG_DESCRIPTORS,
  ORG_HEADS,
  ORG_OF_HEADS,
  PERSON_TITLES,
  PLACE_HEADS,
  PLACE_OF_HEADS,
  PLACE_PREPOSITIONS,
  TITLE_PARTS,
} from "./entity-cues.js";
import { gazetteerKey, lookup } from "./gazetteer.js";
import type { Token } from "./types.js";

export type EntityType = "PER" | "ORG" | "LOC";

const INITIAL = /^\p{Lu}\.$/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** The type a known whole name has in the gazetteer. */
function byGazetteer(key: string): EntityType | null {
  const kinds = lookup(key);
  if (kinds.has("place")) return "LOC";
  if (kinds.has("org")) return "ORG";
  // A one-word "person" ("Sydney", "Jordan") is often a place too: weak evidence, read later.
  if (kinds.has("person") && key.includes(" ")) return "PER";
  return null;
}

/** "Bank of England", "Republic of Korea": the word before "of" decides. */
function byOfHead(words: readonly Token[]): EntityType | null {
  const of = words.findIndex((t) => t.normal === "of" || t.normal === "for");
  if (of <= 0) return null;
  const head = gazetteerKey(words[of - 1]!.text);
  if (PERSON_TITLES.has(head)) return "PER";
  if (PLACE_OF_HEADS.has(head) && !ORG_OF_HEADS.has(head)) return "LOC";
  return "ORG";
}

/** Type from the run's own words, or null when they give no evidence. */
export function typeByWords(run: NameRun): EntityType | null {
  const whole = byGazetteer(run.key);
  if (whole) return whole;
  const words = run.tokens;
  const lastKey = gazetteerKey(words[words.length - 1]!.text);
  if (words.length >= 2 && ORG_HEADS.has(lastKey)) return "ORG";
  if (words.length >= 2 && PLACE_HEADS.has(lastKey)) return "LOC";
  const ofType = byOfHead(words);
  if (ofType) return ofType;
  // "President Jane Roe", "Apple chief executive Jane Roe": a title before a name.
  const titled = words.findIndex(
    (t, i) =>
      i < words.length - 1 &&
      (PERSON_TITLES.has(gazetteerKey(t.text)) || TITLE_PARTS.has(t.normal)),
  );
  if (titled >= 0) return "PER";
  // "the Acme CEO": a role named by its organisation stands for the person.
  if (words.length >= 2 && PERSON_TITLES.has(lastKey)) return "PER";
  const name = words.slice(run.titleEnd);
  const first = name[0]!;
  const last = name[name.length - 1]!;
  if (name.length >= 2) {
    const firstKinds = lookup(first.text);
    if (INITIAL.test(first.text)) return "PER";
    if (firstKinds.has("given") && !firstKinds.has("place") && !firstKinds.has("org")) return "PER";
    const lastKinds = lookup(last.text);
    if ((lastKinds.has("surname") || lastKinds.has("person")) && !lastKinds.has("common"))
      return "PER";
    return null;
  }
  if (ACRONYM.test(first.text) && !lookup(first.text).has("person")) return "ORG";
  return null;
}

/**
 * Weak evidence, read after the context had its say: a single word the
 * lexicon knows as a surname or a famous person ("Jordan" may be a country).
 */
export function typeByWeakWords(run: NameRun): EntityType | null {
  if (run.tokens.length !== 1) return null;
  const kinds = lookup(run.tokens[0]!.text);
  if ((kinds.has("surname") || kinds.has("person")) && !kinds.has("common")) return "PER";
  return null;
}

const isLower = (t: Token | undefined) => Boolean(t && /^\p{Ll}/u.test(t.text));

/** "'s" or a bare apostrophe after a name: the name owns what follows ("in Acme's plans"). */
const isPossessive = (t: Token | undefined) => Boolean(t && /^['’]s?$/.test(t.text));

/**
 * Nouns and verbs of owning or investing: "in X" after them names what is owned
 * or invested in ("a stake in Acme", "invested in Acme"), not a place.
 */
const STAKE_WORDS = new Set(
  (
    "stake stakes share shares interest interests holding holdings investment investments " +
    "equity ownership invest invests invested investing"
  ).split(" "),
);

/** A context type and how strongly the context says it: a descriptor outranks a preposition. */
export interface ContextType {
  type: EntityType;
  rank: number;
}

/** Type from the words around an untyped run, or null. */
export function typeByContext(tokens: readonly Token[], run: NameRun): ContextType | null {
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const afterAfter = tokens[run.last + 2];
  const sentence = tokens[run.first]!.sentence;
  const near = (t: Token | undefined) => t !== undefined && t.sentence === sentence;
  if (near(before) && isLower(before)) {
    const key = before!.normal;
    // "carmaker Fiat", "the airline's rival Acme".
    if (ORG_DESCRIPTORS.has(key)) return { type: "ORG", rank: 2 };
    // "analyst Jane Roe", "spokeswoman Roe".
    if (PERSON_TITLES.has(key)) return { type: "PER", rank: 2 };
  }
  // "Craiova-based", "a Lyon based firm".
  if (
    near(after) &&
    (after!.normal === "based" || (after!.text === "-" && afterAfter?.normal === "based"))
  )
    return { type: "LOC", rank: 2 };
  if (near(after) && after!.text === "," && afterAfter?.normal === "who")
    return { type: "PER", rank: 2 };
  if (near(before) && PLACE_PREPOSITIONS.has(before!.normal) && !isPossessive(after)) {
    const owner = tokens[run.first - 2];
    if (near(owner) && STAKE_WORDS.has(owner!.normal)) return null;
    return { type: "LOC", rank: 1 };
  }
  return null;
}
