/**
 * The tracking sections of the HTML brief, with the charts inlined as
 * sanitised SVG: "Where the parties stand" (heatmap, stance table, framework,
 * "share agreed" series), "What changed", "What is due" and the timeline.
 * Every piece of report text is escaped.
 */
import type { Brief, DueRow, StanceRow, TimelineRow } from "./brief.js";
import { escapeHtml } from "./html.js";
import {
  citationRefs,
  DUE_LABEL,
  day,
  POINT_LABEL,
  POSITION_LABEL,
  STATUS_LABEL,
  TIMELINE_SHOWN,
} from "./words.js";

const refs = (ns: number[]) => citationRefs(ns, (n) => `<a href="#ref-${n}">[${n}]</a>`);
const chart = (svg: string | null | undefined, label: string) =>
  svg ? `<figure class="chart" aria-label="${escapeHtml(label)}">${svg}</figure>` : "";

function verdictCell(row: StanceRow): string {
  const v = row.verdict;
  if (!v) return "";
  if (v.status === "conflicting") return `<span class="badge conflicting">Reports disagree</span>`;
  if (v.status === "contested" && row.contested) {
    const c = row.contested;
    return `<span class="badge corroborated">${STATUS_LABEL.corroborated}</span>${v.independentSources}<br><span class="badge disputed">Contested</span> <span class="meta">${POSITION_LABEL[c.position]} ${day(c.asOf)} by one source ${refs(c.citations)}</span>`;
  }
  return `<span class="badge ${v.status}">${STATUS_LABEL[v.status as "corroborated" | "single_source"]}</span>${v.independentSources}`;
}

function stanceTable(brief: Brief): string {
  if (!brief.stances.length) return "";
  const rows = brief.stances
    .map((r) => {
      const before = r.earlier.length
        ? `<br><span class="meta">earlier: ${r.earlier.map((e) => `${POSITION_LABEL[e.position]} ${day(e.asOf)} ${refs(e.citations)}`).join("; ")}</span>`
        : "";
      return `<tr><td>${escapeHtml(r.actor)}</td><td>${escapeHtml(r.issueLabel)}</td><td>${POSITION_LABEL[r.position]}${before}</td><td>${day(r.asOf)}</td><td>${verdictCell(r)}</td><td>${escapeHtml(r.evidence)} ${refs(r.citations)}</td></tr>`;
    })
    .join("");
  return `<table><thead><tr><th>Actor</th><th>Issue</th><th>Position</th><th>As of</th><th>Verdict</th><th>Evidence</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function frameworkHtml(brief: Brief): string {
  const fw = brief.framework;
  if (!fw || (fw.points.length === 0 && fw.shareAgreed.length === 0)) return "";
  const points = fw.points
    .map(
      (p) =>
        `<tr><td>${escapeHtml(p.label)}</td><td><span class="point ${p.status}">${POINT_LABEL[p.status]}</span></td><td>${escapeHtml(p.reason)}</td><td>${p.evidence ? `${escapeHtml(p.evidence)} ${refs(p.citations)}` : "—"}</td></tr>`,
    )
    .join("");
  const series = fw.shareAgreed
    .map(
      (s) =>
        `<li><strong>${escapeHtml(s.holder)}</strong>: ${s.points.map((p) => `${p.value}% on ${day(p.asOf)} ${refs(p.citations)}`).join(", ")}</li>`,
    )
    .join("");
  return `<h3>The framework, point by point</h3>${points ? `<table><thead><tr><th>Point</th><th>Status</th><th>Why</th><th>Evidence</th></tr></thead><tbody>${points}</tbody></table>` : ""}${series ? `<p>Share of the framework reported as agreed, by who gave the figure, over time:</p><ul>${series}</ul>` : ""}`;
}

function changesHtml(brief: Brief): string {
  const changes = brief.changes ?? [];
  const items = changes
    .map(
      (c) =>
        `<li><strong>${escapeHtml(c.actor)}</strong> on ${escapeHtml(c.issueLabel)}: ${POSITION_LABEL[c.from.position]} <span class="meta">(${day(c.from.asOf)}: ${escapeHtml(c.from.evidence)} ${refs(c.from.citations)})</span> → ${POSITION_LABEL[c.to.position]} <span class="meta">(${day(c.to.asOf)}: ${escapeHtml(c.to.evidence)} ${refs(c.to.citations)})</span></li>`,
    )
    .join("");
  return `<section><h2>What changed</h2>${items ? `<ul>${items}</ul>` : `<p class="meta">No actor's position changed between reports in this period.</p>`}</section>`;
}

function dueRow(d: DueRow): string {
  const when = d.due
    ? `${escapeHtml(d.due)}${d.dueText ? `<br><span class="meta">“${escapeHtml(d.dueText)}”</span>` : ""}`
    : "no date";
  const settled = d.settledBy
    ? `<br><span class="meta">${escapeHtml(d.settledBy.text)} ${refs(d.settledBy.citations)}</span>`
    : "";
  return `<tr><td>${when}</td><td>${d.actor ? escapeHtml(d.actor) : "—"}</td><td>${escapeHtml(d.what)} ${refs(d.citations)}</td><td><span class="due ${d.status}">${DUE_LABEL[d.status]}</span> ${escapeHtml(d.reason)}${settled}</td></tr>`;
}

function dueHtml(brief: Brief): string {
  const due = brief.due ?? [];
  const body = due.length
    ? `<table><thead><tr><th>Due</th><th>Who</th><th>What</th><th>Status</th></tr></thead><tbody>${due.map(dueRow).join("")}</tbody></table>`
    : `<p class="meta">No report states a plan or a deadline in this period.</p>`;
  return `<section><h2>What is due</h2>${body}</section>`;
}

function timelineItem(t: TimelineRow): string {
  const who = t.participants.length
    ? ` <span class="meta">(${escapeHtml(t.participants.join(", "))})</span>`
    : "";
  const figures = t.figures.length
    ? ` <span class="meta">Figures: ${escapeHtml(t.figures.join(", "))}</span>`
    : "";
  const verdict = t.status
    ? ` <span class="badge ${t.status}">${STATUS_LABEL[t.status]}</span>`
    : "";
  return `<li><strong>${escapeHtml(t.date)}</strong> ${t.kind}${who}${verdict}<br>${escapeHtml(t.text)} ${refs(t.citations)}${figures}</li>`;
}

function timelineHtml(brief: Brief): string {
  const rows = brief.timeline ?? [];
  if (rows.length === 0) return "";
  const more =
    rows.length > TIMELINE_SHOWN
      ? `<li class="meta">…and ${rows.length - TIMELINE_SHOWN} more events in the JSON brief.</li>`
      : "";
  return `<section><h2>Timeline</h2>${chart(brief.charts?.timeline, "Timeline chart")}<ul>${rows.slice(0, TIMELINE_SHOWN).map(timelineItem).join("")}${more}</ul></section>`;
}

export function trackingHtml(brief: Brief): string[] {
  const stands = stanceTable(brief) + frameworkHtml(brief);
  const out = stands
    ? [
        `<section><h2>Where the parties stand</h2>${chart(brief.charts?.stances, "Stance matrix chart")}${stands}</section>`,
      ]
    : [];
  if (!brief.changes && !brief.due) return out;
  return [...out, changesHtml(brief), dueHtml(brief), timelineHtml(brief)];
}
