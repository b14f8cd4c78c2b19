/** API routes for claim clusters and their verdicts. */
import { z } from "zod";
import { notFound } from "../http-error.js";
import { claimDetail, listClaims } from "../views/claims.js";
import { checkActor, checkIssue } from "./known-ids.js";
import { isoDay, page, paginate, verdict } from "./params.js";
import { type ApiRoute, route } from "./route.js";

export const claimQuery = z.strictObject({
  status: verdict.optional().describe("only clusters with this verdict"),
  issue: z.string().optional().describe("issue id"),
  actor: z.string().optional().describe("actor id: a holder, subject or variant holder"),
  since: isoDay.optional().describe("reported on or after this day"),
  until: isoDay.optional().describe("reported on or before this day"),
  ...page,
});

export const claimRoutes: ApiRoute[] = [
  route({
    path: "/claims",
    summary: "Claim clusters with verdicts; filters by verdict, issue, actor and date",
    tag: "claims",
    query: claimQuery,
    async handle({ snap, query }) {
      checkIssue(snap, query.issue);
      checkActor(snap, query.actor);
      return { json: paginate(listClaims(snap, query), query) };
    },
  }),
  route({
    path: "/claims/:id",
    summary: "One cluster: evidence, sources, reprints, variants and reasons",
    tag: "claims",
    params: z.strictObject({ id: z.string().min(1).max(300) }),
    async handle({ snap, params }) {
      const detail = claimDetail(snap, params.id);
      if (!detail) throw notFound(`claim cluster '${params.id}'`);
      return { json: detail };
    },
  }),
];
