import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli as run } from "../test-support/run-cli.js";

afterEach(() => vi.restoreAllMocks());

const stories = [
  {
    id: "k-1",
    source: "northgate-wire",
    published: "2025-12-22T10:00:00Z",
    title: "Kyiv says no",
    text: "Volodymyr Zelenskyy said Ukraine rejects any withdrawal from the Donbas. Emmanuel Macron said allies will meet in Paris on January 6.",
  },
  {
    id: "k-2",
    source: "bellwether-times",
    published: "2026-01-07T10:00:00Z",
    title: "Allies meet",
    text: "Allied leaders met in Paris on Tuesday and signed a declaration on guarantees.",
  },
];

describe("ttm tracking commands", () => {
  it("prints the ledger, stances, framework, timeline and shifts as JSON", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-track-"));
    const db = join(dir, "t.sqlite");
    await writeFile(join(dir, "stories.json"), JSON.stringify(stories));
    expect((await run("--db", db, "ingest", join(dir, "stories.json"))).code).toBe(0);
    const ledger = JSON.parse((await run("--db", db, "deadlines", "--json")).out);
    expect(Array.isArray(ledger)).toBe(true);
    for (const e of ledger) expect(["pending", "met", "missed", "unknown"]).toContain(e.status);
    const matrix = JSON.parse((await run("--db", db, "stances", "--json")).out);
    expect(Object.keys(matrix).sort()).toEqual(["actors", "cells", "issues"]);
    const framework = JSON.parse((await run("--db", db, "framework", "--json")).out);
    expect(framework.points.length).toBeGreaterThan(0);
    expect(Array.isArray(JSON.parse((await run("--db", db, "timeline", "--json")).out))).toBe(true);
    const periods = await run(
      "--db",
      db,
      "shifts",
      "--before",
      "2025-12-01..2025-12-31",
      "--after",
      "2026-01-01..2026-01-31",
      "--json",
    );
    expect(periods.code).toBe(0);
    expect(JSON.parse(periods.out).before).toEqual({ from: "2025-12-01", until: "2025-12-31" });
  });

  it("refuses half a period comparison and a bad period with exit code 2", async () => {
    const db = join(await mkdtemp(join(tmpdir(), "ttm-track-")), "t.sqlite");
    const half = await run("--db", db, "shifts", "--before", "2025-12-01..2025-12-31");
    expect(half.code).toBe(2);
    expect(half.err).toMatch(/--before and --after go together/);
    const bad = await run(
      "--db",
      db,
      "shifts",
      "--before",
      "December",
      "--after",
      "2026-01-01..2026-01-31",
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/expected FROM..UNTIL/);
  });
});
