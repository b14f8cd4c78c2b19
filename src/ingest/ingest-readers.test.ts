import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Source } from "../model/index.js";
import { ingestPaths, reportId } from "./index.js";

const SOURCES: Source[] = [
  {
    id: "harbor-daily",
    name: "Harbor Daily",
    owner: "Harbor Media",
    country: "US",
    kind: "outlet",
  },
  {
    id: "gulf-horizon",
    name: "Gulf Horizon",
    owner: "Horizon Network",
    country: "QA",
    kind: "outlet",
    homepage: "https://gulfhorizon.example",
  },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ttm-ingest-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return path;
}

describe("ingestPaths readers", () => {
  it("reads a gold-format JSON article and returns its source as new", async () => {
    const path = write(
      "dev-007.json",
      JSON.stringify({
        id: "dev-007",
        source: {
          id: "pine-post",
          name: "Pine Post",
          owner: "Pine Group",
          country: "CA",
          kind: "outlet",
        },
        url: "https://pine.example/2025/12/29/talks#comments",
        published: "2025-12-29T14:05:00Z",
        title: "Talks go on",
        byline: "A. Writer",
        text: "Envoys met again.\r\n\r\nNo deal yet.",
        syndicated_from: null,
        gold: { quotes: [] },
      }),
    );
    const result = await ingestPaths([path], { sources: SOURCES });
    expect(result.quarantined).toEqual([]);
    expect(result.sources).toEqual([
      { id: "pine-post", name: "Pine Post", owner: "Pine Group", country: "CA", kind: "outlet" },
    ]);
    const [report] = result.reports;
    expect(report).toMatchObject({
      sourceId: "pine-post",
      url: "https://pine.example/2025/12/29/talks",
      title: "Talks go on",
      byline: "A. Writer",
      published: "2025-12-29T14:05:00Z",
      text: "Envoys met again.\n\nNo deal yet.",
      language: "en",
      origin: path,
      externalId: "dev-007",
    });
    expect(report?.id).toBe(reportId({ url: "https://pine.example/2025/12/29/talks", text: "" }));
    expect(report?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads a JSON array of reports naming their source by id or name", async () => {
    const path = write(
      "batch.json",
      JSON.stringify([
        { source: "harbor-daily", published: "2025-12-28", title: "One", text: "First text." },
        { source: "GULF HORIZON", published: "2025-12-29", title: "Two", text: "Second text." },
      ]),
    );
    const { reports, quarantined } = await ingestPaths([path], { sources: SOURCES });
    expect(quarantined).toEqual([]);
    expect(reports.map((r) => [r.sourceId, r.published, r.url])).toEqual([
      ["harbor-daily", "2025-12-28T00:00:00Z", null],
      ["gulf-horizon", "2025-12-29T00:00:00Z", null],
    ]);
  });

  it("reads JSON Lines, giving each report its line as origin", async () => {
    const path = write(
      "feed.jsonl",
      [
        '{"source":"harbor-daily","published":"2025-12-28","text":"Line one report."}',
        "",
        '{"source":"harbor-daily","published":"2025-12-29","text":"Line three report."}',
      ].join("\n"),
    );
    const { reports } = await ingestPaths([path], { sources: SOURCES });
    expect(reports.map((r) => r.origin)).toEqual([`${path}:1`, `${path}:3`]);
    expect(reports[0]?.title).toBe("Line one report.");
  });

  it("reads Markdown with front matter, removing its syntax", async () => {
    const path = write(
      "story.md",
      [
        "---",
        "source: Harbor Daily",
        "url: https://harbor.example/story/?utm_campaign=x",
        "published: 2025-12-30 09:15",
        "byline: Staff",
        "id: md-1",
        "---",
        "# Envoys return to Geneva",
        "",
        "The **envoys** returned, according to [officials](https://x.example).",
      ].join("\n"),
    );
    const { reports, quarantined } = await ingestPaths([path], { sources: SOURCES });
    expect(quarantined).toEqual([]);
    expect(reports[0]).toMatchObject({
      sourceId: "harbor-daily",
      url: "https://harbor.example/story",
      published: "2025-12-30T09:15:00Z",
      title: "Envoys return to Geneva",
      byline: "Staff",
      externalId: "md-1",
      text: "The envoys returned, according to officials.",
    });
  });

  it("reads plain text with front matter and keeps its text as written", async () => {
    const path = write(
      "note.txt",
      "---\nsource: gulf-horizon\npublished: 2025-12-31T12:00:00+03:00\ntitle: Note\n---\nA *plain* text   \nstays as it is.\n",
    );
    const { reports } = await ingestPaths([path], { sources: SOURCES });
    expect(reports[0]).toMatchObject({
      sourceId: "gulf-horizon",
      published: "2025-12-31T09:00:00Z",
      title: "Note",
      text: "A *plain* text\nstays as it is.",
    });
  });

  it("reads an HTML page, matching og:site_name to a source name", async () => {
    const path = write(
      "page.htm",
      `<html><head><meta property="og:site_name" content="harbor daily">
       <meta property="og:title" content="Ceasefire talk"><meta name="date" content="x">
       <meta property="article:published_time" content="2025-12-28T08:00:00Z"></head>
       <body><article><p>Officials discussed a ceasefire at length on Sunday.</p></article></body></html>`,
    );
    const { reports, quarantined } = await ingestPaths([path], { sources: SOURCES });
    expect(quarantined).toEqual([]);
    expect(reports[0]).toMatchObject({
      sourceId: "harbor-daily",
      title: "Ceasefire talk",
      text: "Officials discussed a ceasefire at length on Sunday.",
    });
  });

  it("infers the source from a URL on a source's homepage host", async () => {
    const path = write(
      "a.json",
      '{"url":"https://www.gulfhorizon.example/x","published":"2025-12-28","text":"Words."}',
    );
    const { reports } = await ingestPaths([path], { sources: SOURCES });
    expect(reports[0]?.sourceId).toBe("gulf-horizon");
  });

  it("walks folders in sorted order, skipping dotfiles and README, PLANTED and LICENSE files", async () => {
    const report = (text: string) =>
      JSON.stringify({ source: "harbor-daily", published: "2025-12-28", text });
    write("b/second.json", report("Second."));
    write("a/first.json", report("First."));
    write(".hidden.json", report("Hidden."));
    write("README.md", "# About this folder");
    write("a/PLANTED.md", "notes");
    write("LICENSE", "text");
    const { reports, quarantined } = await ingestPaths([dir], { sources: SOURCES });
    expect(quarantined).toEqual([]);
    expect(reports.map((r) => r.text)).toEqual(["First.", "Second."]);
  });

  it("takes the same report twice as one and uses the default source when none is named", async () => {
    const body = '{"url":"https://e.example/s","published":"2025-12-28","text":"Same."}';
    const first = write("one.json", body);
    const second = write("two.json", body);
    const result = await ingestPaths([first, second], {
      sources: SOURCES,
      defaultSourceId: "harbor-daily",
      language: "de",
    });
    expect(result.quarantined).toEqual([]);
    expect(result.reports).toHaveLength(1);
    expect(result.reports[0]).toMatchObject({ sourceId: "harbor-daily", language: "de" });
  });
});
