/** The frame every dashboard page shares: head, navigation, skip link, footer. */
import type { VerdictStatus } from "../../model/index.js";
import { html, type SafeHtml } from "./html.js";

export const NAV = [
  { href: "/", label: "Brief" },
  { href: "/claims", label: "Claims" },
  { href: "/stances", label: "Stances" },
  { href: "/timeline", label: "Timeline" },
  { href: "/sources", label: "Sources" },
  { href: "/deadlines", label: "Deadlines" },
] as const;

export const STATUS_LABEL: Record<VerdictStatus, string> = {
  corroborated: "Corroborated",
  single_source: "Single source",
  conflicting: "Conflicting",
  disputed: "Disputed",
};

export function badge(status: VerdictStatus): SafeHtml {
  return html`<span class="badge ${status}">${STATUS_LABEL[status]}</span>`;
}

export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "—");

export interface PageOptions {
  title: string;
  /** The nav entry to mark as the current page. */
  section: string;
  dossierTitle: string;
  scripts?: string[];
}

export function page(options: PageOptions, body: SafeHtml): string {
  const nav = NAV.map(
    (n) =>
      html`<a href="${n.href}"${n.href === options.section ? html` aria-current="page"` : ""}>${n.label}</a>`,
  );
  const scripts = (options.scripts ?? []).map((src) => html`<script src="${src}" defer></script>`);
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · ThinkTanksMonitor</title>
<link rel="stylesheet" href="/assets/desk.css"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">${scripts}</head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="top"><div class="brand"><strong>ThinkTanksMonitor</strong> <span>${options.dossierTitle}</span></div>
<nav aria-label="Pages">${nav}</nav></header>
<main id="main" tabindex="-1"><h1>${options.title}</h1>${body}</main>
<footer>Every statement is traced to its reports. Report text is shown as written, never as markup.</footer>
</body></html>
`.value;
}

/** Previous/next links for a paged list. */
export function pager(
  base: string,
  params: URLSearchParams,
  total: number,
  limit: number,
  offset: number,
): SafeHtml {
  const link = (o: number, label: string) => {
    const p = new URLSearchParams(params);
    p.set("offset", String(o));
    return html`<a href="${base}?${p.toString()}">${label}</a>`;
  };
  const from = total === 0 ? 0 : offset + 1;
  const to = Math.min(total, offset + limit);
  return html`<nav class="pager" aria-label="Pages of results"><span>${from}–${to} of ${total}</span>
${offset > 0 ? link(Math.max(0, offset - limit), "← Previous") : ""}
${to < total ? link(offset + limit, "Next →") : ""}</nav>`;
}
