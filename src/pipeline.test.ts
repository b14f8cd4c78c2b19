/**
 * The whole pipeline on the bundled sample corpus: what an analyst would check
 * first in the brief.
 */
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { renderBrief } from "./brief/index.js";
import { CITATIONS_SHOWN } from "./brief/words.js";
import { loadDossier } from "./dossier/index.js";
import type { ClusterWithClaims, Dossier, ExtractedReport, Report } from "./model/index.js";
import {
  analyze,
  buildBrief,
  collectStats,
  gatherTracking,
  ingest,
  jsonBrief,
  registerDossier,
  trackingKey,
} from "./pipeline.js";
import { openStore } from "./store/index.js";
import type { Store } from "./store/store.js";

const ROOT = resolve(import.meta.dirname, "..");
const SAMPLES = resolve(ROOT, "samples/ukraine-peace-2025");

let store: Store;
let dossier: Dossier;
let byExternal: Map<string, Report>;

beforeAll(async () => {
  dossier = await loadDossier(resolve(ROOT, "dossiers/ukraine-peace-2025.yaml"));
  store = await openStore(":memory:");
  await registerDossier(store, dossier, "dossier.yaml");
  const ingested = await ingest(store, dossier, [SAMPLES]);
  expect(ingested.quarantined).toEqual([]);
  await analyze(store, dossier);
  byExternal = new Map((await store.listReports()).map((r) => [r.externalId ?? r.id, r]));
}, 120_000);

const id = (external: string) => {
  const r = byExternal.get(external);
  if (!r) throw new Error(`sample report ${external} not ingested`);
  return r.id;
};

async function extraction(external: string): Promise<ExtractedReport> {
  const x = await store.getExtraction(id(external));
  if (!x) throw new Error(`no extraction for ${external}`);
  return x;
}

function valuesOf(c: ClusterWithClaims): string[] {
  return c.verdict.variants.map((v) => v.value);
}

