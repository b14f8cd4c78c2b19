import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Source } from "../model/index.js";
import { type IngestResult, ingestPaths } from "./index.js";

const SOURCES: Source[] = [
  {
    id: "harbor-daily",
    name: "Harbor Daily",
    owner: "Harbor Media",
    country: "US",
    kind: "outlet",
  },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "ttm-quarantine-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const GOOD = JSON.stringify({ source: "harbor-daily", published: "2025-12-28", text: "Fine." });

async function refusal(name: string, content: string | Uint8Array): Promise<IngestResult> {
  const path = write(name, content);
  const good = write("good.json", GOOD);
  return ingestPaths([path, good], { sources: SOURCES });
}

/** The single quarantine reason, after checking the good file still came through. */
async function reasonFor(name: string, content: string | Uint8Array): Promise<string> {
  const result = await refusal(name, content);
  expect(result.reports.map((r) => r.text)).toEqual(["Fine."]);
  expect(result.quarantined).toHaveLength(1);
  expect(result.quarantined[0]).toMatchObject({ origin: join(dir, name), stage: "ingest" });
  return result.quarantined[0]?.reason ?? "";
}

const report = (fields: Record<string, unknown>) =>
  JSON.stringify({ source: "harbor-daily", published: "2025-12-28", text: "Body.", ...fields });

describe("ingestPaths quarantine", () => {
  it("refuses an empty file", async () => {
    expect(await reasonFor("empty.json", "")).toBe("empty file");
    expect(await reasonFor("blank.md", "  \n\n ")).toBe("empty file");
  });

  it("refuses binary and non-UTF-8 files", async () => {
    expect(await reasonFor("image.json", new Uint8Array([0x89, 0x50, 0x00, 0x47]))).toBe(
      "binary or not UTF-8 text",
    );
    expect(await reasonFor("latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9]))).toBe(
      "binary or not UTF-8 text",
    );
  });

  it("refuses invalid JSON with the parser's message", async () => {
    expect(await reasonFor("broken.json", '{"text": "unterminated')).toMatch(/^invalid JSON: .+/);
  });

  it("refuses an unsupported file type, naming the expected ones", async () => {
    expect(await reasonFor("sheet.xyz", "a,b")).toBe(
      "unsupported file type .xyz (expected .json, .jsonl, .md, .txt, .html, .htm, .xml, .rss, .atom)",
    );
  });

  it("takes a report with no date or an unreadable one at the file's time, marked as assumed", async () => {
    const none = write("nodate.json", report({ published: undefined }));
    const bad = write("baddate.json", report({ published: "someday", text: "Other." }));
    const fileTime = new Date("2026-02-03T04:05:06Z");
    utimesSync(none, fileTime, fileTime);
    utimesSync(bad, fileTime, fileTime);
    const result = await ingestPaths([none, bad], { sources: SOURCES });
    expect(result.quarantined).toEqual([]);
    expect(result.reports.map((r) => [r.published, r.dateAssumed])).toEqual([
      ["2026-02-03T04:05:06Z", "the file's time (no publication date)"],
      ["2026-02-03T04:05:06Z", "the file's time (an unreadable publication date)"],
    ]);
  });

  it("takes an address that is no URL as it is, and dates the report by its file", async () => {
    const path = write("odd.json", report({ published: undefined, url: "see page 4" }));
    const result = await ingestPaths([path], { sources: SOURCES });
    expect(result.quarantined).toEqual([]);
    expect(result.reports[0]?.dateAssumed).toMatch(/^the file's time/);
  });

  it("takes a day from the report's address before assuming one", async () => {
    const path = write(
      "url.json",
      report({ published: undefined, url: "https://harbor.example/2026/01/09/talks-resume" }),
    );
    const [taken] = (await ingestPaths([path], { sources: SOURCES })).reports;
    expect(taken?.published).toBe("2026-01-09T00:00:00Z");
    expect(taken?.dateAssumed).toBeUndefined();
  });

  it("builds a source for an outlet the dossier does not list, unless a default source is given", async () => {
    const path = write(
      "who.json",
      report({ source: "Nowhere Times", url: "https://www.nowhere-times.co.uk/world/story-1" }),
    );
    const built = await ingestPaths([path], { sources: SOURCES });
    expect(built.quarantined).toEqual([]);
    expect(built.reports[0]?.sourceId).toBe("nowhere-times-co-uk");
    expect(built.sources).toEqual([
      {
        id: "nowhere-times-co-uk",
        name: "Nowhere Times",
        owner: "nowhere-times.co.uk",
        country: "ZZ",
        kind: "outlet",
        ownerFrom: "domain",
        homepage: "https://nowhere-times.co.uk/",
      },
    ]);
    const result = await ingestPaths([path], { sources: SOURCES, defaultSourceId: "harbor-daily" });
    expect(result.reports[0]?.sourceId).toBe("harbor-daily");
  });

  it("refuses a report with empty text, or none", async () => {
    expect(await reasonFor("blank.json", report({ text: " \n " }))).toMatch(/^empty text/);
    expect(await reasonFor("notext.json", '{"title":"x"}')).toMatch(/no 'text' field/);
  });

  it("refuses a path that does not exist", async () => {
    const missing = join(dir, "missing.json");
    const result = await ingestPaths([missing], { sources: SOURCES });
    expect(result.quarantined).toMatchObject([{ origin: missing, reason: "path does not exist" }]);
  });

  it("refuses bad front matter", async () => {
    expect(await reasonFor("open.md", "---\ntitle: x\nno end")).toMatch(/no closing '---'/);
    expect(await reasonFor("yaml.md", "---\ntitle: [unclosed\n---\nBody")).toMatch(
      /^invalid front matter: /,
    );
  });

  it("keeps the good lines of a JSON Lines file and refuses a bad one by line", async () => {
    const path = write("feed.jsonl", `${GOOD}\nnot json\n${report({ text: "Third." })}\n`);
    const result = await ingestPaths([path], { sources: SOURCES });
    expect(result.reports.map((r) => r.text)).toEqual(["Fine.", "Third."]);
    expect(result.quarantined).toHaveLength(1);
    expect(result.quarantined[0]?.origin).toBe(`${path}:2`);
    expect(result.quarantined[0]?.reason).toMatch(/^invalid JSON on line 2: /);
  });

  it("refuses other text under the id of an earlier report", async () => {
    const url = "https://harbor.example/story";
    const first = write("a.json", report({ url, text: "First version." }));
    const second = write("b.json", report({ url: `${url}/#top`, text: "Second version." }));
    const result = await ingestPaths([first, second], { sources: SOURCES });
    expect(result.reports.map((r) => r.text)).toEqual(["First version."]);
    expect(result.quarantined).toMatchObject([
      { origin: second, sourceId: "harbor-daily", reason: expect.stringContaining(first) },
    ]);
    expect(result.quarantined[0]?.reason).toMatch(/^duplicate report id r-[0-9a-f]+: the same URL/);
  });

  it("takes two reports from a folder with one good, one undated and four bad files", async () => {
    write("1-good.json", GOOD);
    write("2-empty.txt", "");
    write("3-broken.json", "{");
    write("4-binary.md", new Uint8Array([0, 1, 2, 3]));
    write("5-undated.json", report({ published: undefined }));
    write("6-table.csv", "a,b\n1,2");
    const result = await ingestPaths([dir], { sources: SOURCES });
    // The undated one is read: its date is the file's, marked as assumed.
    expect(result.reports.map((r) => r.text)).toEqual(["Fine.", "Body."]);
    expect(
      result.quarantined.map((q) => [q.origin.slice(dir.length + 1), q.reason.split(":")[0]]),
    ).toEqual([
      ["2-empty.txt", "empty file"],
      ["3-broken.json", "invalid JSON"],
      ["4-binary.md", "binary or not UTF-8 text"],
      [
        "6-table.csv",
        "unsupported file type .csv (expected .json, .jsonl, .md, .txt, .html, .htm, .xml, .rss, .atom)",
      ],
    ]);
  });
});

describe("a folder's sources.yaml", () => {
  it("gives the files under it their sources and default, with --source still first", async () => {
    const sub = join(dir, "notes");
    mkdirSync(sub);
    writeFileSync(
      join(dir, "sources.yaml"),
      "default: lakeside-weekly\nsources:\n  - { id: lakeside-weekly, name: Lakeside Weekly, owner: Lakeside Media, country: GB, kind: outlet }\n",
    );
    writeFileSync(join(sub, "note.txt"), "Envoys meet again\n\nThe talks resumed on Monday.\n");
    const result = await ingestPaths([dir], { sources: SOURCES });
    expect(result.quarantined).toEqual([]);
    expect(result.reports.map((r) => [r.sourceId, r.title])).toEqual([
      ["lakeside-weekly", "Envoys meet again"],
    ]);
    expect(result.sources.map((s) => s.id)).toEqual(["lakeside-weekly"]);
    const chosen = await ingestPaths([dir], { sources: SOURCES, defaultSourceId: "harbor-daily" });
    expect(chosen.reports[0]?.sourceId).toBe("harbor-daily");
  });

  it("is refused with its reason when it cannot be read, and the reports still come in", async () => {
    writeFileSync(join(dir, "sources.yaml"), "default: nowhere\nsources: []\n");
    write("a.json", GOOD);
    const result = await ingestPaths([dir], { sources: SOURCES });
    expect(result.reports).toHaveLength(1);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        origin: join(dir, "sources.yaml"),
        reason: "default: 'nowhere' is not among its sources",
      }),
    ]);
  });

  it("leaves a plain text with no front matter and no source to the unknown outlet", async () => {
    write("note.txt", "Envoys meet again\n\nThe talks resumed on Monday.\n");
    const [taken] = (await ingestPaths([dir], { sources: SOURCES })).reports;
    expect(taken).toMatchObject({ sourceId: "unknown", title: "Envoys meet again" });
    expect(taken?.dateAssumed).toMatch(/^the file's time/);
  });
});
