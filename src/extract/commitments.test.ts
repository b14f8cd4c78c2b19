import { describe, expect, it } from "vitest";
import type { Mention, Quote, Sentence } from "../model/index.js";
import { findCommitments } from "./commitments.js";
import { findTimes } from "./times.js";
import type { WorkingDoc } from "./types.js";

const ACTORS: Record<string, string> = {
  Macron: "emmanuel-macron",
  Trump: "donald-trump",
  Zelenskyy: "volodymyr-zelenskyy",
  Putin: "vladimir-putin",
  Peskov: "dmitry-peskov",
};
const PUBLISHED = "2025-12-30T10:00:00Z";

/** A working doc with sentences, mentions and times filled by simple means, for the tests alone. */
function docOf(text: string, quotes: Quote[] = []): WorkingDoc {
  const sentences: Sentence[] = Array.from(
    text.matchAll(/[^.!?]+(?:[.!?]+[”"]?|$)/g),
    (m, index) => ({
      index,
      start: m.index,
      end: m.index + m[0].length,
      paragraph: 0,
    }),
  );
  const sentenceAt = (at: number) => sentences.findLast((s) => s.start <= at)?.index ?? 0;
  const mentions: Mention[] = Object.entries(ACTORS).flatMap(([name, actorId]) =>
    Array.from(text.matchAll(new RegExp(`\\b${name}\\b`, "g")), (m) => ({
      actorId,
      text: name,
      start: m.index,
      end: m.index + name.length,
      sentence: sentenceAt(m.index),
      via: "name" as const,
    })),
  );
  return {
    report: {
      id: "r1",
      sourceId: "test",
      url: null,
      title: "t",
      byline: null,
      published: PUBLISHED,
      text,
      language: "en",
      contentHash: "h",
      origin: "test",
    },
    sentences,
    tokens: [],
    mentions: mentions.sort((a, b) => a.start - b.start),
    quotes,
    quantities: [],
    times: findTimes(text, sentences, PUBLISHED),
    claims: [],
    stances: [],
    events: [],
    commitments: [],
    discoveredActors: [],
  };
}

describe("commitments", () => {
  it("takes a planned meeting with its due date and the clause after the reporting verb", () => {
    const [c] = findCommitments(docOf("Macron said allies will meet in Paris in early January."));
    expect(c).toMatchObject({
      id: "r1:c1",
      actorId: "emmanuel-macron",
      what: "allies will meet in Paris in early January",
      status: "pending",
      sentence: 0,
    });
    expect(c!.due).toMatchObject({ value: "2026-01", granularity: "month-part", future: true });
  });

  it("binds the speaker of a quote holding the promise and keeps an unanchored time in what", () => {
    const text = "Putin and Trump would speak again “very soon,” Peskov said.";
    const quote: Quote = {
      kind: "indirect",
      start: 0,
      end: text.indexOf(","),
      speakerId: "dmitry-peskov",
      speakerText: "Peskov",
      cue: "said",
      content: text.slice(0, text.indexOf(",")),
      sentence: 0,
    };
    const [c] = findCommitments(docOf(text, [quote]));
    expect(c).toMatchObject({
      actorId: "dmitry-peskov",
      what: "Putin and Trump would speak again “very soon,”",
      due: null,
    });
  });

  it("reads intent forms: plans, pledges, expectations", () => {
    const text =
      "Zelenskyy plans to present the text next week. Trump is expected to call Putin. " +
      "Macron pledged to send trainers.";
    expect(
      findCommitments(docOf(text)).map((c) => [c.id, c.actorId, c.due?.granularity ?? null]),
    ).toEqual([
      ["r1:c1", "volodymyr-zelenskyy", "week"],
      ["r1:c2", "donald-trump", null],
      ["r1:c3", "emmanuel-macron", null],
    ]);
  });

  it("reads 'plans to' as intent, and 'a plan to' as the name of a thing", () => {
    const intent = "Zelenskyy plans to present the text next week.";
    expect(findCommitments(docOf(intent))).toHaveLength(1);
    for (const thing of [
      "Zelenskyy laid out a 12-point plan to end the siege on Monday.",
      "Zelenskyy defended his peace plan to reporters.",
      "The plan to hold a vote was shelved.",
    ]) {
      expect(findCommitments(docOf(thing))).toEqual([]);
    }
  });

  it("leaves out statements of fact, past events and questions", () => {
    const text =
      "Zelenskyy has asked for guarantees of 30 to 50 years. Trump met Zelenskyy on Sunday. Will Putin come?";
    expect(findCommitments(docOf(text))).toEqual([]);
  });
});
