/**
 * Tracking pages: the stance heatmap (each cell a link to its evidence and
 * history), one cell's page, the timeline (charts drawn by Chart.js from a JSON
 * island, with the same events as a table), and the deadlines ledger.
 */
import type { Position } from "../../model/index.js";
import type { Snapshot } from "../snapshot.js";
import type {
  deadlinesView,
  shiftsView,
  stanceCellView,
  stanceMatrixView,
  timelineView,
} from "../views/tracking.js";
import { html, jsonIsland } from "./html.js";
import { day, page } from "./layout.js";

export const POSITION_LABEL: Record<Position, string> = {
  demands: "demands",
  proposes: "proposes",
  supports: "supports",
  accepts: "accepts",
  rejects: "rejects",
  opposes: "opposes",
  conditions: "on conditions",
  denies: "denies",
};

export function stancesPage(
  snap: Snapshot,
  matrix: ReturnType<typeof stanceMatrixView>,
  shifts: ReturnType<typeof shiftsView>,
): string {
  const cellOf = new Map(matrix.cells.map((c) => [`${c.actorId}\u0000${c.issue}`, c]));
  const rows = matrix.actors.map((a) => {
    const cells = matrix.issues.map((i) => {
      const c = cellOf.get(`${a.id}\u0000${i.id}`);
      if (!c) return html`<td class="empty"><span class="visually-hidden">no stance</span></td>`;
      const label = `${a.name} on ${i.label}: ${POSITION_LABEL[c.current]}${c.mixed ? " (mixed)" : ""}, ${c.stances} statements, as of ${day(c.asOf)}`;
      return html`<td class="pos-${c.current}${c.mixed ? " mixed" : ""}"><a href="/stances/${encodeURIComponent(a.id)}/${encodeURIComponent(i.id)}" aria-label="${label}" title="${label}">${POSITION_LABEL[c.current]}${c.mixed ? "*" : ""}</a></td>`;
    });
    return html`<tr><th scope="row">${a.name}</th>${cells}</tr>`;
  });
  const legend = (Object.keys(POSITION_LABEL) as Position[]).map(
    (p) => html`<span class="legend-item pos-${p}">${POSITION_LABEL[p]}</span>`,
  );
  const shiftList = shifts.length
    ? html`<ul>${shifts.map(
        (s) =>
          html`<li><strong>${s.actor}</strong> on ${s.issueLabel}: ${POSITION_LABEL[s.before.position]} (${day(s.before.asOf)}, ${s.before.source}) → ${POSITION_LABEL[s.after.position]} (${day(s.after.asOf)}, ${s.after.source})</li>`,
      )}</ul>`
    : html`<p>No shifts found.</p>`;
  const body = html`<p class="meta">Each cell is an actor's latest stated position on an issue; open a cell for its evidence and history. * marks a cell whose latest reports disagree.</p>
<div class="legend" aria-label="Legend">${legend}</div>
<div class="scroll"><table class="heatmap"><thead><tr><th scope="col">Actor</th>${matrix.issues.map((i) => html`<th scope="col">${i.label}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>
<h2>Shifts</h2>${shiftList}`;
  return page(
    { title: "Stance matrix", section: "/stances", dossierTitle: snap.dossier.title },
    body,
  );
}

export function stanceCellPage(
  snap: Snapshot,
  cell: NonNullable<ReturnType<typeof stanceCellView>>,
): string {
  const history = cell.history.map(
    (h) =>
      html`<li><span class="pos pos-${h.position}">${POSITION_LABEL[h.position]}</span> <span class="meta">${day(h.asOf)} · ${h.source}${h.copyOf ? " · copy" : ""}</span><br><q>${h.evidence}</q><br><span class="meta">${h.title}</span></li>`,
  );
  const body = html`<p>Current position: <span class="pos pos-${cell.current}">${POSITION_LABEL[cell.current]}</span>${cell.mixed ? " (the latest reports disagree)" : ""}</p>
<h2>Evidence and history, oldest first</h2><ol class="history">${history}</ol>
<p><a href="/stances">← Stance matrix</a></p>`;
  return page(
    {
      title: `${cell.actor} on ${cell.issueLabel}`,
      section: "/stances",
      dossierTitle: snap.dossier.title,
    },
    body,
  );
}

/** The units with figures, the most reported first: the chart shows one unit at a time. */
function unitOptions(t: ReturnType<typeof timelineView>) {
  const counts = new Map<string, number>();
  for (const f of t.figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([unit, n]) => html`<option value="${unit}">${unit} (${n})</option>`);
}

export function timelinePage(snap: Snapshot, t: ReturnType<typeof timelineView>): string {
  const dated = t.events.filter((e) => e.dated);
  const body = html`<p class="meta">Events by the day they took place (or, undated, the day reported), and figures by the day reported.</p>
<figure><figcaption>Events per day, by kind</figcaption><div class="chart"><canvas id="events-chart" role="img" aria-label="Bar chart of events per day by kind"></canvas></div></figure>
<figure><figcaption>Figures reported over time <label class="meta">Figure <select id="figure-unit">${unitOptions(t)}</select></label></figcaption><div class="chart"><canvas id="figures-chart" role="img" aria-label="Chart of reported figures by day, coloured by verdict"></canvas></div></figure>
${jsonIsland("timeline-data", t)}
<h2>Dated events</h2><table><thead><tr><th>Day</th><th>Kind</th><th>What</th><th>Source</th></tr></thead><tbody>${dated.map(
    (e) => html`<tr><td>${e.day}</td><td>${e.kind}</td><td>${e.text}</td><td>${e.source}</td></tr>`,
  )}</tbody></table>`;
  return page(
    {
      title: "Timeline",
      section: "/timeline",
      dossierTitle: snap.dossier.title,
      scripts: ["/assets/chart.umd.js", "/assets/timeline.js"],
    },
    body,
  );
}

export function deadlinesPage(snap: Snapshot, rows: ReturnType<typeof deadlinesView>): string {
  const body = rows.length
    ? html`<table class="deadlines"><thead><tr><th>Due</th><th>Who</th><th>What</th><th>Status</th><th>Source</th></tr></thead><tbody>${rows.map(
        (r) =>
          html`<tr${r.passed ? html` class="passed"` : ""}><td>${r.due}<br><span class="meta">${r.dueText}</span></td><td>${r.actor ?? "—"}</td><td>${r.what}</td><td>${r.status}${r.passed ? " · date passed" : ""}</td><td>${r.source}<br><span class="meta">${day(r.published)}</span></td></tr>`,
      )}</tbody></table>`
    : html`<p>No commitments with a due date were found.</p>`;
  return page(
    { title: "Deadlines", section: "/deadlines", dossierTitle: snap.dossier.title },
    body,
  );
}
