import { describe, expect, it } from "vitest";
import type { Mention, Sentence } from "../model/index.js";
import { findEvents } from "./events.js";
import { findTimes } from "./times.js";
import type { WorkingDoc } from "./types.js";

const ACTORS: Record<string, string> = {
  Trump: "donald-trump",
  Zelenskyy: "volodymyr-zelenskyy",
  Putin: "vladimir-putin",
  Russia: "russia",
};

/** A working doc with sentences, mentions and times filled by simple means, for the tests alone. */
function docOf(text: string, published: string): WorkingDoc {
  const sentences: Sentence[] = Array.from(text.matchAll(/[^.!?]+(?:[.!?]+|$)/g), (m, index) => ({
    index,
    start: m.index,
    end: m.index + m[0].length,
    paragraph: 0,
  }));
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
      published,
      text,
      language: "en",
      contentHash: "h",
      origin: "test",
    },
    sentences,
    tokens: [],
    mentions: mentions.sort((a, b) => a.start - b.start),
    quotes: [],
    quantities: [],
    times: findTimes(text, sentences, published),
    claims: [],
    stances: [],
    events: [],
    commitments: [],
    discoveredActors: [],
  };
}

describe("events", () => {
  it("finds a dated meeting with the actors named in its sentence", () => {
    const events = findEvents(
      docOf("Trump hosted Zelenskyy at Mar-a-Lago on Sunday.", "2025-12-29T10:00:00Z"),
    );
    expect(events).toEqual([
      expect.objectContaining({
        id: "r1:e1",
        kind: "meeting",
        participants: ["donald-trump", "volodymyr-zelenskyy"],
        date: "2025-12-28",
        granularity: "day",
        sentence: 0,
      }),
    ]);
  });

  it("finds both a call and a meeting told in one sentence", () => {
    const doc = docOf(
      "Before receiving Zelenskyy, Trump spoke by phone with Putin for about 75 minutes.",
      "2025-12-29T10:00:00Z",
    );
    expect(findEvents(doc).map((e) => [e.kind, e.date])).toEqual([
      ["meeting", null],
      ["call", null],
    ]);
    const text = doc.report.text;
    expect(findEvents(doc).map((e) => text.slice(e.trigger!.start, e.trigger!.end))).toEqual([
      "receiving",
      "by phone",
    ]);
  });

  it("finds attacks and proposals", () => {
    const doc = docOf(
      "Russia launched about 500 drones at Kyiv on Saturday. Zelenskyy presented the 20-point plan on Friday.",
      "2025-12-29T10:00:00Z",
    );
    expect(findEvents(doc).map((e) => [e.id, e.kind, e.date, e.participants])).toEqual([
      ["r1:e1", "attack", "2025-12-27", ["russia"]],
      ["r1:e2", "proposal", "2025-12-26", ["volodymyr-zelenskyy"]],
    ]);
  });

  it("takes no event from a clause that looks ahead of the sentence's own", () => {
    const doc = docOf(
      "Russia launched about 500 drones at Kyiv on Saturday, hours before Zelenskyy was due to leave for talks with Trump. Russia fired missiles at Odesa on Friday, ahead of a summit in Paris.",
      "2025-12-29T10:00:00Z",
    );
    expect(findEvents(doc).map((e) => e.kind)).toEqual(["attack", "attack"]);
  });

  it("ignores sentences that report no event", () => {
    const doc = docOf(
      "Zelenskyy received security guarantees in the text. The Kremlin offered no comment.",
      "2025-12-29T10:00:00Z",
    );
    expect(findEvents(doc)).toEqual([]);
  });

  it("spans the sentence the event is told in", () => {
    const text = "Talks went on. Putin and Trump held a call on Monday.";
    const [e] = findEvents(docOf(text, "2025-12-30T10:00:00Z"));
    expect(e).toMatchObject({
      kind: "call",
      date: "2025-12-29",
      text: "Putin and Trump held a call on Monday.",
    });
    expect(text.slice(e!.span.start, e!.span.end)).toBe(e!.text);
  });
});