describe("pipeline on the sample corpus", () => {
  it("takes in all 36 reports and skips the corpus notes", async () => {
    expect(await store.countReports()).toBe(36);
  });

  it("re-ingesting the same reports changes nothing", async () => {
    const again = await ingest(store, dossier, [SAMPLES]);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 36 });
    const analyzed = await analyze(store, dossier);
    expect(analyzed.extracted).toBe(0);
  });

  it("attributes a direct quote to its named speaker", async () => {
    const x = await extraction("s-01");
    const direct = x.quotes.find((q) => q.kind === "direct" && q.content === "constructive");
    expect(direct?.speakerId).toBe("kirill-dmitriev");
    const indirect = x.quotes.find((q) => q.kind === "indirect" && q.speakerId === "rustem-umerov");
    expect(indirect?.content).toMatch(/^his delegation had gone through/);
  });

  it("links every planted reprint to its original", async () => {
    const pairs = (await store.listReprints()).map((p) => [p.reportId, p.originalId]);
    for (const [copy, original] of [
      ["s-02", "s-01"],
      ["s-16", "s-15"],
      ["s-17", "s-15"],
      ["s-31", "s-30"],
      ["s-22", "s-21"],
    ] as const) {
      expect(pairs).toContainEqual([id(copy), id(original)]);
    }
  });

  it("finds the 90% vs 95% conflict with the sources of each figure", async () => {
    const conflicts = await store.listClusters({ status: "conflicting" });
    const share = conflicts.find((c) => {
      const v = valuesOf(c).join(" ");
      return /90/.test(v) && /95/.test(v);
    });
    expect(share).toBeDefined();
    const ninety = share!.verdict.variants.find((v) => v.value.includes("90"))!;
    const ninetyFive = share!.verdict.variants.find((v) => v.value.includes("95"))!;
    expect(ninety.reportIds).toContain(id("s-15"));
    expect(ninetyFive.reportIds).toContain(id("s-18"));
    expect(ninety.holderIds).toContain("volodymyr-zelenskyy");
    expect(ninetyFive.holderIds).toContain("donald-trump");
  });

  it("does not count wire reprints as independent confirmation", async () => {
    const clusters = await store.listClusters();
    const reprinted = new Set([id("s-02"), id("s-16"), id("s-17"), id("s-31")]);
    for (const c of clusters) {
      const reports = new Set(c.claims.map((x) => x.reportId));
      const originals = [...reports].filter((r) => !reprinted.has(r));
      // Independent sources can never exceed the number of non-copy reports.
      expect(c.verdict.independentSources).toBeLessThanOrEqual(Math.max(1, originals.length));
    }
    const constructive = clusters.find((c) =>
      c.claims.some((x) => x.reportId === id("s-01") && /constructive/.test(x.evidence.text)),
    );
    expect(constructive?.verdict.independentSources).toBe(1);
  });

  it("counts 9 independent sources: one owner for the two Lakeshore outlets", async () => {
    const stats = await collectStats(store);
    expect(stats.reports).toBe(36);
    expect(stats.sources).toBe(10);
    expect(stats.independent_sources).toBe(9);
  });

  it("compiles a brief whose conflicting statements list every variant with citations", async () => {
    const brief = await buildBrief(store, dossier, { now: new Date("2026-01-11T00:00:00Z") });
    const conflicting = brief.sections
      .flatMap((s) => s.statements)
      .filter((s) => s.status === "conflicting");
    expect(conflicting.length).toBeGreaterThan(0);
    for (const s of conflicting) {
      expect(s.variants.length).toBeGreaterThanOrEqual(2);
      for (const v of s.variants) expect(v.citations.length).toBeGreaterThan(0);
    }
    expect(brief.closing).toMatch(/36 reports from 9 independent sources/);
    expect(brief.outlets).toContain("Northgate Wire");
  });

  it("lists the weightiest statements of each issue when bounded, and counts the rest", async () => {
    const now = new Date("2026-01-11T00:00:00Z");
    const full = await buildBrief(store, dossier, { now });
    const clusters = await store.listClusters();
    for (const scope of [{}, { since: "2025-12-20", until: "2026-01-10" }]) {
      const bounded = await buildBrief(store, dossier, { now, ...scope, statementsPerIssue: 3 });
      const whole = Object.keys(scope).length
        ? await buildBrief(store, dossier, { now, ...scope })
        : full;
      expect(bounded.sections.map((s) => s.issue)).toEqual(whole.sections.map((s) => s.issue));
      for (const [i, section] of bounded.sections.entries()) {
        const all = whole.sections[i]!;
        // The same first statements, with the same citation numbers.
        expect(section.statements).toEqual(all.statements.slice(0, 3));
        expect(section.omitted).toBeGreaterThanOrEqual(all.statements.length - 3);
      }
      // Every cluster is counted once: listed, repeated in words, or left out.
      const counted = Object.values(bounded.summary.claims).reduce((a, b) => a + b, 0);
      const listed = bounded.sections.reduce((n, s) => n + s.statements.length + s.omitted, 0);
      expect(counted).toBe(listed + (bounded.summary.repeats ?? 0));
      if (!Object.keys(scope).length) expect(counted).toBe(clusters.length);
      // The reports the brief prints are listed, under their numbers in the whole brief.
      const cited = new Set(
        bounded.sections.flatMap((s) =>
          s.statements.flatMap((st) => st.citations.slice(0, CITATIONS_SHOWN)),
        ),
      );
      for (const n of cited) expect(bounded.citations.some((c) => c.n === n)).toBe(true);
      for (const c of bounded.citations) expect(whole.citations).toContainEqual(c);
    }
  });

  it("tracks from the clusters it looks up as it would from every cluster", async () => {
    const made = { kept: false };
    const looked = await gatherTracking(store, dossier, {}, made);
    expect(looked.timeline.filter((e) => e.verdict).length).toBeGreaterThan(3);
    expect(looked.framework.shareAgreed.length).toBeGreaterThan(1);
    // A verification stored before the sentence keys existed: every cluster is read.
    const index = await store.getMeta("verify_index");
    await store.setMeta("verify_index", "0");
    try {
      expect(looked).toEqual(await gatherTracking(store, dossier, {}, made));
    } finally {
      await store.setMeta("verify_index", index!);
    }
  });

  it("keeps the tracking state analyze made, and makes it again once the store is written", async () => {
    const key = trackingKey(dossier);
    const kept = await store.trackingState(key);
    expect(kept).not.toBeNull();
    expect(kept).toEqual(await gatherTracking(store, dossier, {}, { kept: false }));
    const now = new Date("2026-01-20T12:00:00Z");
    const fromKept = await buildBrief(store, dossier, { now });
    // A write tracking reads from (here one that changes no value) makes the state stale.
    await store.setOffTopic(id("s-15"), null);
    expect(await store.trackingState(key)).toBeNull();
    expect(await buildBrief(store, dossier, { now })).toEqual(fromKept);
    expect(await store.trackingState(key)).toEqual(kept);
    // Another framework is another dossier: its state is its own.
    const edited = { ...dossier, framework: dossier.framework.slice(1) };
    expect(trackingKey(edited)).not.toBe(key);
    expect(await store.trackingState(trackingKey(edited))).toBeNull();
  });

  it("streams the JSON brief a page of clusters at a time, holding what the whole brief holds", async () => {
    const now = new Date("2026-01-20T12:00:00Z");
    const streamed = async (options: object) => {
      let text = "";
      for await (const chunk of jsonBrief(store, dossier, { now, ...options })) text += chunk;
      return JSON.parse(text);
    };
    const whole = async (options: object) =>
      JSON.parse(renderBrief(await buildBrief(store, dossier, { now, ...options }), "json"));
    const all = await streamed({});
    expect(all).toEqual(await whole({}));
    expect(all.sections.length).toBeGreaterThan(3);
    expect(all.keyJudgments.length).toBeGreaterThan(3);
    // Over a window and one issue, as the brief in memory gives them.
    const narrow = { since: "2025-12-27", until: "2025-12-29", issue: "territory" };
    expect(await streamed(narrow)).toEqual(await whole(narrow));
  });

  it("gives the same verdict counts in the brief as in ttm stats, and says how many are repeats", async () => {
    const stats = await collectStats(store);
    const brief = await buildBrief(store, dossier);
    const bounded = await buildBrief(store, dossier, { statementsPerIssue: 3 });
    expect(brief.summary.claims).toEqual(stats.claims);
    expect(bounded.summary.claims).toEqual(stats.claims);
    const listed = brief.sections.reduce((n, s) => n + s.statements.length + s.omitted, 0);
    const total = Object.values(stats.claims).reduce((a, b) => a + b, 0);
    expect(listed + (brief.summary.repeats ?? 0)).toBe(total);
  });

  it("opens the brief with five to eight key judgments, each cited with its verdict", async () => {
    const brief = await buildBrief(store, dossier);
    const lines = brief.keyJudgments ?? [];
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(8);
    for (const line of lines) {
      expect(line.citations.length).toBeGreaterThan(0);
      expect(line.verdict).not.toBe("");
      for (const n of line.citations) expect(brief.citations.some((c) => c.n === n)).toBe(true);
    }
    expect(lines[0]!.text).toMatch(
      /^Territory and the Donbas is open: Russia demands it .*Ukraine rejects it/,
    );
    const shares = lines.find(
      (l) => l.kind === "figure" && /90%/.test(l.text) && /95%/.test(l.text),
    );
    expect(shares?.verdict).toBe("Conflicting");
    expect(lines.some((l) => l.kind === "due")).toBe(true);
  });

  it("rests no stance or shift on a sentence that does not state that holder's position", async () => {
    const tracking = await gatherTracking(store, dossier);
    const stances = tracking.matrix.cells.flatMap((c) => c.history);
    const heldOn = (fragment: string) =>
      stances
        .filter((s) => s.evidence.includes(fragment))
        .map((s) => `${s.actorId} ${s.position} ${s.issue}`);
    // Someone else's position, a third party's demand, what nobody can force, no right to do.
    expect(heldOn("Vladimir Putin made clear he opposed")).toEqual([
      "vladimir-putin opposes ceasefire",
    ]);
    expect(heldOn("nobody could force Ukraine or Russia to accept")).toEqual([]);
    expect(heldOn("no legal or moral right to give up land")).toEqual([
      "volodymyr-zelenskyy rejects territory",
    ]);
    expect(heldOn("has made Kyiv's neutrality a core demand").sort()).toEqual([
      "russia demands nato",
      "russia opposes troops",
    ]);
    expect(heldOn("Ukraine's president rejected the claim outright")).toEqual([
      "volodymyr-zelenskyy denies attacks",
    ]);
    expect(heldOn("Ukraine was prepared to give up its bid to join NATO if")).toEqual([
      "volodymyr-zelenskyy conditions nato",
    ]);
    // What a vote would take is a condition on the vote, not a demand of its own; a
    // "trade-off" is no trade; a denial of a claimed capture is on territory.
    expect(heldOn("Organizing that vote safely, he said")).toEqual([
      "volodymyr-zelenskyy conditions referendum",
    ]);
    expect(heldOn("He first floated that trade-off")).not.toContain(
      "volodymyr-zelenskyy proposes economic_zone",
    );
    expect(heldOn("general staff rejected the claim")).toEqual(["ukraine denies territory"]);
    // An offer that only holds is the earlier offer, not a position on the talks it is made in.
    expect(heldOn("Washington's offer stands")).toEqual([
      "united-states proposes security_guarantees",
    ]);
    expect(heldOn("the Paris declaration of January 6 now backs")).not.toContain(
      "france supports troops",
    );
    expect(heldOn("no decision had been made on German troops")).not.toContain(
      "friedrich-merz rejects troops",
    );
    // Accepting, then a third party's demand read as Kyiv's, then accepting again is no move.
    const moves = tracking.shifts.map((s) => `${s.actorId} ${s.issue}`);
    expect(moves).not.toContain("ukraine nato");
    expect(moves).not.toContain("donald-trump talks");
  });

  it("compiles a brief over a date window and one issue from the reports inside it", async () => {
    const brief = await buildBrief(store, dossier, {
      since: "2025-12-27",
      until: "2025-12-28",
      issue: "attacks",
    });
    expect(brief.sections.map((s) => s.issue)).toEqual(["attacks"]);
    for (const c of brief.citations) {
      expect(c.published >= "2025-12-27T00:00:00Z" && c.published <= "2025-12-28T23:59:59Z").toBe(
        true,
      );
    }
    expect(brief.summary.reports).toBeLessThan(36);
    const drones = brief.sections[0]!.statements.find((s) =>
      s.variants.some((v) => /600/.test(v.value)),
    );
    expect(drones?.status).toBe("conflicting");
  });
});

