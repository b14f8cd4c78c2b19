/**
 * Builders of hand-made extracted reports for this folder's tests. A test
 * writes its report text and names the phrases that carry each layer; the
 * builder finds their offsets and sentences, so a test states only what it is about.
 */
import type {
  Commitment,
  ExtractedReport,
  Granularity,
  Mention,
  NegotiationEvent,
  Position,
  Sentence,
  Stance,
  TimeExpression,
} from "../model/index.js";

export interface Layers {
  /** [actorId, phrase]: each occurrence of the phrase is a mention. */
  mentions?: [string, string][];
  /** [phrase, value, granularity, future] */
  times?: [string, string, Granularity, boolean][];
  /** [actorId | null, clause, time phrase | null] */
  commitments?: [string | null, string, string | null][];
  /** [kind, phrase inside the sentence, participants, date, granularity] */
  events?: [NegotiationEvent["kind"], string, string[], string | null, Granularity | null][];
  /** [actorId, issue, position, phrase] */
  stances?: [string, string, Position, string][];
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]+["”]?/g;
  for (const m of text.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    out.push({
      index: out.length,
      start: m.index + lead,
      end: m.index + m[0].length,
      paragraph: 0,
    });
  }
  return out;
}

function at(text: string, phrase: string): number {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`test record: '${phrase}' is not in the text`);
  return i;
}

export function extracted(
  id: string,
  published: string,
  text: string,
  layers: Layers = {},
  sourceId = `src-${id}`,
): ExtractedReport {
  const sentences = sentencesOf(text);
  const sentenceAt = (offset: number) =>
    sentences.find((s) => s.start <= offset && offset < s.end)!.index;
  const mentions: Mention[] = (layers.mentions ?? []).flatMap(([actorId, phrase]) =>
    [...text.matchAll(new RegExp(phrase, "g"))].map((m) => ({
      actorId,
      text: phrase,
      start: m.index,
      end: m.index + phrase.length,
      sentence: sentenceAt(m.index),
      via: "name" as const,
    })),
  );
  const times: TimeExpression[] = (layers.times ?? []).map(
    ([phrase, value, granularity, future]) => {
      const start = at(text, phrase);
      return {
        text: phrase,
        value,
        granularity,
        future,
        start,
        end: start + phrase.length,
        sentence: sentenceAt(start),
      };
    },
  );
  const commitments: Commitment[] = (layers.commitments ?? []).map(
    ([actorId, what, timePhrase], i) => {
      const start = at(text, what);
      return {
        id: `${id}:c${i + 1}`,
        reportId: id,
        actorId,
        what,
        due: timePhrase ? (times.find((t) => t.text === timePhrase) ?? null) : null,
        status: "pending",
        sentence: sentenceAt(start),
        span: { start, end: start + what.length },
      };
    },
  );
  const events: NegotiationEvent[] = (layers.events ?? []).map(
    ([kind, phrase, participants, date, granularity], i) => {
      const s = sentences[sentenceAt(at(text, phrase))]!;
      return {
        id: `${id}:e${i + 1}`,
        reportId: id,
        kind,
        participants,
        date,
        granularity,
        text: text.slice(s.start, s.end),
        span: { start: s.start, end: s.end },
        sentence: s.index,
      };
    },
  );
  const stances: Stance[] = (layers.stances ?? []).map(([actorId, issue, position, phrase]) => {
    const start = at(text, phrase);
    return {
      actorId,
      issue,
      position,
      reportId: id,
      sentence: sentenceAt(start),
      evidence: phrase,
      evidenceSpan: { start, end: start + phrase.length },
      asOf: published,
    };
  });
  return {
    report: {
      id,
      sourceId,
      url: null,
      title: `Title of ${id}`,
      byline: null,
      published,
      text,
      language: "en",
      contentHash: `hash-${id}`,
      origin: `test:${id}`,
    },
    sentences,
    mentions,
    quotes: [],
    quantities: [],
    times,
    claims: [],
    stances,
    events,
    commitments,
    discoveredActors: [],
  };
}
