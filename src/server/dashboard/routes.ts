/**
 * The dashboard's pages and static assets. Pages are rendered on the server
 * from the snapshot (escaped by the `html` template) and cached like API reads.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { buildBrief } from "../../pipeline.js";
import { claimQuery } from "../api/claim-routes.js";
import { checkActor, checkIssue } from "../api/known-ids.js";
import { paginate, parseParams } from "../api/params.js";
import type { Desk } from "../desk.js";
import { notFound } from "../http-error.js";
import type { Snapshot } from "../snapshot.js";
import { claimDetail, listClaims } from "../views/claims.js";
import { coverage } from "../views/sources.js";
import {
  deadlinesView,
  shiftsView,
  stanceCellView,
  stanceMatrixView,
  timelineView,
} from "../views/tracking.js";
import { briefPage, SHOWN_PER_SECTION } from "./brief-page.js";
import { claimPage, claimsPage } from "./claims-page.js";
import { sourcesPage } from "./sources-page.js";
import { deadlinesPage, stanceCellPage, stancesPage, timelinePage } from "./tracking-pages.js";

/** src/server/assets, found the same way from src/ (tests) and dist/ (installed). */
const ASSETS = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "src",
  "server",
  "assets",
);
const CHART_JS = join(
  dirname(createRequire(import.meta.url).resolve("chart.js")),
  "chart.umd.min.js",
);

const ASSET_FILES: Record<string, { path: string; type: string }> = {
  "desk.css": { path: join(ASSETS, "desk.css"), type: "text/css; charset=utf-8" },
  "timeline.js": { path: join(ASSETS, "timeline.js"), type: "text/javascript; charset=utf-8" },
  "chart.umd.js": { path: CHART_JS, type: "text/javascript; charset=utf-8" },
  "favicon.svg": { path: join(ASSETS, "favicon.svg"), type: "image/svg+xml" },
};

type Render = (snap: Snapshot, req: FastifyRequest, desk: Desk) => Promise<string>;

/** Empty form fields mean "any": they are dropped before the filters are checked. */
function filledFields(query: unknown): Record<string, string> {
  return Object.fromEntries(
    Object.entries((query ?? {}) as Record<string, unknown>).filter(
      ([, v]) => v !== "" && v !== undefined,
    ),
  ) as Record<string, string>;
}

const PAGES: Record<string, Render> = {
  "/": async (_snap, _req, desk) =>
    briefPage(
      await buildBrief(desk.store, desk.dossier, { statementsPerIssue: SHOWN_PER_SECTION }),
    ),
  "/claims": async (snap, req) => {
    const fields = filledFields(req.query);
    const q = parseParams(claimQuery, fields);
    checkIssue(snap, q.issue);
    checkActor(snap, q.actor);
    return claimsPage(snap, q, paginate(listClaims(snap, q), q), new URLSearchParams(fields));
  },
  "/claims/:id": async (snap, req) => {
    const { id } = parseParams(z.object({ id: z.string().min(1).max(300) }), req.params);
    const detail = claimDetail(snap, id);
    if (!detail) throw notFound(`claim cluster '${id}'`);
    return claimPage(snap, detail);
  },
  "/stances": async (snap) => stancesPage(snap, stanceMatrixView(snap), shiftsView(snap)),
  "/stances/:actor/:issue": async (snap, req) => {
    const p = parseParams(
      z.object({ actor: z.string().max(200), issue: z.string().max(200) }),
      req.params,
    );
    const cell = stanceCellView(snap, p.actor, p.issue);
    if (!cell) throw notFound(`stance of '${p.actor}' on '${p.issue}'`);
    return stanceCellPage(snap, cell);
  },
  "/timeline": async (snap) => timelinePage(snap, timelineView(snap)),
  "/sources": async (snap) => sourcesPage(snap, coverage(snap)),
  "/deadlines": async (snap) => deadlinesPage(snap, deadlinesView(snap)),
};

function pageHandler(desk: Desk, render: Render) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const snap = await desk.current();
    const key = `page:${req.url}`;
    const hit = desk.cached(key);
    if (hit) return reply.type(hit.type).send(hit.body);
    const body = Buffer.from(await render(snap, req, desk));
    desk.remember(snap, key, { status: 200, type: "text/html; charset=utf-8", body });
    return reply.type("text/html; charset=utf-8").send(body);
  };
}

export function registerDashboard(app: FastifyInstance, desk: Desk): void {
  for (const [path, render] of Object.entries(PAGES)) app.get(path, pageHandler(desk, render));
  const assets = new Map(
    Object.entries(ASSET_FILES).map(([name, f]) => [
      name,
      { type: f.type, body: readFileSync(f.path) },
    ]),
  );
  // Browsers ask for it unprompted (the brief's own HTML page links no icon).
  app.get("/favicon.ico", async (_req, reply) => reply.code(204).send());
  app.get("/assets/:name", async (req, reply) => {
    const asset = assets.get((req.params as { name: string }).name);
    if (!asset) throw notFound("asset");
    return reply.type(asset.type).header("cache-control", "public, max-age=3600").send(asset.body);
  });
}
