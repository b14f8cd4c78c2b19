/**
 * Names that are neither people, organisations nor places, so the entity
 * recogniser (entities.ts) leaves them out: products ("the iPod Nano", "the
 * 787 Dreamliner", "web browser Safari") and stock-market indices ("the
 * Nikkei", "the Dow Jones fell 300 points"). Without this, such names fall
 * to the default type (an organisation).
 *
 * Each cue is a general pattern of English; a name found as a product or an
 * index once is one throughout its text ("the Dreamliner", "Dreamliners").
 */
import type { NameRun } from "./entity-chunks.js";
import { gazetteerKey } from "./gazetteer.js";
import type { Token } from "./types.js";

/**
 * Nouns that name a kind of product: right before a name, they say the name is
 * a product ("web browser Safari", "the operating system Mac OS X", "its next
 * model Falcon").
 */
const PRODUCT_DESCRIPTORS = new Set(
  (
    "browser client app application software system platform model version edition device " +
    "phone smartphone handset tablet laptop notebook console player camera car sedan suv truck " +
    "pickup vehicle jet airliner plane aircraft helicopter drone engine chip processor drug " +
    "vaccine medicine game film movie album song book novel series"
  ).split(" "),
);

/** Last words of product names: "MacBook Pro", "Galaxy Note Ultra", "Xbox Series Lite". */
const PRODUCT_TAILS = new Set("pro plus mini max ultra lite".split(" "));

/**
 * Major stock-market indices, by their usual short names (general financial
 * knowledge, not drawn from any one text): news writes them as bare names
 * that nothing else marks as indices ("the Nikkei fell").
 */
const MARKET_INDICES = new Set(
  (
    "dow|dow jones|djia|nasdaq composite|nikkei|topix|ftse|dax|cac|hang seng|sensex|nifty|" +
    "kospi|ibovespa|stoxx|euro stoxx|tsx|asx|merval|ipc|jse|shcomp|smi|aex|ibex|omx|mib|bovespa"
  ).split("|"),
);

/** Lower-case nouns that, right after a name, make it an index: "the Nikkei stock index". */
const INDEX_NOUNS = new Set(["index", "indices", "indexes", "average", "composite"]);

/** "iPod", "iTunes", "eReader": a word in lower case with a capital inside, as product names are. */
const CAMEL_LOWER = /^\p{Ll}{1,2}\p{Lu}\p{L}*$/u;
/** A model code: "787", "A380", "X5"; years ("2009") are not codes. */
const MODEL_CODE = /^(?:\p{Lu}{0,3}\d{2,}\p{Lu}?|\p{Lu}\d)$/u;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** Legal suffixes: a name that ends in one is a company whatever stands before it. */
const LEGAL_SUFFIXES = new Set("inc corp co ltd llc plc ag gmbh sa nv".split(" "));

export type OtherKind = "product" | "index";

/** Whether tokens `a` and `b` stand side by side in one sentence, only space between. */
function adjacent(text: string, a: Token | undefined, b: Token): a is Token {
  return Boolean(a && a.sentence === b.sentence && /^ ?$/.test(text.slice(a.end, b.start)));
}

/** "fell 340 points", "lost 54.15 points": a move counted in points is an index's. */
function movesInPoints(tokens: readonly Token[], run: NameRun): boolean {
  const sentence = tokens[run.last]!.sentence;
  for (let k = run.last + 1; k <= run.last + 5; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence || t.text === ",") return false;
    const next = tokens[k + 1];
    if (t.pos === "NUM" && next && /^(?:points?|pts)$/.test(next.normal)) return true;
  }
  return false;
}

/**
 * "the Nikkei stock index", "the Dow Jones industrial average", "the Acme & Co's
 * 500 index": an index noun within three words after the name, past only an
 * "'s", a number and lower-case modifiers.
 */
function indexNounAfter(tokens: readonly Token[], run: NameRun): boolean {
  const sentence = tokens[run.last]!.sentence;
  for (let k = run.last + 1; k <= run.last + 4; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (INDEX_NOUNS.has(t.normal)) return true;
    if (!(/^['’]s$/.test(t.text) || t.pos === "NUM" || /^\p{Ll}/u.test(t.text))) return false;
  }
  return false;
}

/** Why the run is not a person, organisation or place, or null when nothing says so. */
export function otherKind(text: string, tokens: readonly Token[], run: NameRun): OtherKind | null {
  const words = run.tokens;
  const first = words[0]!;
  const lastKey = gazetteerKey(words[words.length - 1]!.text);
  if (LEGAL_SUFFIXES.has(lastKey)) return null;
  const key = run.key;
  if (MARKET_INDICES.has(key) || MARKET_INDICES.has(lastKey)) return "index";
  if (indexNounAfter(tokens, run) || movesInPoints(tokens, run)) return "index";
  const before = tokens[run.first - 1];
  // "iTunes Music Store", "iPhone Developer Program": the rest of a product's name.
  if (adjacent(text, before, first) && CAMEL_LOWER.test(before.text)) return "product";
  // "the 787 Dreamliner", "an A350 XWB".
  if (adjacent(text, before, first) && MODEL_CODE.test(before.text) && !YEAR.test(before.text))
    return "product";
  // "web browser Safari", "its next model Falcon and …"; but a verb after the name makes
  // it the subject of a clause on the noun: "the new version Acme has released".
  const after = tokens[run.last + 1];
  if (
    adjacent(text, before, first) &&
    before.pos === "NOUN" &&
    /^\p{Ll}/u.test(before.text) &&
    PRODUCT_DESCRIPTORS.has(before.normal) &&
    !(after && after.sentence === first.sentence && ["VERB", "AUX", "ADV"].includes(after.pos))
  )
    return "product";
  if (words.length >= 2 && PRODUCT_TAILS.has(lastKey)) return "product";
  return null;
}

/** The keys under which a product or index name is known in the rest of its text. */
export function otherKeys(run: NameRun, kind: OtherKind): string[] {
  const key = run.key;
  const out = [key, key.endsWith("s") ? key.slice(0, -1) : `${key}s`];
  // "Dow Jones Industrial Average" ... "the Dow Jones", "the Dow".
  if (kind === "index") {
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++) out.push(words.slice(0, n).join(" "));
  }
  return out;
}
