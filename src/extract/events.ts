/**
 * Events layer: the meetings, calls, attacks, statements and proposals a
 * sentence reports, with the actors it names and the date it gives. One event
 * per kind per sentence: a sentence that tells of a call before a meeting
 * yields both. Reads doc.sentences, doc.mentions and doc.times.
 */
import type { EventKind, NegotiationEvent, TimeExpression } from "../model/index.js";
import type { Component, WorkingDoc } from "./types.js";

/** Words that show each kind of event, in the order kinds are reported within a sentence. */
const TRIGGERS: Array<[EventKind, RegExp]> = [
  [
    "call",
    /\b(?:(?:tele)?phone (?:call|conversation)|call with|by (?:tele)?phone|on the (?:tele)?phone|(?:a|the|their|his|her) (?:[\w-]+ )?call\b(?!\s+(?:by|for|to)\b)|spoke (?:with|to) [^.,]{0,40}?by (?:tele)?phone)/i,
  ],
  [
    "meeting",
    /\b(?:met|meets?|meeting|hosted|hosts?|sat down with|sits down with|summit|talks (?:in|at|with)|gather(?:ed|s|ing)?|convene[ds]?|visit(?:ed|s)?)\b/i,
  ],
  // "received Zelenskyy" is a meeting; "received guarantees" is not.
  ["meeting", /\b(?:[Rr]eceived|[Rr]eceiving|[Rr]eceives) (?=[A-Z])/],
  [
    "attack",
    /\b(?:launched|fired|struck|strikes? on|attack(?:ed|ing|s)?\b(?! on (?:the )?(?:talks|process))|barrage|bombardment|shelling|pounded|pounds|targeted|shot down)/i,
  ],
  [
    "proposal",
    /\b(?:presented|proposed|proposes?|unveiled|unveils|set out|sets out|put forward|floated|offered|offers|submitted|tabled)\b(?!\s+no\b)/i,
  ],
  [
    "statement",
    /\b(?:announced|announces|declared|issued a statement|said in a statement|in a video address|wrote on social media|posted on)\b/i,
  ],
];

/**
 * Words before a trigger that make its event one still ahead of the sentence's own:
 * "hours before Zelenskyy was due to leave for talks", "ahead of a meeting".
 */
const PLANNED_BEFORE =
  /\b(?:ahead of|due to|was to|were to|is to|are to|plans? to|planned to|set to|expected to|scheduled to|leave for|leaves for|left for|heading for|bound for|in preparation for|in the run-up to)\b[^.;]{0,40}$/i;

export const eventsComponent: Component = {
  name: "events",
  run(doc) {
    doc.events = findEvents(doc);
  },
};

/** The events of a working document whose sentences, mentions and times are filled. */
export function findEvents(doc: WorkingDoc): NegotiationEvent[] {
  const events: NegotiationEvent[] = [];
  const text = doc.report.text;
  for (const s of doc.sentences) {
    const sentenceText = text.slice(s.start, s.end);
    const found = firstTriggerPerKind(sentenceText);
    if (found.length === 0) continue;
    const participants = [
      ...new Set(doc.mentions.filter((m) => m.sentence === s.index).map((m) => m.actorId)),
    ];
    const times = doc.times.filter((t) => t.sentence === s.index);
    const span = trimmedSpan(text, s.start, s.end);
    for (const { kind, m } of found) {
      const when = nearestTime(times, s.start + m.index);
      events.push({
        id: `${doc.report.id}:e${events.length + 1}`,
        reportId: doc.report.id,
        kind,
        participants,
        date: when?.value ?? null,
        granularity: when?.granularity ?? null,
        text: text.slice(span.start, span.end),
        span,
        sentence: s.index,
        trigger: { start: s.start + m.index, end: s.start + m.index + m[0].trimEnd().length },
      });
    }
  }
  return events;
}

/** Each kind of event the sentence shows, at its earliest trigger, in text order. */
function firstTriggerPerKind(sentenceText: string): Array<{ kind: EventKind; m: RegExpExecArray }> {
  const byKind = new Map<EventKind, RegExpExecArray>();
  for (const [kind, re] of TRIGGERS) {
    const m = re.exec(sentenceText);
    if (m && PLANNED_BEFORE.test(sentenceText.slice(Math.max(0, m.index - 60), m.index))) continue;
    const seen = byKind.get(kind);
    if (m && (!seen || m.index < seen.index)) byKind.set(kind, m);
  }
  return [...byKind].map(([kind, m]) => ({ kind, m })).sort((a, b) => a.m.index - b.m.index);
}

/** The time expression closest to an offset (the trigger word). */
export function nearestTime(times: TimeExpression[], at: number): TimeExpression | null {
  let best: TimeExpression | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const t of times) {
    const distance = t.start >= at ? t.start - at : at - t.end;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = t;
    }
  }
  return best;
}

function trimmedSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}
