/**
 * The stances layer: where an actor takes a position on an issue (demands,
 * proposes, supports, accepts, rejects, opposes, conditions, denies). A cue
 * from predicates.ts gives the position; stance-scope.ts turns it over under a
 * negation, drops it in a question and makes it a condition when one is
 * attached; stance-holder.ts finds who holds it from the clause it stands in;
 * stance-issue.ts finds the issue its clause names.
 */

import type { Actor, Dossier, Mention, Position, Stance } from "../model/index.js";
import { dayValue, periodOf, publicationDay } from "./granularity.js";
import { neededLiterals } from "./pattern-needs.js";
import { type IssueSide, STANCE_CUES, type StanceCue } from "./predicates.js";
import { firstStartingAt } from "./runs.js";
import { clauseStartAt, frameOf, framesIn } from "./stance-frames.js";
import { type HolderScope, holdersAt, subjectGroup } from "./stance-holder.js";
import {
  CLAIMED_EVENTS,
  eventOfClaim,
  issueOfClaim,
  issueOfCue,
  issuesOfCue,
  lookupFor,
  rememberingLookup,
} from "./stance-issue.js";
import { passiveAgent } from "./stance-passive.js";
import { conditionedIssue } from "./stance-requirement.js";
import { scopedPosition } from "./stance-scope.js";
import { posAtOffsets } from "./terms.js";
import type { Component, ExtractContext, Token, WorkingDoc } from "./types.js";

const actorMaps = new WeakMap<Dossier, Map<string, Actor>>();

function actorsOf(dossier: Dossier): Map<string, Actor> {
  let m = actorMaps.get(dossier);
  if (!m) {
    m = new Map(dossier.actors.map((a) => [a.id, a]));
    actorMaps.set(dossier, m);
  }
  return m;
}

interface CueHit {
  cue: StanceCue;
  start: number;
  end: number;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each cue with a regex of its own: cuesIn runs exec() in a loop, which moves
 * lastIndex, so it must not share STANCE_CUES' regexes. (matchAll would leave
 * them alone, but it copies the regex on every call, which cost more than the
 * scan itself.)
 */
const CUE_SCANS = STANCE_CUES.map((cue) => ({
  cue,
  re: new RegExp(cue.re.source, cue.re.flags),
  needs: neededLiterals(cue.re),
}));

/**
 * A pre-check before the thirty-odd cue scans of a sentence: one scan of the
 * lower-cased sentence finds which of the cues' needed strings it holds, and a
 * cue with a need none of whose strings is there cannot match. The scan
 * moves on one character after each match, so it tries every position; at
 * each it finds the longest string starting there (longest first in the
 * alternation), every shorter one starting there is a prefix of it, so each
 * string also meets the needs its prefixes meet. A need is one bit of its
 * cue's mask.
 */
const CUE_LITERALS = (() => {
  const meets = new Map<string, { cue: number; bit: number }[]>();
  CUE_SCANS.forEach(({ needs }, cue) => {
    needs.forEach((strings, n) => {
      for (const s of strings) meets.set(s, [...(meets.get(s) ?? []), { cue, bit: 1 << n }]);
    });
  });
  const strings = [...meets.keys()].sort((a, b) => b.length - a.length);
  const withPrefixes = new Map(
    strings.map((s) => [s, strings.filter((p) => s.startsWith(p)).flatMap((p) => meets.get(p)!)]),
  );
  const re = new RegExp(strings.map(escapeRegExp).join("|"), "g");
  const full = CUE_SCANS.map(({ needs }) => (1 << needs.length) - 1);
  return { re, withPrefixes, full };
})();

/** Which cues may match in a sentence: flags by STANCE_CUES index. */
export function possibleCues(part: string): boolean[] {
  const met = metNeeds(part);
  return met.map((bits, cue) => bits === CUE_LITERALS.full[cue]);
}

/** The needs each cue has met in a sentence, as bits (all of CUE_LITERALS.full: it may match). */
function metNeeds(part: string): number[] {
  const { re, withPrefixes, full } = CUE_LITERALS;
  const met = new Array<number>(full.length).fill(0);
  const lower = part.toLowerCase();
  re.lastIndex = 0;
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    for (const { cue, bit } of withPrefixes.get(m[0])!) met[cue] = met[cue]! | bit;
    re.lastIndex = m.index + 1;
  }
  return met;
}

