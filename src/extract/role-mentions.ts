/**
 * Mentions by role: "the president", "the Ukrainian leader", "Kyiv's leader",
 * "the British prime minister", "the Kremlin aide". A dossier's titles cover
 * the forms it lists; these rules cover the rest from each person's role:
 * the role's head nouns ("president"; heads of state and government are also
 * "leader"), and the places the role and the person's affiliation name, with
 * their adjectives ("President of France": "French", "France's").
 *
 * A role phrase must be definite ("the …" or "X's …") and name no one after
 * it. Its qualifiers must all fit the person. Of the people who fit, the one
 * mentioned last before the phrase is meant, except that a phrase that speaks
 * ("the president also repeated") means the one who spoke last, when one of
 * them did ("Trump told reporters … which Zelenskyy unveiled … The president
 * also repeated"); with no earlier mention of anyone who fits, a qualified
 * phrase that fits exactly one person is that person, and a bare "the
 * president" stays unresolved. "The former president" is never resolved.
 */

import type { Actor, Mention } from "../model/index.js";
import { countriesIn, countryForms } from "./demonyms.js";
import { firstStartingAt } from "./runs.js";
import { speechVerbFollows } from "./speech-verbs.js";
import type { Token, WorkingDoc } from "./types.js";

/** Head nouns that make a phrase a person's title: "analyst", "Foreign Minister". */
export const ROLE_NOUNS = new Set(
  `analyst expert fellow minister spokesman spokeswoman spokesperson adviser advisor aide envoy
  ambassador official negotiator commander chief director president secretary senator lawmaker
  general researcher professor economist diplomat chancellor premier mayor governor deputy lawyer
  scholar historian strategist leader officer representative chairman chairwoman prosecutor
  activist correspondent editor founder colonel lieutenant commissioner mp speaker head
  resident nurse doctor surgeon teacher farmer soldier volunteer worker engineer student pensioner
  retiree shopkeeper driver owner fisherman miner priest pastor businessman businesswoman
  entrepreneur journalist reporter photographer medic paramedic firefighter rescuer mother father
  widow veteran refugee evacuee manager coordinator organizer organiser schoolteacher partner
  consultant scientist lecturer banker investor trader executive ceo chairperson lecturer
  shopowner baker waiter cleaner builder electrician mechanic translator`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that qualify a title without being one: "Foreign", "special", "senior". */
export const TITLE_MODIFIERS = new Set(
  `foreign prime defense defence deputy special senior chief interior finance national security
  press first vice former acting top lead presidential policy military intelligence staff`
    .split(/\s+/)
    .filter(Boolean),
);

/** Modifiers that tell one office from another: "the foreign minister" is not the prime minister. */
const DISTINGUISHING = new Set(
  "prime foreign defense defence interior finance press vice deputy first presidential".split(" "),
);
/** Modifiers that point away from the present holder of the office. */
const NOT_CURRENT = new Set(["former", "acting"]);
/** Roles whose holder leads a state or government, and so is also its "leader". */
const LEADS = new Set(["president", "chancellor", "premier"]);

interface RoleProfile {
  actorId: string;
  heads: Set<string>;
  /** Lower-case words the person's role and affiliation answer to: "kremlin", "french", "us". */
  words: Set<string>;
}

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|(?<!\p{L}\.\p{L})\.+$/gu, ""))
    .filter(Boolean);

/** A state's names: its name, aliases and the adjectives of both. */
function stateWords(state: Actor): string[] {
  const names = [state.name, ...state.aliases].map((n) => n.replace(/^the\s+/i, ""));
  return names.flatMap((n) => [...wordsOf(n), n.toLowerCase(), ...countryForms(n)]);
}

function profileOf(person: Actor, states: readonly Actor[]): RoleProfile | null {
  const described = [person.role ?? "", ...person.titles].join(" ; ");
  const describedWords = wordsOf(described);
  // "Adviser to the Russian president": whom one serves is not one's own title.
  const own = [person.role ?? "", ...person.titles].map((d) => d.split(/\b(?:to|for)\b/i)[0]!);
  const heads = new Set(wordsOf(own.join(" ; ")).filter((w) => ROLE_NOUNS.has(w)));
  if (heads.size === 0) return null;
  if ([...heads].some((h) => LEADS.has(h)) || describedWords.includes("prime")) heads.add("leader");
  const words = new Set(describedWords);
  for (const country of countriesIn(described)) {
    for (const w of [...wordsOf(country), ...countryForms(country)]) words.add(w);
  }
  const lower = ` ${describedWords.join(" ")} `;
  for (const state of states) {
    const named = [state.name, ...state.aliases].some((n) => {
      const key = wordsOf(n.replace(/^the\s+/i, "")).join(" ");
      return key.length > 0 && lower.includes(` ${key} `);
    });
    if (state.id === person.affiliation || named) for (const w of stateWords(state)) words.add(w);
  }
  return { actorId: person.id, heads, words };
}

/**
 * Profiles of a dossier's people are the same for every report: kept per actor
 * record. (The states they are read against are the dossier's; people found in
 * a report are new records, profiled once each.)
 */
const profiles = new WeakMap<Actor, RoleProfile | null>();

function cachedProfile(person: Actor, states: readonly Actor[]): RoleProfile | null {
  let profile = profiles.get(person);
  if (profile === undefined) {
    profile = profileOf(person, states);
    profiles.set(person, profile);
  }
  return profile;
}

interface RolePhrase {
  start: number;
  end: number;
  head: string;
  qualifiers: string[];
  modifiers: string[];
  /** "a senior Kremlin aide": an indefinite phrase, resolved only by a name that follows. */
  indefinite: boolean;
}

