/**
 * The whole pipeline on the second dossier's sample corpus (samples/gaza-ceasefire-2025):
 * what its PLANTED.md plants and the pipeline finds — the reprint pairs, verdicts of a
 * few planted facts, stances of Hamas, and deadlines met and pending.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDossier } from "./dossier/index.js";
import type { ClusterWithClaims, Dossier, Report, Tracking } from "./model/index.js";
import { analyze, collectStats, gatherTracking, ingest, registerDossier } from "./pipeline.js";
import { openStore } from "./store/index.js";
import type { Store } from "./store/store.js";

const ROOT = resolve(import.meta.dirname, "..");
const SAMPLES = resolve(ROOT, "samples/gaza-ceasefire-2025");

let store: Store;
let dossier: Dossier;
let reports: Report[];
let clusters: ClusterWithClaims[];
let tracking: Tracking;

beforeAll(async () => {
  dossier = await loadDossier(resolve(ROOT, "dossiers/gaza-ceasefire-2025.yaml"));
  store = await openStore(":memory:");
  await registerDossier(store, dossier, "gaza-ceasefire-2025.yaml");
  const ingested = await ingest(store, dossier, [SAMPLES]);
  expect(ingested.quarantined).toEqual([]);
  await analyze(store, dossier);
  reports = await store.listReports();
  clusters = await store.listClusters();
  tracking = await gatherTracking(store, dossier);
}, 120_000);

/** A report by its sample id; g-10, the HTML page, has none and is found by its source. */
const id = (external: string): string => {
  const r =
    external === "g-10"
      ? reports.find((x) => x.sourceId === "harborview-post" && x.externalId !== "g-02")
      : reports.find((x) => x.externalId === external);
  if (!r) throw new Error(`sample report ${external} not ingested`);
  return r.id;
};

/** The cluster holding a claim of `report` whose sentence matches `text`. */
function clusterWith(report: string, text: RegExp): ClusterWithClaims {
  const found = clusters.filter((c) =>
    c.claims.some((x) => x.reportId === id(report) && text.test(x.evidence.text)),
  );
  expect(found.length, `a cluster with ${report}: ${text}`).toBeGreaterThan(0);
  return found[0]!;
}

/** Conflicting clusters listing a variant for each figure, with the reports given. */
function conflictListing(...figures: Array<[RegExp, string]>): ClusterWithClaims | undefined {
  return clusters.find(
    (c) =>
      c.verdict.status === "conflicting" &&
      figures.every(([value, report]) =>
        c.verdict.variants.some((v) => value.test(v.value) && v.reportIds.includes(id(report))),
      ),
  );
}

