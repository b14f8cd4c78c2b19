/**
 * English plural nouns and their singular, so that any counted noun after a
 * figure can serve as its unit ("six reactors" → reactor, "40 casualties" →
 * casualty, "two crises" → crisis). The lists hold English's irregular and
 * invariable plurals, not the units of any text.
 */
import { wordTable } from "../util/lookup.js";

/** Plurals that do not follow a spelling rule. */
const IRREGULAR: Record<string, string> = wordTable({
  people: "person",
  persons: "person",
  children: "child",
  men: "man",
  women: "woman",
  servicemen: "serviceman",
  servicewomen: "servicewoman",
  policemen: "policeman",
  gunmen: "gunman",
  spokesmen: "spokesman",
  feet: "foot",
  teeth: "tooth",
  mice: "mouse",
  geese: "goose",
  lives: "life",
  wives: "wife",
  knives: "knife",
  halves: "half",
  leaves: "leaf",
  shelves: "shelf",
  thieves: "thief",
  wolves: "wolf",
  criteria: "criterion",
  phenomena: "phenomenon",
});

/** Nouns whose plural is the singular: a count of them is written without -s. */
const INVARIABLE = new Set(
  "aircraft spacecraft personnel police staff sheep fish deer series species cattle livestock offspring crew".split(
    " ",
  ),
);

/** Words that end in -s without being plurals, so never a counted noun. */
const NOT_PLURAL =
  /(?:ss|us|is|ous|ness|less|ways|sis|(?:polit|econom|phys|mathemat|eth|logist)ics)$|^(?:this|thus|has|was|is|as|its|his|hers|ours|yours|theirs|whereas|perhaps|across|plus|minus|always|besides|unless|towards|afterwards|news|means|whereabouts|headquarters|overseas|chaos)$/;

/** Whether a lower-case word reads as a plural noun (or an invariable one). */
export function isPluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR[w] || INVARIABLE.has(w)) return true;
  if (w.length < 3 || !w.endsWith("s")) return false;
  return !NOT_PLURAL.test(w);
}

/** Whether a word is a noun that counts as its own plural ("250 aircraft"). */
export function isInvariable(word: string): boolean {
  return INVARIABLE.has(word.toLowerCase());
}

/** The singular of an English plural noun, lower case; a singular word comes back as it is. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR[w];
  if (irregular) return irregular;
  if (INVARIABLE.has(w) || !w.endsWith("s") || NOT_PLURAL.test(w)) return w;
  // "crises", "analyses", "theses": Greek plurals of -is.
  if (/(?:cris|analys|thes|diagnos|synthes|hypothes|oas)es$/.test(w)) return `${w.slice(0, -2)}is`;
  if (/[^aeiou]ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (/(?:ss|x|z|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (/[^aeiou]oes$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}
