/**
 * The claims layer: the checkable statements of one report, each normalised to
 * a slot so that claims about the same thing in other reports can be compared.
 * A figure that measures something at issue gives a quantified claim (its slot
 * from slots.ts); a sentence that states an event or a position on an issue
 * gives one claim without a figure, clustered elsewhere by its terms.
 */
import type {
  Claim,
  Dossier,
  Mention,
  Quantity,
  Sentence,
  TimeExpression,
} from "../model/index.js";
import { isoWeekValue } from "./granularity.js";
import { type IssueRoles, issueRoles } from "./issue-roles.js";
import { buildIssueMatcher, type IssueMatcher } from "./issues.js";
import { partyWords } from "./party-words.js";
import {
  ANAPHORIC_DENIAL,
  APPOSITIVE_DENIAL,
  isDenial,
  PREDICATE_CLASSES,
  type PredicateClass,
  REPORTING_VERBS,
  VERB_NOT_BEFORE,
  VERB_PARTICLES,
} from "./predicates.js";
import { slotKey, slotOfQuantity } from "./slots.js";
import {
  isStopword,
  lemmaAt,
  lemmaOf,
  posAtOffsets,
  termsOf,
  type Word,
  wordRangeIn,
  wordsIn,
} from "./terms.js";
import type { Component, ExtractContext, Token, WorkingDoc } from "./types.js";

interface Compiled {
  matcher: IssueMatcher;
  /** The dossier's issue of each kind a general cue is about. */
  roles: IssueRoles;
  /** Lower-case words naming the dossier's states and blocs. */
  parties: ReadonlySet<string>;
}

const compiledFor = new WeakMap<Dossier, Compiled>();

function compile(dossier: Dossier): Compiled {
  let c = compiledFor.get(dossier);
  if (!c) {
    c = {
      matcher: buildIssueMatcher(dossier),
      roles: issueRoles(dossier.issues),
      parties: partyWords(dossier.actors),
    };
    compiledFor.set(dossier, c);
  }
  return c;
}

/** A dateline ("PALM BEACH, Fla. (Continental Wire) — ", "LONDON — ") is no part of the claim. */
const DATELINE =
  /^\s*[\p{Lu}][\p{Lu} .'-]+(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\([^)]*\))?\s*[—–-]+\s*/u;

const REPORTING_AFTER =
  /^\s*(?:,\s*(?:meanwhile|however|though|in turn|in response|for (?:its|his|her|their) part|too)\s*,\s*|,\s*)?(?:(?:on|last|this) \w+ )?(?:has |have |had |also |then |later |flatly )*(?:said|denied|rejected|dismissed|says|told|stated|added|claimed|announced|accused|argued|insisted|wrote|noted|confirmed|cautioned|repeated|acknowledged)\b/i;

/** "denied a report that Witkoff would travel": the denial says what it denies. */
const DENIAL_WITH_CONTENT =
  /\b(?:report|claim|allegation|suggestion|accusation|assertion)s?\s+that\s+\S|\bden(?:y|ies|ied|ying)\s+that\s+(?!is\b|was\b|it\b)\S/i;

/** "…, diplomats said": a sentence told on someone's word is checkable even when no actor is named. */
const HEARSAY = /\b(?:said|says|told|according to|stated|announced|reported|confirmed)\b/i;

/** "Zelenskyy came away from Florida saying …": a speaker, a few words, then a speech participle. */
const PARTICIPLE_AFTER =
  /^\s+(?:[\p{L}'’-]+\s+){0,4}(?:saying|telling|insisting|claiming|arguing|noting|warning|adding|stressing)\b/iu;

interface Part {
  start: number;
  end: number;
}

/** Per layer array: whether its items come in order of their start, as the layers are built. */
const sortedByStart = new WeakMap<readonly Part[], boolean>();

/**
 * The items lying wholly in `part`, in their order in `items`:
 * items.filter((x) => x.start >= part.start && x.end <= part.end), found by a
 * binary search when the items are in order of their start (claims ask this of
 * the doc's mentions, quotes and times for every clause).
 */
function itemsWithin<T extends Part>(items: readonly T[], part: Part): T[] {
  let sorted = sortedByStart.get(items);
  if (sorted === undefined) {
    sorted = items.every((x, i) => i === 0 || items[i - 1]!.start <= x.start);
    sortedByStart.set(items, sorted);
  }
  if (!sorted) return items.filter((x) => x.start >= part.start && x.end <= part.end);
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < part.start) lo = mid + 1;
    else hi = mid;
  }
  const found: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start <= part.end; i++) {
    if (items[i]!.end <= part.end) found.push(items[i]!);
  }
  return found;
}