/** The cues of a sentence, earlier list entries winning where two overlap. */
function cuesIn(text: string, start: number, end: number): CueHit[] {
  const hits: CueHit[] = [];
  const part = text.slice(start, end);
  const met = metNeeds(part);
  const { full } = CUE_LITERALS;
  for (let index = 0; index < CUE_SCANS.length; index++) {
    if (met[index] !== full[index]) continue;
    const { cue, re } = CUE_SCANS[index]!;
    re.lastIndex = 0;
    for (let m = re.exec(part); m; m = re.exec(part)) {
      // As matchAll does: an empty match must not hold the scan in place.
      if (m[0] === "") re.lastIndex++;
      const s = start + m.index;
      const e = s + m[0].length;
      if (cue.guard && !cue.guard(text.slice(Math.max(start, s - 30), s), text.slice(e, e + 160)))
        continue;
      if (hits.some((h) => h.start < e && s < h.end)) continue;
      hits.push({ cue, start: s, end: e });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** After a verb with no object of its own: "which Zelenskyy unveiled on December 26", "presented last week is". */
const NO_OBJECT =
  /^\s*(?:[,.;:—)]|$|(?:on|in|at|last|this|earlier|before|after|is|was|were|has|had|will|would)\b)/i;

/**
 * "The plan, which Zelenskyy unveiled on Friday, …", "The framework Zelenskyy
 * presented is shorter": the proposal is told as background of a clause about
 * the plan, not as a stance the sentence reports.
 */
function proposalInRelativeClause(
  doc: WorkingDoc,
  hit: CueHit,
  subject: { start: number },
  from: number,
) {
  const text = doc.report.text;
  if (!NO_OBJECT.test(text.slice(hit.end, hit.end + 30))) return false;
  const lead = text.slice(from, subject.start);
  if (/\b(?:which|that|whom)\s+$/i.test(lead)) return true;
  const last = /([\p{L}\d-]+)\s+$/u.exec(lead);
  return last !== null && posAtOffsets(doc.tokens).get(from + last.index) === "NOUN";
}

/**
 * "…, one diplomat suggested.": a verb of proposing that closes the sentence
 * after a comma only reports the words before it; it proposes nothing itself.
 */
function closingReportVerb(text: string, hit: CueHit, lead: string, sentenceEnd: number) {
  return (
    hit.cue.position === "proposes" &&
    /,/.test(lead) &&
    /^\s*[.!”"’]*\s*$/.test(text.slice(hit.end, sentenceEnd))
  );
}

/**
 * "a package Washington presents as an alternative to membership": a cue
 * whose object is the noun before its subject (a relative clause without
 * "which") takes its issue from that noun, not from what follows. Returns the
 * text before the subject, or null when the cue has an object of its own.
 */
function objectGapAntecedent(
  doc: WorkingDoc,
  hit: CueHit,
  subject: { start: number },
  from: number,
): string | null {
  const text = doc.report.text;
  if (hit.cue.issueSide !== "after") return null;
  if (!/^\s*(?:as\b|[,.;:—]|$)/i.test(text.slice(hit.end, hit.end + 6))) return null;
  const lead = text.slice(from, subject.start);
  // ", an allegation the Front rejects": a claim's issue is that of the whole claim (issueOf).
  if (APPOSITIVE_CLAIM.test(lead)) return null;
  const last = /([\p{L}\d-]+)\s+$/u.exec(lead);
  if (!last || posAtOffsets(doc.tokens).get(from + last.index) !== "NOUN") return null;
  return lead;
}

/** A readiness cue: what follows it says the position. */
const READINESS = /\b(?:prepared|ready|willing) to$/i;

/** "was prepared to give up its bid": the readiness cue right before another cue. */
function readinessBeforeCue(text: string, hits: CueHit[], hit: CueHit): boolean {
  if (!READINESS.test(text.slice(hit.start, hit.end))) return false;
  return hits.some(
    (h) => h.start >= hit.end && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(hit.end, h.start)),
  );
}

/**
 * "was ready to free the captives under the plan, provided that …": a bare condition word
 * after another cue of its clause conditions that cue's stance (stance-scope.ts), it states
 * no stance of its own on whatever term stands nearest before it.
 */
function connectiveOfEarlier(text: string, hits: CueHit[], hit: CueHit): boolean {
  if (hit.cue.position !== "conditions" || hit.cue.issueSide !== "before") return false;
  return hits.some((h) => h.end <= hit.start && !/[;.:]/.test(text.slice(h.end, hit.start)));
}

/**
 * "refused to endorse", "has agreed to give up", "refusal to simply hand it
 * over": the second cue is what the first one acts on, not a stance of its own.
 */
function governedByEarlier(text: string, hits: CueHit[], hit: CueHit): boolean {
  return hits.some((h) => {
    if (h.end > hit.start) return false;
    // Readiness ("was prepared to give up …") gives way to what one is ready to do.
    if (READINESS.test(text.slice(h.start, h.end))) return false;
    const gap = text.slice(h.end, hit.start);
    const cueEndsInTo = /\bto$/i.test(text.slice(h.start, h.end));
    return (
      /^\s+to\s+(?:\p{Ll}+ly\s+)?$/u.test(gap) ||
      (cueEndsInTo && /^\s+(?:\p{Ll}+ly\s+)?$/u.test(gap))
    );
  });
}

/**
 * "insisted that it would reject the quota": a demand that only introduces a
 * clause with a stance of its own gives way to that stance.
 */
function framesLaterCue(text: string, hits: CueHit[], hit: CueHit): boolean {
  const opensClause =
    /\bthat$/i.test(text.slice(hit.start, hit.end)) ||
    /^\s+that\s/i.test(text.slice(hit.end, hit.end + 7));
  if (hit.cue.position !== "demands" || !opensClause) return false;
  return hits.some(
    (h) =>
      h.start > hit.end &&
      !/[;.]|,\s+(?:and|but|while|whereas)\s/.test(text.slice(hit.end, h.start)),
  );
}

/** ", a charge Morel denied": an appositive that denies the clause before it. */
const APPOSITIVE_CLAIM =
  /[,—–]\s+(?:a|an|the)\s+(?:claim|allegation|accusation|charge|report|assertion|account|story|version)s?\b[^,;—–]*$/i;
/**
 * "must be freed", "would have to be approved", "must be strong": what the
 * subject names is what is demanded (not "must be a truce").
 */
const PASSIVE_AFTER = /^\s+(?:\p{Ll}+\s+)?be\s+(?!(?:a|an|the|part|one|some|any|no)\b)\p{Ll}/u;

const ANAPHORIC_CLAIM =
  /^\W*(?:\w+\s+)?(?:the|that|this)\s+(?:claim|allegation|accusation|charge|report|account|story|version)/i;

/**
 * "would give up its bid to join the alliance and keep an army of 800,000":
 * the cue's object ends where "and" or "but" opens a second predicate of the
 * same subject (a verb right after it), whose object is not the cue's.
 */
function secondPredicateAt(doc: WorkingDoc, from: number, end: number): number {
  const tokens = tokensWithin(doc.tokens, from, end);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!/^(?:and|but)$/i.test(t.text)) continue;
    const next = tokens[i + 1]!;
    if (next.pos === "VERB" || next.pos === "AUX") return t.start;
  }
  return end;
}

