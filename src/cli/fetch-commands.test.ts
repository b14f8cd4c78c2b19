import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type LocalServer, startLocalServer } from "../test-support/local-http-server.js";
import { runCli as run } from "../test-support/run-cli.js";

const BODY = Array.from({ length: 30 }, (_, i) => `Line ${i}: the delegations met in Geneva.`).join(
  " ",
);
let pageUp = false;
let server: LocalServer;

beforeAll(async () => {
  server = await startLocalServer({
    "/feed.xml": (_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      res.end(`<rss version="2.0"><channel><title>Local Wire</title>
        <item><title>Up story</title><link>${server.url("/up")}</link><guid>up</guid><pubDate>Tue, 30 Dec 2025 10:00:00 GMT</pubDate><description>s</description></item>
        <item><title>Flaky story</title><link>${server.url("/flaky")}</link><guid>flaky</guid><pubDate>Tue, 30 Dec 2025 11:00:00 GMT</pubDate><description>s</description></item>
      </channel></rss>`);
    },
    "/up": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end(
        `<html><head><meta property="article:published_time" content="2025-12-30T10:00:00Z"></head><body><article><p>Up. ${BODY}</p></article></body></html>`,
      );
    },
    "/flaky": (_req, res) => {
      res.writeHead(pageUp ? 200 : 404, { "content-type": "text/html" });
      res.end(
        pageUp
          ? `<html><body><article><p>Flaky at last. ${BODY}</p></article></body></html>`
          : "missing",
      );
    },
  });
});
afterAll(() => server.close());

describe("ttm watch and ttm retry", () => {
  it("watches once with JSON lines, quarantines what fails, and retry takes it in later", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-watch-cli-"));
    const db = join(dir, "t.sqlite");
    const sources = join(dir, "sources.yaml");
    await writeFile(
      sources,
      `fetch: { allow_addresses: ["127.0.0.1"], per_host_interval_seconds: 0, retries: 0 }\nsources:\n  - { id: local-wire, name: Local Wire, owner: Local Press, country: GB, kind: wire, feeds: ["${server.url("/feed.xml")}"] }\n`,
    );
    const watched = await run("--db", db, "watch", "--once", "--json", "--sources", sources);
    expect(watched.code).toBe(0);
    const events = watched.out
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(events.map((e) => e.event)).toEqual([
      "round_started",
      "feed_polled",
      "round_finished",
      "stopped",
    ]);
    expect(events[1]).toMatchObject({ status: "new-items", added: 1, quarantined: 1 });

    const listed = await run("--db", db, "quarantine", "--json");
    expect(JSON.parse(listed.out)).toMatchObject([
      {
        origin: server.url("/flaky"),
        stage: "fetch",
        reason: expect.stringContaining("HTTP 404"),
        sourceId: "local-wire",
      },
    ]);

    const stillDown = await run("--db", db, "retry", "--json", "--allow-address", "127.0.0.1");
    expect(stillDown.code).toBe(1);
    expect(JSON.parse(stillDown.out)).toMatchObject([{ result: "still-failing" }]);

    pageUp = true;
    const retried = await run("--db", db, "retry", "--json", "--allow-address", "127.0.0.1");
    expect(retried.code).toBe(0);
    expect(JSON.parse(retried.out)).toMatchObject([
      { origin: server.url("/flaky"), result: "taken" },
    ]);
    const reports = JSON.parse((await run("--db", db, "sources", "--json")).out);
    expect(reports.find((s: { id: string }) => s.id === "local-wire")?.reports).toBe(2);
    expect(JSON.parse((await run("--db", db, "retry", "--json")).out)).toEqual([]);
  });

  it("refuses a sources file with a bad value, naming the path inside it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-watch-cli-"));
    const sources = join(dir, "bad.yaml");
    await writeFile(
      sources,
      "sources:\n  - { id: x, name: X, owner: O, country: GB, kind: wire, feeds: [], interval: soon }\n",
    );
    const result = await run(
      "--db",
      join(dir, "t.sqlite"),
      "watch",
      "--once",
      "--sources",
      sources,
    );
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/sources\[0\]\.interval: expected a duration/);
  });

  it("ingests a feed by URL when the environment allow-lists the local server", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-ingest-url-"));
    vi.stubEnv("TTM_FETCH_ALLOW", "127.0.0.1");
    try {
      const result = await run(
        "--db",
        join(dir, "t.sqlite"),
        "ingest",
        server.url("/up"),
        "--source",
        "northgate-wire",
        "--json",
      );
      expect(result.code).toBe(0);
      expect(JSON.parse(result.out)).toMatchObject({ added: 1 });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