/** Items of each sentence by its index, in their order in the layer; built once per layer array. */
const bySentenceOf = new WeakMap<readonly { sentence: number }[], Map<number, unknown[]>>();

function ofSentence<T extends { sentence: number }>(items: readonly T[], index: number): T[] {
  let groups = bySentenceOf.get(items) as Map<number, T[]> | undefined;
  if (!groups) {
    groups = new Map();
    for (const x of items) {
      const group = groups.get(x.sentence);
      if (group) group.push(x);
      else groups.set(x.sentence, [x]);
    }
    bySentenceOf.set(items, groups);
  }
  return groups.get(index) ?? [];
}

/**
 * Who asserts what sits at `offset` of sentence `index`: the speaker of a quote
 * around it, the source named by "according to", or the subject of a reporting
 * verb; null when the outlet speaks in its own voice.
 */
export function holderAt(doc: WorkingDoc, index: number, offset: number): string | null {
  const quotes = ofSentence(doc.quotes, index).filter((q) => q.speakerId);
  const around = quotes.find((q) => q.start <= offset && offset < q.end);
  if (around) return around.speakerId;
  const sentence = doc.sentences[index];
  if (!sentence) return null;
  const attributed = attributionsIn(doc, sentence);
  const before = attributed.filter((a) => a.at <= offset).pop();
  if (before) return before.actorId;
  const indirect = quotes.find((q) => q.kind === "indirect");
  return indirect?.speakerId ?? attributed[0]?.actorId ?? null;
}

interface Attribution {
  actorId: string;
  at: number;
}

/**
 * Each sentence's attributions by its index, for the mentions, sentences and
 * text they were read from: holderAt asks for every claim.
 */
const attributionsOf = new WeakMap<
  readonly Mention[],
  { sentences: readonly Sentence[]; text: string; found: Map<number, Attribution[]> }
>();

/** Actors the sentence attributes words to, read once per sentence. */
function attributionsIn(doc: WorkingDoc, sentence: Sentence): Attribution[] {
  let known = attributionsOf.get(doc.mentions);
  if (!known || known.sentences !== doc.sentences || known.text !== doc.report.text) {
    known = { sentences: doc.sentences, text: doc.report.text, found: new Map() };
    attributionsOf.set(doc.mentions, known);
  }
  // Only the doc's own sentence at that index is known by index.
  if (doc.sentences[sentence.index] !== sentence) return readAttributions(doc, sentence);
  let found = known.found.get(sentence.index);
  if (!found) {
    found = readAttributions(doc, sentence);
    known.found.set(sentence.index, found);
  }
  return found;
}

