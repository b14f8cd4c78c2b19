/** The command line: usage errors exit 2, failed thresholds exit 1 and name the score. */
import { rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { runEval } from "./main.js";
import { writeTestSet } from "./test-set.js";
import { checkThresholds, parseThresholds } from "./thresholds.js";

function capture() {
  const lines: string[] = [];
  return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) } };
}

describe("runEval", () => {
  it("exits 2 with the usage when no set is named", async () => {
    const { lines, io } = capture();
    expect(await runEval([], io)).toBe(2);
    expect(lines.join("\n")).toMatch(/usage: npm run eval/);
  });

  it("exits 2 on a malformed threshold", async () => {
    const { io } = capture();
    expect(await runEval(["some-set", "--min", "quote_f1"], io)).toBe(2);
  });

  it("exits 1 on a folder that is not a gold set, naming it", async () => {
    const { lines, io } = capture();
    expect(await runEval(["/nonexistent/set"], io)).toBe(1);
    expect(lines.join("\n")).toMatch(/\/nonexistent\/set\/actors\.json/);
  });

  it("exits 1 when a score is under its threshold and says which", async () => {
    const dir = await writeTestSet();
    const { lines, io } = capture();
    const code = await runEval(
      [
        dir,
        "--report",
        join(dir, "r.json"),
        "--min",
        "quote_f1=1.01",
        "--min",
        "reprint_recall=0.5",
      ],
      io,
    );
    expect(code).toBe(1);
    expect(lines.filter((l) => l.startsWith("threshold failed"))).toEqual([
      expect.stringMatching(/^threshold failed: quote_f1 = [\d.]+ is under 1.01$/),
    ]);
    await rm(dirname(dir), { recursive: true, force: true });
  }, 60_000);
});

describe("thresholds", () => {
  it("checks minimums and maximums and refuses unknown keys", () => {
    const t = parseThresholds(["a=0.5"], ["b=0"]);
    expect(checkThresholds({ a: 0.4, b: 1 }, t)).toEqual([
      "a = 0.4 is under 0.5",
      "b = 1 is over 0",
    ]);
    expect(() => checkThresholds({ a: 1 }, parseThresholds(["zzz=1"], []))).toThrow(
      /unknown score zzz/,
    );
  });
});
