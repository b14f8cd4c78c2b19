/**
 * The published evaluation interface: `--predictions FILE` writes the gold
 * format's shape, with the set's own article and actor ids.
 */
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runEval } from "./main.js";
import { writeTestSet } from "./test-set.js";

let dir: string;
let predictions: Record<string, unknown> & {
  articles: Record<string, Record<string, Array<Record<string, unknown>>>>;
  facts: Array<Record<string, unknown>>;
  syndication: Array<Record<string, unknown>>;
};
let report: { scores: Record<string, number> };
const lines: string[] = [];

beforeAll(async () => {
  dir = await writeTestSet();
  const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const code = await runEval(
    [dir, "--predictions", join(dir, "pred.json"), "--report", join(dir, "report.json")],
    io,
  );
  expect(code).toBe(0);
  predictions = JSON.parse(await readFile(join(dir, "pred.json"), "utf8"));
  report = JSON.parse(await readFile(join(dir, "report.json"), "utf8"));
}, 60_000);

afterAll(async () => {
  await rm(dirname(dir), { recursive: true, force: true });
});

describe("predictions file", () => {
  it("has exactly the four top-level keys of the gold format", () => {
    expect(Object.keys(predictions).sort()).toEqual([
      "articles",
      "facts",
      "syndication",
      "tracking",
    ]);
  });

  it("gives the stance matrix one cell per actor and issue, and shifts with both positions", () => {
    const tracking = predictions.tracking as unknown as {
      stances: Array<Record<string, string>>;
      shifts: Array<Record<string, string>>;
    };
    const cells = tracking.stances.map((c) => `${c.actor} ${c.issue}`);
    expect(new Set(cells).size).toBe(cells.length);
    for (const c of tracking.stances) {
      expect(Object.keys(c).sort()).toEqual(["actor", "as_of", "issue", "position"]);
      expect(c.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const s of tracking.shifts) {
      expect(Object.keys(s).sort()).toEqual(["actor", "from", "issue", "on", "to"]);
      expect(s.from).not.toBe(s.to);
    }
  });

  it("lists every report under the set's own id with the four tasks", () => {
    expect(Object.keys(predictions.articles).sort()).toEqual(["t-001", "t-002", "t-003"]);
    for (const a of Object.values(predictions.articles)) {
      expect(Object.keys(a).sort()).toEqual(["dates", "quantities", "quotes", "stances"]);
    }
  });

  it("writes quotes, quantities, dates and stances with the gold fields only", () => {
    const a = predictions.articles["t-001"]!;
    const quote = a.quotes!.find((q) => q.kind === "direct");
    expect(quote).toEqual({
      speaker: "volodymyr-zelenskyy",
      kind: "direct",
      text: "We want to finish the rest quickly",
    });
    for (const q of a.quotes!) expect(typeof q.speaker).toBe("string");
    expect(a.quantities).toContainEqual({
      text: expect.any(String),
      value: 600,
      unit: "drone",
      approx: true,
    });
    expect(a.dates).toContainEqual({ text: "on Sunday", value: "2025-12-28" });
    const early = predictions.articles["t-003"]!.dates!.find((d) => d.value === "2026-01");
    expect(early).toMatchObject({ granularity: "month-part" });
    for (const s of a.stances!)
      expect(Object.keys(s).sort()).toEqual(["actor", "evidence", "issue", "position"]);
  });

  it("writes facts as clusters with variants and evidence naming the set's reports", () => {
    expect(predictions.facts.length).toBeGreaterThan(0);
    const ids = new Set(["t-001", "t-002", "t-003"]);
    for (const f of predictions.facts) {
      expect(Object.keys(f).sort()).toEqual(["claim", "evidence", "id", "status", "variants"]);
      for (const v of f.variants as Array<{ articles: string[]; asserted_by: unknown }>) {
        for (const a of v.articles) expect(ids.has(a)).toBe(true);
        expect(v.asserted_by === null || typeof v.asserted_by === "string").toBe(true);
      }
      for (const e of f.evidence as Array<{ article: string; text: string }>)
        expect(ids.has(e.article)).toBe(true);
    }
  });

  it("names the reprint and its original by the set's ids", () => {
    expect(predictions.syndication).toEqual([{ article: "t-002", original: "t-001" }]);
  });

  it("scores the run and counts no reprint as independent confirmation", () => {
    expect(report.scores.reprint_f1).toBe(1);
    expect(report.scores.copies_as_confirmation).toBe(0);
    expect(report.scores.quote_recall).toBe(1);
    expect(lines.join("\n")).toContain("quotes (speaker)");
  });
});
