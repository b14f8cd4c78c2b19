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
import { ROLE_NOUNS } from "./role-mentions.js";
import { indexAt, paragraphStarts } from "./sentences.js";
import { type Cue, isSpeechVerb, type MentionIndex, tokenAt } from "./speech-verbs.js";
import type { WorkingDoc } from "./types.js";

function contentSpan(doc: WorkingDoc, region: QuotedRegion) {
  const start = region.open + 1;
  const raw = text(doc, start, region.close);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw
    .trim()
    .replace(/[,.;:?!]+$/u, "")
    .trimEnd();
  return { start: start + lead, end: start + lead + trimmed.length };
}

/**
 * Whether a cue after a closing mark is its tag: nothing but punctuation and the
 * speaker's title words stand between them ("…,” the Greek minister, Demir, said).
 * In "a “fishing zone”, an idea Demir has said …" or "“angry” when Demir told him"
 * the words between start another phrase, and the quote is not Demir's.
 */
function isTag(ix: MentionIndex, closeTok: number, cue: Cue): boolean {
  const { tokens } = ix.doc;
  const speakerStart = cue.speaker ? tokenAt(ix, cue.speaker.start) : -1;
  const end = cue.inverted
    ? cue.first
    : speakerStart > closeTok
      ? speakerStart
      : cue.subjectFirst > closeTok
        ? cue.subjectFirst
        : cue.first;
  for (let k = closeTok + 1; k < end; k++) {
    const t = tokens[k]!;
    const title =
      /^\p{Lu}/u.test(t.text) ||
      ["DET", "ADJ", "NUM", "PUNCT", "NOUN"].includes(t.pos) ||
      /^['’]s?$/.test(t.text) ||
      t.normal === "of" ||
      // "…,” a spokeswoman for the Front said": the body a spokesman speaks for.
      (t.normal === "for" && /^spokes/.test(tokens[k - 1]?.normal ?? ""));
    if (!title) return false;
  }
  // "an idea Demir has said": a noun right before the name heads a phrase of its
  // own, unless it is a title ("press secretary Leavitt").
  const head = tokens[end - 1];
  return !(
    speakerStart === end &&
    head?.pos === "NOUN" &&
    !/^\p{Lu}/u.test(head.text) &&
    !ROLE_NOUNS.has(head.normal)
  );
}

/** The cue that attributes a quote: right after it, else the last free one before it. */
function attributingCue(
  ix: MentionIndex,
  region: QuotedRegion,
  ranges: SentenceRange[],
): Cue | null {
  const closeTok = tokenAt(ix, region.close);
  const openTok = tokenAt(ix, region.open);
  const closeSentence = ix.doc.tokens[Math.min(closeTok, ix.doc.tokens.length - 1)]!.sentence;
  const closeRange = ranges[closeSentence];
  // "“Why now?” Markou asked.": a question or exclamation mark can split the tag
  // off into a sentence of its own, which then holds nothing but the cue.
  const tag = ranges[closeSentence + 1];
  const tagOnly =
    tag &&
    closeRange?.last === closeTok &&
    tag.cues.length === 1 &&
    tag.cues[0]!.last >= tag.last - 1
      ? tag.cues
      : [];
  const after = [...(closeRange?.cues ?? []), ...tagOnly].find(
    (c) =>
      c.first > closeTok &&
      // Near the quote: the verb, or the speaker it has ("…,” Ivo Tesk, the group's
      // spokesman, told …" puts the verb after a long title).
      (c.subjectFirst > closeTok ? c.subjectFirst : c.first) - closeTok <= 8 &&
      !ix.quoted.slice(closeTok + 1, c.first).some(Boolean) &&
      isTag(ix, closeTok, c),
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

/**
 * "“…,” said Rana Haddad, a nurse" or "“…,” a mother said": a tag right after the
 * quote names its speaker, even one the dossier does not know; such a quote is
 * not carried over from the speaker before.
 */
function taggedAfter(ix: MentionIndex, region: QuotedRegion): boolean {
  const { tokens } = ix.doc;
  const closeTok = tokenAt(ix, region.close);
  const sentence = tokens[closeTok]?.sentence;
  for (let k = closeTok + 1; k < Math.min(tokens.length, closeTok + 6); k++) {
    const t = tokens[k]!;
    if (t.sentence !== sentence && t.pos !== "PUNCT") return false;
    if (isSpeechVerb(t.normal) && ["VERB", "AUX"].includes(t.pos)) return true;
    if (!["PUNCT", "DET", "ADJ", "NOUN", "PROPN"].includes(t.pos)) return false;
  }
  return false;
}

/** The paragraph index of an offset, for a text. */
function paragraphIndex(text: string): (offset: number) => number {
  const starts = paragraphStarts(text);
  return (offset) => indexAt(starts, offset);
}

/**
 * A quote that makes up the start of a paragraph with no speech cue at all carries
 * on the conversation: it is the last speaker's of the paragraph before
 * ("Peskov said …" ¶ "“There is no other way.”").
 */
function lastSpeakerOfParagraphBefore(
  ix: MentionIndex,
  region: QuotedRegion,
  ranges: SentenceRange[],
  found: readonly Quote[],
  paragraphOf: (offset: number) => number,
): Quote | null {
  const { text: all } = ix.doc.report;
  const paragraphStart = all.lastIndexOf("\n", region.open) + 1;
  if (all.slice(paragraphStart, region.open).trim() !== "") return null;
  const sentences = new Set(
    ix.doc.tokens.filter((t) => paragraphOf(t.start) === region.paragraph).map((t) => t.sentence),
  );
  if ([...sentences].some((s) => (ranges[s]?.cues.length ?? 0) > 0)) return null;
  const before = found
    .filter(
      (q) => q.speakerId && q.start < region.open && paragraphOf(q.start) === region.paragraph - 1,
    )
    .sort((a, b) => a.start - b.start);
  return before[before.length - 1] ?? null;
}

export function directQuotes(
  doc: WorkingDoc,
  ix: MentionIndex,
  regions: QuotedRegion[],
  ranges: SentenceRange[],
  indirect: readonly Quote[] = [],
): Quote[] {
  const out: Quote[] = [];
  const paragraphOf = paragraphIndex(doc.report.text);
  let previous: Quote | null = null;
  let previousParagraph = -1;
  for (const region of regions) {
    const span = contentSpan(doc, region);
    if (span.end <= span.start) continue;
    const content = text(doc, span.start, span.end);
    const sentence = doc.tokens[tokenAt(ix, span.start)]?.sentence ?? 0;
    const cue = attributingCue(ix, region, ranges);
    const carried = taggedAfter(ix, region)
      ? null
      : previous &&
          (region.continuation ||
            (previousParagraph === region.paragraph && standsAlone(doc, region, ranges, ix)))
        ? previous
        : cue
          ? null
          : lastSpeakerOfParagraphBefore(ix, region, ranges, [...out, ...indirect], paragraphOf);
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
