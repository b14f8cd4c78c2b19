/**
 * The desk's security policy: where it may listen, who may read and write, and
 * the headers on every answer. Loopback needs no token to read; any other
 * address needs a token for everything; writes need the token everywhere.
 */
import { timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";
import type { FastifyReply, FastifyRequest } from "fastify";
import { HttpError } from "./http-error.js";

export const TOKEN_COOKIE = "ttm_token";
const MIN_TOKEN_CHARS = 16;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join("; ");

export const SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
};

export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  if (h === "localhost" || h === "::1") return true;
  return isIP(h) === 4 && h.startsWith("127.");
}

/** Refuses to listen beyond loopback without a token, and refuses tokens too short to be secret. */
export function checkBinding(host: string, token: string | undefined): void {
  if (token !== undefined && token.length < MIN_TOKEN_CHARS)
    throw new Error(`the API token must be at least ${MIN_TOKEN_CHARS} characters`);
  if (!isLoopback(host) && !token)
    throw new Error(
      `binding to ${host} (beyond this machine) needs an API token: pass --token or set TTM_API_TOKEN`,
    );
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function bearerOf(req: FastifyRequest): string | null {
  const header = req.headers.authorization;
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return m?.[1] ?? null;
}

export function cookieToken(req: FastifyRequest): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === TOKEN_COOKIE) return decodeURIComponent(rest.join("="));
  }
  return null;
}

export interface AccessPolicy {
  token: string | undefined;
  /** True when the desk listens beyond loopback: then reads need the token too. */
  readsNeedToken: boolean;
}

/** Writes: the bearer token only (a cookie would let another site's form write). */
export function checkWrite(req: FastifyRequest, policy: AccessPolicy): void {
  if (!policy.token)
    throw new HttpError(
      403,
      "writes are turned off: start `ttm serve` with --token or TTM_API_TOKEN",
    );
  const given = bearerOf(req);
  if (!given || !sameSecret(given, policy.token))
    throw new HttpError(401, "writes need the API token as 'Authorization: Bearer <token>'");
}

export function canRead(req: FastifyRequest, policy: AccessPolicy): boolean {
  if (!policy.readsNeedToken || !policy.token) return true;
  const given = bearerOf(req) ?? cookieToken(req);
  return given !== null && sameSecret(given, policy.token);
}

export function sameToken(given: string, policy: AccessPolicy): boolean {
  return Boolean(policy.token) && sameSecret(given, policy.token!);
}

export function setSecurityHeaders(reply: FastifyReply): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  if (!reply.hasHeader("content-security-policy"))
    reply.header("content-security-policy", CONTENT_SECURITY_POLICY);
}
