/**
 * The negotiation over time, as the desk shows it: the stance matrix and one
 * cell's evidence and history, shifts, framework points, deadlines and the
 * timeline. Kept thin on purpose: each function reads the tracking records
 * (src/track) and only names and dates them for display, so richer tracking
 * output can replace a function here without touching the routes or pages.
 */
import type { Position, Stance } from "../../model/index.js";
import { actorName, issueLabel, type Snapshot, sourceName } from "../snapshot.js";

const day = (iso: string) => iso.slice(0, 10);

export function stanceMatrixView(snap: Snapshot) {
  const { stances } = snap;
  return {
    actors: stances.actors.map((id) => ({ id, name: actorName(snap, id) })),
    issues: stances.issues.map((id) => ({ id, label: issueLabel(snap, id) })),
    cells: stances.cells.map((c) => ({
      actorId: c.actorId,
      issue: c.issue,
      current: c.current,
      mixed: c.mixed,
      stances: c.history.length,
      asOf: c.history[c.history.length - 1]?.asOf ?? null,
    })),
  };
}

function stanceView(snap: Snapshot, s: Stance) {
  const report = snap.reportById.get(s.reportId);
  return {
    position: s.position as Position,
    asOf: s.asOf,
    evidence: s.evidence.replace(/\s+/g, " ").trim(),
    reportId: s.reportId,
    source: sourceName(snap, report?.sourceId ?? ""),
    title: report?.title ?? "",
    copyOf: snap.originalOf.get(s.reportId) ?? null,
  };
}

export function stanceCellView(snap: Snapshot, actorId: string, issue: string) {
  const cell = snap.stances.cells.find((c) => c.actorId === actorId && c.issue === issue);
  if (!cell) return null;
  return {
    actorId,
    actor: actorName(snap, actorId),
    issue,
    issueLabel: issueLabel(snap, issue),
    current: cell.current,
    mixed: cell.mixed,
    reportIds: cell.reportIds,
    history: cell.history.map((s) => stanceView(snap, s)),
  };
}

export function shiftsView(snap: Snapshot) {
  return snap.shifts.map((s) => ({
    actorId: s.actorId,
    actor: actorName(snap, s.actorId),
    issue: s.issue,
    issueLabel: issueLabel(snap, s.issue),
    before: stanceView(snap, s.before),
    after: stanceView(snap, s.after),
  }));
}

/** Framework points with the statements and stances on the point's issue. */
export function frameworkView(snap: Snapshot) {
  return snap.dossier.framework.map((p) => ({
    id: p.id,
    label: p.label,
    issue: p.issue,
    issueLabel: issueLabel(snap, p.issue),
    claims: snap.clusters
      .filter((c) => c.issue === p.issue && c.verdict.status !== "single_source")
      .map((c) => ({ id: c.id, status: c.verdict.status, label: c.label })),
    stances: snap.stances.cells
      .filter((c) => c.issue === p.issue)
      .map((c) => ({ actorId: c.actorId, actor: actorName(snap, c.actorId), current: c.current })),
  }));
}

/** Stated commitments with a due date, soonest first; past-due ones say so. */
export function deadlinesView(snap: Snapshot, today: string = day(new Date().toISOString())) {
  const rows = [];
  for (const e of snap.extractions.values())
    for (const c of e.commitments) {
      if (!c.due) continue;
      const report = snap.reportById.get(c.reportId);
      rows.push({
        id: c.id,
        actorId: c.actorId,
        actor: c.actorId ? actorName(snap, c.actorId) : null,
        what: c.what.replace(/\s+/g, " ").trim(),
        due: c.due.value,
        dueText: c.due.text,
        granularity: c.due.granularity,
        status: c.status,
        passed: c.due.value < today.slice(0, c.due.value.length),
        reportId: c.reportId,
        source: sourceName(snap, report?.sourceId ?? ""),
        published: report?.published ?? "",
      });
    }
  return rows.sort((a, b) => a.due.localeCompare(b.due) || a.id.localeCompare(b.id));
}

/** Events by the day they took place (or were reported), and figures by the day reported. */
export function timelineView(snap: Snapshot) {
  const events = [];
  for (const e of snap.extractions.values())
    for (const ev of e.events) {
      const report = snap.reportById.get(ev.reportId);
      const exactDay = ev.date && /^\d{4}-\d{2}-\d{2}$/.test(ev.date) ? ev.date : null;
      events.push({
        id: ev.id,
        kind: ev.kind,
        day: exactDay ?? day(report?.published ?? ""),
        dated: exactDay !== null,
        text: ev.text.replace(/\s+/g, " ").trim(),
        participants: ev.participants.map((p) => actorName(snap, p)),
        reportId: ev.reportId,
        source: sourceName(snap, report?.sourceId ?? ""),
      });
    }
  events.sort((a, b) => a.day.localeCompare(b.day) || a.id.localeCompare(b.id));
  const figures = [];
  for (const c of snap.clusters)
    for (const claim of c.claims) {
      if (!claim.quantity || Array.isArray(claim.quantity.value)) continue;
      const report = snap.reportById.get(claim.reportId);
      figures.push({
        clusterId: c.id,
        label: c.label,
        unit: claim.quantity.unit,
        value: claim.quantity.value,
        text: claim.quantity.text,
        day: day(report?.published ?? ""),
        source: sourceName(snap, report?.sourceId ?? ""),
        status: c.verdict.status,
      });
    }
  figures.sort((a, b) => a.day.localeCompare(b.day));
  return { events, figures };
}
