/**
 * Puts the declared API routes on the server under /api: parameters checked,
 * writes authorised, reads answered from the desk's response cache when the
 * same request was answered from the same snapshot before.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { CachedResponse, Desk } from "../desk.js";
import { type AccessPolicy, checkWrite } from "../security.js";
import { briefRoutes } from "./brief-routes.js";
import { catalogRoutes } from "./catalog-routes.js";
import { claimRoutes } from "./claim-routes.js";
import { openApiDocument } from "./openapi.js";
import { parseParams } from "./params.js";
import type { ApiRoute, RouteResult } from "./route.js";
import { trackingRoutes } from "./tracking-routes.js";
import { writeRoutes } from "./write-routes.js";

export const API_ROUTES: ApiRoute[] = [
  ...catalogRoutes,
  ...claimRoutes,
  ...trackingRoutes,
  ...briefRoutes,
  ...writeRoutes,
];

export interface ApiOptions {
  desk: Desk;
  policy: AccessPolicy;
  /** The desk's public address (known once it listens). */
  baseUrl: () => string;
  version: string;
}

function toResponse(result: RouteResult, write: boolean): CachedResponse {
  if ("json" in result)
    return {
      status: result.status ?? (write ? 201 : 200),
      type: "application/json; charset=utf-8",
      // Kept encoded: a cached answer is sent as bytes, not re-encoded on every request.
      body: Buffer.from(JSON.stringify(result.json)),
    };
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  if (result.filename) headers["content-disposition"] = `attachment; filename="${result.filename}"`;
  const body = typeof result.body === "string" ? Buffer.from(result.body) : result.body;
  return { status: result.status ?? 200, type: result.type, body, headers };
}

function send(reply: FastifyReply, r: CachedResponse): FastifyReply {
  for (const [k, v] of Object.entries(r.headers ?? {})) reply.header(k, v);
  return reply.code(r.status).type(r.type).send(r.body);
}

function handlerOf(r: ApiRoute, options: ApiOptions) {
  const { desk } = options;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (r.write) checkWrite(req, options.policy);
    const snap = await desk.current();
    const key = req.url;
    const hit = r.write ? undefined : desk.cached(key);
    if (hit) return send(reply, hit);
    const result = await r.handle({
      desk,
      snap,
      query: r.query ? parseParams(r.query, req.query) : {},
      params: r.params ? parseParams(r.params, req.params) : {},
      body: req.body,
      baseUrl: options.baseUrl(),
    });
    const response = toResponse(result, Boolean(r.write));
    if (!r.write && response.status === 200) desk.remember(snap, key, response);
    return send(reply, response);
  };
}

export function registerApi(app: FastifyInstance, options: ApiOptions): void {
  const doc = JSON.stringify(
    openApiDocument(API_ROUTES, { title: "ThinkTanksMonitor API", version: options.version }),
  );
  app.get("/openapi.json", async (_req, reply) =>
    reply.type("application/json; charset=utf-8").send(doc),
  );
  for (const r of API_ROUTES) {
    app.route({ method: r.method, url: `/api${r.path}`, handler: handlerOf(r, options) });
  }
}