describe("pipeline on the second sample corpus (Gaza ceasefire)", () => {
  it("takes in all 24 reports of the .json, .md, .html and .jsonl files and skips PLANTED.md", async () => {
    expect(reports).toHaveLength(24);
    const stats = await collectStats(store);
    expect(stats.sources).toBe(9);
    // The Crescent Herald and Crescent Markets Daily share one owner.
    expect(stats.independent_sources).toBe(8);
  });

  it("links exactly the five planted reprints to their originals", async () => {
    const pairs = (await store.listReprints()).map((p) => [p.reportId, p.originalId]);
    const planted = [
      ["g-02", "g-01"],
      ["g-08", "g-07"],
      ["g-14", "g-13"],
      ["g-19", "g-18"],
      ["g-17", "g-16"],
    ].map(([copy, original]) => [id(copy!), id(original!)]);
    expect(pairs.sort()).toEqual(planted.sort());
    const sameOwner = (await store.listReprints()).find((p) => p.reportId === id("g-17"));
    expect(sameOwner?.reason).toBe("same-owner");
  });

  it("corroborates Trump's disarmament quote from three owners, counting the same-owner copy once (C18)", () => {
    const quote = clusterWith("g-16", /If they don't disarm, we will disarm them/);
    expect(quote.verdict.status).toBe("corroborated");
    const holding = new Set(quote.claims.map((x) => x.reportId));
    for (const r of ["g-16", "g-17", "g-21", "g-22"]) expect(holding).toContain(id(r));
    expect(quote.verdict.independentSources).toBe(3);
  });

  it("corroborates Hamas's commitment to the ceasefire (C26) and Israel's opposition to Turkish troops (C20)", () => {
    const committed = clusterWith("g-09", /Hamas said it was committed to the ceasefire/);
    expect(committed.verdict.status).toBe("corroborated");
    expect(committed.claims.map((x) => x.reportId)).toContain(id("g-18"));
    const turkish = clusterWith("g-24", /Israel opposes the inclusion of Turkish troops/);
    expect(turkish.verdict.status).toBe("corroborated");
    expect(turkish.verdict.independentSources).toBeGreaterThanOrEqual(3);
  });

  it("finds the prisoners freed as conflicting, listing 1,968 and 1,950 with their reports (K1)", () => {
    const prisoners = conflictListing([/1,968/, "g-13"], [/1,950/, "g-21"]);
    expect(prisoners).toBeDefined();
    const holding = prisoners!.verdict.variants.find((v) => /1,968/.test(v.value))!.reportIds;
    expect(holding).toContain(id("g-14"));
  });

  it("finds the aid trucks a day under the agreement as conflicting, listing 600 and 400 (K2)", () => {
    expect(conflictListing([/^600/, "g-07"], [/^400/, "g-09"])).toBeDefined();
  });

  it("finds the share of Gaza Israel holds as conflicting, listing about 53 and about 58 percent (K3)", () => {
    expect(conflictListing([/53/, "g-09"], [/58/, "g-10"])).toBeDefined();
    expect(conflictListing([/58/, "g-12"], [/53/, "g-22"])).toBeDefined();
  });

  it("marks the charge that Hamas holds back remains as disputed, with Hamas's denial in both Crescent reports (D2)", () => {
    const charge = clusterWith("g-16", /knows where most of the bodies are/);
    expect(charge.verdict.status).toBe("disputed");
    const texts = charge.claims.map((x) => x.evidence.text);
    expect(texts).toContain("Hamas rejected the charge");
    expect(texts).toContain("Hamas denied the charge");
  });

  it("marks both attacks Hamas denied any part in as disputed (D1, D3)", () => {
    const rafah = clusterWith("g-20", /two of its soldiers had been killed in an attack in Rafah/);
    expect(rafah.verdict.status).toBe("disputed");
    const shooting = clusterWith("g-23", /attack that killed one of its soldiers in Rafah/);
    expect(shooting.verdict.status).toBe("disputed");
  });

  it("tells Hamas's move on the hostages from rejecting the timetable to a conditional yes", () => {
    const moves = tracking.shifts
      .filter((x) => x.actorId === "hamas" && x.issue === "hostages")
      .map((x) => `${x.before.position} -> ${x.after.position}`);
    // Rejecting the timetable and opposing the release within three days are one side.
    expect(
      moves.some((m) => /^(?:rejects|opposes) -> conditions$/.test(m)),
      String(moves),
    ).toBe(true);
  });

  it("keeps Hamas's planted stances on disarmament, withdrawal and governance", () => {
    const current = (issue: string) =>
      tracking.matrix.cells.find((c) => c.actorId === "hamas" && c.issue === issue)?.current;
    expect(current("disarmament")).toBe("rejects");
    expect(current("withdrawal")).toBe("demands");
    expect(current("governance")).toBe("accepts");
  });

  it("tells the deadlines met on 13 October, the Rafah reopening missed and the Cairo conference pending", () => {
    const entry = (what: RegExp) => tracking.ledger.find((l) => what.test(l.what));
    const trip = entry(/due to land in Israel on Monday morning and address the Knesset/);
    expect(trip).toMatchObject({ status: "met", actorId: "donald-trump" });
    expect(trip?.due?.value).toBe("2025-10-13");
    const release = entry(/counting down to a release .* 72-hour window/);
    expect(release).toMatchObject({ status: "met" });
    expect(release?.due?.value).toBe("2025-10-13");
    const rafah = entry(/Rafah crossing with Egypt was expected to reopen on Wednesday/);
    expect(rafah).toMatchObject({ status: "missed" });
    expect(rafah?.settledBy?.text).toMatch(/would not open until/);
    // "a 20-point plan to end the war" and "no sign that it will disarm" promise nothing.
    expect(entry(/20-point plan to end the war/)).toBeUndefined();
    expect(entry(/no sign that it will disarm/)).toBeUndefined();
    const cairo = entry(/reconstruction conference in Cairo in November/);
    expect(cairo).toMatchObject({ status: "pending", actorId: "egypt" });
    expect(cairo?.due?.value).toBe("2025-11");
  });
});
