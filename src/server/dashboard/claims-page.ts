/**
 * The claims explorer (filters by verdict, issue, actor and date) and one
 * claim's page, where a conflict shows its variants side by side with the
 * sources and sentences behind each.
 */
import type { VerdictStatus } from "../../model/index.js";
import type { Snapshot } from "../snapshot.js";
import type { ClaimDetail, ClaimFilter, ClaimSummary, EvidenceView } from "../views/claims.js";
import { html, type SafeHtml } from "./html.js";
import { badge, day, page, pager, STATUS_LABEL } from "./layout.js";

function option(value: string, label: string, selected: string | undefined): SafeHtml {
  return html`<option value="${value}"${value === selected ? html` selected` : ""}>${label}</option>`;
}

function filterForm(snap: Snapshot, f: ClaimFilter): SafeHtml {
  const statuses = Object.entries(STATUS_LABEL).map(([v, l]) => option(v, l, f.status));
  const issues = snap.dossier.issues.map((i) => option(i.id, i.label, f.issue));
  const actors = snap.dossier.actors.map((a) => option(a.id, a.name, f.actor));
  return html`<form class="filters" method="get" action="/claims" role="search">
<label>Verdict <select name="status"><option value="">any</option>${statuses}</select></label>
<label>Issue <select name="issue"><option value="">any</option>${issues}</select></label>
<label>Actor <select name="actor"><option value="">any</option>${actors}</select></label>
<label>From <input type="date" name="since" value="${f.since ?? ""}"></label>
<label>To <input type="date" name="until" value="${f.until ?? ""}"></label>
<button type="submit">Filter</button> <a href="/claims">Clear</a></form>`;
}

function claimRow(c: ClaimSummary): SafeHtml {
  const values =
    c.variants.length > 1
      ? html`<div class="values">${c.variants.map((v) => v.value).join(" vs ")}</div>`
      : "";
  return html`<tr><td>${badge(c.status)}</td><td><a href="/claims/${encodeURIComponent(c.id)}">${c.text}</a>${values}</td>
<td>${c.issueLabel}</td><td class="num">${c.independentSources} / ${c.reports}</td><td>${day(c.firstReported)}</td></tr>`;
}

export function claimsPage(
  snap: Snapshot,
  filter: ClaimFilter,
  found: { total: number; limit: number; offset: number; items: ClaimSummary[] },
  params: URLSearchParams,
): string {
  const rows = found.items.length
    ? html`<table class="claims"><thead><tr><th>Verdict</th><th>Statement</th><th>Issue</th><th>Independent / reports</th><th>First reported</th></tr></thead>
<tbody>${found.items.map(claimRow)}</tbody></table>`
    : html`<p>No claims match these filters.</p>`;
  const body = html`${filterForm(snap, filter)}${pager("/claims", params, found.total, found.limit, found.offset)}${rows}`;
  return page(
    { title: "Claims explorer", section: "/claims", dossierTitle: snap.dossier.title },
    body,
  );
}

function evidenceItem(e: EvidenceView): SafeHtml {
  const title =
    e.url && /^https?:\/\//i.test(e.url)
      ? html`<a href="${e.url}" rel="noopener noreferrer">${e.title}</a>`
      : e.title;
  return html`<li><span class="source">${e.source}</span> <span class="meta">${day(e.published)}${e.copyOf ? " · copy of another report" : ""}${e.denial ? " · denial" : ""}</span><br>
<q>${e.text}</q><br><span class="meta">${title}</span></li>`;
}

function variantColumns(d: ClaimDetail): SafeHtml {
  const columns = d.variants.map((v) => {
    const evidence = d.evidence.filter((e) => v.reportIds.includes(e.reportId));
    return html`<section class="variant" aria-label="Variant ${v.value}"><h3>${v.value}</h3>
<p class="meta">${v.origins} independent ${v.origins === 1 ? "source" : "sources"}${v.holders.length ? ` · per ${v.holders.join(", ")}` : ""}</p>
<p class="variant-sources">${v.sources.join(", ")}</p><ul class="evidence">${evidence.map(evidenceItem)}</ul></section>`;
  });
  return html`<div class="variants-grid">${columns}</div>`;
}

export function claimPage(snap: Snapshot, d: ClaimDetail): string {
  const conflict = d.variants.length > 1;
  const reprints = d.reprints.length
    ? html`<h2>Copies counted once</h2><ul>${d.reprints.map(
        (p) =>
          html`<li>${p.source} copies ${p.originalSource} <span class="meta">(${p.reason}, similarity ${p.similarity.toFixed(2)})</span></li>`,
      )}</ul>`
    : "";
  const body = html`<p>${badge(d.status as VerdictStatus)} <span class="meta">${d.issueLabel} · ${d.independentSources} independent sources / ${d.reports} reports · ${day(d.firstReported)} to ${day(d.lastReported)}</span></p>
<blockquote class="statement-text">${d.text}</blockquote>
<h2>Why this verdict</h2><ul class="reasons">${d.reasons.map((r) => html`<li>${r}</li>`)}</ul>
${conflict ? html`<h2>Variants side by side</h2>${variantColumns(d)}` : ""}
<h2>Sources</h2><table><thead><tr><th>Source</th><th>Owner</th><th>Reports</th></tr></thead><tbody>${d.sources.map(
    (s) => html`<tr><td>${s.name}</td><td>${s.owner}</td><td class="num">${s.reports}</td></tr>`,
  )}</tbody></table>
${conflict ? "" : html`<h2>Evidence</h2><ul class="evidence">${d.evidence.map(evidenceItem)}</ul>`}
${reprints}<p><a href="/claims">← All claims</a> · <a href="/api/claims/${encodeURIComponent(d.id)}">JSON</a></p>`;
  return page(
    {
      title: conflict ? "Conflicting accounts" : "Claim",
      section: "/claims",
      dossierTitle: snap.dossier.title,
    },
    body,
  );
}
