/**
 * The stances layer: where an actor takes a position on an issue (demands,
 * proposes, supports, accepts, rejects, opposes, conditions, denies). A cue
 * from predicates.ts gives the position; its actor is the subject named just
 * before it (with actors coordinated with it: "Trump and Putin have both
 * rejected"), or the speaker of the sentence for modal cues ("a vote would
 * require a ceasefire", said inside someone's quote); its issue is the one the
 * words next to the cue name.
 */
import type { Dossier, Mention, Position, Stance } from "../model/index.js";
import { holderAt } from "./claims.js";
import { buildIssueMatcher, type IssueMatcher } from "./issues.js";
import { NEGATED, STANCE_CUES, type StanceCue } from "./predicates.js";
import { posAtOffsets } from "./terms.js";
import type { Component, ExtractContext, WorkingDoc } from "./types.js";

interface IssueLookup {
  matcher: IssueMatcher;
  /** For each issue, the issues that are about it: territory → {referendum}. */
  aboutIt: Map<string, string[]>;
}

const lookups = new WeakMap<Dossier, IssueLookup>();

function lookupFor(dossier: Dossier): IssueLookup {
  let l = lookups.get(dossier);
  if (!l) {
    const aboutIt = new Map<string, string[]>();
    for (const issue of dossier.issues) {
      for (const subject of issue.about ?? []) {
        aboutIt.set(subject, [...(aboutIt.get(subject) ?? []), issue.id]);
      }
    }
    l = { matcher: buildIssueMatcher(dossier), aboutIt };
    lookups.set(dossier, l);
  }
  return l;
}

/** The issue found in some words, or the one named beside it that is about it ("a referendum on territory"). */
function governing(lookup: IssueLookup, side: string, found: string | null): string | null {
  if (!found) return null;
  const over = lookup.aboutIt.get(found);
  if (!over) return found;
  const named = lookup.matcher.issuesOf(side);
  return over.find((id) => named.includes(id)) ?? found;
}

