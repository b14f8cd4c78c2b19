/**
 * The brief printed to PDF by Chromium: a PDF that opens (pdftotext reads it)
 * and holds the brief's text. Skipped, with the reason, without Chromium; the
 * missing-browser error is tested everywhere.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBrief } from "../brief/index.js";
import { buildBrief } from "../pipeline.js";
import { buildDeskFixture, type DeskFixture } from "../server/desk-fixture.js";
import { BrowserMissingError, chromiumMissing } from "./browser.js";
import { printPdf } from "./pdf.js";

const missing = chromiumMissing();
if (missing) console.warn(`PDF tests skipped: ${missing}`);

describe("a missing browser", () => {
  it("is named in the error, with how to install it", async () => {
    const before = process.env.TTM_CHROMIUM;
    process.env.TTM_CHROMIUM = "/nonexistent/chromium";
    try {
      await expect(printPdf("<p>x</p>")).rejects.toThrow(BrowserMissingError);
      await expect(printPdf("<p>x</p>")).rejects.toThrow(
        /no Chromium browser at \/nonexistent\/chromium.*apt-get install chromium/,
      );
    } finally {
      if (before === undefined) delete process.env.TTM_CHROMIUM;
      else process.env.TTM_CHROMIUM = before;
    }
  });
});

describe.skipIf(missing !== null)("the brief as PDF", () => {
  let fx: DeskFixture;
  beforeAll(async () => {
    fx = await buildDeskFixture();
  }, 60_000);
  afterAll(async () => {
    await fx?.cleanup();
  });

  it("prints a PDF that opens and carries the brief's title and a statement", async () => {
    const brief = await buildBrief(fx.store, fx.dossier);
    const pdf = await printPdf(renderBrief(brief, "html"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(10_000);
    if (!existsSync("/usr/bin/pdftotext")) {
      console.warn("PDF text check skipped: no pdftotext (apt-get install poppler-utils)");
      return;
    }
    const text = execFileSync("pdftotext", ["-", "-"], { input: pdf })
      .toString()
      .replace(/\s+/g, " ");
    expect(text).toContain("US-brokered Russia–Ukraine peace talks");
    const statement = brief.sections[0]!.statements[0]!.text.slice(0, 40);
    expect(text).toContain(statement.replace(/\s+/g, " "));
  }, 60_000);
});
