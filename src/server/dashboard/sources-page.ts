/** The Sources page: coverage by outlet, which outlets carried which facts, reprint chains, blind spots. */
import type { Snapshot } from "../snapshot.js";
import type { CoverageView } from "../views/sources.js";
import { html } from "./html.js";
import { page } from "./layout.js";

export function sourcesPage(snap: Snapshot, c: CoverageView): string {
  const outlets = c.sources;
  const table = html`<table><thead><tr><th>Outlet</th><th>Owner</th><th>Country</th><th>Kind</th><th>Reports</th><th>Copies</th><th>Facts carried</th></tr></thead><tbody>${outlets.map(
    (s) =>
      html`<tr><td>${s.name}</td><td>${s.owner}</td><td>${s.country}</td><td>${s.kind}</td><td class="num">${s.reports}</td><td class="num">${s.copies}</td><td class="num">${s.facts}</td></tr>`,
  )}</tbody></table>`;
  const matrix = html`<div class="scroll"><table class="coverage"><thead><tr><th scope="col">Fact</th>${outlets.map((s) => html`<th scope="col" class="rot"><span>${s.name}</span></th>`)}</tr></thead><tbody>${c.facts.map(
    (f) =>
      html`<tr><th scope="row"><a href="/claims/${encodeURIComponent(f.clusterId)}">${f.label}</a></th>${outlets.map(
        (s) => {
          const how = f.carriedBy[s.id];
          if (!how)
            return html`<td class="none"><span class="visually-hidden">not carried</span></td>`;
          return html`<td class="${how}" title="${s.name}: ${how === "original" ? "own report" : "copy only"}">${how === "original" ? "●" : "○"}<span class="visually-hidden">${how}</span></td>`;
        },
      )}</tr>`,
  )}</tbody></table></div>`;
  const chains = c.chains.length
    ? html`<ul>${c.chains.map(
        (ch) =>
          html`<li><strong>${ch.source}</strong>: ${ch.title}<ul>${ch.copies.map(
            (p) =>
              html`<li>copied by ${p.source} <span class="meta">(${p.reason}, similarity ${p.similarity.toFixed(2)})</span></li>`,
          )}</ul></li>`,
      )}</ul>`
    : html`<p>No reprints found.</p>`;
  const blind = c.blindSpots.filter((b) => b.missed.length > 0);
  const spots = html`<dl class="blind">${blind.map(
    (b) =>
      html`<dt>${b.source}</dt><dd><ul>${b.missed.map((m) => html`<li><a href="/claims/${encodeURIComponent(m.clusterId)}">${m.label}</a> <span class="meta">(${m.independentSources} independent sources)</span></li>`)}</ul></dd>`,
  )}</dl>`;
  const body = html`${table}
<h2>Who carried which facts</h2><p class="meta">● own report · ○ only a copy of another outlet's report. Facts confirmed by at least two independent sources.</p>${matrix}
<h2>Reprint chains</h2>${chains}
<h2>Blind spots</h2><p class="meta">Facts confirmed by independent sources that an outlet did not carry.</p>${spots}`;
  return page(
    { title: "Sources and coverage", section: "/sources", dossierTitle: snap.dossier.title },
    body,
  );
}
