/** `ttm demo`: the bundled dossier by default, another one with --dossier and its own sample corpus. */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli as run } from "../test-support/run-cli.js";
import { BUNDLED_DOSSIER, BUNDLED_SAMPLES, PACKAGE_ROOT, samplesFolderOf } from "./context.js";

const GAZA = resolve(PACKAGE_ROOT, "dossiers", "gaza-ceasefire-2025.yaml");

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ttm-demo-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe("ttm demo", () => {
  it("finds a dossier's sample corpus as samples/<dossier id>/ in its package", () => {
    expect(samplesFolderOf(BUNDLED_DOSSIER, "ukraine-peace-2025")).toBe(BUNDLED_SAMPLES);
    expect(samplesFolderOf(GAZA, "gaza-ceasefire-2025")).toBe(
      resolve(PACKAGE_ROOT, "samples", "gaza-ceasefire-2025"),
    );
  });

  it("runs on the dossier --dossier names and its sample corpus, and keeps its database to it", async () => {
    const out = await tempDir();
    const demo = await run("demo", "--dossier", GAZA, "--out", out, "--json");
    expect(demo.err).toBe("");
    expect(demo.code).toBe(0);
    const result = JSON.parse(demo.out);
    expect(result.ingested).toMatchObject({ added: 24, quarantined: [] });
    expect(result.stats.reports).toBe(24);
    const brief = await readFile(join(out, "brief.md"), "utf8");
    expect(brief).toMatch(/Gaza ceasefire and hostage-release talks/);
    expect(brief).not.toMatch(/Zelenskyy/);

    // The same folder without --dossier would mix the first dossier's corpus in: refused.
    const bundled = await run("demo", "--out", out);
    expect(bundled.code).toBe(2);
    expect(bundled.err).toMatch(/holds the demo of another dossier .*gaza-ceasefire-2025\.yaml/);
  }, 120_000);

  it("says so when the dossier has no sample corpus", async () => {
    const root = await tempDir();
    await mkdir(join(root, "dossiers"));
    await writeFile(join(root, "package.json"), "{}");
    const file = join(root, "dossiers", "gaza-ceasefire-2025.yaml");
    await copyFile(GAZA, file);
    const demo = await run("demo", "--dossier", file, "--out", join(root, "out"));
    expect(demo.code).toBe(2);
    expect(demo.err).toContain(
      `no sample corpus for dossier 'gaza-ceasefire-2025' (${file}): expected the folder ${join(root, "samples", "gaza-ceasefire-2025")}`,
    );
  });
});
