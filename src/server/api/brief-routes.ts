/**
 * API routes for the brief (Markdown, HTML, JSON, PDF) and the exports:
 * ClaimReview JSON-LD, CSV of claims and of stances, RSS and Atom feeds of briefs.
 */
import { createHash } from "node:crypto";
import { z } from "zod";
import { renderBrief, shownIn } from "../../brief/index.js";
import {
  BrowserMissingError,
  briefFeed,
  claimReviews,
  claimsCsv,
  printPdf,
  renderAtom,
  renderRss,
  stancesCsv,
} from "../../export/index.js";
import { buildBrief } from "../../pipeline.js";
import { badParameter, HttpError } from "../http-error.js";
import { checkIssue } from "./known-ids.js";
import { isoDay } from "./params.js";
import { type ApiRoute, route } from "./route.js";

const briefQuery = z.strictObject({
  format: z.enum(["md", "html", "json", "pdf"]).default("json").describe("output format"),
  since: isoDay.optional().describe("only reports published on or after this day"),
  until: isoDay.optional().describe("only reports published on or before this day"),
  issue: z.string().optional().describe("only this issue"),
});

/** The brief page carries one style block and no script: its CSP allows exactly that block. */
export function briefPageCsp(page: string): string {
  const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? "";
  const hash = createHash("sha256").update(style).digest("base64");
  return `default-src 'none'; style-src 'sha256-${hash}'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;
}

async function pdfOf(html: string): Promise<Buffer> {
  try {
    return await printPdf(html);
  } catch (err) {
    if (err instanceof BrowserMissingError)
      throw new HttpError(503, `PDF export unavailable: ${err.message}`);
    throw err;
  }
}

export const briefRoutes: ApiRoute[] = [
  route({
    path: "/brief",
    summary: "The brief, optionally for a date window or one issue",
    tag: "brief",
    query: briefQuery,
    produces: ["application/json", "text/markdown", "text/html", "application/pdf"],
    async handle({ desk, snap, query }) {
      checkIssue(snap, query.issue);
      if (query.since && query.until && query.since > query.until)
        throw badParameter("until", `${query.until} is before since (${query.since})`);
      const brief = await buildBrief(desk.store, desk.dossier, {
        ...query,
        ...shownIn(query.format === "json" ? "json" : "html"),
      });
      if (query.format === "json") return { json: brief };
      if (query.format === "md")
        return { body: renderBrief(brief, "md"), type: "text/markdown; charset=utf-8" };
      const page = renderBrief(brief, "html");
      if (query.format === "html")
        return {
          body: page,
          type: "text/html; charset=utf-8",
          headers: { "content-security-policy": briefPageCsp(page) },
        };
      return { body: await pdfOf(page), type: "application/pdf", filename: "brief.pdf" };
    },
  }),
  route({
    path: "/exports/claimreview",
    summary:
      "ClaimReview JSON-LD (schema.org) for every corroborated, conflicting or disputed claim",
    tag: "exports",
    produces: ["application/ld+json"],
    async handle({ snap, baseUrl }) {
      const doc = claimReviews(snap, { baseUrl });
      return { body: JSON.stringify(doc, null, 2), type: "application/ld+json; charset=utf-8" };
    },
  }),
  route({
    path: "/exports/claims.csv",
    summary: "CSV of claim clusters with verdicts, variants, sources and reasons",
    tag: "exports",
    produces: ["text/csv"],
    async handle({ snap }) {
      return { body: claimsCsv(snap), type: "text/csv; charset=utf-8", filename: "claims.csv" };
    },
  }),
  route({
    path: "/exports/stances.csv",
    summary: "CSV of every stance, with the latest in each cell marked",
    tag: "exports",
    produces: ["text/csv"],
    async handle({ snap }) {
      return { body: stancesCsv(snap), type: "text/csv; charset=utf-8", filename: "stances.csv" };
    },
  }),
  route({
    path: "/feed.rss",
    summary: "RSS 2.0 feed of daily briefs",
    tag: "exports",
    produces: ["application/rss+xml"],
    async handle({ desk, baseUrl }) {
      const feed = await briefFeed(desk.store, desk.dossier, baseUrl, "/api/feed.rss");
      return { body: renderRss(feed), type: "application/rss+xml; charset=utf-8" };
    },
  }),
  route({
    path: "/feed.atom",
    summary: "Atom 1.0 feed of daily briefs",
    tag: "exports",
    produces: ["application/atom+xml"],
    async handle({ desk, baseUrl }) {
      const feed = await briefFeed(desk.store, desk.dossier, baseUrl, "/api/feed.atom");
      return { body: renderAtom(feed), type: "application/atom+xml; charset=utf-8" };
    },
  }),
];
