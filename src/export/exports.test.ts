/** ClaimReview JSON-LD, CSV and feeds from the sample database. */
import { execFileSync } from "node:child_process";
import { DOMParser } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeskFixture, type DeskFixture } from "../server/desk-fixture.js";
import { claimReviews } from "./claimreview.js";
import { claimsCsv, csvCell, stancesCsv } from "./csv.js";
import { briefFeed } from "./daily-briefs.js";
import { briefEntry, renderAtom, renderRss, xmlText } from "./feed.js";
import { type LoadedRecords, loadRecords } from "./records.js";

let fx: DeskFixture;
let records: LoadedRecords;

beforeAll(async () => {
  fx = await buildDeskFixture({ hostile: true });
  records = await loadRecords(fx.store, fx.dossier);
}, 60_000);

afterAll(async () => {
  await fx?.cleanup();
});

describe("ClaimReview JSON-LD", () => {
  it("reviews every corroborated, conflicting or disputed cluster with the fields ClaimReview needs", () => {
    const doc = JSON.parse(
      JSON.stringify(claimReviews(records, { baseUrl: "http://127.0.0.1:8080/" })),
    );
    expect(doc["@context"]).toBe("https://schema.org");
    const reviewed = records.clusters.filter((c) => c.verdict.status !== "single_source");
    expect(doc["@graph"]).toHaveLength(reviewed.length);
    for (const review of doc["@graph"]) {
      expect(review["@type"]).toBe("ClaimReview");
      expect(review.claimReviewed.length).toBeGreaterThan(10);
      expect(review.url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/claims\/c-/);
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.author).toMatchObject({ "@type": "Organization", name: "ThinkTanksMonitor" });
      expect(review.reviewRating).toMatchObject({
        "@type": "Rating",
        bestRating: 5,
        worstRating: 1,
      });
      expect(["Corroborated", "Conflicting reports", "Disputed"]).toContain(
        review.reviewRating.alternateName,
      );
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance.length).toBeGreaterThan(0);
      expect(review.itemReviewed.author.name.length).toBeGreaterThan(0);
    }
  });
});

describe("CSV", () => {
  it("quotes commas, quotes and line breaks, and defuses spreadsheet formulas", () => {
    expect(csvCell('say "no", twice')).toBe('"say ""no"", twice"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("-5")).toBe("'-5");
    expect(csvCell(null)).toBe("");
  });

  it("has one row per cluster and one per stance, each with the header's number of fields", () => {
    const claims = claimsCsv(records).trimEnd().split("\r\n");
    expect(claims[0]).toMatch(/^cluster_id,verdict,issue,statement/);
    expect(claims.filter((l) => /^c-/.test(l))).toHaveLength(records.clusters.length);
    const stances = stancesCsv(records).trimEnd().split("\r\n");
    const stanceCount = records.stances.cells.reduce((n, c) => n + c.history.length, 0);
    expect(stances).toHaveLength(stanceCount + 1);
    expect(stances.slice(1).filter((l) => /,yes,/.test(l))).toHaveLength(
      records.stances.cells.length,
    );
  });

  it("reads back with a CSV reader into the same fields", () => {
    const csv = claimsCsv(records);
    const python =
      "import csv,sys; rows=list(csv.reader(sys.stdin)); print(len({len(r) for r in rows}), len(rows))";
    let out: string;
    try {
      out = execFileSync("python3", ["-c", python], { input: csv }).toString().trim();
    } catch {
      return; // no python3 here: the structural checks above still ran
    }
    expect(out).toBe(`1 ${records.clusters.length + 1}`);
  });
});

describe("feeds of briefs", () => {
  it("escapes text and drops characters XML forbids", () => {
    expect(xmlText('a < b & "c"\u0001')).toBe("a &lt; b &amp; &quot;c&quot;");
  });

  it("writes RSS and Atom that parse as XML, one entry per day of reporting, newest first", async () => {
    const feed = await briefFeed(fx.store, fx.dossier, "http://127.0.0.1:8080", "/api/feed.atom");
    expect(feed.entries.length).toBeGreaterThan(3);
    expect(feed.entries[0]!.updated > feed.entries[1]!.updated).toBe(true);
    const atom = new DOMParser().parseFromString(renderAtom(feed), "text/xml");
    expect(atom.querySelectorAll("entry").length).toBe(feed.entries.length);
    const rss = new DOMParser().parseFromString(renderRss(feed), "text/xml");
    expect(rss.querySelectorAll("item").length).toBe(feed.entries.length);
    expect(rss.querySelector("item title")?.textContent).toContain("brief for");
  });

  it("names the day's conflicts in an entry", async () => {
    const { buildBrief } = await import("../pipeline.js");
    const brief = await buildBrief(fx.store, fx.dossier, {
      since: "2025-12-27",
      until: "2025-12-27",
    });
    const entry = briefEntry(brief, "2025-12-27", "http://127.0.0.1:8080");
    expect(entry.summary).toMatch(/reports from \d+ independent sources/);
    expect(entry.link).toBe(
      "http://127.0.0.1:8080/api/brief?format=html&since=2025-12-27&until=2025-12-27",
    );
  });
});
