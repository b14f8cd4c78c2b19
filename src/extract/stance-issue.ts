/**
 * Which issue a stance cue is about: the one its object names ("demands the
 * Donbas"), else the one named just before it ("a claim Kyiv rejected"), else
 * the subject of its clause ("a ceasefire would be needed"). Only words of the
 * cue's own clause count: an issue word behind "even as", "if", "while" or a
 * semicolon belongs to another statement, and a sentence whose clause names
 * no issue states no stance (a denial or refusal may point back to the
 * previous sentence: "Kyiv still says no").
 */
import type { Dossier } from "../model/index.js";
import { type IssueRoles, issueRoles } from "./issue-roles.js";
import { buildIssueMatcher, type IssueMatcher } from "./issues.js";
import { type IssueSide, PREDICATE_CLASSES } from "./predicates.js";

export interface IssueLookup {
  matcher: IssueMatcher;
  /** The dossier's issue ids. */
  ids: Set<string>;
  /** For each issue, the issues that are about it: territory → {referendum}. */
  aboutIt: Map<string, string[]>;
  /** The dossier's issue of each kind an event verb is about (issue-roles.ts). */
  roles: IssueRoles;
}

const lookups = new WeakMap<Dossier, IssueLookup>();

export function lookupFor(dossier: Dossier): IssueLookup {
  let l = lookups.get(dossier);
  if (!l) {
    const aboutIt = new Map<string, string[]>();
    for (const issue of dossier.issues) {
      for (const subject of issue.about ?? []) {
        aboutIt.set(subject, [...(aboutIt.get(subject) ?? []), issue.id]);
      }
    }
    l = {
      matcher: buildIssueMatcher(dossier),
      ids: new Set(dossier.issues.map((i) => i.id)),
      aboutIt,
      roles: issueRoles(dossier.issues),
    };
    lookups.set(dossier, l);
  }
  return l;
}

/**
 * The same lookup with its matcher's answers kept: a report's stance cues ask
 * about the same words several times (a cue's object for its issue, then for
 * the issues about it, then again for its conjuncts). Made per report, so what
 * it keeps goes with the report. Callers only read the arrays it hands out.
 */
export function rememberingLookup(lookup: IssueLookup): IssueLookup {
  const issues = new Map<string, string[]>();
  const terms = new Map<string, string[]>();
  const { matcher } = lookup;
  return {
    ...lookup,
    matcher: {
      issuesOf(text) {
        let found = issues.get(text);
        if (!found) {
          found = matcher.issuesOf(text);
          issues.set(text, found);
        }
        return found;
      },
      termsOf(text, issue) {
        const key = `${issue}\u0000${text}`;
        let found = terms.get(key);
        if (!found) {
          found = matcher.termsOf(text, issue);
          terms.set(key, found);
        }
        return found;
      },
      // Spans of a report's text are read off its words, split once: nothing to keep.
      issuesIn: (text, start, end) => matcher.issuesIn(text, start, end),
    },
  };
}

/** The issue found in some words, or the one named beside it that is about it ("a referendum on territory"). */
function governing(lookup: IssueLookup, side: string, found: string | null): string | null {
  if (!found) return null;
  const over = lookup.aboutIt.get(found);
  if (!over) return found;
  const named = lookup.matcher.issuesOf(side);
  return over.find((id) => named.includes(id) && !onlyAsFrame(lookup, side, id)) ?? found;
}

