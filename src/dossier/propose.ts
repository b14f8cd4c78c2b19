/**
 * A first dossier from a folder of reports (`ttm dossier init`): the reports are
 * read by ingest (no database), then the extractor's own tools find what a
 * dossier needs: people introduced with a title (mentions.ts's discovery and the
 * entity recogniser), states (the gazetteer's countries and the demonyms),
 * organisations (the entity recogniser), candidate issues from the noun phrases
 * after stance verbs (compromise's noun phrases), and the outlets ingest made of
 * the reports' sources (outlets.ts's table of owners). Counts decide the order;
 * ties are broken by name, so the same folder always gives the same proposal.
 */
import { basename, resolve } from "node:path";
import nlp from "compromise";
import { countryForms, countryOfForm } from "../extract/demonyms.js";
import { recogniseEntities } from "../extract/entities.js";
import { PERSON_TITLES, TITLE_PARTS } from "../extract/entity-cues.js";
import { isCountry, isKnown } from "../extract/gazetteer.js";
import { discoverPeople, slugOf } from "../extract/mentions.js";
import { ROLE_NOUNS, TITLE_MODIFIERS } from "../extract/role-mentions.js";
import { splitText } from "../extract/sentences.js";
import type { Token, WorkingDoc } from "../extract/types.js";
import { ingestPaths } from "../ingest/index.js";
import type { Report, SourceKind } from "../model/index.js";

interface Counted {
  /** Times named across the reports (full name, surname or other form). */
  mentions: number;
  /** Reports naming it at least once. */
  reports: number;
}

export interface ProposedPerson extends Counted {
  id: string;
  name: string;
  aliases: string[];
  /** Titles the reports give, most frequent first, each with its count. */
  titlesSeen: Array<{ title: string; count: number }>;
  /** Titles specific enough to name this person alone (two words or more, no other person's). */
  titles: string[];
  role: string | null;
  affiliation: string | null;
  gender: "male" | "female" | null;
  pronouns: { he: number; she: number };
}

export interface ProposedGroup extends Counted {
  id: string;
  name: string;
  kind: "state" | "organization" | "bloc";
  aliases: string[];
}

export interface ProposedIssue {
  id: string;
  label: string;
  vocabulary: string[];
  /** Reports with a stance verb before one of its phrases, and how many such phrases. */
  reports: number;
  phrases: number;
  /** One sentence it was seen in, for the user to judge it by. */
  example: string;
}

export interface ProposedSource {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: SourceKind;
  homepage?: string;
  reports: number;
  /** Where the owner came from: the table of outlets, a sources.yaml beside the reports, or a guess. */
  ownerFrom: "table" | "folder" | "guess";
  kindGuessed: boolean;
}

export interface Proposal {
  folder: string;
  id: string;
  reports: number;
  /** Reports not in English: read for their sources and dates, not for names or issues. */
  notEnglish: number;
  period: { from: string; until: string } | null;
  people: ProposedPerson[];
  groups: ProposedGroup[];
  issues: ProposedIssue[];
  sources: ProposedSource[];
}

export class NoReportsError extends Error {}

const MAX_PEOPLE = 25;
const MAX_GROUPS = 20;
const MAX_ISSUES = 12;
const MAX_VOCABULARY = 14;

const byCount = <T extends Counted & { name: string }>(a: T, b: T) =>
  b.mentions - a.mentions || b.reports - a.reports || a.name.localeCompare(b.name);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordRe = (text: string, flags = "gu") =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, flags);

/** Occurrences of each form (case-sensitive, as words) in each text: total and texts. */
function countForms(texts: readonly string[], forms: readonly string[]): Counted {
  let mentions = 0;
  let reports = 0;
  const res = forms.filter((f) => f.length > 1).map((f) => wordRe(f));
  for (const text of texts) {
    // Longer forms first; a shorter form inside a longer one is not counted twice.
    const taken: Array<[number, number]> = [];
    for (const re of res) {
      for (const m of text.matchAll(re)) {
        const s = m.index;
        const e = s + m[0].length;
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        taken.push([s, e]);
      }
    }
    mentions += taken.length;
    if (taken.length > 0) reports++;
  }
  return { mentions, reports };
}

