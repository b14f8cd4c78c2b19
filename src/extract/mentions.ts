/**
 * Mentions of actors in a report: dossier names, aliases and titles, people the
 * dossier does not know (introduced with a title or appositive), and pronouns.
 *
 * Names and aliases match case-sensitively ("US" is not "us"); titles match
 * case-insensitively with an optional leading "the". Longest match wins and
 * mentions never overlap. A state or a title written right before a person's
 * name ("Kremlin spokesman Dmitry Peskov", "U.S. President Donald Trump") only
 * describes that person, so it yields no mention of its own. Role phrases the
 * dossier does not list ("the French president") are resolved in role-mentions.ts.
 */
import type { Actor, Dossier, Mention, MentionVia } from "../model/index.js";
import { resolvePronouns } from "./pronouns.js";
import { quotedRegions } from "./quotes.js";
import { ROLE_NOUNS, resolveRoleMentions, TITLE_MODIFIERS } from "./role-mentions.js";
import { sentenceAt, tokensIn } from "./sentences.js";
import type { Component, Token, WorkingDoc } from "./types.js";

interface Form {
  actorId: string;
  via: MentionVia;
}

/**
 * The forms of a dossier as one alternation, longest first, and the same
 * alternation cut by the first word of each form (see `scan`).
 */
interface FormMatcher {
  /** All forms, global: used as is when the first words cannot be told apart. */
  re: RegExp;
  /** All forms, sticky: tried at a word that is not ASCII (case folding may apply). */
  all: RegExp;
  /** The forms by their lower-case ASCII first word; null when unusable. */
  firsts: FirstWords | null;
}

interface FirstWords {
  groups: Map<string, FormGroup>;
  /** Whether some first word has this first letter (lower-case code) and length: `shapeOf`. */
  shapes: Uint8Array;
}

/** The forms that start with one word, in their order in the alternation, sticky. */
interface FormGroup {
  plain: RegExp;
  /** Those that take an optional "the", tried at a "the" right before the word. */
  afterThe: RegExp | null;
  /** The same forms as text, matched by hand (see `matchForms`). */
  forms: readonly HandForm[];
  /** Whether case folds (the titles' matcher). */
  fold: boolean;
}

/** A form as its pattern reads it: the text after any "the", and whether "the" may precede it. */
interface HandForm {
  core: string;
  the: boolean;
}

/** A form found in the text: where, and the text matched. */
export interface FormHit {
  index: number;
  text: string;
}

const MAX_SHAPE_LENGTH = 63;
const shapeOf = (lowerFirst: number, length: number) =>
  lowerFirst * (MAX_SHAPE_LENGTH + 1) + Math.min(length, MAX_SHAPE_LENGTH);

interface CompiledDossier {
  actors: Map<string, Actor>;
  exact: FormMatcher | null;
  exactForms: Map<string, Form>;
  titles: FormMatcher | null;
  titleForms: Map<string, Form>;
}

const compiledByDossier = new WeakMap<Dossier, CompiledDossier>();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const stripThe = (s: string) => s.replace(/^the\s+/i, "");

/** Lookup key of a surface form: no leading "the", straight apostrophes, single spaces. */
export function formKey(s: string, foldCase: boolean): string {
  const k = stripThe(s.trim()).replace(/’/g, "'").replace(/\s+/g, " ");
  return foldCase ? k.toLowerCase() : k;
}

