/**
 * The desk as a Fastify application: security headers on every answer, access
 * checks, the API under /api with its OpenAPI document, the dashboard pages,
 * and error answers that never carry a stack trace.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { registerApi } from "./api/register.js";
import { html } from "./dashboard/html.js";
import { registerDashboard } from "./dashboard/routes.js";
import type { Desk } from "./desk.js";
import { errorBody, notFound } from "./http-error.js";
import {
  type AccessPolicy,
  canRead,
  sameToken,
  setSecurityHeaders,
  TOKEN_COOKIE,
} from "./security.js";

export interface AppOptions {
  desk: Desk;
  policy: AccessPolicy;
  baseUrl: () => string;
  version: string;
  /** Where server-side failures are told (never to the client). */
  log?: (message: string) => void;
}

const BODY_LIMIT = 5 * 1024 * 1024;

const wantsJson = (req: FastifyRequest) => /^\/(api\/|openapi\.json)/.test(req.url);

function errorPage(status: number, message: string): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${status} · ThinkTanksMonitor</title>
<link rel="stylesheet" href="/assets/desk.css"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"></head><body><main id="main"><h1>${status}</h1><p>${message}</p><p><a href="/">Back to the brief</a></p></main></body></html>`
    .value;
}

function answerError(
  err: unknown,
  req: FastifyRequest,
  reply: FastifyReply,
  log: (m: string) => void,
) {
  const body = errorBody(err);
  if (body.error.status >= 500 && body.error.status !== 503)
    log(`ttm serve: ${req.method} ${req.url} failed: ${(err as Error)?.stack ?? String(err)}`);
  if (body.error.status === 401 && wantsJson(req)) reply.header("www-authenticate", "Bearer");
  reply.code(body.error.status);
  if (wantsJson(req))
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(body));
  return reply
    .type("text/html; charset=utf-8")
    .send(errorPage(body.error.status, body.error.message));
}

function loginPage(failed: boolean): string {
  return html`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in · ThinkTanksMonitor</title>
<link rel="stylesheet" href="/assets/desk.css"><link rel="icon" href="/assets/favicon.svg" type="image/svg+xml"></head><body><main id="main" class="login"><h1>Sign in</h1>
${failed ? html`<p role="alert">That token is not right.</p>` : ""}
<form method="post" action="/login"><label>API token <input type="password" name="token" autocomplete="current-password" required autofocus></label>
<p><button type="submit">Sign in</button></p></form></main></body></html>`.value;
}

function registerAccess(app: FastifyInstance, policy: AccessPolicy): void {
  app.addHook("onRequest", async (req, reply) => {
    if (
      canRead(req, policy) ||
      req.url === "/login" ||
      req.url.startsWith("/assets/desk.css") ||
      req.url.startsWith("/assets/favicon.svg")
    )
      return;
    if (wantsJson(req)) {
      reply.header("www-authenticate", "Bearer");
      return reply
        .code(401)
        .type("application/json; charset=utf-8")
        .send(JSON.stringify({ error: { status: 401, message: "this desk needs the API token" } }));
    }
    return reply.redirect("/login", 303);
  });
  app.get("/login", async (_req, reply) =>
    reply.type("text/html; charset=utf-8").send(loginPage(false)),
  );
  app.post("/login", async (req, reply) => {
    const token = String((req.body as Record<string, unknown> | null)?.token ?? "");
    if (!sameToken(token, policy))
      return reply.code(401).type("text/html; charset=utf-8").send(loginPage(true));
    reply.header(
      "set-cookie",
      `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
    );
    return reply.redirect("/", 303);
  });
}

export function buildApp(options: AppOptions): FastifyInstance {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const app = Fastify({ logger: false, bodyLimit: BODY_LIMIT, return503OnClosing: true });
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 10_000 },
    (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  app.addHook("onSend", async (_req, reply, payload) => {
    setSecurityHeaders(reply);
    return payload;
  });
  registerAccess(app, options.policy);
  app.get("/healthz", async () => ({ ok: true }));
  registerApi(app, options);
  registerDashboard(app, options.desk);
  app.setNotFoundHandler((req, reply) =>
    answerError(notFound(`${req.method} ${req.url.split("?")[0]}`), req, reply, log),
  );
  app.setErrorHandler((err, req, reply) => answerError(err, req, reply, log));
  return app;
}