/**
 * The tokens with start >= from and end <= end, in order: what filtering all
 * of them gives, found by a binary search since tokens are sorted by start.
 */
function tokensWithin(tokens: readonly Token[], from: number, end: number): Token[] {
  const out: Token[] = [];
  for (let i = firstStartingAt(tokens, from); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start > end) break;
    if (t.end <= end) out.push(t);
  }
  return out;
}

/** The first verb or auxiliary starting at or after `offset` and ending by `end`. */
function verbFrom(tokens: readonly Token[], offset: number, end: number): number | null {
  for (let i = firstStartingAt(tokens, offset); i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start > end) break;
    if (t.end <= end && (t.pos === "VERB" || t.pos === "AUX")) return t.start;
  }
  return null;
}

/** The mentions of each sentence, by start: one pass over the report's mentions. */
function mentionsBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const by = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = by.get(m.sentence);
    if (list) list.push(m);
    else by.set(m.sentence, [m]);
  }
  // A stable sort of each group in report order: what filter-then-sort gave.
  for (const list of by.values()) list.sort((a, b) => a.start - b.start);
  return by;
}

/** "the offer", "a demand": a noun that names no one's act; "offered no reaction": none made. */
function namesNoAct(text: string, hit: CueHit, lead: string): boolean {
  if (
    /\b(?:the|a|an|any|this|own|its|his|her|their|our|my|your)\s+$/i.test(lead) &&
    hit.cue.actor !== "speaker" &&
    !hit.cue.possessed
  )
    return true;
  // (Not "disarmed by force": a means, not an agent.)
  if (
    /^\s+(?:no|by(?!\s+(?:force|any means|other means|all means|military means)\b))\b/i.test(
      text.slice(hit.end, hit.end + 24),
    )
  )
    return true;
  // "Iran-backed", "US-proposed": a compound adjective, not a verb of the sentence.
  return /[-‐]$/.test(text.slice(hit.start - 1, hit.start));
}