function formPattern(form: string, optionalThe: boolean): string {
  const core = escapeRegExp(stripThe(form.trim())).replace(/['’]/g, "['’]").replace(/\s+/g, "\\s+");
  return optionalThe ? `(?:[Tt]he\\s+)?${core}` : core;
}

/** "US" gives "U.S." and "U.S." gives "US": both spellings are common. */
function acronymVariants(alias: string): string[] {
  if (/^\p{Lu}{2,4}$/u.test(alias)) return [alias, `${alias.split("").join(".")}.`];
  if (/^(?:\p{Lu}\.){2,4}$/u.test(alias)) return [alias, alias.replace(/\./g, "")];
  return [alias];
}

function surnameOf(actor: Actor): string[] {
  const words = actor.name.trim().split(/\s+/);
  const last = words[words.length - 1];
  return actor.kind === "person" && words.length > 1 && last && last.length >= 4 ? [last] : [];
}

/** One regex for all forms, longest first; titles and forms written with "the" take an optional "the". */
function compileForms(forms: Array<[string, Form]>, foldCase: boolean) {
  const map = new Map<string, Form>();
  const withThe = new Set<string>();
  for (const [text, form] of forms) {
    const key = formKey(text, foldCase);
    if (!key) continue;
    if (!map.has(key)) map.set(key, form);
    if (foldCase || /^the\s/i.test(text.trim())) withThe.add(key);
  }
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const flags = foldCase ? "iu" : "u";
  const compile = (ks: string[], sticky: boolean) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${ks.map((k) => formPattern(k, withThe.has(k))).join("|")})(?![\\p{L}\\p{N}])`,
      (sticky ? "y" : "g") + flags,
    );
  const re = keys.length > 0 ? compile(keys, false) : null;
  if (!re) return { re: null, map };
  const firsts = firstWordIndex(keys, withThe, compile, foldCase);
  return { re: { re, all: compile(keys, true), firsts }, map };
}

const FIRST_WORD = /^[\p{L}\p{N}]+/u;

/**
 * The forms grouped by their first word, lower-cased, each group in the order
 * of the whole alternation. Null when a form starts with no letter or digit,
 * or with the word "the", or holds one of the two letters that fold to ASCII
 * only under Unicode case folding (K, ſ): then the word at an offset would not
 * tell which forms can start there.
 */
function firstWordIndex(
  keys: readonly string[],
  withThe: ReadonlySet<string>,
  compile: (ks: string[], sticky: boolean) => RegExp,
  fold: boolean,
): FirstWords | null {
  const byWord = new Map<string, string[]>();
  for (const key of keys) {
    const core = stripThe(key.trim());
    const first = FIRST_WORD.exec(core)?.[0].toLowerCase();
    if (!first || first === "the" || /[\u212a\u017f]/.test(core)) return null;
    byWord.set(first, [...(byWord.get(first) ?? []), key]);
  }
  const groups = new Map<string, FormGroup>();
  const shapes = new Uint8Array(128 * (MAX_SHAPE_LENGTH + 1));
  for (const [word, ks] of byWord) {
    // A form whose first word has other letters can only match such a word, which tries them all.
    if (/[^a-z0-9]/.test(word)) continue;
    const the = ks.filter((k) => withThe.has(k));
    groups.set(word, {
      plain: compile(ks, true),
      afterThe: the.length > 0 ? compile(the, true) : null,
      forms: ks.map((k) => ({ core: stripThe(k.trim()), the: withThe.has(k) })),
      fold,
    });
    shapes[shapeOf(word.charCodeAt(0), word.length)] = 1;
  }
  return { groups, shapes };
}

/**
 * "the president", "the chancellor": a title with nothing to tell whose it is
 * names whichever holder of it the text was just about ("Mr Putin visited a
 * command post … and the president told his commanders"), so it is left to
 * the role resolver (role-mentions.ts) rather than fixed to one actor.
 */
function isBareTitle(form: string): boolean {
  const m = /^(?:the\s+)?(\p{L}+)$/iu.exec(form.trim());
  return m !== null && /^the\s/i.test(form.trim()) && ROLE_NOUNS.has(m[1]!.toLowerCase());
}

/** The dossier's matchers, built once per dossier. */
export function compileDossier(dossier: Dossier): CompiledDossier {
  const cached = compiledByDossier.get(dossier);
  if (cached) return cached;
  const exact: Array<[string, Form]> = [];
  const titles: Array<[string, Form]> = [];
  for (const a of dossier.actors) {
    exact.push([a.name, { actorId: a.id, via: "name" }]);
    const aliases = [...a.aliases, ...surnameOf(a)].flatMap(acronymVariants);
    for (const alias of aliases) {
      if (!isBareTitle(alias)) exact.push([alias, { actorId: a.id, via: "alias" }]);
    }
    for (const title of a.titles) {
      if (!isBareTitle(title)) titles.push([title, { actorId: a.id, via: "title" }]);
    }
  }
  const e = compileForms(exact, false);
  const t = compileForms(titles, true);
  const compiled: CompiledDossier = {
    actors: new Map(dossier.actors.map((a) => [a.id, a])),
    exact: e.re,
    exactForms: e.map,
    titles: t.re,
    titleForms: t.map,
  };
  compiledByDossier.set(dossier, compiled);
  return compiled;
}

type Found = Omit<Mention, "sentence">;

/** Whether each ASCII code is a letter or digit; its lower-case code. */
const ASCII_WORD: boolean[] = [];
const ASCII_LOWER: number[] = [];
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_WORD[c] = /[\p{L}\p{N}]/u.test(ch);
  ASCII_LOWER[c] = ch.toLowerCase().charCodeAt(0);
}
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/** Length of the letter or digit at i (a surrogate pair counts as one), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_WORD[c] ? 1 : 0;
  WORD_CHAR.lastIndex = i;
  return WORD_CHAR.test(text) ? WORD_CHAR.lastIndex - i : 0;
}

const isThe = (text: string, i: number) =>
  ASCII_LOWER[text.charCodeAt(i)] === 116 &&
  ASCII_LOWER[text.charCodeAt(i + 1)] === 104 &&
  ASCII_LOWER[text.charCodeAt(i + 2)] === 101;

function execAt(re: RegExp | null, text: string, at: number): FormHit | null {
  if (!re) return null;
  re.lastIndex = at;
  const m = re.exec(text);
  return m && { index: m.index, text: m[0] };
}

/** What matching one form by hand gives: its end, no match, or "ask the regex". */
const UNSURE = -2;
const NO_MATCH = -1;

/** ASCII whitespace, all that `\s` matches below code 128. */
const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * Where `core` (a form after any "the") matches text from i, as its pattern
 * would: a space matches a run of whitespace, an apostrophe either ' or ’, and
 * with `fold` ASCII letters match either case; the match must end where a word
 * does. Anything a plain comparison cannot settle (a character beyond ASCII
 * where case folds or where whitespace may be) is UNSURE.
 */
function matchCore(text: string, i: number, core: string, fold: boolean): number {
  let at = i;
  for (let k = 0; k < core.length; k++) {
    const f = core.charCodeAt(k);
    const c = text.charCodeAt(at);
    if (f === 32) {
      if (!isAsciiSpace(c)) return c >= 128 ? UNSURE : NO_MATCH;
      do at++;
      while (isAsciiSpace(text.charCodeAt(at)));
      if (text.charCodeAt(at) >= 128) return UNSURE;
      continue;
    }
    if (f === 39 || f === 0x2019) {
      if (c !== 39 && c !== 0x2019) return NO_MATCH;
    } else if (fold && (f >= 128 || c >= 128)) {
      return UNSURE;
    } else if (c !== f && !(fold && ASCII_LOWER[c] === ASCII_LOWER[f] && ASCII_WORD[c])) {
      return NO_MATCH;
    }
    at++;
  }
  return wordCharAt(text, at) === 0 ? at : NO_MATCH;
}

/** Where "the" and whitespace at i end, as `[Tt]he\s+` (case-folded: `the\s+`, any case) reads them. */
function theEnd(text: string, i: number, fold: boolean): number {
  const t = text.charCodeAt(i);
  if (
    fold
      ? !isThe(text, i)
      : (t !== 84 && t !== 116) || text.charCodeAt(i + 1) !== 104 || text.charCodeAt(i + 2) !== 101
  )
    return NO_MATCH;
  let at = i + 3;
  const c = text.charCodeAt(at);
  if (!isAsciiSpace(c)) return c >= 128 ? UNSURE : NO_MATCH;
  while (isAsciiSpace(text.charCodeAt(at))) at++;
  return text.charCodeAt(at) >= 128 ? UNSURE : at;
}

/**
 * The group's forms matched by hand at `start` (or at the "the" before it,
 * first), as its sticky regexes would match them: the first form in order
 * wins. Regexes run only where a comparison cannot settle it; matched by hand,
 * most words never run one, and V8 drops the compiled code of regexes at full
 * garbage collections, so each regex run costs more than it looks.
 */
function matchForms(text: string, group: FormGroup, the: number, start: number): FormHit | null {
  const { forms, fold } = group;
  if (the >= 0 && group.afterThe) {
    const from = theEnd(text, the, fold);
    if (from === UNSURE)
      return execAt(group.afterThe, text, the) ?? execAt(group.plain, text, start);
    // Only "the" and whitespace lie between the two words: the forms start right after it.
    if (from === start) {
      for (const form of forms) {
        if (!form.the) continue;
        const end = matchCore(text, start, form.core, fold);
        if (end === UNSURE)
          return execAt(group.afterThe, text, the) ?? execAt(group.plain, text, start);
        if (end >= 0) return { index: the, text: text.slice(the, end) };
      }
    }
  }
  for (const form of forms) {
    const end = matchCore(text, start, form.core, fold);
    if (end === UNSURE) return execAt(group.plain, text, start);
    if (end >= 0) return { index: start, text: text.slice(start, end) };
  }
  return null;
}

/**
 * The matches of the whole alternation, as its global scan finds them, but
 * without trying every form at every offset. A form matches only where a word
 * starts (its lookbehind), and only a word that is its first word, or a "the"
 * right before that word. So each word is looked up among the first words
 * (cut out only when one has its first letter and length), and where it is one, the forms it may start are tried in their order
 * (first at the "the" before it, which the global scan reaches first): the
 * leftmost-first choice is the same. An ASCII word is compared lower-cased,
 * which is all case-insensitive matching does for ASCII; a word with other
 * letters tries every form.
 */
export function scan(text: string, matcher: FormMatcher): FormHit[] {
  const { firsts } = matcher;
  if (!firsts) return [...text.matchAll(matcher.re)].map((m) => ({ index: m.index, text: m[0] }));
  const out: FormHit[] = [];
  let the = -1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    // ASCII characters are told by a table; only others ask wordCharAt's regex.
    const c = text.charCodeAt(i);
    if (c < 128 ? !ASCII_WORD[c] : wordCharAt(text, i) === 0) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d < 128) {
        if (!ASCII_WORD[d]) break;
        i++;
      } else {
        const w = wordCharAt(text, i);
        if (w === 0) break;
        ascii = false;
        i += w;
      }
    }
    let m: FormHit | null = null;
    if (!ascii) {
      m = (the >= 0 ? execAt(matcher.all, text, the) : null) ?? execAt(matcher.all, text, start);
    } else if (firsts.shapes[shapeOf(ASCII_LOWER[text.charCodeAt(start)]!, i - start)]) {
      // Only a word of the right first letter and length is cut out and looked up.
      const group = firsts.groups.get(text.slice(start, i).toLowerCase());
      if (group) m = matchForms(text, group, the, start);
    }
    if (m) {
      out.push(m);
      i = m.index + m.text.length;
      the = -1;
    } else the = ascii && i - start === 3 && isThe(text, start) ? start : -1;
  }
  return out;
}

function matchAll(
  text: string,
  matcher: FormMatcher | null,
  forms: Map<string, Form>,
  fold: boolean,
): Found[] {
  if (!matcher) return [];
  const out: Found[] = [];
  for (const m of scan(text, matcher)) {
    const form = forms.get(formKey(m.text, fold));
    if (form) {
      const { actorId, via } = form;
      out.push({ actorId, via, text: m.text, start: m.index, end: m.index + m.text.length });
    }
  }
  return out;
}

/** Keeps the longest of overlapping candidates (the earlier one on ties), in one sweep. */
export function longestNonOverlapping<T extends { start: number; end: number }>(found: T[]): T[] {
  const byStart = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  for (const f of byStart) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
    else if (f.end - f.start > last.end - last.start) {
      const before = kept[kept.length - 2];
      if (!before || f.start >= before.end) kept[kept.length - 1] = f;
    }
  }
  return kept;
}

const DESCRIPTIVE_POS = new Set(["NOUN", "PROPN", "ADJ", "PART"]);

/**
 * Drops a state, organisation or title mention that only qualifies the person
 * named right after it, with nothing but title words in between.
 */
function dropQualifiers(
  doc: WorkingDoc,
  mentions: Mention[],
  actors: Map<string, Actor>,
): Mention[] {
  const isNamedPerson = (m: Mention) =>
    actors.get(m.actorId)?.kind === "person" && m.via !== "title" && m.via !== "pronoun";
  return mentions.filter((m, i) => {
    const next = mentions[i + 1];
    if (!next || !isNamedPerson(next)) return true;
    if (actors.get(m.actorId)?.kind === "person" && m.via !== "title") return true;
    const between = doc.report.text.slice(m.end, next.start);
    if (!/^(?:['’]s)?[\s\p{L}.-]*$/u.test(between)) return true;
    const words = tokensIn(doc, { start: m.end, end: next.start });
    return words.length > 4 || !words.every((t) => DESCRIPTIVE_POS.has(t.pos));
  });
}

/**
 * "The Trump administration", "Zelenskyy's government": the state the person
 * leads acts, not the person. Such a mention goes to the person's affiliation.
 */
function administrations(text: string, mentions: Mention[], actors: Map<string, Actor>): Mention[] {
  return mentions.map((m) => {
    const actor = actors.get(m.actorId);
    if (actor?.kind !== "person" || !actor.affiliation || m.via === "pronoun") return m;
    const after = /^(?:['’]s)?\s+(?:administration|government)\b/i.exec(
      text.slice(m.end, m.end + 20),
    );
    if (!after) return m;
    const end = m.end + after[0].length;
    return { ...m, actorId: actor.affiliation, text: text.slice(m.start, end), end, via: "alias" };
  });
}

const NOT_NAMES = new Set(
  `january february march april may june july august september october november december monday
  tuesday wednesday thursday friday saturday sunday the a an this that these those house street`
    .split(/\s+/)
    .filter(Boolean),
);
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

const isTitleWord = (t: Token) =>
  ROLE_NOUNS.has(t.normal) ||
  TITLE_MODIFIERS.has(t.normal) ||
  (t.pos === "ADJ" && /^\p{Lu}/u.test(t.text));
/** NAME_WORD's test, after the check that settles most words: an ASCII first letter that is not A–Z. */
const isNameShaped = (s: string) => {
  const c = s.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128 ? NAME_WORD.test(s) : false;
};
const isNameWord = (t: Token) =>
  isNameShaped(t.text) && !NOT_NAMES.has(t.normal) && !isTitleWord(t) && t.pos !== "VERB";

export function slugOf(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The title written right before a name ("Ukrainian Foreign Minister"), or null. */
function titleBefore(doc: WorkingDoc, first: number, named: readonly Mention[]): string | null {
  let i = first - 1;
  const start = doc.tokens[first]!.sentence;
  const inMention = (t: Token) => named.some((m) => t.start < m.end && m.start < t.end);
  const qualifies = (t: Token) =>
    isTitleWord(t) || (/^\p{Lu}/u.test(t.text) && t.pos === "PROPN" && !inMention(t));
  while (
    i >= 0 &&
    doc.tokens[i]!.sentence === start &&
    qualifies(doc.tokens[i]!) &&
    first - i <= 5
  ) {
    i--;
  }
  const words = doc.tokens.slice(i + 1, first);
  if (!words.some((t) => ROLE_NOUNS.has(t.normal))) return null;
  return doc.report.text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/** The appositive after a name (", a senior fellow at the X Institute,"), or null. */
function titleAfter(doc: WorkingDoc, last: number): string | null {
  const comma = doc.tokens[last + 1];
  if (comma?.text !== ",") return null;
  let i = last + 2;
  if (["a", "an", "the"].includes(doc.tokens[i]?.normal ?? "")) i++;
  const from = i;
  while (i < doc.tokens.length && i - from < 12) {
    const t = doc.tokens[i]!;
    if (t.sentence !== comma.sentence || t.pos === "PUNCT" || t.pos === "VERB") break;
    i++;
  }
  const words = doc.tokens.slice(from, i);
  if (words.length === 0 || !words.some((t) => ROLE_NOUNS.has(t.normal))) return null;
  return doc.report.text.slice(words[0]!.start, words[words.length - 1]!.end);
}

/**
 * People the dossier does not know: two or three capitalised words introduced
 * with a title before them or an appositive after them. Later mentions of the
 * surname alone resolve to the person.
 */
export function discoverPeople(
  doc: WorkingDoc,
  named: readonly Mention[],
  known: ReadonlySet<string>,
): { actors: Actor[]; mentions: Mention[] } {
  const overlaps = (s: number, e: number) => named.some((m) => s < m.end && m.start < e);
  const actors = new Map<string, Actor>();
  const mentions: Mention[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    let j = i;
    while (j < toks.length && isNameWord(toks[j]!) && toks[j]!.sentence === toks[i]!.sentence) j++;
    const before = toks[i - 1];
    if (j - i < 2 || j - i > 3 || (before && isNameShaped(before.text) && !isTitleWord(before))) {
      i = Math.max(i, j - 1);
      continue;
    }
    const run = toks.slice(i, j);
    const start = run[0]!.start;
    const end = run[run.length - 1]!.end;
    const role = overlaps(start, end)
      ? null
      : (titleBefore(doc, i, named) ?? titleAfter(doc, j - 1));
    const name = role ? doc.report.text.slice(start, end) : "";
    const id = role ? slugOf(name) : "";
    if (role && !known.has(id)) {
      if (!actors.has(id)) {
        const surname = run[run.length - 1]!.text;
        actors.set(id, {
          id,
          name,
          kind: "person",
          aliases: [surname],
          titles: [],
          role,
          affiliation: null,
          gender: null,
          discovered: true,
        });
      }
      mentions.push({
        actorId: id,
        text: name,
        start,
        end,
        sentence: run[0]!.sentence,
        via: "discovered",
      });
    }
    i = j - 1;
  }
  return {
    actors: [...actors.values()],
    mentions: [...mentions, ...laterSurnames(doc, named, mentions, actors)],
  };
}

function laterSurnames(
  doc: WorkingDoc,
  named: readonly Mention[],
  intro: Mention[],
  actors: Map<string, Actor>,
): Mention[] {
  const out: Mention[] = [];
  const taken = [...named, ...intro];
  for (const actor of actors.values()) {
    const first = intro.find((m) => m.actorId === actor.id)!;
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(actor.aliases[0]!)}(?![\\p{L}\\p{N}])`,
      "gu",
    );
    for (const m of doc.report.text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start < first.end || taken.some((t) => start < t.end && t.start < end)) continue;
      out.push({
        actorId: actor.id,
        text: m[0],
        start,
        end,
        sentence: sentenceAt(doc, start)?.index ?? 0,
        via: "discovered",
      });
    }
  }
  return out;
}

