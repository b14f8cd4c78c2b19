/**
 * Who holds a stance. The holder is the subject of the clause the cue stands in
 * ("A said B would never accept X" is B's stance); when that clause has no
 * actor for subject ("a truce would only prolong the war", "it will not
 * accept"), the subject of the verb that reports or believes the clause holds
 * it ("both presidents agreed that …", "Moscow has long said it …"). What a
 * denial or a question frames is not asserted by anyone. A leader who says
 * what his own state will do holds the stance himself; a spokesman speaks for
 * the state.
 */
import type { Actor, Mention } from "../model/index.js";
import { holderAt } from "./claims.js";
import { countryOfForm } from "./demonyms.js";
import { itAntecedent } from "./stance-antecedent.js";
import { clauseStartAt, type Frame, frameOf } from "./stance-frames.js";
import type { WorkingDoc } from "./types.js";

/** How far (in characters) a subject may stand before its verb: "Moscow has long said it". */
const SUBJECT_GAP = 48;
/** "Mr Tesk and Mrs Morel": a British honorific may stand between "and" and the name it titles. */
const COORDINATION = /^\s*(?:,|and|nor|or|,\s*and)\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;
/** A state's body as a frame's subject: "the Russian foreign ministry", "Ukraine's general staff". */
const STATE_BODY =
  /\b(?:ministry|army|military|government|presidency|embassy|cabinet|forces|general staff|delegation|authorities)$/i;
/** A speech tag set inside a clause, up to the cue: ", he added, would". */
const INSERTED_TAG =
  /,\s*[^,]{1,60}?\s+(?:said|says|added|adds|noted|notes|argued|argues|insisted|insists|stressed)\s*,\s*(?:\p{Ll}+\s+){0,3}$/u;
/** The rest of a speech tag set inside a clause: " added, ", " said, ". */
const SPEECH_TAG_AFTER =
  /^\s+(?:said|says|added|adds|noted|notes|argued|argues|insisted|insists|stressed|told reporters)\s*,\s*$/;
/** "Keir Starmer and French President Emmanuel Macron": a title before the next name. */
const TITLED_COORDINATION = /^\s*,?\s*and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}$/u;
/**
 * "Qatar's emir and Tesk": a state named by its leader's role, joined by "and" to the next
 * name, which may carry a title of its own ("and Turkey's President "). A comma alone
 * sets off an apposition instead: "the Russian leader's aide, Yuri Ushakov".
 */
const ROLE_COORDINATION =
  /^['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*,?\s*and\s+(?:\p{Lu}[\p{L}-]*(?:['’]s)?\s+){0,3}$/u;
/** "Turkey's President Erdogan": the state before a title is the name's, not a member of a list. */
const TITLE_OWNER = /^['’]s\s+(?:\p{Lu}[\p{L}-]*\s+){1,2}$/u;
/** "officials in Berlin and Paris expect", "asks Kyiv to hand over": a mention that is no subject. */
const NOT_SUBJECT_LEAD =
  /\b(?:in|at|from|of|with|by|to|for|on|against|asks?|asked|urged?|expects?|wants?|told|between)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+(?:and|or)\s+)*$/iu;
