/** The Brief page: the compiled brief's sections, each statement with its verdict and a way into its evidence. */
import type { Brief, Statement } from "../../brief/index.js";
import { countsNote } from "../../brief/words.js";
import { html, type SafeHtml } from "./html.js";
import { badge, day, page } from "./layout.js";

export const SHOWN_PER_SECTION = 12;

function statementItem(s: Statement): SafeHtml {
  const variants =
    s.variants.length > 1
      ? html`<ul class="variants">${s.variants.map(
          (v) =>
            html`<li><strong>${v.value}</strong>${v.holders.length ? html` <span class="meta">per ${v.holders.join(", ")}</span>` : ""}</li>`,
        )}</ul>`
      : "";
  return html`<li class="statement">${badge(s.status)}<span class="meta">${s.independentSources} independent / ${s.reports} reports</span>
<p>${s.text}${s.holders.length ? html` <span class="meta">(attributed to ${s.holders.join(", ")})</span>` : ""}</p>${variants}
<a href="/claims/${encodeURIComponent(s.clusterId)}">Evidence and sources</a></li>`;
}

const EXPORTS = [
  ["/api/brief?format=html", "HTML"],
  ["/api/brief?format=md", "Markdown"],
  ["/api/brief?format=json", "JSON"],
  ["/api/brief?format=pdf", "PDF"],
  ["/api/exports/claimreview", "ClaimReview JSON-LD"],
  ["/api/exports/claims.csv", "Claims CSV"],
  ["/api/exports/stances.csv", "Stances CSV"],
  ["/api/feed.atom", "Atom feed"],
  ["/api/feed.rss", "RSS feed"],
] as const;

export function briefPage(brief: Brief): string {
  const s = brief.summary;
  const counts = (["corroborated", "single_source", "conflicting", "disputed"] as const).map(
    (k) =>
      html`<a class="count" href="/claims?status=${k}">${badge(k)}<span>${s.claims[k]}</span></a>`,
  );
  const sections = brief.sections.map((sec) => {
    const all = sec.statements.length + sec.omitted;
    return html`<section><h2>${sec.label}</h2><ul class="statements">${sec.statements.slice(0, SHOWN_PER_SECTION).map(statementItem)}</ul>
${all > SHOWN_PER_SECTION ? html`<p><a href="/claims?issue=${encodeURIComponent(sec.issue)}">All ${all} statements on ${sec.label}</a></p>` : ""}</section>`;
  });
  const cited = new Map(brief.citations.map((c) => [c.n, c]));
  const judgments = brief.keyJudgments?.length
    ? html`<section class="key-judgments"><h2>Key judgments</h2><ul>${brief.keyJudgments.map(
        (k) =>
          html`<li>${k.text} ${k.citations.map((n) => {
            const c = cited.get(n);
            return html`<span class="meta" title="${c ? `${c.source}: ${c.title}, ${day(c.published)}` : ""}">[${n}]</span>`;
          })} <span class="meta">${k.verdict}</span></li>`,
      )}</ul></section>`
    : "";
  const body = html`<p class="meta">Compiled ${day(brief.compiledAt)} from ${s.reports} reports published ${day(brief.coverage.from)} to ${day(brief.coverage.until)}, ${s.independentSources} independent sources.</p>
<div class="counts">${counts}</div>
<p class="meta">Verdicts ${countsNote(s)}.</p>
<details class="exports"><summary>Download or subscribe</summary><ul>${EXPORTS.map(([href, label]) => html`<li><a href="${href}">${label}</a></li>`)}</ul></details>
${judgments}
${sections}
<section><h2>Method</h2><p>${brief.method}</p><p class="meta">${brief.closing}</p></section>`;
  return page({ title: brief.title, section: "/", dossierTitle: brief.title }, body);
}
