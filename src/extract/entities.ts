/**
 * A general named-entity recogniser for news text: people (PER),
 * organisations (ORG) and places (LOC) whether or not a dossier lists them.
 *
 * 1. Names are runs of capitalised words (entity-chunks.ts); a capitalised word
 *    at the start of a sentence or in a headline counts only with other
 *    evidence, since capitals there say nothing.
 * 2. Each run gets a type from its own words, strongest evidence first: a
 *    known name (gazetteer.ts), an organisation head or suffix ("Inc",
 *    "Ministry"), a place head ("Airport"), a title or honorific before a
 *    personal name ("President", "Mr"), a given name.
 * 3. Runs still untyped take it from their context ("carmaker X", "analyst X",
 *    "in X", "X-based", "X said"), then from the other names of the same text
 *    (a surname after the full name, "Ford" after "Ford Motor Company"), then a
 *    default: a two- or three-word name of unknown words is a person, a single
 *    word an organisation.
 * Each entity also carries the noun phrase it heads ("the Bank of England",
 * "carmaker Fiat", "analyst Jane Roe") and whether it only modifies a noun
 * ("the US economy"), since corpora mark mentions by phrase.
 */
import { type NameRun, nameRuns } from "./entity-chunks.js";
import { nameLists, shareAcrossLists } from "./entity-coordination.js";
import { NAME_PARTICLES, ORG_DESCRIPTORS, PERSON_TITLES, TITLE_PARTS } from "./entity-cues.js";
import { type OtherKind, otherKeys, otherKind } from "./entity-other-names.js";
import { type EntityType, typeByContext, typeByWeakWords, typeByWords } from "./entity-typing.js";
import { isKnown } from "./gazetteer.js";
import type { Token } from "./types.js";

export type { EntityType } from "./entity-typing.js";

export interface NamedEntity {
  type: EntityType;
  /** The name itself, titles kept ("President Jane Roe"). */
  start: number;
  end: number;
  text: string;
  /** Start of the noun phrase the name heads: a determiner, title or descriptor before it. */
  phraseStart: number;
  /** True when the name only modifies a following noun ("the US economy", "Airbus-led"). */
  modifier: boolean;
}

const DETERMINERS = new Set(["the", "a", "an"]);

/** A lower-case noun that describes the name after it: "carmaker", "analyst", "chief". */
const isDescriptor = (t: Token) =>
  /^\p{Ll}/u.test(t.text) &&
  (ORG_DESCRIPTORS.has(t.normal) || PERSON_TITLES.has(t.normal) || TITLE_PARTS.has(t.normal));

/** Words of a run that make up a person's name proper (after any title). */
function personTail(run: NameRun): Token[] {
  return run.tokens.slice(run.titleEnd);
}

/** Type of each still-untyped run from the typed names of the same text. */
function typeByOtherNames(runs: NameRun[], types: Array<EntityType | null>): void {
  const known = new Map<string, EntityType>();
  runs.forEach((run, i) => {
    const type = types[i];
    if (!type) return;
    known.set(run.key, type);
    const words = type === "PER" ? personTail(run) : run.tokens;
    if (type === "PER" && words.length >= 2) {
      // "Jane Roe" ... "Roe": the surname (with its particles: "van Dyke") stands for her.
      const last = words[words.length - 1]!;
      if (!known.has(last.normal)) known.set(last.normal, "PER");
      if (words.length >= 3 && NAME_PARTICLES.has(words[words.length - 2]!.normal))
        known.set(
          words
            .slice(-2)
            .map((t) => t.normal)
            .join(" "),
          "PER",
        );
    }
    if (type === "ORG" && words.length >= 2 && !known.has(words[0]!.normal)) {
      // "Ford Motor Company" ... "Ford".
      known.set(words[0]!.normal, "ORG");
    }
  });
  runs.forEach((run, i) => {
    if (types[i]) return;
    types[i] = known.get(run.key) ?? null;
  });
}

/** A name nothing typed: an organisation when it is a proper noun, else no entity. */
function defaultType(run: NameRun): EntityType | null {
  if (run.tokens.length >= 2 || run.tokens[0]!.pos === "PROPN") return "ORG";
  return null;
}

/**
 * Context types, one per name: where the same name stands in several places,
 * the first place with a cue decides for all of them ("carmaker Acme" then
 * "a stake in Acme").
 */
function typeByContexts(
  tokens: readonly Token[],
  runs: NameRun[],
  types: Array<EntityType | null>,
): void {
  const byKey = new Map<string, { type: EntityType; rank: number }>();
  runs.forEach((run, i) => {
    if (types[i]) return;
    const found = typeByContext(tokens, run);
    // A stronger cue elsewhere wins: "carmaker Acme" over "a plant in Acme".
    if (found && found.rank > (byKey.get(run.key)?.rank ?? 0)) byKey.set(run.key, found);
  });
  runs.forEach((run, i) => {
    types[i] ??= byKey.get(run.key)?.type ?? null;
  });
}