describe("quarantine after a fix", () => {
  it("clears a refused file's entry once the file is read again without fault", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-requarantine-"));
    const file = join(dir, "late.json");
    await writeFile(file, "{ not json");
    const fresh = await openStore(":memory:");
    await registerDossier(fresh, dossier, "dossier.yaml");
    const broken = await ingest(fresh, dossier, [file]);
    expect(broken.quarantined.map((q) => q.origin)).toEqual([file]);
    await writeFile(
      file,
      JSON.stringify({
        source: "northgate-wire",
        title: "Talks resume",
        published: "2026-01-09T10:00:00Z",
        text: "Negotiators met again in Geneva on Friday, officials said.",
      }),
    );
    const fixed = await ingest(fresh, dossier, [file]);
    expect([fixed.added, fixed.quarantined]).toEqual([1, []]);
    expect(await fresh.listQuarantine()).toEqual([]);
    await fresh.close();
  });
});

/** A fresh store of the bundled dossier with these reports (file name → text) taken in and analyzed. */
async function analyzedStore(texts: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), "ttm-texts-"));
  for (const [name, text] of Object.entries(texts)) {
    await writeFile(
      join(dir, name),
      JSON.stringify({ source: "northgate-wire", published: "2026-01-09T10:00:00Z", text }),
    );
  }
  const fresh = await openStore(":memory:");
  await registerDossier(fresh, dossier, "dossier.yaml");
  expect((await ingest(fresh, dossier, [dir])).added).toBe(Object.keys(texts).length);
  await analyze(fresh, dossier);
  return fresh;
}