/** All mentions of actors in the document, and the people discovered in it. */
export function findMentions(
  doc: WorkingDoc,
  dossier: Dossier,
): { mentions: Mention[]; discovered: Actor[] } {
  const compiled = compileDossier(dossier);
  const text = doc.report.text;
  const found = longestNonOverlapping([
    ...matchAll(text, compiled.exact, compiled.exactForms, false),
    ...matchAll(text, compiled.titles, compiled.titleForms, true),
  ]);
  // Spelled out rather than spread (same keys, same order): a spread copy cost more than the lookup.
  const withSentence = (f: Found): Mention => ({
    actorId: f.actorId,
    via: f.via,
    text: f.text,
    start: f.start,
    end: f.end,
    sentence: sentenceAt(doc, f.start)?.index ?? 0,
  });
  const named = found.map(withSentence);
  const known = new Set(compiled.actors.keys());
  const discovery = discoverPeople(doc, named, known);
  const actors = new Map(compiled.actors);
  for (const a of discovery.actors) actors.set(a.id, a);
  const all = longestNonOverlapping([...named, ...discovery.mentions]);
  const governed = administrations(text, dropQualifiers(doc, all, actors), actors);
  const kept = resolveRoleMentions(doc, governed, actors);
  const mentions = resolvePronouns(doc, kept, actors, quotedRegions(text));
  return { mentions, discovered: discovery.actors };
}

export const mentionsComponent: Component = {
  name: "mentions",
  run(doc, ctx) {
    const { mentions, discovered } = findMentions(doc, ctx.dossier);
    doc.mentions = mentions;
    doc.discoveredActors = discovered;
  },
};
