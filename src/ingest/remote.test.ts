import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Source } from "../model/index.js";
import { type LocalServer, respond, startLocalServer } from "../test-support/local-http-server.js";
import { PoliteClient } from "./fetch/polite-client.js";
import { localTestSettings } from "./fetch/test-client.js";
import { ingestPaths } from "./index.js";

const SOURCES: Source[] = [
  {
    id: "harbor-daily",
    name: "Harbor Daily",
    owner: "Harbor Media",
    country: "GB",
    kind: "outlet",
  },
];

const LONG = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i + 1} of the full article about the talks.`,
).join(" ");

function page(title: string, body: string, charset = "utf-8") {
  return `<!doctype html><html lang="en"><head><meta charset="${charset}"><title>${title}</title>
    <meta property="article:published_time" content="2025-12-29T09:00:00Z"><meta name="author" content="Page Author"></head>
    <body><nav>Home</nav><article><h1>${title}</h1><p>${body}</p><p>${LONG}</p></article></body></html>`;
}

function rss(items: string) {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Daily</title><link>/</link>${items}</channel></rss>`;
}

let server: LocalServer;
let client: PoliteClient;

beforeAll(async () => {
  server = await startLocalServer({
    "/feed.xml": respond(
      rss(`<item><title>Summary only</title><link>/story-1</link><guid>s1</guid><pubDate>Mon, 29 Dec 2025 08:00:00 GMT</pubDate><description>Short.</description></item>
           <item><title>Broken page</title><link>/missing-story</link><guid>s2</guid><pubDate>Mon, 29 Dec 2025 09:00:00 GMT</pubDate><description>Short too.</description></item>`),
      { "content-type": "application/rss+xml" },
    ),
    "/story-1": respond(page("Summary only", "Envoys met in Geneva on Monday.")),
    "/latin1.html": respond(
      Buffer.from(
        page("Genève talks", "Les négociateurs se sont réunis à Genève.", "iso-8859-1"),
        "latin1",
      ),
      {
        "content-type": "text/html",
      },
    ),
    "/bad-utf8.html": respond(
      Buffer.concat(
        page("Bad bytes", "Before @@ after.")
          .split("@@")
          .flatMap((part, i) =>
            i === 0 ? [Buffer.from(part)] : [Buffer.from([0xc3, 0x28]), Buffer.from(part)],
          ),
      ),
      { "content-type": "text/html; charset=utf-8" },
    ),
    "/binary": respond(Buffer.from([0, 1, 2, 3, 255]), {
      "content-type": "application/octet-stream",
    }),
  });
  client = new PoliteClient(localTestSettings());
});
afterAll(() => server.close());

describe("ingest from addresses", () => {
  it("takes a feed's items, completing a summary from its page and quarantining a page it cannot fetch", async () => {
    const result = await ingestPaths([server.url("/feed.xml")], { sources: SOURCES, client });
    expect(result.reports).toHaveLength(1);
    const [report] = result.reports;
    expect(report).toMatchObject({
      sourceId: "harbor-daily",
      url: server.url("/story-1"),
      title: "Summary only",
      published: "2025-12-29T08:00:00Z",
      byline: "Page Author",
    });
    expect(report?.text).toContain("Envoys met in Geneva on Monday.");
    expect(result.quarantined).toMatchObject([
      {
        origin: server.url("/missing-story"),
        stage: "fetch",
        reason: expect.stringContaining("HTTP 404"),
      },
    ]);
  });

  it("reads a Latin-1 page by its declared charset", async () => {
    const result = await ingestPaths([server.url("/latin1.html")], {
      sources: SOURCES,
      client,
      defaultSourceId: "harbor-daily",
    });
    expect(result.reports[0]?.text).toContain("Les négociateurs se sont réunis à Genève.");
    expect(result.reports[0]?.title).toBe("Genève talks");
  });

  it("keeps a page with invalid UTF-8, the bad bytes marked", async () => {
    const result = await ingestPaths([server.url("/bad-utf8.html")], {
      sources: SOURCES,
      client,
      defaultSourceId: "harbor-daily",
    });
    expect(result.quarantined).toEqual([]);
    expect(result.reports[0]?.text).toContain("Before \uFFFD( after.");
  });

  it("quarantines what is neither feed nor page, and an address the guard refuses", async () => {
    const strict = new PoliteClient(localTestSettings({ allowAddresses: [] }));
    const refused = await ingestPaths([server.url("/feed.xml")], {
      sources: SOURCES,
      client: strict,
    });
    expect(refused.quarantined).toMatchObject([
      { stage: "fetch", reason: expect.stringMatching(/loopback/) },
    ]);
    const binary = await ingestPaths([server.url("/binary")], { sources: SOURCES, client });
    expect(binary.quarantined).toMatchObject([
      { stage: "parse", reason: expect.stringMatching(/neither a feed nor an HTML page/) },
    ]);
  });
});

describe("ingest of saved feeds and pages", () => {
  it("recognises feeds and pages by content whatever their names, and reads Latin-1 files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ttm-sniff-"));
    writeFileSync(
      join(dir, "saved-feed"),
      rss(
        `<item><title>From a file</title><link>https://harbor.example/f1</link><pubDate>Tue, 30 Dec 2025 10:00:00 GMT</pubDate><description>${LONG}</description></item>`,
      ),
    );
    writeFileSync(
      join(dir, "feed.json"),
      JSON.stringify({
        version: "https://jsonfeed.org/version/1.1",
        title: "Harbor Daily",
        items: [
          {
            id: "j",
            url: "https://harbor.example/j",
            content_text: "JSON body.",
            date_published: "2025-12-30T11:00:00Z",
          },
        ],
      }),
    );
    writeFileSync(
      join(dir, "page.xml"),
      Buffer.from(page("Saved Genève", "Texte enregistré à Genève.", "iso-8859-1"), "latin1"),
    );
    const result = await ingestPaths([dir], { sources: SOURCES, defaultSourceId: "harbor-daily" });
    expect(result.quarantined).toEqual([]);
    expect(result.reports.map((r) => r.title).sort()).toEqual(
      ["From a file", "JSON body.", "Saved Genève"].sort(),
    );
    expect(result.reports.find((r) => r.title === "Saved Genève")?.text).toContain(
      "Texte enregistré à Genève.",
    );
  });
});
