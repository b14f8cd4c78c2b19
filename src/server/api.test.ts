// biome-ignore-all lint/suspicious/noExplicitAny: JSON answers are read loosely inside assertions
/** The API over real HTTP on 127.0.0.1 (an ephemeral port), on the sample database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeskFixture, type DeskFixture, HOSTILE_REPORT } from "./desk-fixture.js";
import { type RunningDesk, startServer } from "./index.js";

const TOKEN = "test-token-0123456789abcdef";
let fx: DeskFixture;
let desk: RunningDesk;

beforeAll(async () => {
  fx = await buildDeskFixture({ hostile: true });
  desk = await startServer({
    store: fx.store,
    dossier: fx.dossier,
    port: 0,
    token: TOKEN,
    log: () => {},
  });
}, 60_000);

// Closing waits for the database file to be written out, slow on a busy disk.
afterAll(async () => {
  await desk?.close();
  await fx?.cleanup();
}, 30_000);

const get = (path: string, init?: RequestInit) => fetch(`${desk.url}${path}`, init);
const json = async (path: string) => {
  const res = await get(path);
  return { status: res.status, body: (await res.json()) as any };
};

describe("reading claims", () => {
  it("lists clusters a page at a time, weightiest first, with the total", async () => {
    const { status, body } = await json("/api/claims?limit=5&offset=0");
    expect(status).toBe(200);
    expect(body.items).toHaveLength(5);
    expect(body.total).toBe((await fx.store.listClusters()).length);
    expect(body.items[0].status).toBe("conflicting");
  });

  it("filters by verdict, issue and actor", async () => {
    const conflicting = await json("/api/claims?status=conflicting&limit=500");
    expect(conflicting.body.total).toBeGreaterThanOrEqual(5);
    expect(conflicting.body.items.every((c: any) => c.status === "conflicting")).toBe(true);
    const attacks = await json("/api/claims?issue=attacks&limit=500");
    expect(attacks.body.items.every((c: any) => c.issue === "attacks")).toBe(true);
    const byActor = await json("/api/claims?actor=volodymyr-zelenskyy&status=conflicting");
    expect(byActor.body.total).toBeGreaterThan(0);
    expect(byActor.body.total).toBeLessThanOrEqual(conflicting.body.total);
  });

  it("gives one conflict with its variants, their sources, the evidence and the reasons", async () => {
    const list = await json("/api/claims?status=conflicting&limit=1");
    const { status, body } = await json(`/api/claims/${list.body.items[0].id}`);
    expect(status).toBe(200);
    expect(body.variants.length).toBeGreaterThanOrEqual(2);
    for (const v of body.variants) expect(v.sources.length).toBeGreaterThan(0);
    expect(body.evidence.length).toBeGreaterThanOrEqual(2);
    expect(body.reasons.length).toBeGreaterThan(0);
    expect(body.sources[0]).toHaveProperty("owner");
  });
});

describe("bad requests", () => {
  it("answers 400 naming the parameter and the reason", async () => {
    const tooMany = await json("/api/claims?limit=100000");
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.parameter).toBe("limit");
    expect(tooMany.body.error.reason).toMatch(/500/);
    const badDay = await json("/api/reports?since=2025-13-45");
    expect(badDay.body.error.parameter).toBe("since");
    const badVerdict = await json("/api/claims?status=maybe");
    expect(badVerdict.body.error.parameter).toBe("status");
    const unknownIssue = await json("/api/claims?issue=weather");
    expect(unknownIssue.body.error).toMatchObject({ parameter: "issue" });
    expect(unknownIssue.body.error.reason).toMatch(/unknown issue 'weather'/);
  });

  it("refuses parameters it does not know, so a typo is not silently ignored", async () => {
    const { status, body } = await json("/api/claims?stauts=disputed");
    expect(status).toBe(400);
    expect(body.error.parameter).toBe("stauts");
  });

  it("answers 404 in JSON for an unknown claim and an unknown path, with no stack trace", async () => {
    const missing = await json("/api/claims/c-nope");
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toContain("c-nope");
    const path = await get("/api/nothing-here");
    expect(path.status).toBe(404);
    expect(await path.text()).not.toMatch(/\bat \S+\.(js|ts):\d+/);
  });

  it("answers malformed JSON bodies with 400 and no stack trace", async () => {
    const res = await get("/api/reports", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: "{not json",
    });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/node_modules|\bat \S+:\d+/);
  });
});

describe("reports", () => {
  it("searches full text and filters by source, actor, issue and date", async () => {
    const search = await json("/api/reports?q=drones");
    expect(search.body.total).toBeGreaterThan(0);
    expect(search.body.items[0]).toHaveProperty("excerpt");
    const bySource = await json("/api/reports?source=northgate-wire&limit=500");
    expect(bySource.body.items.every((r: any) => r.sourceId === "northgate-wire")).toBe(true);
    const byActor = await json("/api/reports?actor=dmitry-peskov&limit=500");
    expect(byActor.body.total).toBeGreaterThan(0);
    const byIssue = await json("/api/reports?issue=attacks&limit=500");
    expect(byIssue.body.total).toBeGreaterThan(0);
    // Every sample report is on the dossier's topic: none is left out, none listed alone.
    const all = await json("/api/reports?limit=500");
    expect((await json("/api/reports?off_topic=include&limit=500")).body.total).toBe(
      all.body.total,
    );
    expect((await json("/api/reports?off_topic=only")).body.total).toBe(0);
    expect(all.body.items.every((r: any) => r.offTopic === null)).toBe(true);
    expect((await json("/api/reports?off_topic=maybe")).status).toBe(400);
    const oneDay = await json("/api/reports?since=2025-12-27&until=2025-12-27&limit=500");
    expect(oneDay.body.items.every((r: any) => r.published.startsWith("2025-12-27"))).toBe(true);
  });

  it("gives one report with its text and what was found in it", async () => {
    const list = await json("/api/reports?limit=1");
    const one = await json(`/api/reports/${list.body.items[0].id}`);
    expect(one.body.text.length).toBeGreaterThan(100);
    expect(one.body.counts.sentences).toBeGreaterThan(0);
  });
});

describe("tracking and sources", () => {
  it("serves the stance matrix, a cell's history, shifts, framework, deadlines and timeline", async () => {
    const matrix = await json("/api/stances");
    expect(matrix.body.cells.length).toBeGreaterThan(5);
    const cell = matrix.body.cells[0];
    const detail = await json(`/api/stances/${cell.actorId}/${cell.issue}`);
    expect(detail.body.history.length).toBeGreaterThan(0);
    expect(detail.body.history[0].evidence.length).toBeGreaterThan(0);
    for (const path of ["/api/shifts", "/api/framework", "/api/deadlines"])
      expect(Array.isArray((await json(path)).body)).toBe(true);
    const timeline = await json("/api/timeline");
    expect(timeline.body.events.length).toBeGreaterThan(0);
    expect(timeline.body.figures.length).toBeGreaterThan(0);
  });

  it("shows coverage: outlets, reprint chains and blind spots", async () => {
    const { body } = await json("/api/sources/coverage");
    expect(body.sources.length).toBe(10);
    expect(body.chains.length).toBeGreaterThan(0);
    expect(body.facts[0].carriedBy).toBeTypeOf("object");
  });
});

describe("security", () => {
  it("sends the security headers on API answers and pages", async () => {
    for (const path of ["/api/claims", "/", "/api/nothing"]) {
      const res = await get(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("refuses writes without the token, and with a wrong one", async () => {
    const body = JSON.stringify(HOSTILE_REPORT);
    const headers = { "content-type": "application/json" };
    expect((await get("/api/reports", { method: "POST", headers, body })).status).toBe(401);
    const wrong = await get("/api/reports", {
      method: "POST",
      headers: { ...headers, authorization: "Bearer wrong-token-0123456789" },
      body,
    });
    expect(wrong.status).toBe(401);
  });

  it("adds a report with the token, and reads show it at once", async () => {
    const report = {
      source: "capital-signal",
      url: "https://capital-signal.example/2026/01/11/added-by-api",
      title: "Envoys set a new round of talks in Geneva",
      published: "2026-01-11T09:00:00Z",
      text: "Steve Witkoff said on Sunday that the next round of talks would open in Geneva on January 20.",
    };
    const res = await get("/api/reports", {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(report),
    });
    expect(res.status).toBe(201);
    const summary = (await res.json()) as any;
    expect(summary.ingested.added).toBe(1);
    const found = await json("/api/reports?q=Geneva");
    expect(found.body.items.map((r: any) => r.title)).toContain(report.title);
  });
});

describe("documents", () => {
  it("publishes an OpenAPI 3.1 document listing the routes and their parameters", async () => {
    const { body } = await json("/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(["/claims", "/claims/{id}", "/reports", "/brief"]),
    );
    expect(body.paths["/reports"].post.security).toEqual([{ bearer: [] }]);
    const params = body.paths["/claims"].get.parameters.map((p: any) => p.name);
    expect(params).toEqual(expect.arrayContaining(["status", "issue", "actor", "limit", "offset"]));
  });

  it("serves the brief as Markdown, JSON and HTML, the HTML with escaped report text", async () => {
    const md = await get("/api/brief?format=md");
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toContain("# US-brokered");
    const brief = await json("/api/brief?format=json&issue=ceasefire");
    expect(brief.body.sections.map((s: any) => s.issue)).toEqual(["ceasefire"]);
    const page = await get("/api/brief?format=html");
    const text = await page.text();
    expect(text).not.toContain("<script>window.__pwned");
    expect(page.headers.get("content-security-policy")).toMatch(/style-src 'sha256-/);
  });
});
