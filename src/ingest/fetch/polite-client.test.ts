import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type LocalServer,
  respond,
  startLocalServer,
} from "../../test-support/local-http-server.js";
import type { Resolver } from "./address-guard.js";
import { PoliteClient } from "./polite-client.js";
import { HostPacer, Semaphore } from "./rate-limit.js";
import { localTestSettings } from "./test-client.js";

let server: LocalServer;
let flakyCalls = 0;

beforeAll(async () => {
  server = await startLocalServer({
    "/robots.txt": respond(
      "User-agent: *\nDisallow: /private/\n\nUser-agent: ThinkTanksMonitor\nDisallow: /no-monitors/\nCrawl-delay: 0\n",
      {
        "content-type": "text/plain",
      },
    ),
    "/open/page": respond("<p>open</p>"),
    "/no-monitors/page": respond("<p>hidden</p>"),
    "/flaky": (_req, res) => {
      flakyCalls++;
      if (flakyCalls < 3) {
        res.writeHead(503, { "retry-after": "0" });
        res.end("busy");
      } else {
        res.writeHead(200);
        res.end("third time");
      }
    },
    "/missing": respond("no", {}, 404),
  });
});
afterAll(() => server.close());

describe("PoliteClient", () => {
  it("obeys robots.txt rules for its own user agent and sends its User-Agent", async () => {
    const client = new PoliteClient(localTestSettings());
    expect((await client.get(server.url("/open/page"))).body.toString()).toBe("<p>open</p>");
    await expect(client.get(server.url("/no-monitors/page"))).rejects.toMatchObject({
      code: "robots_disallowed",
      message: expect.stringContaining("/no-monitors/page"),
    });
    expect(server.requests.some((r) => r.path === "/no-monitors/page")).toBe(false);
    expect(server.requests.find((r) => r.path === "/open/page")?.headers["user-agent"]).toMatch(
      /^ThinkTanksMonitor\/\d/,
    );
  });

  it("reads robots.txt once per site", async () => {
    const before = server.requests.filter((r) => r.path === "/robots.txt").length;
    const client = new PoliteClient(localTestSettings());
    await client.get(server.url("/open/page"));
    await client.get(server.url("/open/page"));
    expect(server.requests.filter((r) => r.path === "/robots.txt").length - before).toBe(1);
  });

  it("keeps out of a site whose robots.txt fails with a server error", async () => {
    const other = await startLocalServer({
      "/robots.txt": respond("down", {}, 500),
      "/page": respond("x"),
    });
    try {
      const client = new PoliteClient(localTestSettings());
      await expect(client.get(other.url("/page"))).rejects.toMatchObject({
        code: "robots_disallowed",
        message: expect.stringContaining("HTTP 500"),
      });
    } finally {
      await other.close();
    }
  });

  it("retries a 503 with backoff and does not retry a 404", async () => {
    const client = new PoliteClient(localTestSettings({ retries: 3 }));
    expect((await client.get(server.url("/flaky"))).body.toString()).toBe("third time");
    expect(flakyCalls).toBe(3);
    const before = server.requests.filter((r) => r.path === "/missing").length;
    await expect(client.get(server.url("/missing"))).rejects.toMatchObject({ status: 404 });
    expect(server.requests.filter((r) => r.path === "/missing").length - before).toBe(1);
  });

  it("spaces requests to one host by the configured interval", async () => {
    const waits: number[] = [];
    const client = new PoliteClient(localTestSettings({ perHostIntervalMs: 5_000 }), {
      now: () => 1_000_000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await client.get(server.url("/open/page"));
    await client.get(server.url("/open/page"));
    await client.get(server.url("/open/page"));
    // robots.txt, then three pages: each booked one interval after the one before.
    expect(waits).toEqual([0, 5_000, 10_000, 15_000]);
  });

  it("paces hosts independently and stretches a host's interval to its crawl delay", async () => {
    const sleeps: number[] = [];
    const pacer = new HostPacer(
      1_000,
      () => 0,
      async (ms) => {
        sleeps.push(ms);
      },
    );
    await pacer.wait("a.example");
    await pacer.wait("b.example");
    await pacer.wait("a.example", 3_000);
    await pacer.wait("a.example");
    // b waits for nobody; a's third request comes 3 s (its crawl delay) after its second.
    expect(sleeps).toEqual([0, 0, 1_000, 4_000]);
  });

  it("runs no more requests at once than the concurrency limit", async () => {
    const limit = new Semaphore(2);
    let active = 0;
    let peak = 0;
    const release: (() => void)[] = [];
    const task = () =>
      limit.run(async () => {
        active++;
        peak = Math.max(peak, active);
        await new Promise<void>((r) => release.push(r));
        active--;
      });
    const all = Promise.all([task(), task(), task(), task(), task()]);
    while (release.length > 0 || active > 0) {
      await new Promise((r) => setImmediate(r));
      release.shift()?.();
    }
    await all;
    expect(peak).toBe(2);
  });

  it("reaches several test names pointed at 127.0.0.1 through an injected resolver", async () => {
    const resolver: Resolver = async () => [{ address: "127.0.0.1", family: 4 }];
    const client = new PoliteClient(localTestSettings(), { resolver });
    const port = new URL(server.origin).port;
    const result = await client.get(`http://news.test:${port}/open/page`);
    expect(result.body.toString()).toBe("<p>open</p>");
  });
});
