/**
 * Anchors: what identifies the thing a statement tells of, beyond its words.
 * Two reports of one meeting may share few words ("received Zelenskyy at his
 * Mar-a-Lago club on Sunday" / "hosted Zelenskyy in Florida eleven days ago"),
 * but one kind of event on one day between the same two parties, or in the
 * same place, is one event; one numbered text presented by one party is one
 * proposal; and the same words quoted from the same speaker are one statement. Each anchor is added to the terms of the figure-less
 * claims of its sentence as an "anchor:…" term, which verification treats as
 * strong evidence that two statements are the same (see verify/cluster.ts).
 * The stances of the sentence are added too, as weaker "stance:…" terms.
 * Reads doc.claims, doc.events, doc.quotes, doc.stances and doc.mentions.
 */
import type { Claim, EventKind, NegotiationEvent, Quote } from "../model/index.js";
import { isStopword } from "./terms.js";
import type { Component, WorkingDoc } from "./types.js";

export const ANCHOR_PREFIX = "anchor:";
/**
 * A stance the sentence takes ("stance:donald-trump|ceasefire|rejects"): two
 * statements of one actor's one position are likelier one statement, but the
 * same position is taken again and again, so this only adds to word similarity.
 */
export const STANCE_PREFIX = "stance:";

/** Kinds of event that happen once on a day between given parties; statements and proposals repeat. */
const DATED_KINDS: ReadonlySet<EventKind> = new Set(["meeting", "call", "attack"]);

/** A quote this short ("very soon") is said by many about many things. */
const MIN_QUOTE_WORDS = 3;

/** Places named as where something happens: "in Paris", "at Mar-a-Lago". */
function placesOf(doc: WorkingDoc, sentence: number, persons: ReadonlySet<string>): string[] {
  const text = doc.report.text;
  return doc.mentions
    .filter(
      (m) =>
        m.sentence === sentence &&
        !persons.has(m.actorId) &&
        m.via !== "pronoun" &&
        /\b(?:in|at)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 8), m.start)),
    )
    .map((m) => m.actorId);
}

/**
 * A trailing phrase that tells of something else as background: "…, part of
 * the guarantees allies discussed at their summit in Paris", "…, which …".
 */
const BACKGROUND = /,\s+(?:(?:as\s+)?part of|which|where|after|following|during|ahead of)\b/i;

/** True when the event is told in a trailing background phrase of its sentence. */
function inBackground(doc: WorkingDoc, event: NegotiationEvent): boolean {
  if (!event.trigger) return false;
  return BACKGROUND.test(doc.report.text.slice(event.span.start, event.trigger.start));
}

/**
 * A numbered text ("the 20-point plan") is presented once: its proposal by
 * the same party is one event, whatever day each report gives for it (days
 * that differ are then a conflict for verification to show).
 */
function proposalAnchors(doc: WorkingDoc, event: NegotiationEvent, persons: ReadonlySet<string>) {
  if (event.kind !== "proposal") return [];
  const texts = doc.quantities
    .filter(
      (q) => q.sentence === event.sentence && q.unit === "point" && typeof q.value === "number",
    )
    .map((q) => `${q.value}-point`);
  const parties = event.participants.filter((p) => persons.has(p));
  return texts.flatMap((t) => parties.map((p) => `${ANCHOR_PREFIX}proposal:${p}:${t}`));
}

function eventAnchors(event: NegotiationEvent, places: readonly string[]): string[] {
  if (!DATED_KINDS.has(event.kind) || !event.date || event.granularity !== "day") return [];
  const at = `${ANCHOR_PREFIX}event:${event.kind}:${event.date}`;
  const parties = [...new Set(event.participants)].filter((p) => !places.includes(p)).sort();
  const anchors: string[] = places.map((p) => `${at}:@${p}`);
  for (let i = 0; i < parties.length; i++) {
    for (let j = i + 1; j < parties.length; j++) anchors.push(`${at}:${parties[i]}+${parties[j]}`);
  }
  return anchors;
}

/**
 * A two-word quote with a word of weight ("very angry", "largely finished") is
 * a phrase two reports of one remark share, but one speaker may use it of
 * several things ("very productive"): it adds a rare term, not an anchor.
 */
export const QUOTE_PHRASE_PREFIX = "phrase:";

