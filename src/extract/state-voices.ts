/**
 * A state speaking through one of its bodies: "Ukraine's air force said",
 * "the French presidency said", "the Greek defence ministry said", "Russia's
 * Ministry of Foreign Affairs said", "the Pentagon said", and through its
 * capital ("Ankara said") when the dossier knows the state but not the capital
 * as an alias. A person's office speaks for the person ("Markou's office
 * said"). These mentions serve speech cues only: they are not added to the
 * document's mentions, so other layers keep their own reading of the text.
 */
import type { Actor, Mention } from "../model/index.js";
import { countryForms } from "./demonyms.js";
import { isCueWord, speechVerbFollows } from "./speech-lexicon.js";
import type { Token, WorkingDoc } from "./types.js";

/** Bodies that speak for a state. Two-word bodies are written with a space. */
const BODIES = new Set(
  `ministry army navy military government presidency embassy cabinet spokesman spokeswoman
  spokesperson forces staff office mission delegation coastguard statement official officials
  diplomat diplomats agency agencies authorities`
    .split(/\s+/)
    .filter(Boolean),
);
/** A noun for a body that can speak for a state: "officials in Athens said", "a spokesman for Kyiv". */
export const isBodyNoun = (normal: string) => BODIES.has(normal);

/** Words that qualify a body: "defence ministry", "air force", "general staff". */
const BODY_MODIFIERS = new Set(
  `foreign defence defense interior finance economy energy emergency emergencies health justice
  affairs presidential general armed air coast press state border national senior intelligence
  government military`
    .split(/\s+/)
    .filter(Boolean),
);
/** What speaks for a person: "Markou's office said", "Demir's statement said". */
const PERSONAL_BODIES = new Set(["office", "statement"]);
/** "air force" and "coast guard" end in words that are no body alone. */
const COMPOUND_BODIES = new Set(["air force", "coast guard", "general staff", "armed forces"]);

/** Seats of government and capitals that stand for their state, by the state's name. */
const SEATS: Record<string, readonly string[]> = {
  "united states": ["washington", "pentagon", "state department", "white house"],
  russia: ["moscow", "kremlin"],
  ukraine: ["kyiv", "kiev", "bankova"],
  france: ["paris", "élysée", "elysee"],
  "united kingdom": ["london", "downing street", "whitehall"],
  germany: ["berlin"],
  china: ["beijing"],
  turkey: ["ankara"],
  greece: ["athens"],
  poland: ["warsaw"],
  italy: ["rome"],
  iran: ["tehran"],
  israel: ["jerusalem"],
  japan: ["tokyo"],
  canada: ["ottawa"],
  belarus: ["minsk"],
  georgia: ["tbilisi"],
  qatar: ["doha"],
  "saudi arabia": ["riyadh"],
  hungary: ["budapest"],
  "european union": ["brussels"],
  india: ["new delhi"],
  egypt: ["cairo"],
  syria: ["damascus"],
  armenia: ["yerevan"],
  azerbaijan: ["baku"],
  serbia: ["belgrade"],
};

const norm = (s: string) => s.toLowerCase().replace(/^the\s+/, "");

interface StateNames {
  /** Phrase → actor id. */
  names: Map<string, string>;
  /** The first word of every phrase: most tokens start none, and are passed over at once. */
  firsts: Set<string>;
}

/** Built once per actor list: every report of a run shares it. */
const namesByActors = new WeakMap<readonly Actor[], StateNames>();

function stateNamesOf(actors: readonly Actor[]): StateNames {
  let found = namesByActors.get(actors);
  if (!found) {
    const names = stateNames(actors);
    found = { names, firsts: new Set([...names.keys()].map((n) => n.split(" ")[0]!)) };
    namesByActors.set(actors, found);
  }
  return found;
}

/** Lower-case words and phrases that name each state of the dossier: name, aliases, adjectives, seats. */
function stateNames(actors: readonly Actor[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of actors) {
    if (a.kind !== "state" && a.kind !== "bloc") continue;
    for (const n of [a.name, ...a.aliases].map(norm)) {
      for (const form of [n, ...countryForms(n), ...(SEATS[n] ?? [])])
        if (!names.has(form)) names.set(form, a.id);
    }
  }
  return names;
}

/** The longest state name (one to three words) starting at token i: [actor id, last token]. */
function stateAt(tokens: readonly Token[], i: number, { names, firsts }: StateNames) {
  const first = tokens[i]!;
  if (!firsts.has(first.normal)) return null;
  // The phrases of one, two and three words from i, within the sentence (no slices or joins).
  let phrase = first.normal;
  const phrases = [phrase];
  for (let k = i + 1; k < i + 3 && k < tokens.length; k++) {
    if (tokens[k]!.sentence !== first.sentence) break;
    phrase = `${phrase} ${tokens[k]!.normal}`;
    phrases.push(phrase);
  }
  for (let n = phrases.length; n >= 1; n--) {
    const id = names.get(phrases[n - 1]!);
    if (id) return { id, last: i + n - 1 };
  }
  return null;
}

