/**
 * Direct and indirect quotes with their speakers: the quotes component.
 *
 * Quotation marks are paired in quote-marks.ts, speech cues and their speakers
 * found in speech-verbs.ts, direct quotes attributed in direct-quotes.ts and
 * the clauses of indirect quotes cut in reported-clauses.ts. Only cues whose
 * speaker is a known actor give indirect quotes.
 */
import type { Quote } from "../model/index.js";
import { directQuotes } from "./direct-quotes.js";
import { markOffsets, type QuotedRegion, quotedRegions } from "./quote-marks.js";
import { markEmbedded, reportedClause, type SentenceRange, text } from "./reported-clauses.js";
import { findCues, type MentionIndex } from "./speech-verbs.js";
import type { Component, WorkingDoc } from "./types.js";

export { insideQuote, type QuotedRegion, quotedRegions } from "./quote-marks.js";

function indexDoc(doc: WorkingDoc, regions: QuotedRegion[]): MentionIndex {
  const byStart = new Map(doc.mentions.map((m) => [m.start, m]));
  const byEnd = new Map(doc.mentions.map((m) => [m.end, m]));
  // Regions and tokens are both in text order, so one sweep marks the quoted tokens.
  const quoted: boolean[] = [];
  let r = 0;
  for (const t of doc.tokens) {
    while (r < regions.length && regions[r]!.close <= t.start) r++;
    const region = regions[r];
    quoted.push(!!region && t.start > region.open && t.start < region.close);
  }
  return { doc, byStart, byEnd, quoted, ...markOffsets(regions) };
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

function indirectQuotes(doc: WorkingDoc, ix: MentionIndex, ranges: SentenceRange[]): Quote[] {
  const out: Quote[] = [];
  for (const r of ranges) {
    for (const cue of r.cues) {
      if (cue.embedded || !cue.speaker) continue;
      const span = reportedClause(ix, cue, r.first, r.last);
      if (!span) continue;
      const content = text(doc, span.start, span.end);
      // A clause that is one whole direct quote is that quote, not an indirect one.
      if (ix.opens.has(span.start) && !hasCloseInside(ix, span.start, span.end)) continue;
      out.push({
        kind: "indirect",
        ...span,
        content,
        speakerId: cue.speaker.actorId,
        speakerText: cue.speakerText,
        cue: cue.text,
        sentence: r.index,
      });
    }
  }
  return out;
}

export function findQuotes(doc: WorkingDoc): Quote[] {
  const regions = quotedRegions(doc.report.text);
  const ix = indexDoc(doc, regions);
  const ranges = sentenceRanges(doc, ix);
  return [...directQuotes(doc, ix, regions, ranges), ...indirectQuotes(doc, ix, ranges)].sort(
    (a, b) => a.start - b.start,
  );
}

export const quotesComponent: Component = {
  name: "quotes",
  run(doc) {
    doc.quotes = findQuotes(doc);
  },
};
