/**
 * Direct and indirect quotes with their speakers: the quotes component.
 *
 * Quotation marks are paired in quote-marks.ts, speech cues and their speakers
 * found in speech-verbs.ts, direct quotes attributed in direct-quotes.ts and
 * the clauses of indirect quotes cut in reported-clauses.ts. Only cues whose
 * speaker is a known actor give indirect quotes.
 */
import type { Actor, Quote } from "../model/index.js";
import { directQuotes } from "./direct-quotes.js";
import { markOffsets, type QuotedRegion, quotedRegions } from "./quote-marks.js";
import {
  clauseAfter,
  markEmbedded,
  reportedClause,
  type SentenceRange,
  text,
} from "./reported-clauses.js";
import { type Cue, findCues, type MentionIndex } from "./speech-verbs.js";
import { stateVoices } from "./state-voices.js";
import type { Component, WorkingDoc } from "./types.js";

export { insideQuote, type QuotedRegion, quotedRegions } from "./quote-marks.js";

function indexDoc(
  doc: WorkingDoc,
  regions: QuotedRegion[],
  actors: readonly Actor[],
  dossierActors: readonly Actor[],
): MentionIndex {
  const byStart = new Map(doc.mentions.map((m) => [m.start, m]));
  const byEnd = new Map(doc.mentions.map((m) => [m.end, m]));
  // A state's bodies and seats speak for it ("Ukraine's air force said"); a longer
  // phrase wins over the name inside it.
  for (const m of stateVoices(doc, actors, dossierActors)) {
    if ((byStart.get(m.start)?.end ?? -1) < m.end) byStart.set(m.start, m);
    if (!byEnd.has(m.end)) byEnd.set(m.end, m);
  }
  // Regions and tokens are both in text order, so one sweep marks the quoted tokens.
  const quoted: boolean[] = [];
  let r = 0;
  for (const t of doc.tokens) {
    while (r < regions.length && regions[r]!.close <= t.start) r++;
    const region = regions[r];
    quoted.push(!!region && t.start > region.open && t.start < region.close);
  }
  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  return { doc, byStart, byEnd, quoted, kinds, ...markOffsets(regions) };
}

function sentenceRanges(doc: WorkingDoc, ix: MentionIndex): SentenceRange[] {
  const ranges: SentenceRange[] = doc.sentences.map((s) => ({
    index: s.index,
    first: 0,
    last: -1,
    cues: [],
  }));
  doc.tokens.forEach((t, i) => {
    const r = ranges[t.sentence];
    if (!r) return;
    if (r.last < r.first) r.first = i;
    r.last = i;
  });
  for (const r of ranges)
    if (r.last >= r.first) r.cues = markEmbedded(ix, findCues(ix, r.first, r.last), r.last);
  return ranges;
}

const hasCloseInside = (ix: MentionIndex, start: number, end: number) =>
  [...ix.closes].some((c) => c > start && c < end - 1);

/**
 * "It said it had agreed and urged Norland to …", "Demir said the plan failed,
 * calling it a trap": a verb that shares its subject with the cue whose clause
 * holds it goes on with that speaker's report, and is no report of its own.
 */
function continuesReport(cue: Cue, holder: Cue | undefined): boolean {
  return (
    cue.embedded &&
    !!cue.shared &&
    !!holder?.speaker &&
    cue.speaker?.actorId === holder.speaker.actorId
  );
}

function indirectQuotes(doc: WorkingDoc, ix: MentionIndex, ranges: SentenceRange[]): Quote[] {
  const out: Quote[] = [];
  for (const r of ranges) {
    let holder: Cue | undefined;
    for (const cue of r.cues) {
      if (!cue.embedded) holder = cue;
      if (!cue.speaker || continuesReport(cue, holder)) continue;
      // A cue inside another's clause ("Yilmaz said Demir had told Santos that …")
      // credits its own speaker too, with the clause after its own verb.
      const span = cue.embedded
        ? cue.inverted || cue.kind === "according"
          ? null
          : clauseAfter(ix, cue, r.last)
        : reportedClause(ix, cue, r.first, r.last);
      if (!span) continue;
      const content = text(doc, span.start, span.end);
      // A clause that is one whole direct quote is that quote, not an indirect one.
      if (ix.opens.has(span.start) && !hasCloseInside(ix, span.start, span.end)) continue;
      for (const speaker of [cue.speaker, ...cue.others]) {
        out.push({
          kind: "indirect",
          ...span,
          content,
          speakerId: speaker.actorId,
          speakerText: speaker === cue.speaker ? cue.speakerText : speaker.text,
          cue: cue.text,
          sentence: r.index,
        });
      }
    }
  }
  return preferPeople(distinct(out), ix);
}

/** "Varn told the UN that …, Varn officials said": one speaker reporting one span is one quote. */
function distinct(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const key = `${q.speakerId} ${q.start} ${q.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "Athens says the ministers will meet, spokesman Yilmaz told reporters": when a
 * person and an institution report the very same clause, the person is the voice
 * the report names and the institution only frames it.
 */
function preferPeople(quotes: Quote[], ix: MentionIndex): Quote[] {
  const isPerson = (q: Quote) => ix.kinds.get(q.speakerId ?? "") === "person";
  return quotes.filter(
    (q) =>
      isPerson(q) ||
      !quotes.some((o) => o !== q && isPerson(o) && o.start === q.start && o.end === q.end),
  );
}

/** Direct and indirect quotes of a document whose sentences, tokens and mentions are filled. */
export function findQuotes(doc: WorkingDoc, actors: readonly Actor[] = []): Quote[] {
  const regions = quotedRegions(doc.report.text);
  const ix = indexDoc(doc, regions, [...actors, ...(doc.discoveredActors ?? [])], actors);
  const ranges = sentenceRanges(doc, ix);
  const indirect = indirectQuotes(doc, ix, ranges);
  return [...directQuotes(doc, ix, regions, ranges, indirect), ...indirect].sort(
    (a, b) => a.start - b.start,
  );
}

export const quotesComponent: Component = {
  name: "quotes",
  run(doc, ctx) {
    doc.quotes = findQuotes(doc, ctx.dossier.actors);
  },
};
