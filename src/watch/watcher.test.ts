import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_DOSSIER } from "../cli/context.js";
import { loadDossier } from "../dossier/index.js";
import type { Dossier } from "../model/index.js";
import { openStore } from "../store/index.js";
import { type LocalServer, startLocalServer } from "../test-support/local-http-server.js";
import { loadSourcesFile } from "./config.js";
import type { PollOutcome } from "./poll.js";
import type { RoundSummary, WatchReporter } from "./progress.js";
import { loadFeedState } from "./state.js";
import { runWatch } from "./watcher.js";

const BODY = Array.from(
  { length: 30 },
  (_, i) => `Sentence ${i + 1}: envoys kept talking in Geneva about the ceasefire.`,
).join(" ");

/** The feed the server serves: grows as the test adds items; answers 304 to a matching ETag. */
let items: { key: string; title: string; full: boolean }[] = [];
let onPage: ((path: string) => void) | null = null;
let server: LocalServer;
let dossier: Dossier;

function feedXml(): string {
  const entries = items
    .map(
      (
        it,
      ) => `<item><title>${it.title}</title><link>${server.url(`/story/${it.key}`)}</link><guid>${it.key}</guid>
        <pubDate>Mon, 29 Dec 2025 10:00:00 GMT</pubDate><description>Summary of ${it.title}.</description>
        ${it.full ? `<content:encoded><![CDATA[<p>${it.title}. ${BODY}</p>]]></content:encoded>` : ""}</item>`,
    )
    .join("");
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Local Wire</title><link>${server.origin}/</link>${entries}</channel></rss>`;
}

beforeAll(async () => {
  dossier = await loadDossier(BUNDLED_DOSSIER);
  server = await startLocalServer({
    "/feed.xml": (req, res) => {
      const etag = `"${items.map((i) => i.key).join(",")}"`;
      if (req.headers["if-none-match"] === etag) {
        res.writeHead(304);
        res.end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml", etag });
      res.end(feedXml());
    },
    "*": (req, res) => {
      const path = req.url ?? "";
      onPage?.(path);
      const key = path.replace("/story/", "");
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(
        `<!doctype html><html><head><title>Story ${key}</title></head><body><article><p>Page of ${key}. ${BODY}</p></article></body></html>`,
      );
    },
  });
});
afterAll(() => server.close());

function sourcesFile(dir: string): string {
  const file = join(dir, "sources.yaml");
  writeFileSync(
    file,
    `fetch:\n  allow_addresses: [127.0.0.1]\n  per_host_interval_seconds: 0\n  retries: 0\nsources:\n  - id: local-wire\n    name: Local Wire\n    owner: Local Press\n    country: GB\n    kind: wire\n    feeds: [${server.url("/feed.xml")}]\n    interval: 10m\n`,
  );
  return file;
}

const quiet: WatchReporter & { outcomes: PollOutcome[] } = {
  outcomes: [],
  roundStarted() {},
  feedPolled(o) {
    quiet.outcomes.push(o);
  },
  roundFinished() {},
  waiting() {},
  stopped() {},
};

async function watchOnce(db: string, file: string, signal = new AbortController().signal) {
  const store = await openStore(db);
  try {
    const config = await loadSourcesFile(file);
    return await runWatch({ store, dossier, config, reporter: quiet, signal, once: true });
  } finally {
    await store.close();
  }
}

async function storedTitles(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    return (await store.listReports()).map((r) => r.title).sort();
  } finally {
    await store.close();
  }
}

describe("runWatch", () => {
  it("hands what it took in to the hand-off it is given (jobs for workers on PostgreSQL)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ttm-watch-"));
    const store = await openStore(join(dir, "ttm.sqlite"));
    items = [{ key: "h1", title: "Hotel talks", full: true }];
    const rounds: RoundSummary[] = [];
    const handedOff: string[][] = [];
    try {
      await runWatch({
        store,
        dossier,
        config: await loadSourcesFile(sourcesFile(dir)),
        reporter: { ...quiet, roundFinished: (s) => rounds.push(s) },
        signal: new AbortController().signal,
        once: true,
        handoff: async (s) => {
          handedOff.push((await s.listReports()).map((r) => r.title));
          return { queued: 1 };
        },
      });
      expect(handedOff).toEqual([["Hotel talks"]]);
      expect(rounds.map((r) => [r.queued, r.analyzed])).toEqual([[1, null]]);
      expect(await store.listExtractions()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it("takes in new items, and after a restart takes only what is new, with no duplicates", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ttm-watch-"));
    const db = join(dir, "ttm.sqlite");
    const file = sourcesFile(dir);
    items = [
      { key: "a", title: "Alpha talks", full: true },
      { key: "b", title: "Bravo talks", full: false },
    ];
    const first = await watchOnce(db, file);
    expect(first).toMatchObject({ rounds: 1, added: 2, failed: 0 });
    expect(await storedTitles(db)).toEqual(["Alpha talks", "Bravo talks"]);
    // Alpha came with its full text; only Bravo's page was fetched.
    expect(server.requests.filter((r) => r.path.startsWith("/story/")).map((r) => r.path)).toEqual([
      "/story/b",
    ]);

    items.push({ key: "c", title: "Charlie talks", full: false });
    const second = await watchOnce(db, file);
    expect(second.added).toBe(1);
    expect(await storedTitles(db)).toEqual(["Alpha talks", "Bravo talks", "Charlie talks"]);
    expect(server.requests.filter((r) => r.path === "/story/b")).toHaveLength(1);

    quiet.outcomes = [];
    const third = await watchOnce(db, file);
    expect(third.added).toBe(0);
    expect(quiet.outcomes[0]?.status).toBe("not-modified");

    const store = await openStore(db);
    const state = await loadFeedState(store, server.url("/feed.xml"));
    const reports = await store.listReports();
    await store.close();
    expect(state.seen).toEqual(["a", "b", "c"]);
    expect(state.etag).toBe('"a,b,c"');
    expect(reports.every((r) => r.sourceId === "local-wire")).toBe(true);
  });

  it("stops mid-feed on a signal and finishes the rest after a restart, losing and repeating nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ttm-watch-stop-"));
    const db = join(dir, "ttm.sqlite");
    const file = sourcesFile(dir);
    items = [
      { key: "s1", title: "Sierra one", full: false },
      { key: "s2", title: "Sierra two", full: false },
      { key: "s3", title: "Sierra three", full: false },
    ];
    const controller = new AbortController();
    onPage = (path) => {
      if (path === "/story/s2") controller.abort();
    };
    const stopped = await watchOnce(db, file, controller.signal);
    onPage = null;
    expect(stopped.added).toBe(1);
    expect(await storedTitles(db)).toEqual(["Sierra one"]);

    const resumed = await watchOnce(db, file);
    expect(resumed.added).toBe(2);
    expect(await storedTitles(db)).toEqual(["Sierra one", "Sierra three", "Sierra two"]);
    expect(server.requests.filter((r) => r.path === "/story/s1")).toHaveLength(1);
    const store = await openStore(db);
    const quarantined = await store.listQuarantine();
    await store.close();
    expect(quarantined).toEqual([]);
  });
});