describe("reports in a language the extractor cannot read", () => {
  it("stores and counts them, extracts nothing from them and says why", async () => {
    const fresh = await analyzedStore({
      "en.json":
        "Negotiators met again in Geneva on Friday and said about 300 prisoners would be exchanged.",
      "uk.json":
        "Переговірники знову зустрілися в Женеві в п'ятницю і заявили, що обміняють 300 полонених.",
    });
    const reports = await fresh.listReports();
    const ukrainian = reports.find((r) => r.language === "uk");
    const english = reports.find((r) => r.language === "en");
    expect((await fresh.getExtraction(ukrainian!.id))?.quantities).toEqual([]);
    expect((await fresh.getExtraction(english!.id))?.quantities.length).toBeGreaterThan(0);
    const quarantined = await fresh.listQuarantine();
    expect(quarantined.map((q) => [q.origin, q.stage, q.reason])).toEqual([
      [
        ukrainian!.origin,
        "extract",
        "not extracted: the text is in Ukrainian (uk), and extraction reads English only",
      ],
    ]);
    const stats = await collectStats(fresh);
    expect([stats.reports, stats.languages, stats.not_extracted]).toEqual([2, { en: 1, uk: 1 }, 1]);
    await fresh.close();
  });
});

describe("reports off the dossier's topic", () => {
  it("stores and counts them, lists them under their own stage, and leaves them out of the brief", async () => {
    const fresh = await analyzedStore({
      "on.json": "Zelenskyy said on Friday that the talks on security guarantees would resume.",
      "off.json":
        "The city council voted on Friday to repave the harbour road before the summer fair.",
    });
    const off = (await fresh.listReports()).find((r) => r.text.includes("harbour road"))!;
    const extraction = await fresh.getExtraction(off.id);
    expect(extraction?.offTopic).toMatch(/^off topic: names none of the dossier's actors/);
    expect(extraction?.claims).toEqual([]);
    expect((await fresh.listQuarantine()).map((q) => [q.origin, q.stage])).toEqual([
      [off.origin, "relevance"],
    ]);
    const stats = await collectStats(fresh);
    expect([stats.reports, stats.off_topic]).toEqual([2, 1]);
    const brief = await buildBrief(fresh, dossier);
    expect(brief.summary.reports).toBe(1);
    expect(brief.citations.map((c) => c.reportId)).not.toContain(off.id);
    await fresh.close();
  });

  it("marks each report of a file on its own, so an off-topic one hides none of its neighbours", async () => {
    const dir = await mkdtemp(join(tmpdir(), "ttm-array-"));
    const item = (text: string) => ({
      source: "northgate-wire",
      published: "2026-01-09T10:00:00Z",
      text,
    });
    await writeFile(
      join(dir, "both.json"),
      JSON.stringify([
        item("Zelenskyy said on Friday that the talks on security guarantees would resume."),
        item("The city council voted on Friday to repave the harbour road before the summer fair."),
      ]),
    );
    const fresh = await openStore(":memory:");
    await registerDossier(fresh, dossier, "dossier.yaml");
    await ingest(fresh, dossier, [dir]);
    await analyze(fresh, dossier);
    const reports = await fresh.listReports();
    expect(reports.map((r) => Boolean(r.offTopic)).sort()).toEqual([false, true]);
    const brief = await buildBrief(fresh, dossier);
    expect(brief.summary.reports).toBe(1);
    // Cleared when a later extraction finds the report on topic.
    const off = reports.find((r) => r.offTopic)!;
    await fresh.setOffTopic(off.id, null);
    expect((await fresh.getReport(off.id))?.offTopic).toBeUndefined();
    await fresh.close();
  });
});
