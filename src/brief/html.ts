/**
 * Renders a compiled brief as one self-contained HTML page. Every piece of
 * report text is untrusted: it is escaped, never inserted as markup.
 */
import { type Brief, type Citation, citationNotes, type Statement } from "./brief.js";
import { trackingHtml } from "./html-tracking.js";
import {
  ATTRIBUTED,
  citationRefs,
  countsNote,
  day,
  moreStatements,
  moreThanShown,
  reasonsText,
  STATEMENTS_SHOWN,
  STATUS_LABEL,
  sourcesInWords,
} from "./words.js";

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

const refs = (ns: number[]) => citationRefs(ns, (n) => `<a href="#ref-${n}">[${n}]</a>`);

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d232b}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2rem;margin-top:2rem}
.meta{color:#57606a}.badge{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.8rem;font-weight:600;margin-right:.4rem}
.corroborated{background:#dafbe1;color:#116329}.single_source{background:#eaeef2;color:#424a53}
.conflicting{background:#ffebe9;color:#a40e26}.disputed{background:#fff8c5;color:#7d4e00}
li{margin:.4rem 0}.variants{margin:.2rem 0}.why{color:#57606a;font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
a{color:#0969da}.counts span{margin-right:1rem}
.chart{margin:1rem 0;overflow-x:auto}.chart svg{max-width:100%;height:auto}
.point,.due{font-weight:600}.point.agreed,.due.met{color:#116329}.point.open,.due.pending{color:#424a53}
.point.disputed,.due.missed{color:#a40e26}.due.unknown{color:#7d4e00}`;

function statementHtml(s: Statement): string {
  const variants =
    s.status === "conflicting" || s.variants.length > 1
      ? `<ul class="variants">${s.variants
          .map((v) => {
            const who = v.holders.length ? ` (${escapeHtml(v.holders.join(", "))})` : "";
            return `<li><strong>${escapeHtml(v.value)}</strong>${who} ${refs(v.citations)}</li>`;
          })
          .join("")}</ul>`
      : "";
  const who = s.holders.length
    ? ` <span class="meta">(${ATTRIBUTED} ${escapeHtml(s.holders.join(", "))})</span>`
    : "";
  const why = s.reasons.length
    ? `<div class="why">Why: ${reasonsText(s.reasons, escapeHtml)}</div>`
    : "";
  return `<li><span class="badge ${s.status}">${STATUS_LABEL[s.status]}</span><span class="meta">${sourcesInWords(s.independentSources, s.reports)}</span><br>${escapeHtml(s.text)}${who} ${refs(s.citations)}${variants}${why}</li>`;
}

function citationHtml(c: Citation): string {
  const title = escapeHtml(c.title);
  const linked =
    c.url && /^https?:\/\//i.test(c.url)
      ? `<a href="${escapeHtml(c.url)}" rel="noopener noreferrer">${title}</a>`
      : title;
  const copy = c.copyOf ? ` (copy of <a href="#ref-${c.copyOf}">[${c.copyOf}]</a>)` : "";
  const notes = citationNotes(c);
  const noted =
    notes.length > 0 ? ` <span class="why">(${escapeHtml(notes.join("; "))})</span>` : "";
  return `<li id="ref-${c.n}" value="${c.n}">${escapeHtml(c.source)}: ${linked}, ${day(c.published)}${noted}${copy}</li>`;
}

export function renderHtml(brief: Brief): string {
  const { summary } = brief;
  const parts: string[] = [];
  parts.push(
    `<h1>${escapeHtml(brief.title)}</h1>`,
    `<p class="meta">Compiled ${day(brief.compiledAt)} from reports published ${day(brief.coverage.from)} to ${day(brief.coverage.until)}: ${sourcesInWords(summary.independentSources, summary.reports)}.</p>`,
    `<p class="counts">${(["corroborated", "single_source", "conflicting", "disputed"] as const)
      .map(
        (k) =>
          `<span><span class="badge ${k}">${STATUS_LABEL[k]}</span>${summary.claims[k]}</span>`,
      )
      .join("")}</p>`,
    `<p class="meta">Verdicts ${escapeHtml(countsNote(summary))}.</p>`,
  );
  if (brief.keyJudgments?.length) {
    const items = brief.keyJudgments
      .map(
        (k) =>
          `<li>${escapeHtml(k.text)} ${refs(k.citations)} <span class="meta">${escapeHtml(k.verdict)}</span></li>`,
      )
      .join("");
    parts.push(`<section class="key-judgments"><h2>Key judgments</h2><ul>${items}</ul></section>`);
  }
  for (const section of brief.sections) {
    const shown = section.statements.slice(0, STATEMENTS_SHOWN).map(statementHtml).join("");
    const rest = moreThanShown(section);
    const more =
      rest > 0 ? `<li class="meta">…and ${moreStatements(rest)} in the JSON brief.</li>` : "";
    parts.push(`<section><h2>${escapeHtml(section.label)}</h2><ul>${shown}${more}</ul></section>`);
  }
  parts.push(...trackingHtml(brief));
  parts.push(
    `<section><h2>Sources</h2><ol>${brief.citations.map(citationHtml).join("")}</ol></section>`,
    `<section><h2>Method</h2><p>${escapeHtml(brief.method)}</p><p><em>${escapeHtml(brief.closing)}</em></p></section>`,
  );
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-${styleHash()}'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(brief.title)}</title><style>${STYLE}</style></head>
<body><main>${parts.join("\n")}</main></body></html>
`;
}

import { createHash } from "node:crypto";

let cachedHash: string | null = null;
/** The page allows exactly its own style block and no script at all. */
function styleHash(): string {
  cachedHash ??= createHash("sha256").update(STYLE).digest("base64");
  return cachedHash;
}
