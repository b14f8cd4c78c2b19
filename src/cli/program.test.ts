import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli as run } from "../test-support/run-cli.js";

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), "ttm-cli-"));
}

afterEach(() => vi.restoreAllMocks());

describe("ttm command line", () => {
  it("prints stats as exactly the published JSON shape", async () => {
    const db = join(await tempDir(), "t.sqlite");
    const { code, out } = await run("--db", db, "stats", "--json");
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(Object.keys(stats).sort()).toEqual(
      [
        "claims",
        "independent_sources",
        "languages",
        "not_extracted",
        "off_topic",
        "quarantined",
        "reports",
        "sources",
      ].sort(),
    );
    expect([stats.languages, stats.not_extracted]).toEqual([{}, 0]);
    expect(Object.keys(stats.claims).sort()).toEqual(
      ["conflicting", "corroborated", "disputed", "single_source"].sort(),
    );
  });

  it("exits 2 on usage errors and names the problem", async () => {
    const db = join(await tempDir(), "t.sqlite");
    const bad = await run("--db", db, "claims", "--status", "likely");
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/likely/);
    expect((await run("--db", db, "brief", "--since", "28 Dec")).code).toBe(2);
    expect((await run("frobnicate")).code).toBe(2);
    const issue = await run("--db", db, "brief", "--issue", "weather");
    expect(issue.code).toBe(2);
    expect(issue.err).toMatch(/unknown issue 'weather'/);
  });

  it("ingests good files, quarantines bad ones with reasons, and exits 1 only when nothing was taken", async () => {
    const dir = await tempDir();
    const db = join(dir, "t.sqlite");
    await writeFile(join(dir, "empty.json"), "");
    const onlyBad = await run("--db", db, "ingest", join(dir, "empty.json"));
    expect(onlyBad.code).toBe(1);
    expect(onlyBad.out).toMatch(/empty\.json: .*empty/);
    await writeFile(
      join(dir, "good.json"),
      JSON.stringify({
        source: "northgate-wire",
        url: "https://northgate-wire.example/a",
        title: "Talks resume",
        published: "2025-12-28T10:00:00Z",
        text: "Envoys met in Miami on Saturday for talks on the framework.",
      }),
    );
    const mixed = await run("--db", db, "ingest", dir, "--json");
    expect(mixed.code).toBe(0);
    expect(JSON.parse(mixed.out)).toMatchObject({ added: 1 });
    const again = await run("--db", db, "ingest", join(dir, "good.json"), "--json");
    expect(JSON.parse(again.out)).toMatchObject({ added: 0, unchanged: 1 });
    await writeFile(join(dir, "binary.json"), Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x00]));
    await writeFile(join(dir, "notes.xyz"), "some text");
    const badAgain = await run(
      "--db",
      db,
      "ingest",
      join(dir, "binary.json"),
      join(dir, "notes.xyz"),
    );
    expect(badAgain.out).toMatch(/binary\.json: .*(binary|UTF-8)/);
    expect(badAgain.out).toMatch(/notes\.xyz: .*unsupported file type/);
    const stats = JSON.parse((await run("--db", db, "stats", "--json")).out);
    expect(stats.reports).toBe(1);
    const analyzed = JSON.parse((await run("--db", db, "analyze", "--json")).out);
    expect(analyzed).toMatchObject({ extracted: 1, verified: "full" });
    expect(JSON.parse((await run("--db", db, "analyze", "--json")).out).verified).toBe("none");
    const full = await run("--db", db, "analyze", "--full");
    expect(full.out).toMatch(/all reports verified/);
    const q = await run("--db", db, "quarantine", "--json");
    expect(JSON.parse(q.out).some((i: { origin: string }) => i.origin.endsWith("empty.json"))).toBe(
      true,
    );
  });

  it("writes the JSON brief to standard output or a file, whole", async () => {
    const dir = await tempDir();
    const db = join(dir, "t.sqlite");
    await writeFile(
      join(dir, "a.json"),
      JSON.stringify([
        {
          source: "northgate-wire",
          published: "2025-12-28T10:00:00Z",
          text: "Envoys met in Miami on Saturday. About 90 percent of the framework is agreed, Zelenskyy said.",
        },
        {
          source: "lakeshore-tribune",
          published: "2025-12-29T10:00:00Z",
          text: "Trump said 95 percent of the framework was agreed after the Miami talks.",
        },
      ]),
    );
    expect((await run("--db", db, "ingest", dir)).code).toBe(0);
    const printed = await run("--db", db, "brief", "--format", "json");
    expect(printed.code).toBe(0);
    const brief = JSON.parse(printed.out);
    expect(brief.summary.reports).toBe(2);
    expect(brief.citations).toHaveLength(2);
    expect(brief.sections.flatMap((s: { statements: unknown[] }) => s.statements).length).toBe(
      Object.values(brief.summary.claims as Record<string, number>).reduce((a, b) => a + b, 0) -
        brief.summary.repeats,
    );
    const file = join(dir, "brief.json");
    const written = await run("--db", db, "brief", "--format", "json", "--out", file);
    expect(written.out).toMatch(/wrote .*brief\.json/);
    const { compiledAt: _a, ...fromFile } = JSON.parse(await readFile(file, "utf8"));
    const { compiledAt: _b, ...fromOut } = brief;
    expect(fromFile).toEqual(fromOut);
    await expect(readFile(`${file}.part`)).rejects.toThrow(/ENOENT/);
  });

  it("refuses a bad dossier with its file and the path inside it", async () => {
    const dir = await tempDir();
    const file = join(dir, "bad.yaml");
    await writeFile(file, "id: x\ntitle: X\nactors: []\nissues: []\n");
    const r = await run("--db", join(dir, "t.sqlite"), "--dossier", file, "stats");
    expect(r.code).toBe(1);
    expect(r.err).toContain(file);
    expect(r.err).toMatch(/actors/);
  });
});