/** The last token of a body phrase starting at token i ("defence ministry", "air force"), or -1. */
function bodyEnd(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length && j - i < 4) {
    const w = tokens[j]!.normal;
    const pair = `${w} ${tokens[j + 1]?.normal ?? ""}`;
    if (COMPOUND_BODIES.has(pair)) return ofPhraseEnd(tokens, j + 1);
    if (BODIES.has(w)) return ofPhraseEnd(tokens, j);
    if (!BODY_MODIFIERS.has(w)) return -1;
    j++;
  }
  return -1;
}

/** "Ministry of Foreign Affairs": the capitalised "of …" after a body belongs to it. */
function ofPhraseEnd(tokens: readonly Token[], j: number): number {
  if (tokens[j + 1]?.normal !== "of") return j;
  let k = j + 2;
  while (tokens[k] && /^\p{Lu}/u.test(tokens[k]!.text) && BODY_MODIFIERS.has(tokens[k]!.normal))
    k++;
  return k > j + 2 ? k - 1 : j;
}

/** A state word that is a whole noun phrase: "Ankara said", not "the Kremlin aide Ushakov". */
function standsAlone(tokens: readonly Token[], last: number): boolean {
  const first = tokens[last]!;
  const next = tokens[last + 1];
  if (!/^\p{Lu}/u.test(first.text)) return false;
  return !next || ["VERB", "AUX", "ADV", "PUNCT", "ADP", "CCONJ", "PART"].includes(next.pos);
}

const mention = (doc: WorkingDoc, actorId: string, a: Token, b: Token): Mention => ({
  actorId,
  text: doc.report.text.slice(a.start, b.end),
  start: a.start,
  end: b.end,
  sentence: a.sentence,
  via: "title",
});

/** Mentions of states and people through their bodies, seats and offices, in text order. */
export function stateVoices(
  doc: WorkingDoc,
  actors: readonly Actor[],
  /** The dossier's actors, whose states name the voices; a stable list, so their names are built once. */
  statesFrom: readonly Actor[] = actors,
): Mention[] {
  const { tokens } = doc;
  const names = stateNamesOf(statesFrom);
  const byStart = new Map(doc.mentions.map((m) => [m.start, m]));
  const covered = (t: Token) => doc.mentions.some((m) => t.start < m.end && m.start < t.end);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const named = byStart.get(t.start);
    const state = stateAt(tokens, i, names);
    const actorId = named?.actorId ?? state?.id;
    if (!actorId) continue;
    // The name's last token: a dossier mention's, else the state word's.
    let last = named ? i : state!.last;
    while (named && tokens[last + 1] && tokens[last + 1]!.start < named.end) last++;
    const possessive = /^['’]s$/.test(tokens[last + 1]?.text ?? "");
    const end = bodyEnd(tokens, last + (possessive ? 2 : 1));
    const isPerson = actors.find((a) => a.id === actorId)?.kind === "person";
    const first = i > 0 && tokens[i - 1]!.normal === "the" ? i - 1 : i;
    // "his office said": a pronoun that stands for a person owns the body as the name does.
    const ownPronoun = named?.via === "pronoun" && ["his", "her"].includes(t.normal);
    const personal = (possessive || ownPronoun) && PERSONAL_BODIES.has(tokens[end]?.normal ?? "");
    if (end >= 0 && (!isPerson || personal)) {
      const owner = ownPronoun ? bodyOwner(actors, actorId, tokens[end]!.normal) : actorId;
      out.push(mention(doc, owner, tokens[first]!, tokens[end]!));
      i = end;
    } else if (!named && state && standsAlone(tokens, state.last) && !covered(t)) {
      // A capital or seat alone ("Ankara said"), not an adjective ("Turkish").
      if (!countryForms(actorNameOf(actors, state.id)).includes(t.normal)) {
        out.push(mention(doc, state.id, tokens[first]!, tokens[state.last]!));
      }
      i = state.last;
    } else if (named) {
      i = last;
    }
  }
  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  return [...out, ...anaphoricVoices(doc, out, kinds)].sort((a, b) => a.start - b.start);
}

/**
 * The actor a person's body speaks for: one the dossier knows by that very phrase
 * ("Morel's office" as an alias of Norland), else the person.
 */
function bodyOwner(actors: readonly Actor[], personId: string, body: string): string {
  const person = actors.find((a) => a.id === personId);
  if (!person) return personId;
  const phrases = new Set(
    [person.name, ...person.aliases].map((n) => `${n}'s ${body}`.toLowerCase()),
  );
  const owner = actors.find((a) =>
    a.aliases.some((alias) => phrases.has(alias.toLowerCase().replace(/’/g, "'"))),
  );
  return owner?.id ?? personId;
}