const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isPossessive = (t: Token | undefined) => t !== undefined && /^['’]s$/.test(t.text);

/** The definite role phrase whose head is token i, or null. */
function phraseAt(doc: WorkingDoc, i: number): RolePhrase | null {
  const tokens = doc.tokens;
  const head = tokens[i]!;
  const next = tokens[i + 1];
  // "the Kremlin spokesman Dmitry Peskov": the name that follows is the mention.
  if (next && next.sentence === head.sentence && isCapitalised(next) && next.pos === "PROPN")
    return null;
  const qualifiers: string[] = [];
  const modifiers: string[] = [];
  let j = i - 1;
  let possessed = false;
  while (j >= 0 && i - j <= 6 && tokens[j]!.sentence === head.sentence) {
    const t = tokens[j]!;
    if (isPossessive(t) && j > 0 && isCapitalised(tokens[j - 1]!)) {
      qualifiers.push(tokens[j - 1]!.normal);
      possessed = true;
      j -= 2;
      continue;
    }
    if (t.normal === "the") break;
    if (TITLE_MODIFIERS.has(t.normal)) modifiers.push(t.normal);
    else if (isCapitalised(t) && (t.pos === "PROPN" || t.pos === "ADJ")) qualifiers.push(t.normal);
    else if (!ROLE_NOUNS.has(t.normal)) break;
    j--;
  }
  const determiner = tokens[j];
  const sameSentence = determiner?.sentence === head.sentence;
  const definite = determiner?.normal === "the" && sameSentence;
  const indefinite = !possessed && sameSentence && /^an?$/.test(determiner?.normal ?? "");
  if (!definite && !possessed && !indefinite) return null;
  const first = definite || indefinite ? determiner! : tokens[j + 1]!;
  return {
    start: first.start,
    end: head.end,
    head: head.normal,
    qualifiers,
    modifiers,
    indefinite,
  };
}

function fits(profile: RoleProfile, phrase: RolePhrase): boolean {
  if (!profile.heads.has(phrase.head)) return false;
  const qualifiers = phrase.qualifiers.map((q) => q.replace(/['’]s$/, ""));
  if (!qualifiers.every((q) => profile.words.has(q) || profile.words.has(q.replace(/\./g, ""))))
    return false;
  return phrase.modifiers.every((m) => !DISTINGUISHING.has(m) || profile.words.has(m));
}

/** True when a speech verb follows the words before offset: "The president also repeated". */
function speechFollows(doc: WorkingDoc, offset: number): boolean {
  return speechVerbFollows(doc.tokens, firstStartingAt(doc.tokens, offset) - 1);
}

/**
 * A news lede's "…, a senior Kremlin aide said." before the aide is named: an
 * indefinite role phrase that fits exactly one person, with a qualifier, is that
 * person when the name follows within the next two sentences.
 */
function namedSoonAfter(
  phrase: RolePhrase,
  candidates: readonly RoleProfile[],
  known: readonly Mention[],
  sentence: number,
): Omit<Mention, "via"> | null {
  if (candidates.length !== 1 || phrase.qualifiers.length === 0) return null;
  const actorId = candidates[0]!.actorId;
  const later = known.some(
    (m) =>
      m.actorId === actorId &&
      m.start > phrase.end &&
      m.sentence <= sentence + 2 &&
      (m.via === "name" || m.via === "alias"),
  );
  if (!later) return null;
  return { actorId, text: "", start: phrase.start, end: phrase.end, sentence };
}

/**
 * Adds a "title" mention for each role phrase that resolves to one person;
 * returns all mentions sorted by offset.
 */
export function resolveRoleMentions(
  doc: WorkingDoc,
  mentions: readonly Mention[],
  actors: ReadonlyMap<string, Actor>,
): Mention[] {
  const all = [...actors.values()];
  const states = all.filter((a) => a.kind !== "person");
  const profiles = all
    .filter((a) => a.kind === "person")
    .map((p) => cachedProfile(p, states))
    .filter((p): p is RoleProfile => p !== null);
  if (profiles.length === 0) return [...mentions];
  const known = [...mentions].sort((a, b) => a.start - b.start);
  const inMention = (t: Token) => known.some((m) => t.start < m.end && m.start < t.end);
  const added: Mention[] = [];
  const speaks = (m: { end: number }) => speechFollows(doc, m.end);
  doc.tokens.forEach((t, i) => {
    if (!ROLE_NOUNS.has(t.normal) || inMention(t)) return;
    const phrase = phraseAt(doc, i);
    if (!phrase || phrase.modifiers.some((m) => NOT_CURRENT.has(m))) return;
    const candidates = profiles.filter((p) => fits(p, phrase));
    if (candidates.length === 0) return;
    if (phrase.indefinite) {
      const named = namedSoonAfter(phrase, candidates, known, t.sentence);
      const text = doc.report.text.slice(phrase.start, phrase.end);
      if (named && speaks(phrase)) added.push({ ...named, text, via: "title" });
      return;
    }
    const ids = new Set(candidates.map((c) => c.actorId));
    const seen = [...known, ...added].filter((m) => m.end <= phrase.start && ids.has(m.actorId));
    seen.sort((a, b) => b.start - a.start);
    const latest = (speaks(phrase) ? seen.find(speaks) : undefined) ?? seen[0];
    const actorId =
      latest?.actorId ??
      (phrase.qualifiers.length > 0 && candidates.length === 1 ? candidates[0]!.actorId : null);
    if (!actorId) return;
    added.push({
      actorId,
      text: doc.report.text.slice(phrase.start, phrase.end),
      start: phrase.start,
      end: phrase.end,
      sentence: t.sentence,
      via: "title",
    });
  });
  return [...known, ...added].sort((a, b) => a.start - b.start);
}