/** The position of a cue in its clause, or null. */
function positionAt(text: string, hit: CueHit, clauseStart: number, sentenceEnd: number) {
  // ", calling that timetable unrealistic as long as …": a participle clause after a comma
  // says something of its own, its conditions are not the cue's.
  const after = text
    .slice(hit.end, sentenceEnd)
    .split(
      /;|,\s+(?:and|while|whereas)\s|,\s+(?:calling|saying|adding|arguing|noting|warning|describing)\s/,
    )[0]!;
  return scopedPosition({
    lead: text.slice(clauseStart, hit.start),
    cue: text.slice(hit.start, hit.end),
    after,
    position: hit.cue.position,
  });
}

/** Nouns that name an act of their possessor: "its offer", "Kyiv's request". */
const BACK_NOUN = /^(?:offer|proposal|request|demand|plan|terms|conditions?|position)s?$/i;
/** "… stands", "… remains on the table", "… is unchanged": the act holds, nothing more is said. */
const STILL_HOLDS =
  /^\s*(?:still\s+)?(?:stands?|remains?|holds?|is unchanged|are unchanged|is on the table|remains on the table)\b/i;

/** "claimed to have", "claims that", "said it had": what follows is the claim. */
const CLAIMING =
  /\bclaim(?:s|ed|ing)?\s+(?:to\s+have|that)\b|\b(?:said|says)\s+(?:that\s+)?(?:it|they|its forces)\s+had\b/i;

/** "…the energy plants that support…": a common noun, then the relative pronoun, right before the cue. */
const RELATIVE_AFTER_NOUN = /\b\p{Ll}{3,}\s+(?:that|which)\s+(?:also\s+|still\s+)?$/u;

/** True when the cue's subject is a relative pronoun standing for a thing no mention names. */
function thingRelative(mentions: readonly Mention[], lead: string, cueStart: number): boolean {
  const m = RELATIVE_AFTER_NOUN.exec(lead);
  if (!m) return false;
  const nounEnd = cueStart - (lead.length - m.index) + m[0].search(/\s/);
  return !mentions.some((x) => x.end >= nounEnd - 1 && x.start < nounEnd);
}

/**
 * Which positions read an object with no issue ("welcomed the initiative", "is ready to
 * contribute") as standing for what came before: support even with no object at all; a
 * proposal, an acceptance or a refusal only of a thing named by a general noun. A demand or a
 * denial says what it is about.
 */
const GENERAL_OBJECTS: Partial<Record<Position, "all" | "named">> = {
  supports: "all",
  proposes: "named",
  accepts: "named",
  rejects: "named",
  opposes: "named",
};

/** "welcomed the offer but said …": a welcome with a reservation after it is no plain stance. */
const RESERVATION = /^\s*(?:(?:the|this|that)\s+\p{L}+|it|them)?\s*,?\s+but\b/iu;

/** Sentences a denial of "the claim" looks back through for the event claimed. */
const CLAIM_LOOKBACK = 5;