/**
 * Which runs name products, indices or events rather than entities: by their
 * own cues, then every other mention of the same name, then the names listed
 * with them ("the iPod Classic, Nano and Shuffle"). A name typed a person or
 * place by its own words stays one.
 */
function otherNames(
  text: string,
  tokens: readonly Token[],
  runs: NameRun[],
  types: ReadonlyArray<EntityType | null>,
  lists: readonly number[][],
): Array<OtherKind | "event" | null> {
  // A name known as a company may be an index ("Nasdaq") but is not taken for a product.
  const open = (i: number) => types[i] === null || types[i] === "ORG";
  const kinds: Array<OtherKind | "event" | null> = runs.map((run, i) => {
    if (run.otherHead) return INDEX_HEADS.test(run.key) ? "index" : "event";
    const kind = open(i) ? otherKind(text, tokens, run) : null;
    return kind === "product" && types[i] ? null : kind;
  });
  const known = new Map<string, OtherKind>();
  runs.forEach((run, i) => {
    const kind = kinds[i];
    if (kind === "index" || kind === "product")
      for (const key of otherKeys(run, kind)) if (!known.has(key)) known.set(key, kind);
  });
  runs.forEach((run, i) => {
    if (!kinds[i] && open(i)) kinds[i] = known.get(run.key) ?? null;
  });
  // Only names nothing typed join a list's products: "Acme, Nano and Shuffle" keeps Acme.
  const fromLists: Array<OtherKind | "event" | "typed" | null> = kinds.map(
    (k, i) => k ?? (types[i] ? "typed" : null),
  );
  shareAcrossLists(lists, fromLists);
  return fromLists.map((k) => (k === "typed" ? null : k));
}

/** Last words of index names: "Dow Jones Industrial Average", "the Acme 40 Index". */
const INDEX_HEADS = / (?:index|average|composite)$/;

/** The first token of the noun phrase a run heads. */
function phraseFirst(tokens: readonly Token[], run: NameRun): number {
  let q = run.first;
  const sentence = tokens[q]!.sentence;
  const before = tokens[q - 1];
  if (before && before.sentence === sentence && isDescriptor(before)) {
    q--;
    // Walk back over the descriptor's own modifiers: "the Irish national airline".
    while (q > 0) {
      const t = tokens[q - 1]!;
      if (t.sentence !== sentence) break;
      if (!["ADJ", "NOUN", "PROPN"].includes(t.pos) || DETERMINERS.has(t.normal)) break;
      q--;
    }
  }
  // "the Air Force's interests": the article belongs to the thing owned, not the owner.
  if (/^['’]s$/.test(tokens[run.last + 1]?.text ?? "")) return run.first;
  const det = tokens[q - 1];
  if (det && det.sentence === sentence && DETERMINERS.has(det.normal)) q--;
  return q;
}

/** Named entities of a text, in text order. `tokens` are the text's tokens with sentences. */
export function recogniseEntities(text: string, tokens: readonly Token[]): NamedEntity[] {
  const runs = nameRuns(text, tokens);
  const types = runs.map((run) => typeByWords(run));
  const lists = nameLists(tokens, runs);
  const others = otherNames(text, tokens, runs, types, lists);
  runs.forEach((_, i) => {
    if (others[i]) types[i] = null;
  });
  typeByOtherNames(runs, types);
  typeByContexts(tokens, runs, types);
  shareAcrossLists(lists, types);
  runs.forEach((run, i) => {
    types[i] ??= typeByWeakWords(run);
  });
  typeByOtherNames(runs, types);
  const out: NamedEntity[] = [];
  runs.forEach((run, i) => {
    if (run.demonym || others[i]) return;
    const type = types[i] ?? defaultType(run);
    if (!type) return;
    const first = tokens[run.first]!;
    const last = tokens[run.last]!;
    out.push({
      type,
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
      phraseStart: tokens[phraseFirst(tokens, run)]!.start,
      modifier: run.modifier,
    });
  });
  return withQualifiedPlaces(text, out);
}

/**
 * "Toulouse, France": a place followed by the region or country it lies in is
 * also one mention of the place as a whole; both parts stay as they are.
 */
function withQualifiedPlaces(text: string, entities: NamedEntity[]): NamedEntity[] {
  const out: NamedEntity[] = [];
  for (let i = 0; i < entities.length; i++) {
    const a = entities[i]!;
    const b = entities[i + 1];
    const between = b ? text.slice(a.end, b.start) : "";
    if (
      b &&
      a.type === "LOC" &&
      b.type === "LOC" &&
      !a.modifier &&
      /^\s*,\s*$/.test(between) &&
      isKnown(b.text, "place")
    ) {
      out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), modifier: b.modifier });
      out.push(b);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