const titleCase = (s: string) => s.replace(/(^|[\s-])(\p{Ll})/gu, (_, a, b) => a + b.toUpperCase());

function mostFrequent(counts: Map<string, number>): Array<{ title: string; count: number }> {
  return [...counts]
    .map(([title, count]) => ({ title, count }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

function add(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Reads the folder and proposes a dossier; throws NoReportsError when it holds no readable report. */
export async function proposeDossier(folder: string): Promise<Proposal> {
  const read = await ingestPaths([folder], { sources: [] });
  if (read.reports.length === 0) {
    const shown = read.quarantined.slice(0, 3).map((q) => `${q.origin}: ${q.reason}`);
    const more = read.quarantined.length > 3 ? `; and ${read.quarantined.length - 3} more` : "";
    throw new NoReportsError(
      `no readable report in ${folder}${
        shown.length > 0
          ? ` (${shown.join("; ")}${more})`
          : " (it holds no .json, .jsonl, .md, .txt, .html or feed file)"
      }`,
    );
  }
  const reports = [...read.reports].sort(
    (a, b) => a.origin.localeCompare(b.origin) || a.id.localeCompare(b.id),
  );
  const english = reports.filter((r) => r.language === "en");
  const docs = english.map((report) => ({ report, ...splitText(report.text) }));
  const texts = english.map((r) => r.text);

  const sources = proposeSources(reports, read.sources);
  const outletWords = new Set(sources.flatMap((s) => [s.name, s.id]).map((x) => x.toLowerCase()));
  const people = findPeople(docs);
  const personWords = new Set(
    [...people.all.keys()]
      .flatMap((name) => [...name.split(/\s+/), ...surnames(name)])
      .map((w) => w.toLowerCase()),
  );
  const groups = findGroups(docs, texts, personWords, outletWords);
  const chosenPeople = choosePeople(people, texts, groups, english.length);
  const days = reports.map((r) => r.published.slice(0, 10)).sort();
  return {
    folder,
    id: slugOf(basename(resolve(folder))) || "new-dossier",
    reports: reports.length,
    notEnglish: reports.length - english.length,
    period: days.length > 0 ? { from: days[0]!, until: days[days.length - 1]! } : null,
    people: chosenPeople,
    groups,
    issues: findIssues(docs),
    sources,
  };
}

// --- people -------------------------------------------------------------------

type Doc = { report: Report; sentences: WorkingDoc["sentences"]; tokens: Token[] };

interface PersonSeen {
  titles: Map<string, number>;
}

interface PeopleSeen {
  /** Full names as the reports write them, with the titles given. */
  all: Map<string, PersonSeen>;
}

const isTitleWord = (w: string) => {
  const k = w.toLowerCase().replace(/\.$/, "");
  return PERSON_TITLES.has(k) || TITLE_PARTS.has(k) || ROLE_NOUNS.has(k) || TITLE_MODIFIERS.has(k);
};
const isPlaceWord = (w: string) =>
  isKnown(w, "place") || isKnown(w, "demonym") || countryOfForm(w) !== null;
/** Lower-case name particles that stay inside a name ("al-Sisi", "bin Abdulrahman"). */
const PARTICLE_TAIL =
  /^(?:\s+(?:(?:al|el|bin|ibn|abu|van|von|de|da|di|du|der|le|la)[- ]\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{Ll}'’-]+))+/u;

/** A person's name as written: two to five words, no word in capitals but initials. */
function goodName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (!words.some((w) => /\p{Ll}/u.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0]!) || isTitleWord(words[0]!)) return false;
  return words.every((w) => /\p{Ll}/u.test(w) || w.replace(/\./g, "").length <= 3);
}

/** The name after any title before it ("U.S. President Donald Trump" → title, name). */
function splitTitle(words: string[]): { title: string[]; name: string[] } {
  let i = 0;
  while (words.length - i > 2) {
    const w = words[i]!;
    // "Secretary of State Marco Rubio": "of" and the word after it belong to the title.
    if (w === "of") i += 2;
    else if (isTitleWord(w) || (isPlaceWord(w) && isTitleWord(words[i + 1] ?? ""))) i++;
    else break;
  }
  return { title: words.slice(0, i), name: words.slice(i) };
}

/** Extends a name at `end` over particles the recogniser stops at ("Abdel Fattah" + " al-Sisi"). */
function fullName(text: string, start: number, end: number): string {
  const tail = PARTICLE_TAIL.exec(text.slice(end, end + 60));
  const name = text.slice(start, end) + (tail && /[-\s]\p{Ll}/u.test(tail[0]) ? tail[0] : "");
  return name.replace(/\s+/g, " ").trim();
}

const ANAPHORIC_TITLE =
  /\b(?:group|movement|country|organi[sz]ation|agency|company)['’]s\b|\bthe (?:group|movement|country)\b|^(?:its|his|her|their)\b/i;

function findPeople(docs: readonly Doc[]): PeopleSeen {
  const all = new Map<string, PersonSeen>();
  const seen = (name: string, title: string | null) => {
    if (!goodName(name)) return;
    const entry = all.get(name) ?? { titles: new Map<string, number>() };
    all.set(name, entry);
    if (title && !ANAPHORIC_TITLE.test(title)) add(entry.titles, title.replace(/\s+/g, " "));
  };
  for (const d of docs) {
    const text = d.report.text;
    const doc = { ...d, mentions: [] } as unknown as WorkingDoc;
    const found = discoverPeople(doc, [], new Set());
    for (const actor of found.actors) {
      const intro = found.mentions.find((m) => m.actorId === actor.id);
      const name = intro ? fullName(text, intro.start, intro.end) : actor.name;
      seen(name, actor.role);
    }
    for (const e of recogniseEntities(text, d.tokens)) {
      if (e.type !== "PER") continue;
      const words = e.text.split(/\s+/);
      const { title, name } = splitTitle(words);
      if (name.length < 2) continue;
      const nameStart = e.end - name.join(" ").length;
      const titleText = title.length > 0 ? title.join(" ") : null;
      seen(
        fullName(text, nameStart, e.end),
        titleText && title.some((w) => ROLE_NOUNS.has(w.toLowerCase())) ? titleText : null,
      );
    }
  }
  // A name seen cut short ("Abdel Fattah") is the longer one it begins or ends.
  const names = [...all.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  for (const short of names) {
    const longer = names.find(
      (n) => n !== short && (n.startsWith(`${short} `) || n.endsWith(` ${short}`)) && all.has(n),
    );
    if (!longer) continue;
    const from = all.get(short)!;
    const into = all.get(longer)!;
    for (const [t, n] of from.titles) add(into.titles, t, n);
    all.delete(short);
  }
  return { all };
}

/** The surname a report uses alone ("Netanyahu"; "al-Sisi" and "Sisi"). */
function surnames(name: string): string[] {
  const last = name.split(/\s+/).pop()!;
  const bare = last.replace(/^(?:al|el)-/, "");
  return bare !== last ? [last, titleCase(bare)] : [last];
}

function choosePeople(
  seen: PeopleSeen,
  texts: readonly string[],
  groups: readonly ProposedGroup[],
  reportCount: number,
): ProposedPerson[] {
  const minReports = reportCount >= 3 ? 2 : 1;
  const people: ProposedPerson[] = [];
  for (const [name, entry] of seen.all) {
    const aliases = surnames(name).filter((s) => s !== name);
    const counted = countForms(texts, [name, ...aliases]);
    if (counted.reports < minReports) continue;
    const titlesSeen = mostFrequent(entry.titles).filter(
      (t) => t.title.split(/\s+/).length <= 10 && !/\band\b|[,;]/.test(t.title),
    );
    people.push({
      id: slugOf(name),
      name,
      aliases: aliases.filter((a) => texts.some((t) => wordRe(a, "u").test(t))),
      titlesSeen,
      titles: [],
      role: titlesSeen[0]?.title ?? null,
      affiliation: null,
      gender: null,
      pronouns: { he: 0, she: 0 },
      ...counted,
    });
  }
  people.sort(byCount);
  const chosen = people.slice(0, MAX_PEOPLE);
  // A title given to two people names neither alone.
  const holders = new Map<string, number>();
  for (const p of chosen)
    for (const t of new Set(p.titlesSeen.map((x) => x.title.toLowerCase()))) add(holders, t);
  for (const p of chosen) {
    const seenLower = new Set<string>();
    p.titles = p.titlesSeen
      .map((t) => t.title)
      .filter((t) => {
        const lower = t.toLowerCase();
        if (seenLower.has(lower)) return false;
        seenLower.add(lower);
        return t.split(/\s+/).length >= 2 && t.split(/\s+/).length <= 6 && holders.get(lower) === 1;
      });
    p.affiliation = affiliationOf(p, groups);
    p.pronouns = pronounsNear(p, chosen, texts);
    const { he, she } = p.pronouns;
    p.gender = he >= 2 && he >= 3 * she ? "male" : she >= 2 && she >= 3 * he ? "female" : null;
  }
  return chosen;
}

/** The state or organisation the person's titles name most often. */
function affiliationOf(person: ProposedPerson, groups: readonly ProposedGroup[]): string | null {
  const votes = new Map<string, number>();
  for (const { title, count } of person.titlesSeen) {
    for (const g of groups) {
      const forms = [g.name, ...g.aliases];
      if (g.kind === "state")
        forms.push(
          ...countryForms(g.name)
            .filter((f) => /^[a-z]{4,}$/.test(f))
            .map(titleCase),
        );
      if (forms.some((f) => wordRe(f, "iu").test(title))) add(votes, g.id, count);
    }
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? best[0] : null;
}

/**
 * "he" and "she" in sentences that name this person and no other chosen
 * person, and in the sentence after: enough of one and few of the other make
 * a guess, which the YAML marks for checking.
 */
function pronounsNear(
  person: ProposedPerson,
  people: readonly ProposedPerson[],
  texts: readonly string[],
): { he: number; she: number } {
  const own = [person.name, ...person.aliases].map((f) => wordRe(f, "u"));
  const others = people
    .filter((p) => p !== person)
    .flatMap((p) => [p.name, ...p.aliases])
    .map((f) => wordRe(f, "u"));
  let he = 0;
  let she = 0;
  for (const text of texts) {
    const sentences = text.split(/(?<=[.!?]["”]?)\s+/);
    sentences.forEach((s, i) => {
      if (!own.some((re) => re.test(s)) || others.some((re) => re.test(s))) return;
      const span = `${s} ${sentences[i + 1] ?? ""}`;
      he += span.match(/\b(?:he|his|him|He|His)\b/g)?.length ?? 0;
      she += span.match(/\b(?:she|her|hers|She|Her)\b/g)?.length ?? 0;
    });
  }
  return { he, she };
}

// --- states and organisations -------------------------------------------------------

const BLOCS = new Set([
  "european union",
  "nato",
  "african union",
  "arab league",
  "g7",
  "g20",
  "brics",
  "asean",
  "gulf cooperation council",
]);
const INSTITUTIONS =
  "government|military|army|armed forces|foreign ministry|defen[cs]e ministry|cabinet|security cabinet|parliament|president's office";
const NAME_STOP = new Set(["of", "the", "and", "for", "on", "in"]);

function findGroups(
  docs: readonly Doc[],
  texts: readonly string[],
  personWords: ReadonlySet<string>,
  outletWords: ReadonlySet<string>,
): ProposedGroup[] {
  const countries = new Set<string>();
  const types = new Map<string, Map<string, number>>();
  for (const d of docs) {
    for (const e of recogniseEntities(d.report.text, d.tokens)) {
      const name = e.text.replace(/^the\s+/i, "").replace(/\s+/g, " ");
      if (isCountry(name)) countries.add(titleCase(name.toLowerCase()));
      else {
        const t = types.get(name) ?? new Map<string, number>();
        add(t, e.type);
        types.set(name, t);
      }
    }
    for (const t of d.tokens) {
      const country = /^\p{Lu}/u.test(t.text) ? countryOfForm(t.text) : null;
      if (country && isCountry(country)) countries.add(titleCase(country));
    }
  }
  const groups: ProposedGroup[] = [];
  const minReports = texts.length >= 3 ? 2 : 1;
  for (const name of countries) {
    const forms = countryForms(name);
    const shortForms = forms
      .filter((f) => !/^[a-z]+$/.test(f) || f.length <= 3)
      .map((f) => f.toUpperCase());
    const demonyms = forms.filter((f) => /^[a-z]{4,}$/.test(f)).map(titleCase);
    const seenShort = shortForms.filter((f) => texts.some((t) => wordRe(f, "u").test(t)));
    const counted = countForms(texts, [name, ...seenShort, ...demonyms]);
    if (counted.reports < minReports) continue;
    const who = [name, ...demonyms].map(escapeRegExp).join("|");
    const re = new RegExp(
      `(?<![\\p{L}])(?:(?:${who})(?:['’]s)? (?:${INSTITUTIONS}))(?![\\p{L}])`,
      "gu",
    );
    const institutions = new Set<string>();
    for (const t of texts) for (const m of t.matchAll(re)) institutions.add(m[0]);
    groups.push({
      id: slugOf(name),
      name,
      kind: BLOCS.has(name.toLowerCase()) ? "bloc" : "state",
      aliases: [...seenShort, ...[...institutions].sort()],
      ...counted,
    });
  }
  const orgs: ProposedGroup[] = [];
  for (const [name, t] of types) {
    const org = t.get("ORG") ?? 0;
    if (org <= (t.get("LOC") ?? 0) + (t.get("PER") ?? 0)) continue;
    const words = name.split(" ");
    const lower = name.toLowerCase();
    if (
      name.length < 2 ||
      countryOfForm(name) ||
      isKnown(name, "demonym") ||
      outletWords.has(lower) ||
      outletWords.has(slugOf(name)) ||
      words.some((w) => personWords.has(w.toLowerCase())) ||
      /^\p{Lu}\p{Ll}{2}\.$/u.test(name) ||
      (words.length === 1 && /(?:ans|is)$/.test(name)) ||
      (words.length === 1 && isTitleWord(name)) ||
      !/\p{Lu}/u.test(name[0] ?? "")
    )
      continue;
    const initials = words
      .filter((w) => !NAME_STOP.has(w.toLowerCase()))
      .map((w) => w[0])
      .join("");
    const acronyms =
      words.length >= 2 && initials.length >= 2
        ? [initials, `${initials.split("").join(".")}.`].filter((a) =>
            texts.some((x) => wordRe(a, "u").test(x)),
          )
        : [];
    if (words.length === 1 && notAGroup(name, texts)) continue;
    const counted = countForms(texts, [name, ...acronyms]);
    if (counted.reports < minReports || counted.mentions < 2) continue;
    orgs.push({
      id: slugOf(name),
      name,
      kind: BLOCS.has(lower) ? "bloc" : "organization",
      aliases: acronyms,
      ...counted,
    });
  }
  // An acronym listed on its own ("U.N.") is an alias of the name it stands for.
  const aliasOf = new Set(orgs.flatMap((o) => o.aliases));
  const kept = orgs.filter((o) => !aliasOf.has(o.name));
  const ids = new Set(groups.map((g) => g.id));
  return [
    ...groups.sort(byCount),
    ...kept
      .filter((o) => !ids.has(o.id))
      .sort(byCount)
      .slice(0, MAX_GROUPS - Math.min(groups.length, MAX_GROUPS / 2)),
  ].slice(0, MAX_GROUPS);
}

/**
 * A one-word name the recogniser took for an organisation that is mostly
 * something else: a piece of a longer name ("Sharm" of "Sharm el-Sheikh",
 * "Hostages" of "Hostages Square"), a place ("in Ramallah"), or a common noun
 * capitalised only where it opens a sentence ("Families of the hostages …").
 */
export function notAGroup(name: string, texts: readonly string[]): boolean {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}'’-])`, "gu");
  let seen = 0;
  let other = 0;
  for (const text of texts) {
    for (const m of text.matchAll(at)) {
      seen++;
      const before = text.slice(Math.max(0, m.index - 30), m.index);
      const after = text.slice(m.index + name.length, m.index + name.length + 20);
      const pieceOfName = /^\s+(?:\p{Lu}|\p{Ll}{1,3}-\p{Lu})/u.test(after);
      const place = /\b(?:in|at|from|near|outside|to|into|across)\s+(?:the\s+)?$/i.test(before);
      const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*|[—–]\s+)$/u.test(before);
      if (pieceOfName || place || opensSentence) other++;
    }
  }
  return seen > 0 && other * 2 >= seen;
}

// --- issues -------------------------------------------------------------------

/** Verbs that take a position on something, and the preposition some need. */
const STANCE_VERB =
  /\b(?:demand(?:s|ed|ing)?|reject(?:s|ed|ing)?|propos(?:e|es|ed|ing)|accept(?:s|ed|ing)?|insist(?:s|ed|ing)? on|agree(?:s|d|ing)? (?:to|on)|oppos(?:e|es|ed|ing)|refus(?:e|es|ed|ing)|call(?:s|ed|ing)? for|seek(?:s|ing)?|sought|push(?:es|ed|ing)? for|rul(?:e|es|ed|ing) out|offer(?:s|ed|ing)?|support(?:s|ed|ing)?|want(?:s|ed)?|back(?:s|ed|ing)|welcom(?:e|es|ed|ing)|endors(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|(?:remain(?:s|ed)? |is |are |was |were )?committed to|give up|gave up|giving up)\b(?: (?:to|on|for))?/g;
/** Nouns too general to be an issue: what a stance verb often takes before the issue itself. */
const GENERAL_HEADS = new Set(
  `demand call plan proposal idea offer request term condition point part kind way need one thing
  anything something everything nothing statement report claim matter question issue step move
  effort bid attempt time day week month year hour minute side party country group movement
  official people talk deal agreement document text version draft detail element aspect lot number
  role position view stance response reply answer what that this it them him her us against
  charge claim allegation accusation involvement knowledge responsibility blame sign phase stage
  round
  about over under between within without`
    .split(/\s+/)
    .filter(Boolean),
);
const LEADING =
  /^(?:(?:the|a|an|any|all|its|their|his|her|our|your|this|that|these|those|some|such|every|each|no|both|other|further|more|several|two|three)\s+)+/i;

const singular = (w: string) =>
  /ies$/.test(w) && w.length > 4
    ? `${w.slice(0, -3)}y`
    : /(?:ss|us|is|ws)$/.test(w)
      ? w
      : /s$/.test(w) && w.length > 3
        ? w.slice(0, -1)
        : w;
const plural = (w: string) =>
  /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`;

interface IssueSeen {
  phrases: Map<string, number>;
  reports: Set<string>;
  example: string;
}

function findIssues(docs: readonly Doc[]): ProposedIssue[] {
  const heads = new Map<string, IssueSeen>();
  for (const d of docs) {
    const text = d.report.text;
    for (const s of d.sentences) {
      const sentence = text.slice(s.start, s.end);
      for (const m of sentence.matchAll(STANCE_VERB)) {
        const rest = sentence
          .slice(m.index + m[0].length)
          .split(/[.;:!?"“”]/)[0]!
          .slice(0, 120);
        const found = phraseAfter(rest);
        if (!found) continue;
        const entry = heads.get(found.head) ?? {
          phrases: new Map<string, number>(),
          reports: new Set<string>(),
          example: sentence.replace(/\s+/g, " ").trim(),
        };
        for (const phrase of found.phrases) add(entry.phrases, phrase);
        entry.reports.add(d.report.id);
        heads.set(found.head, entry);
      }
    }
  }
  const minReports = docs.length >= 3 ? 2 : 1;
  const issues = [...heads]
    .filter(([, e]) => e.reports.size >= minReports)
    .map(([head, e]): ProposedIssue => {
      const phrases = mostFrequent(e.phrases).map((p) => p.title);
      const total = [...e.phrases.values()].reduce((a, b) => a + b, 0);
      const vocabulary = [...new Set([head, plural(head), ...phrases])].slice(0, MAX_VOCABULARY);
      const multi = phrases.find((p) => p.includes(" ") && (e.phrases.get(p) ?? 0) >= 2);
      const label = multi ?? head;
      return {
        id: slugOf(head).replace(/-/g, "_"),
        label: label.charAt(0).toUpperCase() + label.slice(1),
        vocabulary,
        reports: e.reports.size,
        phrases: total,
        example: e.example,
      };
    });
  issues.sort((a, b) => b.reports - a.reports || b.phrases - a.phrases || a.id.localeCompare(b.id));
  return issues.slice(0, MAX_ISSUES);
}

/** The first noun phrase after a stance verb that can be an issue: its words and its head noun. */
function phraseAfter(rest: string): { phrases: string[]; head: string } | null {
  const nouns = nlp(rest).nouns().out("array") as string[];
  for (const raw of nouns.slice(0, 4)) {
    // Only a phrase near the verb: "rejected the plan's timetable", not a word ten words on.
    const at = rest.indexOf(raw);
    if (at < 0 || rest.slice(0, at).split(/\s+/).filter(Boolean).length > 8) break;
    const cleaned = raw
      .replace(/[,.'’"“”()]+$/g, "")
      .replace(/['’]s\b/g, "")
      .trim();
    const core = cleaned.split(/\s+(?:and|or|but|as|while|after|before|with|from|by)\s+/)[0]!;
    // "the fishing quotas Iceland had proposed": the phrase ends before the next name.
    const words = core.replace(LEADING, "").trim().split(/\s+/);
    const upper = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w));
    const phrase = (upper > 0 ? words.slice(0, upper) : words).join(" ");
    const beforeOf = phrase.split(/\s+(?:of|for|on|to|in)\s+/)[0]!;
    const headWord = beforeOf.split(/\s+/).pop() ?? "";
    if (!/^\p{Ll}[\p{Ll}-]{2,}$/u.test(headWord)) continue;
    const head = singular(headWord);
    if (GENERAL_HEADS.has(head) || ROLE_NOUNS.has(head)) continue;
    if (phrase.split(/\s+/).length > 6 || /\d/.test(phrase)) continue;
    // "new fishing quotas" is also "fishing quotas".
    const parts = beforeOf.split(/\s+/);
    const shorter = parts.length >= 3 && beforeOf === phrase ? [parts.slice(-2).join(" ")] : [];
    return { phrases: [phrase, ...shorter], head };
  }
  return null;
}

// --- sources ------------------------------------------------------------------

function proposeSources(
  reports: readonly Report[],
  built: ReadonlyArray<import("../model/index.js").Source>,
): ProposedSource[] {
  const counts = new Map<string, number>();
  for (const r of reports) add(counts, r.sourceId);
  const out: ProposedSource[] = [];
  for (const [sourceId, n] of counts) {
    const s = built.find((x) => x.id === sourceId);
    if (!s) continue;
    const slugName = /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(s.name);
    const name = slugName ? titleCase(s.name.replace(/-/g, " ")) : s.name;
    const ownerFrom = s.ownerFrom === "table" ? "table" : s.ownerFrom ? "guess" : "folder";
    const kind: SourceKind =
      ownerFrom !== "guess"
        ? s.kind
        : /\b(?:wire|agency|press association)\b/i.test(name)
          ? "wire"
          : /\b(?:center|centre|institute|council|foundation|forum|review)\b/i.test(name)
            ? "analysis"
            : "outlet";
    const source: ProposedSource = {
      id: ownerFrom === "guess" ? slugOf(slugName ? s.name : name) || s.id : s.id,
      name,
      owner: ownerFrom === "guess" ? name : s.owner,
      country: s.country,
      kind,
      reports: n,
      ownerFrom,
      kindGuessed: ownerFrom === "guess",
    };
    if (s.homepage) source.homepage = s.homepage;
    out.push(source);
  }
  return out.sort((a, b) => b.reports - a.reports || a.name.localeCompare(b.name));
}
