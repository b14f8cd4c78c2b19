/**
 * Who may listen where and read what, and what a failure shows: a desk whose
 * reads need the token (as when it listens beyond loopback), and a store that fails.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { Desk } from "./desk.js";
import { buildDeskFixture, type DeskFixture } from "./desk-fixture.js";
import { checkBinding, isLoopback } from "./security.js";

const TOKEN = "reader-token-0123456789abcdef";
let fx: DeskFixture;
let app: FastifyInstance;
let url: string;
const logged: string[] = [];

beforeAll(async () => {
  fx = await buildDeskFixture();
  // A store whose search fails, to see what a client is told of an internal error.
  const failing = Object.create(fx.store, {
    searchReports: {
      value: async () => {
        throw new Error("disk on fire at /secret/path.ts:12");
      },
    },
  });
  app = buildApp({
    desk: new Desk(failing, fx.dossier),
    policy: { token: TOKEN, readsNeedToken: true },
    baseUrl: () => url,
    version: "test",
    log: (m) => logged.push(m),
  });
  url = await app.listen({ host: "127.0.0.1", port: 0 });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await fx?.cleanup();
});

describe("where the desk may listen", () => {
  it("listens on loopback without a token but refuses any other address without one", () => {
    expect(() => checkBinding("127.0.0.1", undefined)).not.toThrow();
    expect(() => checkBinding("::1", undefined)).not.toThrow();
    expect(() => checkBinding("0.0.0.0", undefined)).toThrow(/needs an API token/);
    expect(() => checkBinding("0.0.0.0", "short")).toThrow(/at least 16 characters/);
    expect(() => checkBinding("0.0.0.0", TOKEN)).not.toThrow();
    expect(isLoopback("127.0.0.2")).toBe(true);
    expect(isLoopback("10.0.0.1")).toBe(false);
  });
});

describe("a desk whose reads need the token", () => {
  it("refuses API reads without it and sends the dashboard to sign in", async () => {
    expect((await fetch(`${url}/api/claims`)).status).toBe(401);
    const page = await fetch(`${url}/claims`, { redirect: "manual" });
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login");
  });

  it("answers reads with the bearer token, or with the cookie set by signing in", async () => {
    const bearer = await fetch(`${url}/api/claims?limit=1`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(bearer.status).toBe(200);
    const wrong = await fetch(`${url}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "token=nope",
    });
    expect(wrong.status).toBe(401);
    const signIn = await fetch(`${url}/login`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `token=${TOKEN}`,
      redirect: "manual",
    });
    const cookie = signIn.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await fetch(`${url}/claims`, { headers: { cookie: cookie.split(";")[0]! } });
    expect(page.status).toBe(200);
  });

  it("does not let the cookie authorise writes", async () => {
    const res = await fetch(`${url}/api/reports`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: `ttm_token=${TOKEN}` },
      body: "{}",
    });
    expect(res.status).toBe(401);
  });
});

describe("internal errors", () => {
  it("tell the client only 'internal error' and keep the detail in the server's log", async () => {
    const res = await fetch(`${url}/api/reports?q=drones`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { status: 500, message: "internal error" } });
    expect(text).not.toContain("secret");
    expect(logged.join("\n")).toContain("disk on fire");
  });
});
