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

function quoteAnchor(quote: Quote): string | null {
  if (quote.kind !== "direct" || !quote.speakerId) return null;
  const words = quote.content
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
  if (words.length < MIN_QUOTE_WORDS) return null;
  return `${ANCHOR_PREFIX}quote:${quote.speakerId}:${words.join(" ")}`;
}

/** The anchors of each sentence that has any. */
export function sentenceAnchors(
  doc: WorkingDoc,
  persons: ReadonlySet<string>,
): Map<number, string[]> {
  const bySentence = new Map<number, Set<string>>();
  const add = (sentence: number, anchors: readonly string[]) => {
    if (anchors.length === 0) return;
    const set = bySentence.get(sentence) ?? new Set<string>();
    for (const a of anchors) set.add(a);
    bySentence.set(sentence, set);
  };
  for (const event of doc.events) {
    // "The plan, which Zelenskyy unveiled on December 26, …": a text is often dated in passing.
    add(event.sentence, proposalAnchors(doc, event, persons));
    if (inBackground(doc, event)) continue;
    add(event.sentence, eventAnchors(event, placesOf(doc, event.sentence, persons)));
  }
  for (const quote of doc.quotes) {
    const anchor = quoteAnchor(quote);
    if (anchor) add(quote.sentence, [anchor]);
  }
  for (const stance of doc.stances) {
    add(stance.sentence, [`${STANCE_PREFIX}${stance.actorId}|${stance.issue}|${stance.position}`]);
  }
  return new Map([...bySentence].map(([s, set]) => [s, [...set].sort()]));
}

function withAnchors(claim: Claim, anchors: readonly string[] | undefined): Claim {
  // Denials find what they deny by its words (verify/cluster.ts); anchors are for statements.
  if (!anchors || claim.quantity !== null || claim.polarity === "deny") return claim;
  return { ...claim, terms: [...new Set([...claim.terms, ...anchors])].sort() };
}

export const anchorsComponent: Component = {
  name: "anchors",
  run(doc, ctx) {
    const persons = new Set(
      [...ctx.dossier.actors, ...doc.discoveredActors]
        .filter((a) => a.kind === "person")
        .map((a) => a.id),
    );
    const anchors = sentenceAnchors(doc, persons);
    if (anchors.size === 0) return;
    doc.claims = doc.claims.map((c) => withAnchors(c, anchors.get(c.sentence)));
  },
};
