/**
 * Venue claims: for each sentence that tells of a meeting and names where it
 * is held among the dossier's places, a claim whose value is the place. The
 * meeting's other words stay in the sentence's own claim; this one lets
 * verification set the places reports give for one meeting side by side.
 * Reads doc.events and doc.claims; adds to doc.claims.
 */
import { type Claim, type TimeExpression, VENUE_PREDICATE, VENUE_TERMS } from "../model/index.js";
import { holderAt } from "./claims.js";
import { issueRoles } from "./issue-roles.js";
import type { Component } from "./types.js";
import { venueOf } from "./venues.js";

/** Claim predicates of a meeting or a visit, whose place a report may give. */
const MET = new Set(["meeting", "visit"]);

export const venueClaimsComponent: Component = {
  name: "venue-claims",
  run(doc, ctx) {
    const places = ctx.dossier.places ?? [];
    if (places.length === 0) return;
    const issue = issueRoles(ctx.dossier.issues).get("talks") ?? ctx.dossier.issues[0]?.id;
    if (!issue) return;
    const persons = new Set(
      [...ctx.dossier.actors, ...doc.discoveredActors]
        .filter((a) => a.kind === "person")
        .map((a) => a.id),
    );
    const text = doc.report.text;
    const added: Claim[] = [];
    // Indexed once by sentence rather than searched per sentence: the first
    // meeting claim and meeting event of each, and how many claims each has.
    const toldIn = new Map<number, Claim>();
    const claimsIn = new Map<number, number>();
    for (const c of doc.claims) {
      claimsIn.set(c.sentence, (claimsIn.get(c.sentence) ?? 0) + 1);
      if (MET.has(c.predicate) && !toldIn.has(c.sentence)) toldIn.set(c.sentence, c);
    }
    const eventIn = new Map<number, (typeof doc.events)[number]>();
    for (const e of doc.events) {
      if (e.kind === "meeting" && !eventIn.has(e.sentence)) eventIn.set(e.sentence, e);
    }
    for (const sentence of doc.sentences) {
      const told = toldIn.get(sentence.index);
      const event = eventIn.get(sentence.index);
      if (!told && !event) continue;
      const venue = venueOf(text, sentence.start, sentence.end, places);
      if (!venue) continue;
      const eventDay: TimeExpression | null =
        event?.date && event.granularity === "day"
          ? {
              text: event.text,
              value: event.date,
              granularity: "day",
              future: false,
              start: event.span.start,
              end: event.span.end,
              sentence: sentence.index,
            }
          : null;
      const time = told?.time && told.time.granularity === "day" ? told.time : eventDay;
      const participants = [
        ...new Set([
          ...(event?.participants ?? []),
          ...doc.mentions
            .filter((m) => m.sentence === sentence.index && persons.has(m.actorId))
            .map((m) => m.actorId),
        ]),
      ].sort();
      const n = claimsIn.get(sentence.index) ?? 0;
      claimsIn.set(sentence.index, n + 1);
      added.push({
        id: `${doc.report.id}:${sentence.index}:${n}`,
        reportId: doc.report.id,
        sentence: sentence.index,
        holderId: holderAt(doc, sentence.index, venue.start),
        subject: participants[0] ?? "",
        predicate: VENUE_PREDICATE,
        issue,
        object: venue.name,
        quantity: null,
        time,
        polarity: "affirm",
        slot: `${issue}:${VENUE_PREDICATE}`,
        terms: [
          ...participants.map((p) => `${VENUE_TERMS.with}${p}`),
          `${VENUE_TERMS.venue}${venue.id}`,
          ...venue.within.map((p) => `${VENUE_TERMS.within}${p}`),
          ...(time ? [time.value] : []),
        ].sort(),
        evidence: {
          start: sentence.start,
          end: sentence.end,
          text: text.slice(sentence.start, sentence.end),
        },
      });
    }
    if (added.length > 0) doc.claims = [...doc.claims, ...added];
  },
};
