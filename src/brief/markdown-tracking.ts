/**
 * The tracking sections of the Markdown brief: "Where the parties stand"
 * (stance table, framework points, "share agreed" series), "What changed",
 * "What is due" and the timeline. Report text is escaped.
 */
import type { Brief, DueRow, StanceRow, TimelineRow } from "./brief.js";
import { escapeMarkdown } from "./markdown.js";
import {
  citationRefs,
  DUE_LABEL,
  day,
  POINT_LABEL,
  POSITION_LABEL,
  STATUS_LABEL,
  TIMELINE_SHOWN,
} from "./words.js";

const refs = (ns: number[]) => citationRefs(ns, (n) => `[${n}]`);

function verdictCell(row: StanceRow): string {
  const v = row.verdict;
  if (!v) return "";
  if (v.status === "conflicting") return "Reports disagree";
  if (v.status === "contested" && row.contested) {
    const c = row.contested;
    return `Corroborated (${v.independentSources}), contested: ${POSITION_LABEL[c.position]} ${day(c.asOf)} by one source ${refs(c.citations)}`;
  }
  return `${STATUS_LABEL[v.status as "corroborated" | "single_source"]} (${v.independentSources})`;
}

function stanceLines(brief: Brief): string[] {
  if (!brief.stances.length) return [];
  const out = ["| Actor | Issue | Position | As of | Verdict | Evidence |"];
  out.push("| --- | --- | --- | --- | --- | --- |");
  for (const row of brief.stances) {
    const before = row.earlier.length
      ? ` (earlier: ${row.earlier.map((e) => `${POSITION_LABEL[e.position]} ${day(e.asOf)} ${refs(e.citations)}`).join("; ")})`
      : "";
    out.push(
      `| ${escapeMarkdown(row.actor)} | ${escapeMarkdown(row.issueLabel)} | ${POSITION_LABEL[row.position]}${before} | ${day(row.asOf)} | ${verdictCell(row)} | ${escapeMarkdown(row.evidence)} ${refs(row.citations)} |`,
    );
  }
  out.push("");
  return out;
}

function frameworkLines(brief: Brief): string[] {
  const fw = brief.framework;
  if (!fw || (fw.points.length === 0 && fw.shareAgreed.length === 0)) return [];
  const out = ["### The framework, point by point", ""];
  if (fw.points.length) {
    out.push("| Point | Status | Why | Evidence |", "| --- | --- | --- | --- |");
    for (const p of fw.points)
      out.push(
        `| ${escapeMarkdown(p.label)} | ${POINT_LABEL[p.status]} | ${escapeMarkdown(p.reason)} | ${p.evidence ? `${escapeMarkdown(p.evidence)} ${refs(p.citations)}` : "—"} |`,
      );
    out.push("");
  }
  if (fw.shareAgreed.length) {
    out.push("Share of the framework reported as agreed, by who gave the figure, over time:", "");
    for (const s of fw.shareAgreed)
      out.push(
        `- ${escapeMarkdown(s.holder)}: ${s.points.map((p) => `${p.value}% on ${day(p.asOf)} ${refs(p.citations)}`).join(", ")}`,
      );
    out.push("");
  }
  return out;
}

function changeLines(brief: Brief): string[] {
  const changes = brief.changes ?? [];
  const out = ["## What changed", ""];
  if (changes.length === 0)
    out.push("_No actor's position changed between reports in this period._");
  for (const c of changes)
    out.push(
      `- **${escapeMarkdown(c.actor)}** on ${escapeMarkdown(c.issueLabel)}: ${POSITION_LABEL[c.from.position]} (${day(c.from.asOf)}: ${escapeMarkdown(c.from.evidence)} ${refs(c.from.citations)}) → ${POSITION_LABEL[c.to.position]} (${day(c.to.asOf)}: ${escapeMarkdown(c.to.evidence)} ${refs(c.to.citations)})`,
    );
  out.push("");
  return out;
}

function dueLine(d: DueRow): string {
  const when = d.due
    ? `${d.due}${d.dueText ? ` (“${escapeMarkdown(d.dueText)}”)` : ""}`
    : "no date";
  const settled = d.settledBy
    ? ` Settled by: ${escapeMarkdown(d.settledBy.text)} ${refs(d.settledBy.citations)}`
    : "";
  return `| ${when} | ${d.actor ? escapeMarkdown(d.actor) : "—"} | ${escapeMarkdown(d.what)} ${refs(d.citations)} | **${DUE_LABEL[d.status]}**: ${escapeMarkdown(d.reason)}.${settled} |`;
}

function dueLines(brief: Brief): string[] {
  const due = brief.due ?? [];
  const out = ["## What is due", ""];
  if (due.length === 0) out.push("_No report states a plan or a deadline in this period._", "");
  else
    out.push("| Due | Who | What | Status |", "| --- | --- | --- | --- |", ...due.map(dueLine), "");
  return out;
}

function timelineLine(t: TimelineRow): string {
  const who = t.participants.length ? ` (${t.participants.map(escapeMarkdown).join(", ")})` : "";
  const figures = t.figures.length ? ` Figures: ${t.figures.map(escapeMarkdown).join(", ")}.` : "";
  const verdict = t.status
    ? ` _${STATUS_LABEL[t.status]}, ${t.independentSources} independent._`
    : "";
  return `- ${t.date} · ${t.kind}${who}: ${escapeMarkdown(t.text)} ${refs(t.citations)}${figures}${verdict}`;
}

function timelineLines(brief: Brief): string[] {
  const rows = brief.timeline ?? [];
  if (rows.length === 0) return [];
  const out = ["## Timeline", "", ...rows.slice(0, TIMELINE_SHOWN).map(timelineLine)];
  if (rows.length > TIMELINE_SHOWN)
    out.push(`- _…and ${rows.length - TIMELINE_SHOWN} more events in the JSON brief._`);
  out.push("");
  return out;
}

export function trackingMarkdown(brief: Brief): string[] {
  const stands = [...stanceLines(brief), ...frameworkLines(brief)];
  const out = stands.length ? ["## Where the parties stand", "", ...stands] : [];
  if (!brief.changes && !brief.due) return out;
  return [...out, ...changeLines(brief), ...dueLines(brief), ...timelineLines(brief)];
}
