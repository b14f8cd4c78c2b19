/**
 * Direct quotes: the words between paired quotation marks. The speaker is the
 * cue right after the closing mark ("…,” Trump said), else the last free cue
 * before the opening mark in the sentence ("He called it “…”"), else, for a
 * quote standing alone, the speaker of the previous quote in the paragraph or
 * of the quote that a continuation paragraph carries on. A quoted phrase
 * inside a sentence with no cue is a scare quote and is skipped; so is a short
 * quote (three words or fewer) that no actor speaks.
 */
import type { Quote } from "../model/index.js";
import type { QuotedRegion } from "./quote-marks.js";
import { type SentenceRange, text, words } from "./reported-clauses.js";
import { type Cue, type MentionIndex, tokenAt } from "./speech-verbs.js";
import type { WorkingDoc } from "./types.js";

function contentSpan(doc: WorkingDoc, region: QuotedRegion) {
  const start = region.open + 1;
  const raw = text(doc, start, region.close);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw
    .trim()
    .replace(/[,.;:]+$/u, "")
    .trimEnd();
  return { start: start + lead, end: start + lead + trimmed.length };
}

/** The cue that attributes a quote: right after it, else the last free one before it. */
function attributingCue(
  ix: MentionIndex,
  region: QuotedRegion,
  ranges: SentenceRange[],
): Cue | null {
  const closeTok = tokenAt(ix, region.close);
  const openTok = tokenAt(ix, region.open);
  const closeRange = ranges[ix.doc.tokens[Math.min(closeTok, ix.doc.tokens.length - 1)]!.sentence];
  const after = closeRange?.cues.find(
    (c) =>
      c.first > closeTok &&
      c.first - closeTok <= 8 &&
      !ix.quoted.slice(closeTok + 1, c.first).some(Boolean),
  );
  if (after && region.closed) return after;
  const openRange = ranges[ix.doc.tokens[openTok]!.sentence];
  const before = openRange?.cues.filter(
    (c) => c.last < openTok && !c.embedded && c.kind !== "according",
  );
  return before?.[before.length - 1] ?? null;
}

function standsAlone(
  doc: WorkingDoc,
  region: QuotedRegion,
  ranges: SentenceRange[],
  ix: MentionIndex,
): boolean {
  const openTok = tokenAt(ix, region.open);
  const r = ranges[doc.tokens[openTok]!.sentence];
  return !!r && r.first === openTok;
}

export function directQuotes(
  doc: WorkingDoc,
  ix: MentionIndex,
  regions: QuotedRegion[],
  ranges: SentenceRange[],
): Quote[] {
  const out: Quote[] = [];
  let previous: Quote | null = null;
  let previousParagraph = -1;
  for (const region of regions) {
    const span = contentSpan(doc, region);
    if (span.end <= span.start) continue;
    const content = text(doc, span.start, span.end);
    const sentence = doc.tokens[tokenAt(ix, span.start)]?.sentence ?? 0;
    const cue = attributingCue(ix, region, ranges);
    const carried =
      previous &&
      (region.continuation ||
        (previousParagraph === region.paragraph && standsAlone(doc, region, ranges, ix)))
        ? previous
        : null;
    const quote: Quote = cue
      ? {
          kind: "direct",
          ...span,
          content,
          speakerId: cue.speaker?.actorId ?? null,
          speakerText: cue.speakerText,
          cue: cue.text,
          sentence,
        }
      : {
          kind: "direct",
          ...span,
          content,
          speakerId: carried?.speakerId ?? null,
          speakerText: carried?.speakerText ?? null,
          cue: carried?.cue ?? "",
          sentence,
        };
    const scare = !cue && !carried && !standsAlone(doc, region, ranges, ix);
    if (scare || (words(content) <= 3 && !quote.speakerId)) continue;
    out.push(quote);
    previous = quote;
    previousParagraph = region.paragraph;
  }
  return out;
}
