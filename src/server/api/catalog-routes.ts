/** API routes for what the desk has read: reports (search and filters), sources, actors, counts. */
import { z } from "zod";
import { collectStats } from "../../pipeline.js";
import { notFound } from "../http-error.js";
import type { Snapshot } from "../snapshot.js";
import { findReports, reportDetail } from "../views/reports.js";
import { coverage, sourceRows } from "../views/sources.js";
import { checkActor, checkIssue, checkSource } from "./known-ids.js";
import { isoDay, page, paginate } from "./params.js";
import { type ApiRoute, route } from "./route.js";

const reportQuery = z.strictObject({
  q: z.string().trim().min(1).max(500).optional().describe("full-text search over title and text"),
  source: z.string().optional().describe("source id"),
  since: isoDay.optional().describe("published on or after this day"),
  until: isoDay.optional().describe("published on or before this day"),
  issue: z.string().optional().describe("issue id of the dossier"),
  actor: z.string().optional().describe("actor id"),
  off_topic: z
    .enum(["include", "only"])
    .optional()
    .describe("reports off the dossier's topic are left out unless included, or asked for alone"),
  ...page,
});

const idParam = z.strictObject({ id: z.string().min(1).max(200) });

function actorsView(snap: Snapshot) {
  const mentioned = new Map<string, number>();
  for (const ids of snap.actorsInReport.values())
    for (const id of ids) mentioned.set(id, (mentioned.get(id) ?? 0) + 1);
  return snap.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    role: a.role,
    affiliation: a.affiliation,
    aliases: a.aliases,
    discovered: a.discovered ?? false,
    reports: mentioned.get(a.id) ?? 0,
  }));
}

export const catalogRoutes: ApiRoute[] = [
  route({
    path: "/reports",
    summary:
      "Reports, newest first or best match first with q; filters by source, date, issue, actor",
    tag: "reports",
    query: reportQuery,
    async handle({ desk, snap, query }) {
      checkSource(snap, query.source);
      checkIssue(snap, query.issue);
      checkActor(snap, query.actor);
      return { json: paginate(await findReports(desk.store, snap, query), query) };
    },
  }),
  route({
    path: "/reports/:id",
    summary: "One report with its text, the actors and issues found in it, and its claim clusters",
    tag: "reports",
    params: idParam,
    async handle({ snap, params }) {
      const detail = reportDetail(snap, params.id);
      if (!detail) throw notFound(`report '${params.id}'`);
      return { json: detail };
    },
  }),
  route({
    path: "/sources",
    summary: "Sources with owner, country, kind, and counts of reports, copies and facts carried",
    tag: "sources",
    async handle({ snap }) {
      return { json: sourceRows(snap) };
    },
  }),
  route({
    path: "/sources/coverage",
    summary: "Which outlets carried which facts, reprint chains, and each outlet's blind spots",
    tag: "sources",
    async handle({ snap }) {
      return { json: coverage(snap) };
    },
  }),
  route({
    path: "/actors",
    summary: "Actors of the dossier and those found in reports, with how many reports mention each",
    tag: "actors",
    async handle({ snap }) {
      return { json: actorsView(snap) };
    },
  }),
  route({
    path: "/stats",
    summary: "Counts of reports, sources, quarantined inputs and claims by verdict",
    tag: "reports",
    async handle({ desk }) {
      return { json: await collectStats(desk.store) };
    },
  }),
];