/** "under the exchange terms", "as part of the swap": a text or scheme an act follows. */
const FRAME_LEAD =
  /\b(?:under|according to|in line with|as part of|in keeping with)\s+(?:(?:the|a|an|its|their|his|her|this|that)\s+)?(?:(?:terms|rules|provisions|formula|mechanism)\s+of\s+(?:(?:the|a|an|its|their)\s+)?)?(?:[\p{L}-]+['’]s\s+)?$/iu;

/**
 * True when every term of `id` in `side` names the frame an act follows ("release the
 * hostages under the exchange terms"): the act's issue is not about that frame's.
 */
function onlyAsFrame(lookup: IssueLookup, side: string, id: string): boolean {
  const lower = side.toLowerCase();
  return lookup.matcher.termsOf(side, id).every((term) => {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
      if (!FRAME_LEAD.test(side.slice(Math.max(0, at - 50), at))) return false;
    }
    return true;
  });
}

/** Where a term sits inside a modifier ("parts of the Donbas", "police in the north"), it weighs half. */
const MODIFIER_LEAD =
  /\b(?:in|on|at|from|across|near|within|inside|around|after|before|until|during|under)\s+(?:(?:the|a|an|its|their|his|her|any|all|whole|entire|some)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/** The issue named after a cue: the one with the most matched text, terms in modifiers weighing half. */
function issueAfter(matcher: IssueMatcher, side: string, subjectEnd = 0): string | null {
  const lower = side.toLowerCase();
  const scored = matcher.issuesOf(side).map((id, order) => {
    let weight = 0;
    let first = Number.POSITIVE_INFINITY;
    let from = 0;
    for (const term of matcher.termsOf(side, id)) {
      const at = lower.indexOf(term, from);
      from = at >= 0 ? at + term.length : from;
      // "demand that Ukrainian forces leave the Donbas": the clause's subject is not what is demanded.
      const modifier =
        (at >= 0 && at < subjectEnd) ||
        (at > 0 && MODIFIER_LEAD.test(side.slice(Math.max(0, at - 40), at)));
      weight += modifier ? term.length / 2 : term.length;
      if (at >= 0) first = Math.min(first, at);
    }
    return { id, order, weight, first };
  });
  scored.sort((a, b) => b.weight - a.weight || a.first - b.first || a.order - b.order);
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

/**
 * The issue of a clause's subject: its first term after the last clause opening ("said
 * that", a comma). A comma inside a list of names ("troops from Britain, France or any
 * other country") opens no clause: the pieces of the list stay with the head before them.
 */
function issueOfSubject(matcher: IssueMatcher, side: string): string | null {
  const pieces = side.split(/(\b(?:that|said|says|say)\b|[,;:—])/);
  let start = pieces.length - 1;
  while (start >= 2 && pieces[start - 1] === "," && listGoesOn(pieces[start - 2]!, pieces[start]!))
    start -= 2;
  return firstIssueIn(matcher, pieces.slice(start).join(""));
}

/** "…from Britain" + " France or any other country …": a name list continued after a comma. */
function listGoesOn(before: string, after: string): boolean {
  return (
    /\p{Lu}[\p{L}-]*\s*$/u.test(before) &&
    /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*(?:$|\s+(?:or|and)\b)/u.test(after)
  );
}

/** The issue whose term comes first in `clause`. */
function firstIssueIn(matcher: IssueMatcher, clause: string): string | null {
  const lower = clause.toLowerCase();
  const scored = matcher.issuesOf(clause).map((id) => ({
    id,
    at: Math.min(...matcher.termsOf(clause, id).map((t) => lower.indexOf(t))),
  }));
  scored.sort((a, b) => a.at - b.at);
  return scored[0]?.id ?? null;
}

/** Events a report may claim happened and a party deny: an attack, a capture. */
export const CLAIMED_EVENTS: ReadonlySet<string> = new Set(["attack_claim", "capture"]);

/**
 * Verb forms of the event classes ("shelled", "captured", "trying to attack"), with each
 * class's issue; a claimed event also by its noun ("the raid", "a barrage").
 */
const EVENT_VERBS = PREDICATE_CLASSES.filter((c) => c.event && c.role).map((c) => ({
  predicate: c.predicate,
  role: c.role!,
  re: new RegExp(
    String.raw`\b(?:${[...c.verbs, ...(CLAIMED_EVENTS.has(c.predicate) ? c.nouns : [])].join("|")})(?:s|es|ed|d|ing)?\b`,
    "i",
  ),
}));

/**
 * "Keld says Varn shelled the dam", "its forces had captured the town": a
 * claim is about the event it reports (an attack, a capture), before the
 * place or thing the event touched. The first event verb of the claim wins.
 */
export function eventOfClaim(
  lookup: IssueLookup,
  claim: string,
  only?: ReadonlySet<string>,
): string | null {
  let best: { issue: string; at: number } | null = null;
  for (const ev of EVENT_VERBS) {
    const issue = lookup.roles.get(ev.role);
    if (!issue || (only && !only.has(ev.predicate))) continue;
    const m = ev.re.exec(claim);
    if (m && (!best || m.index < best.at)) best = { issue, at: m.index };
  }
  return best?.issue ?? null;
}

/** Where the words after a cue stop belonging to its object ("Keld's pledge comes as …" tells of something else). */
const OBJECT_END =
  /[;—]|\s(?:comes|came|come)\s+(?:as|after|amid|days|weeks|hours|just)\s|\sbut\s|\sand\s+(?:also|then|later|still|now)\s|,\s(?:and|but|while|which|who|a|an|even|as|after|before|since|because|though|although)\s|\s(?:in exchange|in return|if|unless|without|provided|even as|even if|while|whereas|because|although|though|as long as|so long as)\s/i;

/** A short clause about the holder itself: "that it was stalling", "it had done nothing wrong". */
const SELF_CLAUSE =
  /^\s*(?:that\s+)?(?:it|they|he|she|we)\s+(?:(?:was|were|is|are|had|has|have|had been|has been|would|will)\s+)?(?:\w+\s+){0,2}\w+\W*$/i;

/** An object that only points back: "rejects one", "backs it", "opposed them". */
const ANAPHORIC_OBJECT =
  /^\s*(?:it|them|one|this|that|those|these)\b(?!\s+(?:of|that|which|who)\b)/i;

/**
 * "a plan to end the war", "a proposal for a prisoner swap": a text named by its purpose. The
 * purpose is what the text is about, unless the text itself is one of the dossier's issues
 * (its "text" role: "a framework for ending the war" is a stance on the framework).
 */
const PURPOSE_HEAD =
  /^\s*(?:(?:a|an|the|its|their|his|her|this|that|new)\s+)?(?:[\p{L}\d-]+\s+){0,2}?(?:plan|proposal|initiative|blueprint|roadmap|road map|scheme|framework|document|resolution|draft|text)s?\s+(?:to|for|aimed at|that would|which would)\s+/iu;

/** The words of an object that say what it is about: its purpose when a text is named by one. */
function purposeOf(lookup: IssueLookup, object: string): string {
  const head = PURPOSE_HEAD.exec(object);
  if (!head) return object;
  const text = lookup.roles.get("text");
  if (text && lookup.matcher.issuesOf(head[0]).includes(text)) return object;
  const purpose = object.slice(head[0].length);
  return lookup.matcher.issuesOf(purpose).length > 0 ? purpose : object;
}

/**
 * "welcomed the initiative", "is ready to contribute": an object that is a general word for a
 * proposal or a text, or none at all, names no issue of its own; it stands for what the words
 * just before it, else the sentence before, are about. (A pronoun object looks only at the
 * words before it: ANAPHORIC_OBJECT; "welcomed the move" welcomes an act, not a proposal.)
 */
const GENERAL_OBJECT =
  /^\s*((?:the|this|that|its|their|his|her|our)\s+(?:\p{Ll}+\s+)?(?:initiative|plan|proposal|document|text|idea|offer)s?\b)?\s*(?:[,.;:!?”"’)]|$|(?:on|in|at|as|with|after|when|while|but|and|to|from|by|during|before|too|fully|wholeheartedly|strongly)\b)/iu;

export interface IssueQuery {
  /** The words of the sentence from the cue's clause start up to the cue. */
  before: string;
  /** The words of the sentence after the cue. */
  after: string;
  side: IssueSide;
  /** The previous sentence, for cues that may point back to it. */
  previous: string | null;
  pointsBack: boolean;
  /** The cue denies a claim: what it points back to is about the claim's event. */
  claim?: boolean;
  /**
   * An object with no issue of its own stands for what came before (GENERAL_OBJECT): "all" for
   * a pronoun, a general noun or none at all, "named" for a pronoun or general noun only.
   */
  general?: "all" | "named";
  /** When the cue takes a clause ("demand that X leave Y"), where its subject ends in `after`. */
  subjectEnd?: number;
}

/**
 * The issue of a whole claim that a denial refers back to ("Tesk accused Varn
 * of shelling the dam, a charge Morel denied"): the first one its reported
 * clause names, which is the claim's act ("shelled") before what it was done to.
 */
export function issueOfClaim(lookup: IssueLookup, claim: string): string | null {
  const event = eventOfClaim(lookup, claim);
  if (event) return event;
  const first = issueOfSubject(lookup.matcher, claim) ?? issueAfter(lookup.matcher, claim);
  return governing(lookup, claim, first);
}

export function issueOfCue(lookup: IssueLookup, q: IssueQuery): string | null {
  const { matcher } = lookup;
  const after = purposeOf(lookup, q.after.slice(0, 140).split(OBJECT_END)[0]!);
  // The near words; only a subject looks further back (see subjectSide).
  const near = q.before.slice(-90);
  const before = near.split(/[;—]/).pop()!;
  const fromAfter = () => governing(lookup, after, issueAfter(matcher, after, q.subjectEnd));
  const fromBefore = () => governing(lookup, before, issueBefore(matcher, before));
  // "Keld pledged observers; Varn said they would be targets": a plural pronoun for subject
  // stands for the first thing the clause before it names.
  const they = q.side === "subject" ? /\bthey\s+$/i.exec(near) : null;
  if (they) {
    const earlier = near.slice(0, they.index);
    const first = firstIssueIn(
      matcher,
      earlier.split(/[,;]\s+(?:and|but|while|whereas)?\s*\p{Lu}[^,;]*$/u)[0]!,
    );
    if (first) return first;
  }
  // A cue whose object is a name ("would back Kyiv") falls back on its own clause's words,
  // not on another clause's ("…rewarded with territory, and that Washington would back
  // Kyiv"); an elliptic one ("…, and Kyiv still says no") takes what came before.
  const namedObject =
    /^\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+)*\s*(?:[,.;:"“”]|$|(?:for|in|on|with|against|over)\b)/u.test(
      q.after,
    );
  const ownClause = namedObject ? before.split(/,\s+(?:and|but|while|whereas)\s+/).pop()! : before;
  const found =
    q.side === "after"
      ? (fromAfter() ?? governing(lookup, ownClause, issueBefore(matcher, ownClause)))
      : q.side === "subject"
        ? (governing(
            lookup,
            `${before} ${after}`,
            issueOfSubject(matcher, subjectSide(q.before)),
          ) ??
          fromAfter() ??
          fromBefore())
        : (fromBefore() ?? fromAfter());
  if (found) return found;
  // "Suthia backs a truce; Norland rejects one": a pronoun object points to the issue named before.
  if (ANAPHORIC_OBJECT.test(after)) {
    const earlier = governing(lookup, near, issueBefore(matcher, near));
    if (earlier) return earlier;
  }
  // "Keld still says no", "The Front denied that it was stalling": a short object, or a short
  // clause about the holder itself, that names no issue is about what was told just before.
  if (
    q.pointsBack &&
    q.previous &&
    (/^\W*(?:\w+(?:\W+|$)){0,3}$/.test(after) || SELF_CLAUSE.test(after))
  )
    return (
      (q.claim ? eventOfClaim(lookup, q.previous) : null) ?? matcher.issuesOf(q.previous)[0] ?? null
    );
  const general = q.side === "after" && q.general ? GENERAL_OBJECT.exec(after) : null;
  if (general && (q.general === "all" || general[1])) {
    return issueBefore(matcher, before) ?? (q.previous ? firstIssueIn(matcher, q.previous) : null);
  }
  return null;
}

/** The words a subject may stand in: a long subject ("troops from A, B or C sent to D …") runs past 90 characters. */
function subjectSide(before: string): string {
  return before.slice(-180).split(/[;—]/).pop()!.replace(SPEECH_TAG, "");
}

/** ", Tesk added," or ", he said," set inside a subject: a tag, not a clause boundary. */
const SPEECH_TAG =
  /,\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}|he|she|they|it|officials)\s+(?:said|says|added|adds|argued|argues|noted|notes|insisted|insists|stressed|warned|told reporters),/gu;

/** "supports the truce and the prisoner exchange", "rejected both the quota and the border". */
const CONJUNCTS =
  /^\s*(?:(?:discuss|consider|negotiate|talk about|examine|review)\s+)?(?:both\s+|either\s+)?((?:the|a|an|any|its|their|his|her|all|new|more|further)\s.*?)\s+(?:and|as well as|or)\s+((?:the|a|an|any|its|their|his|her|all|new|more|further)\s.*)$/i;

/**
 * The issues of a cue: one, or one for each coordinated object that names a
 * different issue. Only an object the cue takes directly is split; a clause
 * it takes ("demand that X leave Y and Z") keeps its one issue.
 */
export function issuesOfCue(lookup: IssueLookup, q: IssueQuery): string[] {
  const first = issueOfCue(lookup, q);
  if (!first) return [];
  if (q.side !== "after" || q.subjectEnd) return [first];
  const object = q.after.slice(0, 140).split(OBJECT_END)[0]!;
  const m = CONJUNCTS.exec(object);
  if (!m) return [first];
  const one = governing(lookup, m[1]!, issueAfter(lookup.matcher, m[1]!));
  const two = governing(lookup, m[2]!, issueAfter(lookup.matcher, m[2]!));
  if (!one || !two || one === two) return [first];
  return [one, two];
}