/** How far (in characters) a subject may stand before its verb: "Moscow has long said it". */
const SUBJECT_GAP = 48;
const NEGATION = /\b(?:not|n't|never|neither|nor|no longer|hardly)\b/i;
const HYPOTHETICAL = /\b(?:whether|if|unless|what|how)\b(?![^,;]*\b(?:said|says)\b)/i;
const COORDINATION = /^\s*(?:,|and|nor|or|,\s*and)\s*$/i;

interface CueHit {
  cue: StanceCue;
  start: number;
  end: number;
}

/** The cues of a sentence, earlier list entries winning where two overlap. */
function cuesIn(text: string, start: number, end: number): CueHit[] {
  const hits: CueHit[] = [];
  const part = text.slice(start, end);
  for (const cue of STANCE_CUES) {
    for (const m of part.matchAll(cue.re)) {
      const s = start + (m.index ?? 0);
      const e = s + m[0].length;
      if (hits.some((h) => h.start < e && s < h.end)) continue;
      hits.push({ cue, start: s, end: e });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The mention group right before the cue: "Trump and Putin have both rejected". */
function subjectsBefore(doc: WorkingDoc, mentions: Mention[], at: number, far = false): Mention[] {
  const text = doc.report.text;
  const before = mentions.filter((m) => m.end <= at).sort((a, b) => b.end - a.end);
  const nearest = before[0];
  if (!nearest) return [];
  const gap = text.slice(nearest.end, at);
  if (
    !far &&
    (gap.length > SUBJECT_GAP || /[“”";:—]/.test(gap) || /\b(?:who|which|that)\b/.test(gap))
  )
    return [];
  const group = [nearest];
  for (const m of before.slice(1)) {
    const last = group[group.length - 1]!;
    const between = text.slice(m.end, last.start).replace(/\b(?:both|neither|either)\b/gi, "");
    if (!COORDINATION.test(between)) break;
    group.push(m);
  }
  // "officials in Berlin and Paris expect", "asks Kyiv to hand over": not the subject.
  const lead = text.slice(
    Math.max(0, group[group.length - 1]!.start - 12),
    group[group.length - 1]!.start,
  );
  if (
    /\b(?:in|at|from|of|with|by|to|asks?|asked|urged?|expects?|wants?|told)\s+(?:the\s+)?$/i.test(
      lead,
    )
  )
    return [];
  return group.reverse();
}

/** The issue named after a cue: the one with the most matched text ("a free economic zone" beats "Donbas"). */
function issueAfter(matcher: IssueMatcher, side: string): string | null {
  const scored = matcher
    .issuesOf(side)
    .map((id, order) => ({ id, order, weight: matcher.termsOf(side, id).join("").length }));
  scored.sort((a, b) => b.weight - a.weight || a.order - b.order);
  return scored[0]?.id ?? null;
}

/** The issue named before a cue: the one whose term stands nearest to it. */
function issueBefore(matcher: IssueMatcher, side: string): string | null {
  const lower = side.toLowerCase();
  const scored = matcher.issuesOf(side).map((id) => ({
    id,
    at: Math.max(...matcher.termsOf(side, id).map((t) => lower.lastIndexOf(t))),
  }));
  scored.sort((a, b) => b.at - a.at);
  return scored[0]?.id ?? null;
}

/** The issue of a clause's subject: its first term after the last clause opening ("said that", a comma). */
function issueOfSubject(matcher: IssueMatcher, side: string): string | null {
  const clause = side.split(/\b(?:that|said|says|say)\b|[,;:—]/).pop()!;
  const lower = clause.toLowerCase();
  const scored = matcher.issuesOf(clause).map((id) => ({
    id,
    at: Math.min(...matcher.termsOf(clause, id).map((t) => lower.indexOf(t))),
  }));
  scored.sort((a, b) => a.at - b.at);
  return scored[0]?.id ?? null;
}

const ANAPHORIC_CLAIM =
  /^\W*(?:\w+\s+)?(?:the|that|this)\s+(?:claim|allegation|accusation|charge|report)/i;

/**
 * The issue the words next to the cue name, else the sentence's. A denial or a
 * refusal may point back ("denied the charge", "Kyiv still says no"): then the
 * previous sentence names the issue.
 */
function issueNear(
  doc: WorkingDoc,
  lookup: IssueLookup,
  hit: CueHit,
  index: number,
): string | null {
  const { matcher } = lookup;
  const text = doc.report.text;
  const sentence = doc.sentences[index]!;
  const previous = doc.sentences[index - 1];
  const previousIssue = () =>
    previous ? (matcher.issuesOf(text.slice(previous.start, previous.end))[0] ?? null) : null;
  const pointsBack = hit.cue.position === "denies" || hit.cue.position === "rejects";
  if (hit.cue.position === "denies" && ANAPHORIC_CLAIM.test(text.slice(hit.start, hit.end + 20))) {
    const earlier = previousIssue();
    if (earlier) return earlier;
  }
  const after = text
    .slice(hit.end, Math.min(sentence.end, hit.end + 140))
    .split(/[;—]|,\s(?:and|but|while|which|who|a|an)\s|\s(?:in exchange|in return)\s/)[0]!;
  const before = text
    .slice(Math.max(sentence.start, hit.start - 90), hit.start)
    .split(/[;—]/)
    .pop()!;
  const fromAfter = () => governing(lookup, after, issueAfter(matcher, after));
  const fromBefore = () => governing(lookup, before, issueBefore(matcher, before));
  const side = hit.cue.issueSide;
  const found =
    side === "after"
      ? (fromAfter() ?? fromBefore())
      : side === "subject"
        ? (issueOfSubject(matcher, before) ?? fromAfter() ?? fromBefore())
        : (fromBefore() ?? fromAfter());
  if (found) return found;
  const whole = matcher.issuesOf(text.slice(sentence.start, sentence.end))[0];
  return whole ?? (pointsBack ? previousIssue() : null);
}

/** The position after negation and hypotheticals ("whether he would accept" states none). */
function positionOf(doc: WorkingDoc, hit: CueHit, sentenceStart: number): Position | null {
  const text = doc.report.text;
  const lead = text.slice(Math.max(sentenceStart, hit.start - 60), hit.start);
  // "only if Washington finds a formula that Moscow will accept": the clause is a condition.
  const clause = text
    .slice(Math.max(sentenceStart, hit.start - 160), hit.start)
    .split(/[,;:—]/)
    .pop()!;
  if (HYPOTHETICAL.test(lead) || HYPOTHETICAL.test(clause)) return null;
  // "the offer", "a demand": a noun that names no one's act; "offered no reaction": none made.
  if (/\b(?:the|a|an|any|this|own)\s+$/i.test(lead) && hit.cue.actor !== "speaker") return null;
  if (/^\s+(?:no|by)\b/i.test(text.slice(hit.end, hit.end + 5))) return null;
  const words = lead.split(/\s+/).slice(-4).join(" ");
  const position = hit.cue.position;
  // A cue that carries its own negation ("will not accept") already names its position.
  if (!NEGATION.test(words) || NEGATION.test(text.slice(hit.start, hit.end))) return position;
  return NEGATED[position] ?? null;
}

function actorsOf(doc: WorkingDoc, hit: CueHit, index: number, mentions: Mention[]) {
  if (hit.cue.actor === "speaker") {
    const holder = holderAt(doc, index, hit.start);
    if (holder) return [holder];
    const first = mentions[0];
    const lead = first ? doc.report.text.slice(doc.sentences[index]!.start, first.start) : "";
    return first && lead.split(/\s+/).length <= 4 ? [first.actorId] : [];
  }
  const subjects = subjectsBefore(doc, mentions, hit.start, hit.cue.actor === "far");
  if (subjects.length > 0) return subjects.map((m) => m.actorId);
  const inQuote = doc.quotes.find(
    (q) => q.sentence === index && q.start <= hit.start && hit.start < q.end,
  );
  return inQuote?.speakerId ? [inQuote.speakerId] : [];
}

/** After a verb with no object of its own: "which Zelenskyy unveiled on December 26", "presented last week is". */
const NO_OBJECT =
  /^\s*(?:[,.;:—)]|$|(?:on|in|at|last|this|earlier|before|after|is|was|were|has|had|will|would)\b)/i;

/**
 * "The plan, which Zelenskyy unveiled on Friday, …", "The framework Zelenskyy
 * presented is shorter": the proposal is told as background of a clause about
 * the plan, not as a stance the sentence reports.
 */
function proposalInRelativeClause(doc: WorkingDoc, hit: CueHit, subject: Mention, from: number) {
  const text = doc.report.text;
  if (!NO_OBJECT.test(text.slice(hit.end, hit.end + 30))) return false;
  const lead = text.slice(from, subject.start);
  if (/\b(?:which|that|whom)\s+$/i.test(lead)) return true;
  const last = /([\p{L}\d-]+)\s+$/u.exec(lead);
  return last !== null && posAtOffsets(doc.tokens).get(from + last.index) === "NOUN";
}

/** "refused to endorse": the second cue is what the first one acts on, not a stance of its own. */
function governedByEarlier(text: string, hits: CueHit[], hit: CueHit): boolean {
  return hits.some((h) => h.end <= hit.start && /^\s+to\s+$/.test(text.slice(h.end, hit.start)));
}

/** All stances of one report, at most one per actor, issue and position in a sentence. */
export function extractStances(doc: WorkingDoc, ctx: ExtractContext): Stance[] {
  const lookup = lookupFor(ctx.dossier);
  const text = doc.report.text;
  const stances: Stance[] = [];
  for (const sentence of doc.sentences) {
    const raw = text.slice(sentence.start, sentence.end);
    if (/\?\s*[”"]?\s*$/.test(raw)) continue;
    const mentions = doc.mentions
      .filter((m) => m.sentence === sentence.index)
      .sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    const hits = cuesIn(text, sentence.start, sentence.end);
    for (const hit of hits) {
      if (governedByEarlier(text, hits, hit)) continue;
      const position = positionOf(doc, hit, sentence.start);
      if (!position) continue;
      const subject = subjectsBefore(doc, mentions, hit.start)[0];
      if (
        position === "proposes" &&
        subject &&
        proposalInRelativeClause(doc, hit, subject, sentence.start)
      )
        continue;
      const issue = issueNear(doc, lookup, hit, sentence.index);
      if (!issue) continue;
      for (const actorId of actorsOf(doc, hit, sentence.index, mentions)) {
        const key = `${actorId}|${issue}|${position}`;
        if (seen.has(key)) continue;
        seen.add(key);
        stances.push({
          actorId,
          issue,
          position,
          reportId: doc.report.id,
          sentence: sentence.index,
          evidence: raw,
          evidenceSpan: { start: sentence.start, end: sentence.end },
          asOf: doc.report.published,
        });
      }
    }
  }
  return stances;
}

export const stancesComponent: Component = {
  name: "stances",
  run(doc, ctx) {
    doc.stances = extractStances(doc, ctx);
  },
};
