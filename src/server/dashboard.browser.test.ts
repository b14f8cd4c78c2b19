/**
 * The dashboard in headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core): every page opens without script errors or CSP violations, a
 * conflict can be followed from the explorer to its sources, the stance heatmap
 * leads to a cell's evidence, and hostile report text runs nothing.
 * Skipped, with the reason, when there is no Chromium on this machine.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Browser, chromiumMissing, launchChromium } from "../export/browser.js";
import { buildDeskFixture, type DeskFixture } from "./desk-fixture.js";
import { type RunningDesk, startServer } from "./index.js";

const missing = chromiumMissing();
if (missing) console.warn(`dashboard browser tests skipped: ${missing}`);

describe.skipIf(missing !== null)("the dashboard in Chromium", () => {
  let fx: DeskFixture;
  let desk: RunningDesk;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    fx = await buildDeskFixture({ hostile: true });
    desk = await startServer({ store: fx.store, dossier: fx.dossier, port: 0, log: () => {} });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error") problems.push(`console: ${m.text()}`);
    });
    page.on("dialog", (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await desk?.close();
    await fx?.cleanup();
  });

  it("opens every page with its heading and no script error or blocked resource", async () => {
    const pages = [
      ["/", "US-brokered"],
      ["/claims", "Claims explorer"],
      ["/stances", "Stance matrix"],
      ["/timeline", "Timeline"],
      ["/sources", "Sources and coverage"],
      ["/deadlines", "Deadlines"],
    ];
    for (const [path, heading] of pages) {
      const res = await page.goto(`${desk.url}${path}`);
      expect(res?.status(), path).toBe(200);
      expect(await page.locator("h1").textContent(), path).toContain(heading);
    }
    expect(problems).toEqual([]);
  });

  it("opens the brief page with its key judgments, each with its citations and verdict", async () => {
    await page.goto(`${desk.url}/`);
    expect(await page.locator("h2").first().textContent()).toBe("Key judgments");
    const lines = await page.locator(".key-judgments li").allTextContents();
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(8);
    for (const line of lines) expect(line).toMatch(/\[\d+\]/);
  });

  it("draws the timeline charts with the chart library", async () => {
    await page.goto(`${desk.url}/timeline`);
    const drawn = await page.evaluate(() => {
      const chart = (globalThis as unknown as { Chart?: { getChart(id: string): unknown } }).Chart;
      return Boolean(chart?.getChart("events-chart")) && Boolean(chart?.getChart("figures-chart"));
    });
    expect(drawn).toBe(true);
    await page.selectOption("#figure-unit", { index: 1 });
    expect(problems).toEqual([]);
  });

  it("follows a conflict from the explorer to its variants and their sources", async () => {
    await page.goto(`${desk.url}/claims`);
    await page.selectOption("select[name=status]", "conflicting");
    await page.click("button[type=submit]");
    await page.waitForURL(/status=conflicting/);
    const rows = page.locator("table.claims tbody tr");
    expect(await rows.count()).toBeGreaterThanOrEqual(5);
    await rows.first().locator("a").first().click();
    await page.waitForURL(/\/claims\/c-/);
    const variants = page.locator(".variants-grid .variant");
    expect(await variants.count()).toBeGreaterThanOrEqual(2);
    for (const v of await variants.all()) {
      expect((await v.locator(".variant-sources").textContent())?.trim().length).toBeGreaterThan(0);
      expect(await v.locator("ul.evidence li").count()).toBeGreaterThan(0);
    }
  });

  it("shows the stance heatmap, and a cell opens its evidence and history", async () => {
    await page.goto(`${desk.url}/stances`);
    const cells = page.locator("table.heatmap td a");
    expect(await cells.count()).toBeGreaterThan(10);
    const colour = await cells
      .first()
      .evaluate(
        (a) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }
          ).getComputedStyle((a as unknown as { parentElement: unknown }).parentElement)
            .backgroundColor,
      );
    expect(colour).not.toBe("rgba(0, 0, 0, 0)");
    await cells.first().focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/stances\/[^/]+\/[^/]+$/);
    expect(await page.locator("ol.history li").count()).toBeGreaterThan(0);
  });

  it("runs nothing from a report carrying <script> and <img onerror> payloads, and shows them as text", async () => {
    await page.goto(`${desk.url}/api/reports?q=Ceasefire+talk`);
    const found = JSON.parse((await page.locator("body").textContent()) ?? "{}");
    const hostile = found.items.find((r: { title: string }) => r.title.includes("<script>"));
    expect(hostile).toBeDefined();
    const report = (await (await fetch(`${desk.url}/api/reports/${hostile.id}`)).json()) as {
      clusters: { id: string }[];
    };
    const clusterIds = report.clusters.map((c) => c.id);
    expect(clusterIds.length).toBeGreaterThan(0);
    const visited = [
      "/",
      "/claims",
      "/sources",
      "/stances",
      "/timeline",
      "/deadlines",
      "/api/brief?format=html",
    ];
    for (const id of clusterIds) visited.push(`/claims/${encodeURIComponent(id)}`);
    let shownAsText = 0;
    for (const path of visited) {
      await page.goto(`${desk.url}${path}`);
      await page.waitForTimeout(50);
      expect(
        await page.evaluate(() => (globalThis as { __pwned?: string }).__pwned),
        path,
      ).toBeUndefined();
      expect(await page.locator("main img").count(), path).toBe(0);
      const text = (await page.locator("body").textContent()) ?? "";
      if (text.includes("onerror=") || text.includes("<script>")) shownAsText++;
    }
    expect(shownAsText).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