/**
 * The organisation that token i names by the last word of its name ("the forum"
 * for "the Hostages Forum", "the council" for "the Harbour Council"), when the
 * text has named it in full before; a common noun only, and only one such.
 */
function groupByHead(
  doc: WorkingDoc,
  i: number,
  kinds: ReadonlyMap<string, Actor["kind"]>,
): string | null {
  const t = doc.tokens[i];
  if (!t || t.pos !== "NOUN" || /^\p{Lu}/u.test(t.text)) return null;
  const ids = new Set<string>();
  for (const m of doc.mentions) {
    if (m.start >= t.start || kinds.get(m.actorId) !== "organization" || m.via === "pronoun")
      continue;
    const words = m.text.toLowerCase().split(/\s+/);
    if (words.length > 1 && words.at(-1) === t.normal) ids.add(m.actorId);
  }
  return ids.size === 1 ? [...ids][0]! : null;
}

/** Bodies that a bare "the military", "its army" can stand for, once their state is known. */
const ANAPHORIC_BODIES = new Set(
  "ministry army navy military government presidency cabinet forces".split(" "),
);

/**
 * "Varn shelled the ridge after its army said …", "The military said …", "It
 * accused …": a state's body named without its state, and "it" speaking right
 * after such a body, speak for the state the text last gave that body to (or,
 * for "its", the state named before it in the sentence or the one before).
 * Mentions of states and voices are the candidates, in text order.
 */
function anaphoricVoices(
  doc: WorkingDoc,
  voices: readonly Mention[],
  kinds: ReadonlyMap<string, Actor["kind"]>,
): Mention[] {
  const { tokens } = doc;
  const states = [...doc.mentions, ...voices]
    .filter((m) => ["state", "bloc"].includes(kinds.get(m.actorId) ?? ""))
    .sort((a, b) => a.start - b.start);
  const taken = new Set([...doc.mentions, ...voices].map((m) => m.start));
  const out: Mention[] = [];
  /** Body head word → state of the last voice with that head, and its sentence. */
  const lastBody = new Map<string, { actorId: string; sentence: number }>();
  let v = 0;
  let lastVoice: { actorId: string; sentence: number; opens: boolean } | null = null;
  const firstOfSentence = (i: number) => i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (v < voices.length && voices[v]!.start <= t.start) {
      const m = voices[v++]!;
      const head = doc.report.text.slice(m.start, m.end).toLowerCase().split(/\s+/).at(-1) ?? "";
      if (ANAPHORIC_BODIES.has(head) && ["state", "bloc"].includes(kinds.get(m.actorId) ?? ""))
        lastBody.set(head, { actorId: m.actorId, sentence: m.sentence });
    }
    if (taken.has(t.start)) continue;
    // "the forum" after "the Hostages Forum": an organisation named by its head noun.
    const group = t.normal === "the" ? groupByHead(doc, i + 1, kinds) : null;
    if (group) {
      out.push(mention(doc, group, t, tokens[i + 1]!));
      i++;
      continue;
    }
    const opens = firstOfSentence(i) || (firstOfSentence(i - 1) && tokens[i - 1]!.normal === "the");
    if (
      (t.normal === "its" || t.normal === "the") &&
      ANAPHORIC_BODIES.has(tokens[i + 1]?.normal ?? "")
    ) {
      const body = tokens[i + 1]!;
      const state =
        t.normal === "its"
          ? states.filter((m) => m.end <= t.start && m.sentence >= t.sentence - 1).at(-1)
          : undefined;
      const known = t.normal === "the" ? lastBody.get(body.normal) : undefined;
      const actorId =
        state?.actorId ?? (known && t.sentence - known.sentence <= 6 ? known.actorId : null);
      if (!actorId) continue;
      const m = mention(doc, actorId, t, body);
      out.push(m);
      lastBody.set(body.normal, { actorId, sentence: t.sentence });
      lastVoice = { actorId, sentence: t.sentence, opens: opens || firstOfSentence(i) };
      i++;
      continue;
    }
    // "It said …" right after a sentence that a body of a state opened.
    if (
      t.normal === "it" &&
      t.pos === "PRON" &&
      firstOfSentence(i) &&
      lastVoice?.opens &&
      lastVoice.sentence === t.sentence - 1 &&
      speechVerbFollows(tokens, i, isCueWord)
    )
      out.push(mention(doc, lastVoice.actorId, t, t));
  }
  return out;
}

const actorNameOf = (actors: readonly Actor[], id: string) =>
  norm(actors.find((a) => a.id === id)?.name ?? "");
