/**
 * Turns tracking records into the brief's rows: names instead of ids,
 * citation numbers instead of report ids, evidence as one clean line.
 * Feeds "What changed", the framework part of "Where the parties stand",
 * "What is due" and the timeline.
 */

import type { Tracking } from "../model/index.js";
import { describeWindow } from "../track/index.js";
import type {
  Brief,
  DueRow,
  FrameworkRow,
  ShareSeriesRow,
  ShiftRow,
  TimelineRow,
} from "./brief.js";
import type { CitationIndex } from "./citations.js";

export interface RowContext {
  cites: CitationIndex;
  actorName: (id: string) => string;
  issueLabel: (id: string) => string;
  /** Only this issue, when the brief is for one. */
  issue: string | null;
}

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

export function shiftRows(tracking: Tracking, ctx: RowContext): ShiftRow[] {
  return tracking.shifts
    .filter((s) => !ctx.issue || s.issue === ctx.issue)
    .map((s) => ({
      actorId: s.actorId,
      actor: ctx.actorName(s.actorId),
      issue: s.issue,
      issueLabel: ctx.issueLabel(s.issue),
      from: {
        position: s.before.position,
        asOf: s.before.asOf,
        evidence: clean(s.before.evidence),
        citations: ctx.cites.numbersOf([s.before.reportId]),
      },
      to: {
        position: s.after.position,
        asOf: s.after.asOf,
        evidence: clean(s.after.evidence),
        citations: ctx.cites.numbersOf([s.after.reportId]),
      },
    }));
}

export function frameworkRows(tracking: Tracking, ctx: RowContext): Brief["framework"] {
  const points: FrameworkRow[] = tracking.framework.points
    .filter((p) => !ctx.issue || p.issue === ctx.issue)
    .map((p) => {
      const decisive = p.evidence[p.evidence.length - 1];
      const sameDay = p.evidence.filter(
        (e) => e.asOf.slice(0, 10) === decisive?.asOf.slice(0, 10) && e.says === p.status,
      );
      const shown = sameDay[sameDay.length - 1] ?? null;
      return {
        pointId: p.pointId,
        label: p.label,
        status: p.status,
        reason: p.reason,
        evidence: shown ? clean(shown.text) : null,
        citations: ctx.cites.numbersOf(sameDay.map((e) => e.reportId)),
      };
    });
  const shareAgreed: ShareSeriesRow[] = tracking.framework.shareAgreed.map((series) => ({
    holder: series.holderId ? ctx.actorName(series.holderId) : "unattributed",
    points: series.points.map((p) => ({
      value: p.value,
      text: p.text,
      asOf: p.asOf,
      citations: ctx.cites.numbersOf([p.reportId]),
    })),
  }));
  return { points, shareAgreed };
}

export function dueRows(tracking: Tracking, ctx: RowContext): DueRow[] {
  return tracking.ledger.map((entry) => ({
    actor: entry.actorId ? ctx.actorName(entry.actorId) : null,
    what: clean(entry.what),
    due: entry.due ? describeWindow(entry.due) : null,
    dueText: entry.due?.text ?? null,
    status: entry.status,
    reason: entry.reason,
    citations: ctx.cites.numbersOf(entry.statements.map((s) => s.reportId)),
    settledBy: entry.settledBy
      ? {
          text: clean(entry.settledBy.text),
          citations: ctx.cites.numbersOf([entry.settledBy.reportId]),
        }
      : null,
  }));
}

export function timelineRows(tracking: Tracking, ctx: RowContext): TimelineRow[] {
  return tracking.timeline.map((t) => ({
    date: t.date,
    kind: t.kind,
    participants: t.participants.map(ctx.actorName),
    text: clean(t.text),
    figures: t.figures,
    citations: ctx.cites.numbersOf(t.reportIds),
    status: t.verdict?.status ?? null,
    independentSources: t.verdict?.independentSources ?? null,
  }));
}