/** Actors the sentence attributes words to: "according to X", "X said", "said X", "X's estimate". */
function readAttributions(doc: WorkingDoc, sentence: Sentence): Attribution[] {
  const text = doc.report.text;
  const found: Attribution[] = [];
  for (const m of ofSentence(doc.mentions, sentence.index)) {
    const before = text.slice(Math.max(sentence.start, m.start - 16), m.start);
    const after = text.slice(m.end, Math.min(sentence.end, m.end + 40));
    if (
      /according to\s+(?:the\s+)?$/i.test(before) ||
      REPORTING_AFTER.test(after) ||
      PARTICIPLE_AFTER.test(after) ||
      /^['’]s\s+(?:own\s+)?(?:estimate|figure|count|tally|assessment|view)\b/i.test(after) ||
      (/\b(?:said|says|told|added)\s+(?:the\s+)?$/i.test(before) && /^\s*(?:[,.;]|$)/.test(after))
    ) {
      found.push({ actorId: m.actorId, at: m.start });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/** For each cue word, the first predicate class (in lexicon order) it states as a verb or as a noun. */
function firstClassByWord(pick: (cls: PredicateClass) => string[]): Map<string, number> {
  const first = new Map<string, number>();
  PREDICATE_CLASSES.forEach((cls, i) => {
    for (const word of pick(cls)) if (!first.has(word)) first.set(word, i);
  });
  return first;
}

const VERB_CLASS = firstClassByWord((cls) => cls.verbs);
const NOUN_CLASS = firstClassByWord((cls) => cls.nouns);

/** The earlier of two lexicon positions, either of which may be missing. */
function earliest(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : Math.min(a, b);
}

/** The predicate class a span states: the first verb cue, else the first noun cue. */
function classify(
  text: string,
  part: Part,
  doc: WorkingDoc,
): { cls: PredicateClass; at: number } | null {
  const posAt = posAtOffsets(doc.tokens);
  const range = wordRangeIn(text, part.start, part.end);
  if (!range) {
    let noun: { cls: PredicateClass; at: number } | null = null;
    const all = [...wordsIn(text, part.start, part.end)];
    for (let i = 0; i < all.length; i++) {
      const w = all[i]!;
      const cue = cueOf(w, lemmaOf(w.text), posAt, all[i + 1]);
      if (cue.verb >= 0) return { cls: PREDICATE_CLASSES[cue.verb]!, at: w.end };
      if (!noun && cue.noun >= 0) noun = { cls: PREDICATE_CLASSES[cue.noun]!, at: w.end };
    }
    return noun;
  }
  const { words, from, to } = range;
  const cues = wordCuesOf(words, doc.tokens);
  let noun = -1;
  for (let i = from; i < to; i++) {
    if (cues.verb[i] === UNREAD) {
      const cue = cueOf(words[i]!, lemmaAt(words, i), posAt, words[i + 1]);
      cues.verb[i] = cue.verb;
      cues.noun[i] = cue.noun;
    }
    if (cues.verb[i]! >= 0) return { cls: PREDICATE_CLASSES[cues.verb[i]!]!, at: words[i]!.end };
    if (noun < 0 && cues.noun[i]! >= 0) noun = i;
  }
  return noun < 0 ? null : { cls: PREDICATE_CLASSES[cues.noun[noun]!]!, at: words[noun]!.end };
}

/** No class: the word states no predicate in that role. */
const NO_CLASS = -1;
/** Not read yet. */
const UNREAD = -2;

/** The class a word states as a verb and as a noun (lexicon positions, or NO_CLASS). */
function cueOf(
  w: Word,
  lemma: string,
  posAt: Map<number, string>,
  next: Word | undefined,
): { verb: number; noun: number } {
  if (REPORTING_VERBS.has(w.lower)) return { verb: NO_CLASS, noun: NO_CLASS };
  const particles = VERB_PARTICLES.get(lemma);
  if (particles && !(next && particles.has(next.lower))) return { verb: NO_CLASS, noun: NO_CLASS };
  if (next && VERB_NOT_BEFORE.get(lemma)?.has(next.lower))
    return { verb: NO_CLASS, noun: NO_CLASS };
  const pos = posAt.get(w.start);
  const nounLike = pos === "NOUN" || pos === "PROPN";
  const verb = nounLike ? undefined : earliest(VERB_CLASS.get(lemma), VERB_CLASS.get(w.lower));
  const noun =
    pos === "VERB" ? undefined : earliest(NOUN_CLASS.get(lemma), NOUN_CLASS.get(w.lower));
  return { verb: verb ?? NO_CLASS, noun: noun ?? NO_CLASS };
}

/**
 * cueOf each word of a shared word list by index, for the tokens it was read
 * with: a sentence and its clauses are classified word by word more than once.
 */
const wordCues = new WeakMap<
  readonly Word[],
  { tokens: readonly Token[]; verb: Int16Array; noun: Int16Array }
>();

function wordCuesOf(words: readonly Word[], tokens: readonly Token[]) {
  let cues = wordCues.get(words);
  if (!cues || cues.tokens !== tokens) {
    cues = {
      tokens,
      verb: new Int16Array(words.length).fill(UNREAD),
      noun: new Int16Array(words.length).fill(UNREAD),
    };
    wordCues.set(words, cues);
  }
  return cues;
}

/** A short readable object: the words after the cue up to the end of the clause. */
function objectAfter(text: string, from: number, end: number): string {
  const rest = text.slice(from, end).replace(/^[\s,]+/, "");
  const clause =
    rest.split(/[;:—–]|,\s(?=(?:and|but|which|who|while|a|an|the)\s)|[.?!]\s*$/)[0] ?? rest;
  const trimmed = clause.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 77).replace(/\s+\S*$/, "")}…` : trimmed;
}

interface Builder {
  doc: WorkingDoc;
  c: Compiled;
  sentence: Sentence;
  text: string;
  claims: Claim[];
  /** Issues of each span asked about, by spanKey: one sentence is asked several times. */
  issueMemo: Map<number | string, string[]>;
  /** Terms of each span asked about, by spanKey: a sentence's figures share its terms. */
  termsMemo: Map<number | string, readonly string[]>;
  /** Whether each span asked about is a denial, by spanKey. */
  denialMemo: Map<number | string, boolean>;
  /** The clause being read when the sentence tells two things; its claims cite the clause alone. */
  clause: Part | null;
}

/**
 * One number per span of the text (start and end, both at most its length):
 * cheaper to make and look up than a "start:end" string.
 */
function spanKey(b: Builder, part: Part): number | string {
  const n = b.text.length;
  const inText = 0 <= part.start && part.start <= n && 0 <= part.end && part.end <= n;
  return inText ? part.start * (n + 1) + part.end : `${part.start}:${part.end}`;
}

/** termsOf the span, read once per span: a copy, since callers build on it. */
function termsIn(b: Builder, part: Part): string[] {
  const key = spanKey(b, part);
  let terms = b.termsMemo.get(key);
  if (!terms) {
    terms = termsOf(b.text, part.start, part.end, b.doc);
    b.termsMemo.set(key, terms);
  }
  return [...terms];
}

/** isDenial of the span, read once per span. */
function deniesIn(b: Builder, part: Part): boolean {
  const key = spanKey(b, part);
  let denies = b.denialMemo.get(key);
  if (denies === undefined) {
    denies = isDenial(b.text.slice(part.start, part.end));
    b.denialMemo.set(key, denies);
  }
  return denies;
}

function issuesIn(b: Builder, part: Part): string[] {
  const key = spanKey(b, part);
  let issues = b.issueMemo.get(key);
  if (!issues) {
    issues = b.c.matcher.issuesIn(b.text, part.start, part.end);
    b.issueMemo.set(key, issues);
  }
  return issues;
}

/** Whether strings are in sort() order with no repeats. */
function sortedUnique(xs: readonly string[]): boolean {
  for (let i = 1; i < xs.length; i++) if (!(xs[i - 1]! < xs[i]!)) return false;
  return true;
}

/**
 * [...new Set([...terms, ...issues.map((i) => `issue:${i}`)])].sort(), with no
 * set: the terms come sorted and unique (termsOf's answer or a claim's), so the
 * few tags are merged into them. `terms` must be the caller's own array.
 */
function withIssueTags(terms: string[], issues: readonly string[]): string[] {
  const tags = issues.map((i) => `issue:${i}`).sort();
  if (!sortedUnique(terms) || !sortedUnique(tags)) return [...new Set([...terms, ...tags])].sort();
  if (tags.length === 0) return terms;
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < terms.length || j < tags.length) {
    if (j >= tags.length || (i < terms.length && terms[i]! < tags[j]!)) out.push(terms[i++]!);
    else if (i >= terms.length || tags[j]! < terms[i]!) out.push(tags[j++]!);
    else {
      out.push(terms[i++]!);
      j++;
    }
  }
  return out;
}

/** Predicates of dated happenings, as opposed to standing figures (a share agreed, an army's size). */
const EVENT_PREDICATES = new Set(["launched", "intercepted", "call_length"]);
/** Statements of an event ("will meet in Paris on January 6"): dated by the time nearest their word. */
const EVENT_CLASSES = new Set(PREDICATE_CLASSES.filter((c) => c.event).map((c) => c.predicate));

/**
 * Tolls of one strike or clash ("at least 44 people were killed"): a report that
 * gives no date for them tells of something recent, so they are set at the
 * report's week, which keeps the tolls of attacks weeks apart from joining as
 * one figure. A running total ("so far", "in all") is not one
 * event and keeps no date; nor does a count in the present perfect ("the war
 * has killed"), which runs up to now.
 */
const TOLL_PREDICATES = new Set(["kill", "injure"]);
const RUNNING_TOTAL =
  /\b(?:so far|to date|in all|in total|all told|cumulative|altogether)\b|\b(?:has|have)\s+(?:now\s+)?(?:killed|injured|wounded|died|been killed|been injured|been wounded)\b/i;

/**
 * The week of the report's day, as the time of a toll told without one: a
 * report may come out days after the attack it counts, so the day itself is
 * too narrow.
 */
function reportWeek(b: Builder, part: Part): TimeExpression | null {
  const report = b.doc.report;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(report.published)?.[0];
  if (report.dateAssumed || !day) return null;
  return {
    text: "",
    start: part.start,
    end: part.start,
    value: isoWeekValue(new Date(`${day}T00:00:00Z`)),
    granularity: "week",
    future: false,
    sentence: b.sentence.index,
  };
}

/** A time in a "since …" phrase: "since the truce began on Oct. 10", "since Monday". */
const SINCE_TIME = /\bsince\b[^,.;:()—–]*$/i;

/** "said Friday", "told reporters on Sunday": when something was said, not when it happened. */
const STATEMENT_TIME =
  /\b(?:said|says|told(?: reporters| journalists| a news conference)?|announced|stated|added|wrote|insisted|claimed|denied|confirmed)\s+(?:on\s+|late\s+|early\s+)?$/i;

/**
 * The time the claim's fact is set at: a time expression in the span that is not
 * the time of the statement itself, the nearest to the figure when there is one.
 */
function factTime(
  b: Builder,
  part: Part,
  anchor: number | null,
  eventLike: boolean,
  toll = false,
): TimeExpression | null {
  const inPart = itemsWithin(b.doc.times, part);
  const isStatementTime = (t: TimeExpression) =>
    STATEMENT_TIME.test(b.text.slice(Math.max(part.start, t.start - 40), t.start));
  // "the deadliest day since the truce began on Oct. 10": the start of a period, not the fact's time.
  const opensPeriod = (t: TimeExpression) =>
    SINCE_TIME.test(b.text.slice(Math.max(part.start, t.start - 60), t.start));
  const candidates = inPart.filter((t) => !isStatementTime(t) && !opensPeriod(t));
  // An event told with no date of its own ("launched 91 drones overnight", said on
  // Monday) is placed at the statement's date: near enough to keep other events apart.
  if (candidates.length === 0 && eventLike) return inPart.find(isStatementTime) ?? null;
  if (candidates.length === 0 && toll && !RUNNING_TOTAL.test(b.text.slice(part.start, part.end)))
    return inPart.find(isStatementTime) ?? reportWeek(b, part);
  if (anchor === null) return candidates[0] ?? null;
  let best: TimeExpression | null = null;
  for (const t of candidates) {
    const distance = Math.abs(t.start - anchor);
    if (!best || distance < Math.abs(best.start - anchor)) best = t;
  }
  return best;
}

function makeClaim(
  b: Builder,
  fields: Omit<Claim, "id" | "reportId" | "sentence" | "evidence" | "time">,
  part: Part,
  /** The time of the thing claimed when it is known from an earlier claim. */
  time: Claim["time"] | undefined = undefined,
  /** Where the predicate is stated: an event's date is the one nearest its word. */
  cueAt: number | null = null,
): Claim {
  // Claims come in sentence order: this sentence's are the last ones.
  let n = 0;
  while (n < b.claims.length && b.claims[b.claims.length - 1 - n]!.sentence === b.sentence.index)
    n++;
  const eventLike = EVENT_PREDICATES.has(fields.predicate);
  const anchor = fields.quantity?.start ?? (EVENT_CLASSES.has(fields.predicate) ? cueAt : null);
  const toll = fields.quantity !== null && TOLL_PREDICATES.has(fields.predicate);
  const own = time !== undefined ? time : factTime(b, part, anchor, eventLike, toll);
  const claim: Claim = {
    id: `${b.doc.report.id}:${b.sentence.index}:${n}`,
    reportId: b.doc.report.id,
    sentence: b.sentence.index,
    ...fields,
    time: own,
    evidence: {
      start: (b.clause ?? b.sentence).start,
      end: (b.clause ?? b.sentence).end,
      text: b.text.slice((b.clause ?? b.sentence).start, (b.clause ?? b.sentence).end),
    },
  };
  b.claims.push(claim);
  return claim;
}

function quantifiedClaim(b: Builder, q: Quantity, content: Part): void {
  const issues = issuesIn(b, content);
  const prior = b.doc.sentences[b.sentence.index - 1];
  const parts = slotOfQuantity({
    text: b.text,
    sentence: content,
    quantity: q,
    issues,
    roles: b.c.roles,
    parties: b.c.parties,
    previous: prior ? { text: b.text, start: prior.start, end: prior.end } : undefined,
  });
  if (!parts) return;
  // One holder giving two different figures for one slot in one sentence speaks of two
  // things ("the 20-point framework, a revision of a 28-point draft"): the later figure is
  // told apart by the noun it qualifies, so the two never read as variants of each other.
  // Two holders in one sentence may well disagree ("Varn puts it at 95%; Keld's estimate is 90%").
  const holderId = holderAt(b.doc, b.sentence.index, q.start);
  const slot = slotKey(parts);
  const twin = b.claims.some(
    (c) =>
      c.sentence === b.sentence.index &&
      c.slot === slot &&
      c.holderId === holderId &&
      c.quantity !== null &&
      JSON.stringify(c.quantity.value) !== JSON.stringify(q.value),
  );
  // Only a figure that qualifies a noun of its own ("a 28-point draft") is told apart.
  const noun = twin && !parts.qualifier ? nounAfter(b.text, q.end, content.end) : null;
  if (noun) parts.qualifier = noun;
  const terms = new Set(termsIn(b, content));
  for (const t of parts.extraTerms) terms.add(t);
  if (parts.qualifier) terms.add(parts.qualifier);
  // "four of the 28 hostages": the part is a slot of its own, never a rival value of the whole.
  if (q.partOfCounted) parts.qualifier = parts.qualifier ? `${parts.qualifier}:part` : "part";
  makeClaim(
    b,
    {
      holderId,
      subject: subjectOf(b, content, holderId),
      predicate: parts.predicate,
      issue: parts.issue,
      object: objectAfter(b.text, q.start, content.end),
      quantity: q,
      polarity: deniesIn(b, content) ? "deny" : "affirm",
      slot: slotKey(parts),
      terms: [...terms].sort(),
    },
    content,
  );
}

/**
 * How far a text is agreed, told in words: "details remained open", "the text
 * is not finished", "still being written" (under 100% agreed), "fully agreed"
 * (100%). Each is a figure in the slot of the share agreed, so "100% agreed"
 * in one report and "still open" in another are a conflict, while "about 90%"
 * and "still open" agree.
 */
const NOT_FINISHED =
  /\b(?:(?:remain(?:s|ed)?|(?:is|are|was|were)\s+still|still)\s+(?:open|unresolved|unsettled|under\s+negotiation|being\s+(?:negotiated|written|drafted|worked\s+out|finali[sz]ed))|(?:is|are|was|were|has|have|had)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:finished|finali[sz]ed|completed?|agreed|settled)|yet\s+to\s+be\s+(?:agreed|finali[sz]ed|settled|written))\b/i;
const FULLY_AGREED = /\b(?:fully|completely|entirely)\s+(?:agreed|finali[sz]ed|settled)\b/i;
/** Words of a text whose share agreed can be told: the guarantees, or the framework as a whole. */
const GUARANTEE_WORDS = /\bguarantee/i;
const TEXT_WORDS = /\b(?:framework|plan|deal|agreement|text|document|draft|settlement)\b/i;

function completionClaim(b: Builder, content: Part): void {
  const span = b.text.slice(content.start, content.end);
  if (b.doc.quantities.some((q) => q.sentence === b.sentence.index && q.unit === "percent")) return;
  const open = NOT_FINISHED.exec(span);
  const full = open ? null : FULLY_AGREED.exec(span);
  const found = open ?? full;
  if (!found) return;
  const role = GUARANTEE_WORDS.test(span) ? "guarantees" : TEXT_WORDS.test(span) ? "text" : null;
  const issue = role ? b.c.roles.get(role) : undefined;
  if (!issue) return;
  const start = content.start + found.index;
  const q: Quantity = {
    text: found[0],
    // Not finished is at most 99% agreed: below a full 100%, above nothing else said.
    value: open ? 99 : 100,
    unit: "percent",
    bound: open ? "at_most" : "exact",
    approx: false,
    start,
    end: start + found[0].length,
    sentence: b.sentence.index,
  };
  const holderId = holderAt(b.doc, b.sentence.index, start);
  makeClaim(
    b,
    {
      holderId,
      subject: subjectOf(b, content, holderId),
      predicate: "share_agreed",
      issue,
      object: found[0],
      quantity: q,
      polarity: "affirm",
      slot: slotKey({
        issue,
        predicate: "share_agreed",
        unit: "percent",
        qualifier: null,
        extraTerms: [],
      }),
      terms: [...new Set(termsIn(b, content))].sort(),
    },
    content,
  );
}

/** The first lower-case word of three letters or more right after a figure ("28-point draft"). */
function nounAfter(text: string, from: number, end: number): string | null {
  const m = /^[\s-]*(?:\p{Ll}+\s+){0,2}?(\p{Ll}{3,})\b/u.exec(
    text.slice(from, Math.min(end, from + 40)),
  );
  return m ? m[1]! : null;
}

/** The subject: the first actor named that is not the holder, else the holder, else a word. */
function subjectOf(b: Builder, part: Part, holderId: string | null): string {
  const inPart = itemsWithin(b.doc.mentions, part);
  const other = inPart.find((m) => m.actorId !== holderId);
  if (other) return other.actorId;
  if (holderId) return holderId;
  const first = wordsIn(b.text, part.start, part.end).find(
    (w) => /^\p{L}{3,}$/u.test(w.text) && !isStopword(w.lower),
  );
  return first ? first.lower : "";
}

/** The issue and predicate a span states, or null when it states nothing checkable. */
function statementOf(b: Builder, part: Part, attributed: boolean) {
  const found = classify(b.text, part, b.doc);
  const issues = issuesIn(b, part);
  const own = found?.cls.role ? (b.c.roles.get(found.cls.role) ?? null) : null;
  const eventIssue = found?.cls.event ? own : null;
  const fallback = own;
  const issue = eventIssue ?? issues[0] ?? fallback;
  if (!issue) return null;
  if (
    !found &&
    !attributed &&
    !HEARSAY.test(b.text.slice(part.start, part.end)) &&
    itemsWithin(b.doc.mentions, part).length === 0
  )
    return null;
  return { issue, predicate: found?.cls.predicate ?? "statement", at: found?.at ?? part.start };
}

function figurelessClaim(
  b: Builder,
  part: Part,
  denied: Part | null,
  holderOverride?: string | null,
) {
  const holderId =
    holderOverride !== undefined ? holderOverride : holderAt(b.doc, b.sentence.index, part.start);
  const deny = denied !== null || deniesIn(b, part);
  const content = denied ?? part;
  let stated = statementOf(b, content, holderId !== null);
  let terms = termsIn(b, content);
  let inherited: Claim["time"] | undefined;
  // A denial whose denied part is given ("…, a claim Kyiv rejected") denies that part.
  if (
    deny &&
    denied === null &&
    (!stated ||
      stated.predicate === "statement" ||
      ANAPHORIC_DENIAL.test(b.text.slice(part.start, part.end))) &&
    !DENIAL_WITH_CONTENT.test(b.text.slice(part.start, part.end))
  ) {
    // "He denied the charge": the denied content is the latest claim before it; when
    // that is itself a denial ("The White House denied a report that … “No such trip
    // is planned,” Leavitt said."), both deny the same thing.
    const earlier = [...b.claims]
      .reverse()
      .find((x) => x.quantity === null && b.sentence.index - x.sentence <= 2);
    if (earlier) {
      stated = { issue: earlier.issue, predicate: earlier.predicate, at: part.start };
      // A second denial of one thing says nothing new of it: it takes the first one's words and time.
      terms =
        earlier.polarity === "deny"
          ? [...earlier.terms]
          : [...new Set([...terms, ...earlier.terms])].sort();
      if (earlier.polarity === "deny") inherited = earlier.time;
    }
  }
  if (!stated) return;
  // Issue tags let claims in other words meet: "truce" and "ceasefire" share issue:ceasefire.
  if (inherited === undefined) terms = withIssueTags(terms, issuesIn(b, content));
  const quote = itemsWithin(b.doc.quotes, part).find((q) => q.kind === "direct");
  makeClaim(
    b,
    {
      holderId,
      subject: subjectOf(b, content, holderId),
      predicate: stated.predicate,
      issue: stated.issue,
      object: quote
        ? objectAfter(quote.content, 0, quote.content.length)
        : objectAfter(b.text, stated.at, content.end),
      quantity: null,
      polarity: deny ? "deny" : "affirm",
      slot: `${stated.issue}:${stated.predicate}`,
      terms,
    },
    part,
    inherited,
    stated.at,
  );
}

function isQuestion(text: string): boolean {
  return /\?\s*[”"’']?\s*$/.test(text);
}

/**
 * Where a sentence goes on to a second statement with a speaker of its own:
 * "…, and the president told his commanders that …", "… and said it would …",
 * "…, adding that …". Each side is a statement of its own, checked on its own.
 */
const NEXT_STATEMENT =
  /,?\s+and\s+(?:then\s+|later\s+|also\s+)?(?=(?:(?:the|his|her|its|their)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?:told|said|says|added|warned|announced|ordered|insisted|stressed|declared)\b)|,\s+adding\s+(?=that\b)/gu;
/** A clause shorter than this many words is not told apart from its neighbour. */
const MIN_CLAUSE_WORDS = 3;

/** The statements of a span, in order: the span itself unless it goes on to a second one. */
export function statementClauses(text: string, part: Part): Part[] {
  const words = (p: Part) => wordsIn(text, p.start, p.end).length;
  const out: Part[] = [];
  let start = part.start;
  for (const m of text.slice(part.start, part.end).matchAll(NEXT_STATEMENT)) {
    const head: Part = { start, end: part.start + m.index };
    const rest: Part = { start: head.end + m[0].length, end: part.end };
    if (words(head) < MIN_CLAUSE_WORDS || words(rest) < MIN_CLAUSE_WORDS) continue;
    out.push(head);
    start = rest.start;
  }
  out.push({ start, end: part.end });
  return out;
}

/** Where the speaker of a clause is named: its reporting verb, else its start. */
function speakerOffset(text: string, part: Part): number {
  const m =
    /\b(?:told|said|says|added|adding|warned|announced|ordered|insisted|stressed|declared)\b/.exec(
      text.slice(part.start, part.end),
    );
  return m ? part.start + m.index : part.start;
}

/** The claims of each statement of a span, each citing its own clause when there are several. */
function clauseClaims(b: Builder, part: Part): Part[] {
  const clauses = statementClauses(b.text, part);
  if (clauses.length === 1) {
    figurelessClaim(b, part, null);
    return clauses;
  }
  for (const clause of clauses) {
    b.clause = clause;
    figurelessClaim(
      b,
      clause,
      null,
      holderAt(b.doc, b.sentence.index, speakerOffset(b.text, clause)),
    );
  }
  b.clause = null;
  return clauses;
}

function claimsOfSentence(b: Builder): void {
  const { sentence, text } = b;
  const raw = text.slice(sentence.start, sentence.end);
  if (isQuestion(raw)) return;
  const dateline =
    sentence.index === 0 || raw.match(DATELINE) ? (raw.match(DATELINE)?.[0].length ?? 0) : 0;
  const content: Part = { start: sentence.start + dateline, end: sentence.end };
  if (wordsIn(text, content.start, content.end).length < 3) return;
  for (const q of b.doc.quantities.filter((x) => x.sentence === sentence.index))
    quantifiedClaim(b, q, content);
  completionClaim(b, content);
  const appositive = APPOSITIVE_DENIAL.exec(text.slice(content.start, content.end));
  const tail = appositive ? text.slice(content.start + appositive.index, content.end) : "";
  if (appositive && isDenial(tail)) {
    // "Russia accused Ukraine of X, a claim Kyiv rejected": X as claimed, then X as denied.
    const main: Part = { start: content.start, end: content.start + appositive.index };
    const denial: Part = { start: main.end, end: content.end };
    // "Russia accused Kyiv of X and said it would Y, a claim Kyiv rejected": the claim is X.
    const denied = clauseClaims(b, main)[0]!;
    const denier = b.doc.mentions.find((m) => m.start >= denial.start && m.end <= denial.end);
    figurelessClaim(b, denial, denied, denier?.actorId ?? null);
    return;
  }
  clauseClaims(b, content);
}

/** All claims of one report, in text order. */
export function extractClaims(doc: WorkingDoc, ctx: ExtractContext): Claim[] {
  const b: Builder = {
    doc,
    c: compile(ctx.dossier),
    sentence: doc.sentences[0]!,
    text: doc.report.text,
    claims: [],
    issueMemo: new Map(),
    termsMemo: new Map(),
    denialMemo: new Map(),
    clause: null,
  };
  for (const sentence of doc.sentences) {
    b.sentence = sentence;
    claimsOfSentence(b);
  }
  return b.claims;
}

export const claimsComponent: Component = {
  name: "claims",
  run(doc, ctx) {
    doc.claims = extractClaims(doc, ctx);
  },
};