/** Words too common in short quotes to tell one remark from another. */
const LIGHT_WORDS = new Set([
  "again",
  "always",
  "never",
  "today",
  "tomorrow",
  "great",
  "quickly",
  "really",
  "totally",
  "absolutely",
  "certainly",
  "clearly",
  "possible",
  "important",
  "progress",
]);

function quoteWords(quote: Quote): string[] {
  return quote.content
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

function quoteAnchor(quote: Quote): string | null {
  if (quote.kind !== "direct" || !quote.speakerId) return null;
  const words = quoteWords(quote);
  if (words.length < MIN_QUOTE_WORDS) return null;
  return `${ANCHOR_PREFIX}quote:${quote.speakerId}:${words.join(" ")}`;
}

function quotePhrase(quote: Quote): string | null {
  if (quote.kind !== "direct" || !quote.speakerId) return null;
  const words = quoteWords(quote);
  if (words.length !== 2) return null;
  if (!words.some((w) => w.length >= 5 && !isStopword(w) && !LIGHT_WORDS.has(w))) return null;
  return `${QUOTE_PHRASE_PREFIX}${quote.speakerId}:${words.join(" ")}`;
}

/** An anchor and where in the text it is told. */
interface PlacedAnchor {
  term: string;
  from: number;
  to: number;
}

/** The anchors of each sentence that has any, each with where it is told. */
function placedAnchors(doc: WorkingDoc, persons: ReadonlySet<string>): Map<number, PlacedAnchor[]> {
  const bySentence = new Map<number, PlacedAnchor[]>();
  const add = (sentence: number, at: { start: number; end: number }, terms: readonly string[]) => {
    if (terms.length === 0) return;
    const list = bySentence.get(sentence) ?? [];
    for (const term of terms) list.push({ term, from: at.start, to: at.end });
    bySentence.set(sentence, list);
  };
  for (const event of doc.events) {
    const at = event.trigger ?? event.span;
    // "The plan, which Zelenskyy unveiled on December 26, …": a text is often dated in passing.
    add(event.sentence, at, proposalAnchors(doc, event, persons));
    if (inBackground(doc, event)) continue;
    add(event.sentence, at, eventAnchors(event, placesOf(doc, event.sentence, persons)));
  }
  for (const quote of doc.quotes) {
    const anchor = quoteAnchor(quote) ?? quotePhrase(quote);
    if (anchor) add(quote.sentence, quote, [anchor]);
  }
  for (const stance of doc.stances) {
    add(stance.sentence, stance.evidenceSpan, [
      `${STANCE_PREFIX}${stance.actorId}|${stance.issue}|${stance.position}`,
    ]);
  }
  return bySentence;
}

/** The anchors of each sentence that has any. */
export function sentenceAnchors(
  doc: WorkingDoc,
  persons: ReadonlySet<string>,
): Map<number, string[]> {
  return new Map(
    [...placedAnchors(doc, persons)].map(([s, list]) => [
      s,
      [...new Set(list.map((a) => a.term))].sort(),
    ]),
  );
}

/**
 * A claim takes the anchors of its sentence; a claim that cites one clause of
 * a sentence telling two things takes only the anchors told in that clause.
 */
function withAnchors(
  claim: Claim,
  anchors: readonly PlacedAnchor[] | undefined,
  whole: boolean,
): Claim {
  // Denials find what they deny by its words (verify/cluster.ts); anchors are for statements.
  if (!anchors || claim.quantity !== null || claim.polarity === "deny") return claim;
  const own = whole
    ? anchors
    : anchors.filter((a) => a.from < claim.evidence.end && a.to > claim.evidence.start);
  if (own.length === 0) return claim;
  return { ...claim, terms: [...new Set([...claim.terms, ...own.map((a) => a.term)])].sort() };
}

export const anchorsComponent: Component = {
  name: "anchors",
  run(doc, ctx) {
    const persons = new Set(
      [...ctx.dossier.actors, ...doc.discoveredActors]
        .filter((a) => a.kind === "person")
        .map((a) => a.id),
    );
    const anchors = placedAnchors(doc, persons);
    if (anchors.size === 0) return;
    doc.claims = doc.claims.map((c) => {
      const sentence = doc.sentences[c.sentence];
      const whole =
        !sentence || (c.evidence.start <= sentence.start && c.evidence.end >= sentence.end);
      return withAnchors(c, anchors.get(c.sentence), whole);
    });
  },
};