/** A relative clause set off by commas between a subject and its verb. */
const RELATIVE_ASIDE = /^,\s+(?:who|which)\b[^,;:“”"]*,\s*(?:(?:has|had|have|also|then|now)\s+)*$/i;
/** A relative clause opened after a comma and not yet closed: ", which Morel unveiled with ". */
const OPEN_RELATIVE = /,\s+(?:which|who|whom)\s[^,;:“”"]*$/i;
/** "Tesk, who has long opposed …": the clause "who" opens belongs to the name before it. */
const RELATIVE_AFTER_NAME = /^(?:['’]s(?:\s+[\p{L}-]+){1,3})?,?\s*(?:who|which)\s+$/iu;

/** Roles that speak for a state rather than for themselves. */
const SPOKESPERSON = /\b(?:spokes(?:man|woman|person)|press secretary|press office|ministry)\b/i;

export interface HolderScope {
  doc: WorkingDoc;
  actors: ReadonlyMap<string, Actor>;
  /** The sentence's mentions, in text order. */
  mentions: readonly Mention[];
  sentenceIndex: number;
  sentenceStart: number;
  frames: readonly Frame[];
  /** Where the first verb or auxiliary after an offset starts, if the sentence has one. */
  verbAfter: (offset: number) => number | null;
}

/**
 * The mention group right before `at`, not past `from`: "Trump and Putin have
 * both rejected". A mention inside a phrase that is no subject ("for his part",
 * "officials in Paris") is passed over for the one before it.
 */
export function subjectGroup(
  text: string,
  mentions: readonly Mention[],
  from: number,
  at: number,
  verbAfter: (offset: number) => number | null = () => null,
): Mention[] {
  const before = mentions
    .filter((m) => m.start >= from && m.end <= at)
    .sort((a, b) => b.end - a.end);
  for (let i = 0; i < before.length; i++) {
    const group = groupEndingAt(text, before, i, at, verbAfter);
    if (group === "stop") return [];
    if (group) return group;
  }
  return [];
}

/** The coordinated group whose last mention is before[i], null to look further back, "stop" to give up. */
function groupEndingAt(
  text: string,
  before: Mention[],
  i: number,
  at: number,
  verbAfter: (offset: number) => number | null,
): Mention[] | null | "stop" {
  const nearest = before[i]!;
  const gap = text.slice(nearest.end, at);
  // "Suthia, Tesk added, would …": the speaker of a tag set inside the clause is not its subject.
  if (
    SPEECH_TAG_AFTER.test(gap) &&
    /,\s*$/.test(text.slice(Math.max(0, nearest.start - 3), nearest.start))
  )
    return null;
  // "Tesk, who has long opposed the tariffs, said": the relative clause is an aside; the names
  // coordinated before it ("Morel and Tesk, who arrived on Monday, said") are the subject too.
  if (RELATIVE_ASIDE.test(gap)) {
    const group = groupEndingAt(text, before, i, nearest.end, verbAfter);
    return Array.isArray(group) && group.length > 0 ? group : [nearest];
  }
  // "The plan, which Morel unveiled with Tesk, requires …": a name that closes a relative
  // clause set off by commas is inside the aside; the verb's subject is the head before it.
  if (
    /,\s*$/.test(gap) &&
    !/[,;:]/.test(gap.replace(/,\s*$/, "")) &&
    OPEN_RELATIVE.test(text.slice(Math.max(0, nearest.start - 160), nearest.start))
  )
    return null;
  // "to bridge Moscow's demand for …": the possessor of a demand, offer or refusal holds it,
  // whatever governs the phrase.
  if (/^['’]s\s+(?:own\s+)?$/.test(gap)) return [nearest];
  // The subject stands close to its clause's first verb, the cue may come later in a
  // coordinated predicate: "Moscow would harden its line but would not walk away".
  const verb = verbAfter(nearest.end);
  const head = verb !== null && verb < at ? verb - nearest.end : gap.length;
  if (head > SUBJECT_GAP || gap.length > 3 * SUBJECT_GAP) return "stop";
  if (/[“”";:—]/.test(gap) || /\b(?:who|which|that)\b/.test(gap)) return "stop";
  if (
    gap.length > SUBJECT_GAP &&
    !/\b(?:but|and)\s+(?:(?:also|still|then|not)\s+)*(?:would|will|could|can|should|must|has|have|had|is|are|was|were|did|does|do)\b/i.test(
      gap,
    ) &&
    // "accepted the quota but also backed …": the verb at `at` is the subject's second one.
    !/\b(?:but|and)\s+(?:(?:also|still|then|not|now)\s+)*$/i.test(gap)
  )
    return "stop";
  // "according to Ushakov, both presidents agreed": a new noun phrase after a comma is the subject.
  if (/,\s*(?:both|the|a|an|all|its|their|his|her|some|many|most)\s/i.test(gap)) return "stop";
  // "the EU's proposal", "Kosovo's passports": a possessive names whose thing it is, not who acts.
  if (
    /^['’]s\s+\p{Ll}+\s*$/u.test(gap) &&
    !/^['’]s\s+(?:own\s+)?(?:government|ministry|army|military|leaders?|leadership|spokes\w+|office|position|cabinet|negotiators?|delegation|envoys?|diplomats|officials|commanders?|forces|fighters|parliament|president|premier)\b/i.test(
      gap,
    )
  )
    return "stop";
  // "the Paris declaration now backs …": a name used as a modifier of a noun is no subject.
  const space = /^\s+/.exec(gap)?.[0].length ?? 0;
  if (
    /\bthe\s+$/i.test(text.slice(Math.max(0, nearest.start - 5), nearest.start)) &&
    /^\s+\p{Ll}+/u.test(gap) &&
    verb !== nearest.end + space &&
    !/^\s+(?:[\p{Ll}-]+\s+){0,2}(?:government|ministry|army|military|navy|leaders?|leadership|spokes\w+|office|delegation|negotiators?|envoys?|diplomats|officials|forces|president|presidency|premier|authorities|side|team|staff|command|troops|embassy|cabinet|parliament|administration|aide|adviser|minister)\b/iu.test(
      gap,
    )
  )
    return null;
  const group = [nearest];
  let listed = false;
  // Where the words before the group's earliest name start: a title's owner is passed over.
  let from = nearest.start;
  for (const m of before.slice(i + 1)) {
    const between = text.slice(m.end, from).replace(/\b(?:both|neither|either)\b/gi, "");
    if (TITLE_OWNER.test(between) && group.length === 1 && from === nearest.start) {
      // "Turkey's President Erdogan": the state owns the title; the list goes on before it.
      from = m.start;
      continue;
    }
    if (
      !COORDINATION.test(between) &&
      !TITLED_COORDINATION.test(between) &&
      !ROLE_COORDINATION.test(between)
    )
      break;
    // A bare comma joins names only in a list closed by "and" ("A, B and C"), not "According to A, B".
    if (/^\s*,\s*$/.test(between) && !listed) break;
    listed = true;
    group.push(m);
    from = m.start;
  }
  const lead = text.slice(Math.max(0, from - 40), from);
  // "with Britain and France signing a declaration": the names before a gerund are its subject.
  const absolute =
    /\bwith\s+$/i.test(lead) && /^\s*$/.test(gap) && /^\p{Ll}+ing\b/u.test(text.slice(at));
  if (!absolute && NOT_SUBJECT_LEAD.test(lead)) return null;
  return group.reverse();
}

/** Actors named by "both presidents", "the two sides": the last two others named before. */
function pluralSubject(scope: HolderScope, frame: Frame, exclude: Set<string>): string[] {
  const text = scope.doc.report.text;
  const lead = text.slice(Math.max(scope.sentenceStart, frame.verbStart - 40), frame.verbStart);
  const m = /\b(?:both|the two)\s+(\p{L}+?)s\s+(?:(?:have|had|has|also|all|then)\s+)*$/iu.exec(
    lead,
  );
  if (!m) return [];
  const noun = m[1]!.toLowerCase();
  const wantState = /^(?:side|countr|state|government|nation|capital)/.test(noun);
  const earlier = scope.doc.mentions
    .filter((x) => x.start < frame.verbStart && x.sentence >= scope.sentenceIndex - 2)
    .sort((a, b) => b.start - a.start);
  const picked: string[] = [];
  for (const x of earlier) {
    const actor = scope.actors.get(x.actorId);
    if (!actor || exclude.has(actor.id) || picked.includes(actor.id)) continue;
    if (wantState ? actor.kind !== "state" : actor.kind !== "person") continue;
    if (!wantState && noun.length > 3 && !(actor.role ?? "").toLowerCase().includes(noun)) {
      // "presidents" are the people whose role says so; "leaders" any people.
      if (noun !== "leader" && noun !== "men" && noun !== "women") continue;
    }
    picked.push(actor.id);
    if (picked.length === 2) break;
  }
  return picked.length === 2 ? picked.reverse() : [];
}

/** The actors a frame's verb belongs to: its subject, or the speaker credited with its clause. */
function frameSubject(scope: HolderScope, frame: Frame): string[] {
  const text = scope.doc.report.text;
  const from = clauseStartAt(text, scope.sentenceStart, frame.verbStart, scope.frames);
  const group = subjectGroup(text, scope.mentions, from, frame.verbStart, scope.verbAfter);
  if (group.length > 0) return group.map((m) => m.actorId);
  // "The Front denied any role and said it …": a frame verb joined to an earlier frame's clause by
  // "and" or "but" is a second verb of that frame's subject.
  const outer = frameOf(scope.frames, frame.verbStart);
  if (
    outer &&
    outer !== frame &&
    /\s(?:and|but)\s+(?:also\s+|then\s+|later\s+)?$/i.test(
      text.slice(outer.clauseStart, frame.verbStart),
    )
  )
    return frameSubject(scope, outer);
  // "the ministry, which said …": the relative clause's frame belongs to the name it hangs on.
  const antecedent = relativeAntecedent(scope, from, frame.verbStart);
  if (antecedent) return [antecedent];
  const speakers = new Set(
    scope.doc.quotes
      .filter((q) => q.sentence === scope.sentenceIndex)
      .map((q) => q.speakerId ?? ""),
  );
  const plural = pluralSubject(scope, frame, speakers);
  if (plural.length > 0) return plural;
  // A frame whose subject is no actor ("officials said", "analysts believe") gives no holder,
  // unless the frame itself sits in someone's words.
  const lead = text.slice(from, frame.verbStart).trim();
  // "The Russian foreign ministry said": a state's body speaks for it, as the quotes layer
  // credits its words.
  // "Keld denied any part in the raid and said it remained committed to the truce": a speech
  // verb in a second predicate shares the subject of the sentence's first verb.
  if (/^[^,;:“”"]*\b(?:and|but)$/i.test(lead)) {
    const first = scope.verbAfter(scope.sentenceStart);
    if (first !== null && first < from) {
      const shared = subjectGroup(
        text,
        scope.mentions,
        scope.sentenceStart,
        first,
        scope.verbAfter,
      );
      if (shared.length > 0) return shared.map((m) => m.actorId);
    }
  }
  const body = STATE_BODY.test(lead);
  const officials = officialsState(scope, lead);
  if (officials) return [officials];
  if (lead.length > 0 && !body && !/^(?:he|she|they|it|we|i)\b/i.test(lead)) return [];
  const quoted = holderAt(scope.doc, scope.sentenceIndex, frame.verbStart);
  if (body && quoted && scope.actors.get(quoted)?.kind === "person") return [];
  return quoted ? [quoted] : [];
}

/** "the group", "the movement" as the subject of a cue, with only auxiliaries and adverbs after it. */
const BODY_SUBJECT =
  /^\s*the\s+(?:group|movement|organi[sz]ation|faction|militia)\s+(?:(?:has|had|have|would|will|could|can|also|now|then|still|already|not|never|no longer|\p{Ll}+ly)\s+)*$/iu;

/** The organisation an actor is or speaks for, or null when it is no organisation's. */
function ownOrganisation(actors: ReadonlyMap<string, Actor>, id: string): string | null {
  const actor = actors.get(id);
  if (!actor) return null;
  if (actor.kind === "organization") return actor.id;
  const body = actor.affiliation ? actors.get(actor.affiliation) : undefined;
  return actor.kind === "person" && body?.kind === "organization" ? body.id : null;
}

/** "Suthian officials also said": officials named by their state's adjective. */
const STATE_OFFICIALS =
  /^(?:the\s+)?(\p{Lu}[\p{L}.]+)\s+(?:government\s+|security\s+|military\s+|senior\s+)?officials(?:\s+(?:also|have|had|then|later|again))*$/u;

/**
 * "Brazilian officials said the border would stay shut": officials of a state,
 * named by its adjective, speak for that state as its ministry or army does.
 */
function officialsState(scope: HolderScope, lead: string): string | null {
  const m = STATE_OFFICIALS.exec(lead);
  if (!m) return null;
  const country = countryOfForm(m[1]!);
  if (!country) return null;
  for (const actor of scope.actors.values()) {
    if (actor.kind !== "state") continue;
    const names = [actor.name, ...actor.aliases].map((n) => n.toLowerCase().replace(/^the\s+/, ""));
    if (names.includes(country)) return actor.id;
  }
  return null;
}

/**
 * "Vucic said Serbia would never accept …": a leader saying what his own state
 * will do holds the stance; a spokesman's words stay the state's.
 */
function ownStateSpeaker(scope: HolderScope, held: string[], speakers: string[]): string[] {
  if (held.length !== 1 || speakers.length !== 1) return held;
  const state = scope.actors.get(held[0]!);
  const speaker = scope.actors.get(speakers[0]!);
  if (!state || !speaker || state.kind === "person" || speaker.kind !== "person") return held;
  if (speaker.affiliation !== state.id || SPOKESPERSON.test(speaker.role ?? "")) return held;
  return [speaker.id];
}

/**
 * "Tesk, who has long opposed the tariffs, …": a cue in a relative clause with
 * no subject of its own is held by the actor the clause is about.
 */
function relativeAntecedent(
  scope: HolderScope,
  clauseStart: number,
  at: number,
  relativeStart = clauseStart,
): string | null {
  const text = scope.doc.report.text;
  if (
    !/^\s*(?:(?:has|had|have|also|long|since|then|now|already|repeatedly)\s+)*$/i.test(
      text.slice(clauseStart, at),
    )
  )
    return null;
  const name = scope.mentions.filter((m) => m.end <= relativeStart).at(-1);
  if (!name || !RELATIVE_AFTER_NAME.test(text.slice(name.end, relativeStart))) return null;
  return name.actorId;
}

/** "who like Mrs Morel has rejected": a comparison with a name, then only auxiliaries and adverbs. */
const LIKE_NAME = /^\s*like\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

/**
 * "Mr Tesk, who like Mrs Morel has rejected a truce": a relative clause that
 * compares its antecedent with another actor gives the stance to both.
 */
function comparedSubjects(scope: HolderScope, clauseStart: number, at: number): string[] | null {
  const text = scope.doc.report.text;
  const like = scope.mentions.find(
    (m) =>
      m.start >= clauseStart && m.end <= at && LIKE_NAME.test(text.slice(clauseStart, m.start)),
  );
  if (!like) return null;
  const antecedent = relativeAntecedent(scope, like.end, at, clauseStart);
  return antecedent ? [...new Set([antecedent, like.actorId])] : null;
}

export type HolderRule = "subject" | "speaker" | "far" | "either";

/**
 * The holders of the stance a cue at [start, end) states. `rule` says where the
 * cue looks: its clause's subject first ("subject"), or only the one who says
 * the clause ("speaker": "a vote would require a ceasefire"), or the subject of
 * a believing frame however far ("far": "both agreed that a truce would only prolong"),
 * or the clause's subject when it is an actor and else the one who says the clause
 * ("either": "Varn would keep the border shut until …", "Varn said the crossing would stay
 * shut until …").
 */
export function holdersAt(scope: HolderScope, start: number, rule: HolderRule): string[] {
  const text = scope.doc.report.text;
  const frame = frameOf(scope.frames, start);
  if (frame && (frame.kind === "denial" || frame.kind === "question")) return [];
  const clauseStart = clauseStartAt(text, scope.sentenceStart, start, scope.frames);
  // With no frame before it, the one who says the cue's words is the speaker of a quote around it
  // (the quotes layer also credits "…, Kurti said" and "according to").
  const around = scope.doc.quotes.find(
    (q) => q.sentence === scope.sentenceIndex && q.speakerId && q.start <= start && start < q.end,
  );
  const speakers = frame ? frameSubject(scope, frame) : around?.speakerId ? [around.speakerId] : [];
  const bySubject = rule === "subject" || rule === "either";
  if (bySubject) {
    const alike = comparedSubjects(scope, clauseStart, start);
    if (alike) return alike;
    const group = subjectGroup(text, scope.mentions, clauseStart, start, scope.verbAfter);
    if (group.length > 0)
      return ownStateSpeaker(
        scope,
        group.map((m) => m.actorId),
        speakers,
      );
    const antecedent = relativeAntecedent(scope, clauseStart, start);
    if (antecedent) return [antecedent];
  }
  // "Ukraine, he added, would hold elections once …": the subject stands before a tag set
  // inside the clause.
  if (bySubject && frame) {
    const tag = INSERTED_TAG.exec(text.slice(scope.sentenceStart, start));
    if (tag) {
      const end = scope.sentenceStart + tag.index;
      const group = subjectGroup(text, scope.mentions, scope.sentenceStart, end, scope.verbAfter);
      if (group.length > 0 && /^\s*$/.test(text.slice(group[group.length - 1]!.end, end)))
        return ownStateSpeaker(
          scope,
          group.map((m) => m.actorId),
          speakers,
        );
    }
  }
  // A subject cue with no actor for subject is the frame speaker's only through a pronoun
  // ("Moscow has said it will not accept"); "giving up land would …" states nothing itself.
  // "Its spokesman said the group opposed …": "the group" in the words of one who speaks for
  // an organisation is that organisation.
  if (bySubject && frame && BODY_SUBJECT.test(text.slice(clauseStart, start))) {
    const orgs = speakers.map((id) => ownOrganisation(scope.actors, id));
    return orgs.every((id) => id !== null) ? (orgs as string[]) : [];
  }
  if (
    rule === "subject" &&
    frame &&
    !/^\s*(?:it|its|they|their|we|i|he|she|you)\b/i.test(text.slice(clauseStart, start))
  )
    return [];
  // "The dam won't be reopened until …, Tesk said": a thing for subject, the one quoted holds it.
  if (rule === "either" && !frame && speakers.length > 0) return speakers;
  if (bySubject && !frame) {
    // No subject and no frame: inside a direct quote, its speaker holds it ("“We will never accept it,” he said").
    const quote = scope.doc.quotes.find(
      (q) =>
        q.sentence === scope.sentenceIndex &&
        q.kind === "direct" &&
        q.start <= start &&
        start < q.end,
    );
    if (quote?.speakerId) return [quote.speakerId];
    // "Its demand that …": the possessive stands for the subject "it" would.
    const lead = text.slice(clauseStart, start).replace(/\b([Ii]t)s\s+(?:\p{Ll}+\s+)?$/u, "$1 ");
    const it = quote
      ? null
      : itAntecedent(scope.doc, scope.actors, scope.sentenceIndex, lead, start);
    return it ? [it] : [];
  }
  // The clause's own subject, when it is an actor, is not the one who says it: "Kyiv must leave, Moscow said".
  return speakers;
}