/** All stances of one report, at most one per actor, issue and position in a sentence. */
export function extractStances(doc: WorkingDoc, ctx: ExtractContext): Stance[] {
  const lookup = rememberingLookup(lookupFor(ctx.dossier));
  const actors = actorsOf(ctx.dossier);
  const text = doc.report.text;
  const stances: Stance[] = [];
  let bySentence: Map<number, Mention[]> | null = null;
  for (const sentence of doc.sentences) {
    const raw = text.slice(sentence.start, sentence.end);
    if (/\?\s*[”"]?\s*$/.test(raw)) continue;
    // Most sentences hold no cue: the rest of the work is for those that do.
    const hits = cuesIn(text, sentence.start, sentence.end);
    if (hits.length === 0) continue;
    bySentence ??= mentionsBySentence(doc.mentions);
    const mentions = bySentence.get(sentence.index) ?? [];
    const frames = framesIn(text, sentence.start, sentence.end);
    const scope: HolderScope = {
      doc,
      actors,
      mentions,
      sentenceIndex: sentence.index,
      sentenceStart: sentence.start,
      frames,
      verbAfter: (offset) => verbFrom(doc.tokens, offset, sentence.end),
    };
    const previous = doc.sentences[sentence.index - 1];
    const seen = new Set<string>();
    for (const hit of hits) {
      if (
        connectiveOfEarlier(text, hits, hit) ||
        governedByEarlier(text, hits, hit) ||
        framesLaterCue(text, hits, hit) ||
        readinessBeforeCue(text, hits, hit)
      )
        continue;
      const clauseStart = clauseStartAt(text, sentence.start, hit.start, frames);
      const lead = text.slice(clauseStart, hit.start);
      if (closingReportVerb(text, hit, lead, sentence.end)) continue;
      // "the plants that support them": a thing, not an actor, is the subject of the cue.
      if (hit.cue.actor === "subject" && thingRelative(mentions, lead, hit.start)) continue;
      const passive = passiveAgent(text, mentions, lead, hit.start, hit.end);
      if (
        !passive &&
        namesNoAct(text, hit, text.slice(Math.max(sentence.start, hit.start - 12), hit.start))
      )
        continue;
      let position: Position | null = positionAt(text, hit, clauseStart, sentence.end);
      // ", a claim Kyiv rejected outright": refusing a claim denies it.
      if (position === "rejects" && APPOSITIVE_CLAIM.test(text.slice(sentence.start, hit.start)))
        position = "denies";
      if (!position) continue;
      const subject = subjectGroup(text, mentions, clauseStart, hit.start, scope.verbAfter)[0];
      if (
        !passive &&
        position === "proposes" &&
        subject &&
        proposalInRelativeClause(doc, hit, subject, sentence.start)
      )
        continue;
      const gapped =
        !passive && subject ? objectGapAntecedent(doc, hit, subject, sentence.start) : null;
      const issues = gapped
        ? issuesBeforeSubject(gapped)
        : issueOf(hit, sentence, previous, scope.verbAfter, passive ? "before" : null);
      if (issues.length === 0) continue;
      const kind = frameOf(frames, hit.start)?.kind;
      const holders = passive
        ? kind === "denial" || kind === "question"
          ? []
          : passive.holders
        : holdersAt(scope, hit.start, hit.cue.actor);
      const pairs: [string, Position][] = issues.map((issue) => [issue, position as Position]);
      // "a vote would need a truce": the speaker also makes the vote conditional on it.
      const conditioned =
        position === "demands" && hit.cue.actor === "speaker"
          ? conditionedIssue(lookup, {
              text,
              cue: text.slice(hit.start, hit.end),
              sentenceStart: sentence.start,
              clauseStart,
              cueStart: hit.start,
              mentions,
            })
          : null;
      // What a thing needs is the condition of that thing (FORMAT: "accepts only if something
      // else happens"), so the need is not also a demand of its own; what a deal "would go to"
      // (voters, a referendum) is wanted for itself and stays a demand.
      if (conditioned && !issues.includes(conditioned)) {
        if (!/\bgo to\b/i.test(text.slice(hit.start, hit.end))) pairs.length = 0;
        pairs.push([conditioned, "conditions"]);
      }
      // "urged Keld to halt the talks until the captives are freed": what it waits for is demanded.
      const awaited = hit.cue.untilDemand ? awaitedIssue(hit.end, sentence.end) : null;
      if (awaited && !pairs.some(([issue]) => issue === awaited)) pairs.push([awaited, "demands"]);
      const backRef = possessedBackReference(text, hit, lead, sentence.end);
      for (const actorId of holders) {
        // "Washington's offer stands": the offer is the one Washington made before, on its issue.
        const own = backRef ? earlierIssue(stances, actorId, pairs[0]?.[1] ?? position) : null;
        if (backRef && !own) continue;
        const held: [string, Position][] = own ? [[own, pairs[0]?.[1] ?? position]] : pairs;
        for (const [issue, position] of held) {
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
  }
  return stances;

  /**
   * True for a possessed noun that names an act told before and says only that
   * it holds ("Washington's offer stands", "its demand remains"), with no issue
   * of its own in the rest of the clause.
   */
  function possessedBackReference(text: string, hit: CueHit, lead: string, end: number): boolean {
    if (!BACK_NOUN.test(text.slice(hit.start, hit.end))) return false;
    if (!/(?:\w['’]s|\b(?:its|their|his|her))\s+$/i.test(lead)) return false;
    const after = text.slice(hit.end, end).split(/[;.,—–]/)[0]!;
    // "…, and so does Kyiv's request": the verb of the clause before holds for this one too.
    const elliptic = /\bso\s+(?:does|do|did|is|are|has|have)\s+\S+\s+$/i.test(lead);
    if (!STILL_HOLDS.test(after) && !(elliptic && /^\s*$/.test(after))) return false;
    return (
      issueOfCue(lookup, {
        before: "",
        after,
        side: "after",
        previous: null,
        pointsBack: false,
      }) === null
    );
  }

  /** The issue of the clause after the "until" that follows a cue. */
  function awaitedIssue(from: number, end: number): string | null {
    const until = /^,?\s+until\s+/i.exec(text.slice(from, end));
    if (!until) return null;
    return issueOfCue(lookup, {
      before: "",
      after: text.slice(from + until[0].length, end),
      side: "after",
      previous: null,
      pointsBack: false,
    });
  }

  /** The issue of the latest stance of this holder and position earlier in the report. */
  function earlierIssue(
    found: readonly Stance[],
    actorId: string,
    position: Position,
  ): string | null {
    for (let i = found.length - 1; i >= 0; i--) {
      const s = found[i]!;
      if (s.actorId === actorId && s.position === position) return s.issue;
    }
    return null;
  }

  /**
   * The event a sentence claims: what follows its claiming verb ("The attack came as
   * the army claimed to have captured the town": the capture), else its first event.
   */
  function claimedEvent(sentence: string): string | null {
    const claimed = CLAIMING.exec(sentence);
    const inClaim = claimed
      ? eventOfClaim(lookup, sentence.slice(claimed.index), CLAIMED_EVENTS)
      : null;
    return inClaim ?? eventOfClaim(lookup, sentence, CLAIMED_EVENTS);
  }

  /** The issue of the antecedent of an object-gap relative clause: its nearest term. */
  function issuesBeforeSubject(antecedent: string): string[] {
    const found = issueOfCue(lookup, {
      before: antecedent.slice(-90),
      after: "",
      side: "before",
      previous: null,
      pointsBack: false,
    });
    return found ? [found] : [];
  }

  function issueOf(
    hit: CueHit,
    sentence: { start: number; end: number },
    previous: { start: number; end: number } | undefined,
    verbAfter: (offset: number) => number | null,
    side: IssueSide | null,
  ) {
    const prev = previous ? text.slice(previous.start, previous.end) : null;
    if (hit.cue.position === "denies" || hit.cue.position === "rejects") {
      const lead = text.slice(sentence.start, hit.start);
      const appositive = APPOSITIVE_CLAIM.exec(lead);
      const claim = appositive ? issueOfClaim(lookup, lead.slice(0, appositive.index)) : null;
      if (claim) return [claim];
    }
    // "could only be held during a truce" keeps its object: "only" points at what is required.
    if (
      side === null &&
      hit.cue.issueSide === "after" &&
      !/\bonly\b/i.test(text.slice(hit.start, hit.end)) &&
      PASSIVE_AFTER.test(text.slice(hit.end))
    )
      side = "subject";
    if (
      hit.cue.position === "denies" &&
      ANAPHORIC_CLAIM.test(text.slice(hit.start, hit.end + 20))
    ) {
      // "rejected the claim": the claim is the nearest attack or capture told in the sentences
      // before, which need not be the one right before ("… Lavrov added … Kyiv rejected the
      // claim"); else what the sentence before is about.
      const back = doc.sentences.filter((x) => x.end <= sentence.start).slice(-CLAIM_LOOKBACK);
      const told = back
        .reverse()
        .map((x) => claimedEvent(text.slice(x.start, x.end)))
        .find((issue) => issue !== null);
      const earlier =
        told ??
        (prev ? (eventOfClaim(lookup, prev) ?? lookup.matcher.issuesOf(prev)[0]) : undefined);
      if (earlier) return [earlier];
    }
    // "denied any involvement in the shooting": a denial is about the event its object names,
    // before the place or thing the event touched (as a denied claim is: issueOfClaim).
    if (hit.cue.position === "denies") {
      const object = text.slice(hit.end, secondPredicateAt(doc, hit.end, sentence.end));
      const event = eventOfClaim(lookup, object.split(/[;,—]/)[0]!, CLAIMED_EVENTS);
      if (event) return [event];
    }
    // "ordered the army to respond with force": the act's kind gives the issue.
    const ofRole = hit.cue.role ? lookup.roles.get(hit.cue.role) : undefined;
    if (ofRole) return [ofRole];
    // A cue that takes a clause: its subject ends where the clause's verb starts.
    const that = /^\s+that\s/i.exec(text.slice(hit.end, hit.end + 8));
    const verb = that ? verbAfter(hit.end + that[0].length) : null;
    return issuesOfCue(lookup, {
      subjectEnd: verb !== null ? verb - hit.end : 0,
      before: text.slice(Math.max(sentence.start, hit.start - 180), hit.start),
      after: hit.cue.objectInside
        ? text.slice(hit.start, hit.end).replace(/^\S+/, "")
        : text.slice(hit.end, secondPredicateAt(doc, hit.end, sentence.end)),
      side: side ?? hit.cue.issueSide,
      previous: prev,
      pointsBack: hit.cue.position === "denies" || hit.cue.position === "rejects",
      claim: hit.cue.position === "denies",
      general: RESERVATION.test(text.slice(hit.end, sentence.end))
        ? undefined
        : GENERAL_OBJECTS[hit.cue.position],
    });
  }
}

export const stancesComponent: Component = {
  name: "stances",
  run(doc, ctx) {
    doc.stances = extractStances(doc, ctx).map((s) => ({ ...s, asOf: heldAsOf(doc, s) }));
  },
};

/** "had dismissed", "had already rejected": a position told as held before the report. */
const PAST_PERFECT =
  /\bhad\s+(?:(?:already|earlier|previously|long|also|first)\s+)?\p{L}+(?:ed|en|wn|t)\b/iu;
/** A relative clause set off by a comma: ", which Varn had proposed on Thursday". */
const RELATIVE_ASIDE_CLAUSE = /,\s*(?:which|who|whom|whose|where|when)\b[^,;]*/giu;
/** "earlier in the week", "last week", "previously": a time before the report's own. */
const EARLIER_TIME = /^(?:earlier|last|previously|the (?:previous|day before))\b/i;

/**
 * When a stance was held: its report's date, unless the sentence tells it as
 * held before ("Earlier in the week, the Front had dismissed the timetable") and
 * names that earlier time; then the first day of that time. Tracking orders
 * positions by this date, so a position recalled in a later report does not
 * stand beside the one that replaced it as if both were taken that day.
 */
function heldAsOf(doc: WorkingDoc, s: Stance): string {
  const sentence = doc.sentences[s.sentence];
  const timed = (doc.times ?? []).some((t) => t.sentence === s.sentence && !t.future);
  if (!sentence || !timed || Number.isNaN(Date.parse(s.asOf))) return s.asOf;
  const text = doc.report.text.slice(sentence.start, sentence.end);
  // "the truce, which Varn had proposed on Thursday": a relative clause dates its own verb.
  const asides = [...text.matchAll(RELATIVE_ASIDE_CLAUSE)].map((m) => [
    sentence.start + m.index,
    sentence.start + m.index + m[0].length,
  ]);
  const perfect = PAST_PERFECT.test(text.replace(RELATIVE_ASIDE_CLAUSE, ""));
  const published = publicationDay(s.asOf);
  for (const t of doc.times) {
    if (t.sentence !== s.sentence || t.future) continue;
    if (asides.some(([from, to]) => t.start >= from! && t.start < to!)) continue;
    if (!perfect && !EARLIER_TIME.test(t.text)) continue;
    const [first] = periodOf(t.value);
    if (first.getTime() < published.getTime()) return `${dayValue(first)}T00:00:00Z`;
  }
  return s.asOf;
}
