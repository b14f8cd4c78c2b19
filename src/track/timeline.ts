/**
 * The timeline: dated events (meetings, calls, strikes, statements,
 * proposals) as the reports tell them, one entry per event however many
 * reports tell it, with participants, the figures told with it, the sources,
 * and the verdict of the claim cluster that holds its sentence.
 */
import type {
  ClusterWithClaims,
  ExtractedReport,
  NegotiationEvent,
  TimelineEntry,
  TrackingDigest,
  VerdictStatus,
} from "../model/index.js";
import { daysCovered } from "./due-window.js";

const DATED = new Set(["day", "week"]);
const WEIGHT: Record<VerdictStatus, number> = {
  conflicting: 3,
  disputed: 2,
  corroborated: 1,
  single_source: 0,
};

interface Told {
  reportId: string;
  sourceId: string;
  published: string;
  e: NegotiationEvent;
  figures: string[];
}

/** A sentence that looks ahead: "is due to sit down on Sunday", "will meet". */
const LOOKS_AHEAD = /\b(?:(?:is|are) (?:expected|due|scheduled|set) to|will|shall)\b/i;

/**
 * The report's events with a day or week that is not after it (what happened,
 * not what is planned), each with the figures its sentence gives: what the
 * report's digest keeps for the timeline.
 */
export function eventsOf(x: ExtractedReport): TrackingDigest["events"] {
  const published = x.report.published.slice(0, 10);
  const ahead = new Set(x.times.filter((t) => t.future).map((t) => t.sentence));
  const out: TrackingDigest["events"] = [];
  for (const e of x.events) {
    if (!e.date || !e.granularity || !DATED.has(e.granularity)) continue;
    if (e.granularity === "day" && e.date > published) continue;
    if (ahead.has(e.sentence) || LOOKS_AHEAD.test(e.text)) continue;
    const figures = x.quantities.filter((q) => q.sentence === e.sentence).map((q) => q.text);
    out.push({ event: e, figures });
  }
  return out;
}

function datedEvents(digests: TrackingDigest[]): Told[] {
  const out: Told[] = [];
  for (const d of digests)
    for (const { event, figures } of d.events)
      out.push({
        reportId: d.reportId,
        sourceId: d.sourceId,
        published: d.published,
        e: event,
        figures,
      });
  return out.sort(
    (a, b) =>
      a.published.localeCompare(b.published) ||
      a.reportId.localeCompare(b.reportId) ||
      a.e.sentence - b.e.sentence,
  );
}

/** The sentences the timeline's events come from: where their verdicts are looked up. */
export function timelineSentences(
  digests: TrackingDigest[],
): { reportId: string; sentence: number }[] {
  return datedEvents(digests).map(({ reportId, e }) => ({ reportId, sentence: e.sentence }));
}

function verdictOf(group: Told[], bySentence: Map<string, ClusterWithClaims[]>) {
  const clusters = group.flatMap(
    ({ reportId, e }) => bySentence.get(`${reportId}:${e.sentence}`) ?? [],
  );
  const best = clusters.sort(
    (a, b) =>
      WEIGHT[b.verdict.status] - WEIGHT[a.verdict.status] ||
      b.verdict.independentSources - a.verdict.independentSources ||
      a.id.localeCompare(b.id),
  )[0];
  if (!best) return null;
  const v = best.verdict;
  return {
    clusterId: best.id,
    status: v.status,
    independentSources: v.independentSources,
    reports: v.reports,
  };
}

export function buildTimeline(
  digests: TrackingDigest[],
  clusters: ClusterWithClaims[],
): TimelineEntry[] {
  const bySentence = new Map<string, ClusterWithClaims[]>();
  for (const c of clusters)
    for (const claim of c.claims) {
      const key = `${claim.reportId}:${claim.sentence}`;
      bySentence.set(key, [...(bySentence.get(key) ?? []), c]);
    }
  const groups: Told[][] = [];
  // One event: same kind, same date, and a participant in common. Groups are found
  // through keys of those three; an event joins the first group that shares one.
  const firstGroupOf = new Map<string, number>();
  const keysOf = ({ e }: Told) => e.participants.map((p) => `${e.kind}\u0000${e.date}\u0000${p}`);
  for (const told of datedEvents(digests)) {
    const keys = keysOf(told);
    let home: number | undefined;
    for (const key of keys) {
      const first = firstGroupOf.get(key);
      if (first !== undefined && (home === undefined || first < home)) home = first;
    }
    if (home === undefined) {
      home = groups.length;
      groups.push([told]);
    } else groups[home]!.push(told);
    for (const key of keys) {
      const first = firstGroupOf.get(key);
      if (first === undefined || home < first) firstGroupOf.set(key, home);
    }
  }
  return groups
    .map((group, i): TimelineEntry => {
      const { e, figures } = group[0]!;
      return {
        id: `t${i + 1}`,
        date: e.date!,
        granularity: e.granularity!,
        kind: e.kind,
        participants: [...new Set(group.flatMap((t) => t.e.participants))],
        text: e.text.replace(/\s+/g, " ").trim(),
        figures,
        reportIds: [...new Set(group.map((t) => t.reportId))],
        sourceIds: [...new Set(group.map((t) => t.sourceId))],
        verdict: verdictOf(group, bySentence),
      };
    })
    .sort(
      (a, b) =>
        startOf(a).localeCompare(startOf(b)) ||
        a.id.localeCompare(b.id, undefined, { numeric: true }),
    );
}

/** The first day an entry's date covers, so weeks sort among days. */
export function startOf(entry: Pick<TimelineEntry, "date">): string {
  return daysCovered(entry.date)?.[0] ?? entry.date;
}
