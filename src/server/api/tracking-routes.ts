/**
 * API routes for tracking: stances (matrix and one cell), shifts, framework,
 * deadlines and the timeline. Thin on purpose: each hands a view of the tracking
 * records to the client (see views/tracking.ts).
 */
import { z } from "zod";
import { notFound } from "../http-error.js";
import {
  deadlinesView,
  frameworkView,
  shiftsView,
  stanceCellView,
  stanceMatrixView,
  timelineView,
} from "../views/tracking.js";
import { type ApiRoute, route } from "./route.js";

export const trackingRoutes: ApiRoute[] = [
  route({
    path: "/stances",
    summary: "The actor × issue stance matrix: each cell's latest position",
    tag: "tracking",
    async handle({ snap }) {
      return { json: stanceMatrixView(snap) };
    },
  }),
  route({
    path: "/stances/:actor/:issue",
    summary: "One cell of the stance matrix with its evidence and history",
    tag: "tracking",
    params: z.strictObject({
      actor: z.string().min(1).max(200),
      issue: z.string().min(1).max(200),
    }),
    async handle({ snap, params }) {
      const cell = stanceCellView(snap, params.actor, params.issue);
      if (!cell) throw notFound(`stance of '${params.actor}' on '${params.issue}'`);
      return { json: cell };
    },
  }),
  route({
    path: "/shifts",
    summary: "Changes of an actor's position on an issue, with the evidence before and after",
    tag: "tracking",
    async handle({ snap }) {
      return { json: shiftsView(snap) };
    },
  }),
  route({
    path: "/framework",
    summary: "Points of the negotiated framework with the statements and stances on each",
    tag: "tracking",
    async handle({ snap }) {
      return { json: frameworkView(snap) };
    },
  }),
  route({
    path: "/deadlines",
    summary: "Stated commitments with a due date, soonest first",
    tag: "tracking",
    async handle({ snap }) {
      return { json: deadlinesView(snap) };
    },
  }),
  route({
    path: "/timeline",
    summary: "Events by day and figures by the day they were reported",
    tag: "tracking",
    async handle({ snap }) {
      return { json: timelineView(snap) };
    },
  }),
];
