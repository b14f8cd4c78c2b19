/**
 * The behaviour every Store backend must show, as a vitest suite over the
 * interface only. A backend's test file calls runStoreContract with a factory
 * that returns a fresh, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor, ClusterWithClaims, Source, Tracking } from "../model/index.js";
import type { Store } from "./store.js";
import {
  makeClaim,
  makeCluster,
  makeDigest,
  makeExtraction,
  makeReport,
  makeStance,
  makeTally,
} from "./store-fixtures.js";

const SOURCE: Source = {
  id: "harbor-daily",
  name: "Harbor Daily",
  owner: "Harbor Media Group",
  country: "US",
  kind: "outlet",
};

const ACTOR: Actor = {
  id: "ukraine",
  name: "Ukraine",
  kind: "state",
  aliases: ["Kyiv"],
  titles: [],
  role: "party",
  affiliation: null,
  gender: null,
};

export function runStoreContract(name: string, makeStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await makeStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("upserts sources and actors by id", async () => {
      await store.upsertSources([SOURCE, { ...SOURCE, id: "gulf-horizon", name: "Gulf Horizon" }]);
      await store.upsertSources([{ ...SOURCE, owner: "New Owner", homepage: "https://h.example" }]);
      const sources = await store.listSources();
      expect(sources.map((s) => s.id)).toEqual(["gulf-horizon", "harbor-daily"]);
      expect(sources[1]).toEqual({ ...SOURCE, owner: "New Owner", homepage: "https://h.example" });
      // A source built at ingest keeps where its owner came from; the dossier's, set later, clears it.
      await store.upsertSources([
        { ...SOURCE, id: "built", owner: "built.example", ownerFrom: "domain" },
      ]);
      expect((await store.listSources()).find((s) => s.id === "built")?.ownerFrom).toBe("domain");
      await store.upsertSources([{ ...SOURCE, id: "built", owner: "Built Group" }]);
      expect((await store.listSources()).find((s) => s.id === "built")?.ownerFrom).toBeUndefined();

      const actor = {
        id: "dmitry-peskov",
        name: "Dmitry Peskov",
        kind: "person" as const,
        aliases: ["Peskov"],
        titles: ["the Kremlin spokesman"],
        role: "Kremlin spokesman",
        affiliation: "russia",
        gender: "male" as const,
      };
      await store.upsertActors([actor]);
      await store.upsertActors([{ ...actor, aliases: ["Peskov", "Peskow"], discovered: false }]);
      expect(await store.listActors()).toEqual([
        { ...actor, aliases: ["Peskov", "Peskow"], discovered: false },
      ]);
    });

    it("adds a report once and reads it back unchanged", async () => {
      const report = makeReport({ id: "r1", externalId: "dev-001", byline: "Staff" });
      expect(await store.addReport(report)).toBe("added");
      expect(await store.addReport(report)).toBe("unchanged");
      expect(await store.countReports()).toBe(1);
      expect(await store.getReport("r1")).toEqual(report);
      expect(await store.getReport("missing")).toBeNull();
      // A date assumed at ingest and a headline standing as the text read back as marked.
      const marked = makeReport({
        id: "r2",
        text: "Envoys meet again.",
        dateAssumed: "the file's time (no publication date)",
        headlineOnly: true,
      });
      await store.addReport(marked);
      expect(await store.getReport("r2")).toEqual(marked);
      // Analysis marks a report off topic and clears the mark; the other marks stay.
      await store.setOffTopic("r2", "off topic: names none of the dossier's actors");
      expect(await store.getReport("r2")).toEqual({
        ...marked,
        offTopic: "off topic: names none of the dossier's actors",
      });
      await store.setOffTopic("r2", null);
      expect(await store.getReport("r2")).toEqual(marked);
      await store.setOffTopic("missing", "x");
    });

    it("treats the same text from the same source under another id as unchanged", async () => {
      await store.addReport(makeReport({ id: "r1", text: "Same words." }));
      const copy = makeReport({ id: "r2", text: "Same words.", url: "https://other.example/x" });
      expect(await store.addReport(copy)).toBe("unchanged");
      expect(await store.countReports()).toBe(1);
    });

    it("keeps a verbatim copy published by another source", async () => {
      await store.addReport(makeReport({ id: "r1", text: "Wire words." }));
      const reprint = makeReport({ id: "r2", text: "Wire words.", sourceId: "gulf-horizon" });
      expect(await store.addReport(reprint)).toBe("added");
      expect(await store.countReports()).toBe(2);
    });

    it("updates a report whose text changed and resets its extraction", async () => {
      const first = makeReport({ id: "r1", text: "Talks ended without a deal." });
      await store.addReport(first);
      await store.saveExtraction(makeExtraction(first, 2, 1), "v1", makeDigest(first));
      expect(await store.reportsToExtract("v1")).toEqual([]);

      const corrected = makeReport({ id: "r1", text: "Talks ended with a partial deal." });
      expect(await store.addReport(corrected)).toBe("updated");
      expect((await store.getReport("r1"))?.text).toBe("Talks ended with a partial deal.");
      expect(await store.getExtraction("r1")).toBeNull();
      expect(await store.listClaims()).toEqual([]);
      expect(await store.listStances()).toEqual([]);
      // Its tracking digest was made from the old text: it goes with the extraction.
      expect(await store.listTrackingDigests()).toEqual([]);
      expect((await store.reportsToExtract("v1")).map((r) => r.id)).toEqual(["r1"]);
      expect(await store.searchReports("partial")).toHaveLength(1);
      expect(await store.searchReports("without")).toHaveLength(0);
    });

    it("finds reports by full-text search, best match first", async () => {
      await store.addReport(
        makeReport({ id: "a", title: "Security guarantees", text: "A text on guarantees." }),
      );
      await store.addReport(
        makeReport({ id: "b", title: "Drone strikes", text: "Officials spoke of security." }),
      );
      await store.addReport(makeReport({ id: "c", title: "Weather", text: "Snow in Kyiv." }));
      expect((await store.searchReports("security")).map((r) => r.id)).toEqual(["a", "b"]);
      expect((await store.searchReports("security guarantees")).map((r) => r.id)).toEqual(["a"]);
      expect((await store.searchReports("guarantee")).map((r) => r.id)).toEqual(["a"]);
      expect((await store.searchReports("kyiv", 1)).map((r) => r.id)).toEqual(["c"]);
      expect(await store.searchReports("officials OR snow OR text", 2)).toHaveLength(2);
    });

    it("never fails on FTS syntax in a query, and returns nothing for a query with no words", async () => {
      await store.addReport(
        makeReport({
          id: "a",
          title: "NATO and Ukraine",
          text: "NATO membership is off the table.",
        }),
      );
      expect((await store.searchReports('"NATO AND (')).map((r) => r.id)).toEqual(["a"]);
      expect((await store.searchReports("NATO* OR ) :")).map((r) => r.id)).toEqual(["a"]);
      expect(await store.searchReports("( ) ^ *")).toEqual([]);
      expect(await store.searchReports("")).toEqual([]);
    });

    it("lists reports by source and inclusive date range, ordered by publication", async () => {
      const add = (id: string, published: string, sourceId = "harbor-daily") =>
        store.addReport(makeReport({ id, published, sourceId }));
      await add("late", "2025-12-30T08:00:00Z");
      await add("early", "2025-12-28T23:40:00Z");
      await add("mid-b", "2025-12-29T12:00:00Z");
      await add("mid-a", "2025-12-29T12:00:00Z", "gulf-horizon");
      const ids = async (filter: Parameters<Store["listReports"]>[0]) =>
        (await store.listReports(filter)).map((r) => r.id);

      expect(await ids(undefined)).toEqual(["early", "mid-a", "mid-b", "late"]);
      expect(await ids({ sourceId: "gulf-horizon" })).toEqual(["mid-a"]);
      expect(await ids({ since: "2025-12-29" })).toEqual(["mid-a", "mid-b", "late"]);
      expect(await ids({ until: "2025-12-29" })).toEqual(["early", "mid-a", "mid-b"]);
      expect(await ids({ since: "2025-12-29T12:00:00Z", until: "2025-12-29T12:00:00Z" })).toEqual([
        "mid-a",
        "mid-b",
      ]);
      expect(await ids({ limit: 2, offset: 1 })).toEqual(["mid-a", "mid-b"]);
      expect(await ids({ offset: 3 })).toEqual(["late"]);
      // Without texts, everything else reads back the same.
      const whole = await store.listReports({ since: "2025-12-28" });
      expect(await store.listReports({ since: "2025-12-28" }, { text: false })).toEqual(
        whole.map((r) => ({ ...r, text: "" })),
      );
    });

    it("round-trips an extraction with its claims and stances", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 2, 2);
      await store.saveExtraction(extraction, "v1");
      expect(await store.getExtraction("r1")).toEqual(extraction);
      expect(await store.listClaims()).toEqual(extraction.claims);
      expect(await store.listStances()).toEqual(extraction.stances);
      expect(await store.listExtractions()).toEqual([extraction]);
      expect(await store.listExtractions({ sourceId: "nobody" })).toEqual([]);
      expect(await store.listExtractions({}, { claims: false })).toEqual([
        { ...extraction, claims: [] },
      ]);
    });

    it("replaces a report's extraction and asks again for an older extractor version", async () => {
      const report = makeReport({ id: "r1" });
      const other = makeReport({ id: "r2", published: "2025-12-29T10:00:00Z" });
      await store.addReport(report);
      await store.addReport(other);
      expect((await store.reportsToExtract("v1")).map((r) => r.id)).toEqual(["r1", "r2"]);

      await store.saveExtraction(makeExtraction(report, 3, 2), "v1");
      await store.saveExtraction(makeExtraction(other, 1, 0), "v1");
      const redone = { ...makeExtraction(report, 1, 1), stances: [makeStance(report)] };
      await store.saveExtraction(redone, "v2");
      expect(await store.getExtraction("r1")).toEqual(redone);
      expect((await store.listClaims()).map((c) => c.id)).toEqual(["r1:0:0", "r2:0:0"]);
      expect(await store.listStances()).toHaveLength(1);
      expect((await store.reportsToExtract("v2")).map((r) => r.id)).toEqual(["r2"]);
    });

    it("keeps a tracking digest beside each extraction, replaced and dropped with it", async () => {
      const early = makeReport({ id: "r1", published: "2025-12-27T08:00:00Z" });
      const late = makeReport({ id: "r2", published: "2025-12-29T10:00:00Z" });
      const bare = makeReport({ id: "r3", published: "2025-12-30T10:00:00Z" });
      for (const r of [early, late, bare]) await store.addReport(r);
      await store.saveExtraction(makeExtraction(late, 1, 1), "v1");
      await store.saveExtraction(makeExtraction(early, 1, 1), "v1", makeDigest(early));
      // r3 is not extracted: it needs no digest, and cannot be given one.
      expect(await store.reportsWithoutDigest(1)).toEqual(["r2"]);
      expect(await store.reportsWithoutDigest(2)).toEqual(["r1", "r2"]);
      await expect(store.saveTrackingDigests([makeDigest(bare)])).rejects.toThrow(/r3/);

      await store.saveTrackingDigests([makeDigest(late)]);
      expect(await store.listTrackingDigests()).toEqual([makeDigest(early), makeDigest(late)]);
      expect(await store.listTrackingDigests({ since: "2025-12-28" })).toEqual([makeDigest(late)]);
      const stancesOf = async (filter: object, skip?: Set<string>) =>
        (await store.listStances(filter, skip)).map((s) => s.reportId);
      expect(await stancesOf({ until: "2025-12-28" })).toEqual(["r1"]);
      expect(await stancesOf({}, new Set(["r1"]))).toEqual(["r2"]);
      expect(await stancesOf({ since: "2025-12-28" }, new Set(["r1"]))).toEqual(["r2"]);
      expect(await stancesOf({ since: "2025-12-28" }, new Set(["r2"]))).toEqual([]);
      // A newer digest format replaces the old one; extracting again drops it until given one.
      await store.saveTrackingDigests([makeDigest(early, 2)]);
      expect(await store.reportsWithoutDigest(2)).toEqual(["r2"]);
      await store.saveExtraction(makeExtraction(late, 1, 1), "v1");
      expect(await store.reportsWithoutDigest(1)).toEqual(["r1", "r2"]);
      expect(await store.listTrackingDigests()).toEqual([makeDigest(early, 2)]);
    });

    it("refuses an extraction of an unknown report or of other text", async () => {
      const report = makeReport({ id: "r1" });
      await expect(store.saveExtraction(makeExtraction(report), "v1")).rejects.toThrow(/r1/);
      await store.addReport(report);
      const stale = makeExtraction({ ...report, contentHash: "older" });
      await expect(store.saveExtraction(stale, "v1")).rejects.toThrow(/other text/);
      expect(await store.getExtraction("r1")).toBeNull();
    });

    it("replaces verification results as a whole", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 2, 0);
      await store.saveExtraction(extraction, "v1");
      const [c0, c1] = extraction.claims;
      const first = [
        makeCluster("k1", [c0!], "corroborated"),
        makeCluster("k2", [c1!], "conflicting", "territory"),
      ];
      const reprint = {
        reportId: "r2",
        originalId: "r1",
        similarity: 0.92,
        reason: "near-duplicate" as const,
      };
      await store.saveVerification([reprint], first);
      expect(await store.listReprints()).toEqual([reprint]);
      expect(await store.listClusters()).toEqual(first);
      expect(await store.listClusters({ status: "conflicting" })).toEqual([first[1]]);
      expect(await store.listClusters({ issue: "framework" })).toEqual([first[0]]);
      expect(await store.getCluster("k2")).toEqual(first[1]);

      const second = [makeCluster("k3", [c0!, c1!], "disputed")];
      await store.saveVerification([], second);
      expect(await store.listReprints()).toEqual([]);
      expect(await store.listClusters()).toEqual(second);
      expect(await store.getCluster("k1")).toBeNull();
    });

    it("reads claims a page at a time in id order, and by id", async () => {
      for (const id of ["r2", "r1", "r3"]) {
        const report = makeReport({ id, published: `2025-12-2${id.slice(1)}T10:00:00Z` });
        await store.addReport(report);
        await store.saveExtraction(makeExtraction(report, 3, 0), "v1");
      }
      const all = (await store.listClaims()).map((c) => c.id).sort();
      const paged: string[] = [];
      for (let after: string | null = null; ; ) {
        const page = await store.claimsAfter(after, 4);
        paged.push(...page.map((c) => c.id));
        if (page.length < 4) break;
        after = page.at(-1)!.id;
      }
      expect(paged).toEqual(all);
      expect(await store.claimsAfter(all.at(-1)!, 4)).toEqual([]);
      const some = await store.getClaims(["r3:0:0", "r1:0:2", "r1:0:2", "nowhere:0:0"]);
      expect(some.map((c) => c.id).sort()).toEqual(["r1:0:2", "r3:0:0"]);
      expect(some.find((c) => c.id === "r3:0:0")).toEqual(
        (await store.listClaims()).find((c) => c.id === "r3:0:0"),
      );
    });

    it("replaces verification with batches made while it writes, or leaves it whole", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      await store.saveExtraction(makeExtraction(report, 2, 0), "v1");
      const before = [makeCluster("k0", (await store.listClaims()).slice(0, 1), "corroborated")];
      await store.saveVerification([], before);
      const revision = await store.revision();
      // Each batch reads the store first, as a full verification does.
      async function* batches(fail: boolean) {
        for (const id of ["r1:0:0", "r1:0:1"]) {
          const claims = await store.getClaims([id]);
          yield [makeCluster(`k-${id}`, claims, "single_source")];
          if (fail) throw new Error("stopped midway");
        }
      }
      await expect(store.replaceVerification([], batches(true))).rejects.toThrow(/midway/);
      expect(await store.listClusters()).toEqual(before);
      expect(await store.revision()).toBe(revision);
      await store.replaceVerification([], batches(false));
      expect((await store.listClusters()).map((c) => c.claimIds)).toEqual([["r1:0:0"], ["r1:0:1"]]);
      expect((await store.clusterIdsAtSentences([{ reportId: "r1", sentence: 0 }])).sort()).toEqual(
        ["k-r1:0:0", "k-r1:0:1"],
      );
      expect(await store.revision()).toBeGreaterThan(revision);
    });

    it("lists clusters in weight order, by slot and a page at a time, and counts them", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const claims = makeExtraction(report, 3, 0).claims;
      const weighed = (
        id: string,
        status: ClusterWithClaims["verdict"]["status"],
        independentSources: number,
        reports: number,
        issue = "framework",
      ) => {
        const c = makeCluster(id, [claims[0]!], status, issue);
        return { ...c, verdict: { ...c.verdict, independentSources, reports } };
      };
      const clusters = [
        weighed("k1", "single_source", 1, 1),
        weighed("k2", "corroborated", 2, 2),
        weighed("k3", "corroborated", 3, 3),
        weighed("k4", "conflicting", 2, 2),
        weighed("k5", "corroborated", 3, 5),
        weighed("k6", "disputed", 1, 1, "territory"),
        { ...weighed("k7", "single_source", 1, 1), slot: "framework:share_agreed:percent" },
      ];
      await store.saveVerification([], clusters);
      const ids = (list: ClusterWithClaims[]) => list.map((c) => c.id);
      const framework = { issue: "framework", order: "weight" } as const;
      expect(ids(await store.listClusters(framework))).toEqual([
        "k4",
        "k5",
        "k3",
        "k2",
        "k1",
        "k7",
      ]);
      expect(ids(await store.listClusters({ ...framework, limit: 2, offset: 1 }))).toEqual([
        "k5",
        "k3",
      ]);
      expect(ids(await store.listClusters({ ...framework, offset: 4 }))).toEqual(["k1", "k7"]);
      expect(ids(await store.listClusters({ slot: "framework:share_agreed:percent" }))).toEqual([
        "k7",
      ]);
      // A cluster judged again moves in the order.
      await store.updateVerification({
        reprintReports: [],
        reprints: [],
        clusters: [weighed("k1", "disputed", 2, 4)],
        removedClusterIds: ["k4"],
      });
      expect(ids(await store.listClusters({ ...framework, limit: 2 }))).toEqual(["k1", "k5"]);
      expect(await store.countClusters()).toEqual([
        { issue: "framework", status: "corroborated", count: 3 },
        { issue: "framework", status: "disputed", count: 1 },
        { issue: "framework", status: "single_source", count: 1 },
        { issue: "territory", status: "disputed", count: 1 },
      ]);
    });

    it("updates verification results in part: links of named reports, clusters by id", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      await store.addReport(makeReport({ id: "r2", text: "Another text about the talks." }));
      const extraction = makeExtraction(report, 2, 0);
      await store.saveExtraction(extraction, "v1");
      const [c0, c1] = extraction.claims;
      const kept = makeCluster("k1", [c0!], "single_source");
      const gone = makeCluster("k2", [c1!], "single_source");
      const link = (reportId: string, originalId: string) => ({
        reportId,
        originalId,
        similarity: 0.9,
        reason: "near-duplicate" as const,
      });
      await store.saveVerification([link("r2", "r1"), link("r4", "r3")], [kept, gone]);

      const merged = makeCluster("k1", [c0!, c1!], "corroborated");
      const added = makeCluster("k0", [c1!], "disputed");
      await store.updateVerification({
        reprintReports: ["r1"],
        reprints: [link("r1", "r5")],
        clusters: [merged, added],
        removedClusterIds: ["k2"],
      });
      expect(await store.listReprints()).toEqual([link("r1", "r5"), link("r4", "r3")]);
      expect(await store.listClusters()).toEqual([added, merged]);
      expect(await store.getClusters(["k1", "k2", "k0"])).toHaveLength(2);
      expect((await store.getReports(["r2", "r9", "r1"])).map((r) => r.id).sort()).toEqual([
        "r1",
        "r2",
      ]);
      // Without their texts: every other field as stored.
      const full = await store.getReports(["r1"]);
      const heads = await store.getReports(["r1", "r9"], { text: false });
      expect(full[0]!.text.length).toBeGreaterThan(0);
      expect(heads).toEqual([{ ...full[0]!, text: "" }]);
      // A cluster that lost a member no longer lists it.
      await store.updateVerification({
        reprintReports: [],
        reprints: [],
        clusters: [makeCluster("k1", [c1!], "single_source")],
        removedClusterIds: [],
      });
      expect((await store.getCluster("k1"))?.claimIds).toEqual([c1!.id]);
    });

    it("reads at most the first claims of each cluster when asked, and counts the others", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 3, 0);
      await store.saveExtraction(extraction, "v1");
      const [c0, c1, c2] = extraction.claims;
      await store.saveVerification(
        [],
        [makeCluster("k1", [c2!, c0!, c1!], "corroborated"), makeCluster("k2", [c1!], "disputed")],
      );
      const [k1, k2] = await store.listClusters({ claimsPerCluster: 2 });
      const firstTwo = [c0!.id, c1!.id, c2!.id].sort().slice(0, 2);
      expect([k1?.claimIds, k1?.memberCount]).toEqual([firstTwo, 3]);
      expect(k1?.claims.map((c) => c.id)).toEqual(firstTwo);
      expect(k2?.claims.map((c) => c.id)).toEqual([c1!.id]);
      expect(k2 && "memberCount" in k2).toBe(false);
      const whole = (await store.listClusters())[0]!;
      expect([whole.claims.length, whole.claimIds.length, "memberCount" in whole]).toEqual([
        3,
        3,
        false,
      ]);
    });

    it("keeps a cluster's tally beside it, read only when asked and then instead of its members", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 3, 0);
      await store.saveExtraction(extraction, "v1");
      const [c0, c1, c2] = extraction.claims;
      const whole = makeCluster("k1", [c0!, c1!, c2!], "corroborated");
      const tally = makeTally([c0!, c1!, c2!]);
      const plain = makeCluster("k2", [c2!], "single_source");
      await store.saveVerification([], [{ ...whole, tally }, plain]);

      expect(await store.getClusters(["k1"], { tallies: true })).toEqual([
        { ...whole, claims: [], claimIds: [], memberCount: 3, tally },
      ]);
      // Without asking, or listed for output, a cluster is whole and shows no tally.
      expect(await store.getClusters(["k1"])).toEqual([whole]);
      expect(await store.getCluster("k1")).toEqual(whole);
      expect(await store.listClusters()).toEqual([whole, plain]);
      expect(await store.listClusters({ claimsPerCluster: 1, order: "weight" })).not.toContainEqual(
        expect.objectContaining({ tally: expect.anything() }),
      );
      // A cluster without a tally is read whole even when tallies are asked for.
      const both = await store.getClusters(["k2", "k1"], { tallies: true });
      expect(both.find((c) => c.id === "k2")).toEqual(plain);
      expect(both.find((c) => c.id === "k1")?.tally).toEqual(tally);
    });

    it("adds the claims of a cluster read by its tally to its members, dropping none", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 3, 0);
      await store.saveExtraction(extraction, "v1");
      const [c0, c1, c2] = extraction.claims;
      const first = makeCluster("k1", [c0!, c1!], "corroborated");
      await store.saveVerification([], [{ ...first, tally: makeTally([c0!, c1!]) }]);

      const [read] = await store.getClusters(["k1"], { tallies: true });
      const tally = makeTally([c0!, c1!, c2!]);
      await store.updateVerification({
        reprintReports: [],
        reprints: [],
        clusters: [{ ...read!, claims: [c2!], memberCount: 3, tally }],
        removedClusterIds: [],
      });
      const grown = makeCluster("k1", [c0!, c1!, c2!], "corroborated");
      grown.verdict.reports = 2;
      expect(await store.getClusters(["k1"])).toEqual([grown]);
      expect((await store.getClusters(["k1"], { tallies: true }))[0]).toMatchObject({
        claimIds: [],
        memberCount: 3,
        tally,
      });

      // Written again without memberCount or tally: its members are its claims, its tally gone.
      const shrunk = makeCluster("k1", [c0!, c2!], "corroborated");
      await store.updateVerification({
        reprintReports: [],
        reprints: [],
        clusters: [shrunk],
        removedClusterIds: [],
      });
      expect(await store.getClusters(["k1"], { tallies: true })).toEqual([shrunk]);
    });

    it("keeps cluster membership in rows: claims joined from extraction, clusters found by sentence", async () => {
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const extraction = makeExtraction(report, 3, 0);
      extraction.claims[2] = { ...extraction.claims[2]!, sentence: 1 };
      await store.saveExtraction(extraction, "v1");
      const [c0, c1, c2] = extraction.claims;
      await store.saveVerification(
        [],
        [makeCluster("k1", [c0!, c1!], "corroborated"), makeCluster("k2", [c2!], "single_source")],
      );
      const at = (c: typeof c0) => ({ reportId: c!.reportId, sentence: c!.sentence });
      expect(await store.clusterIdsAtSentences([at(c2)])).toEqual(["k2"]);
      expect((await store.clusterIdsAtSentences([at(c0), at(c2)])).sort()).toEqual(["k1", "k2"]);
      expect(await store.clusterIdsAtSentences([{ reportId: "r9", sentence: 0 }])).toEqual([]);
      expect(await store.clusterIdsAtSentences([])).toEqual([]);
      // The claims are the extraction's: extracted anew, a claim shows its new words; a
      // claim gone keeps its id in the cluster until verification runs again.
      const again = makeExtraction(report, 1, 0);
      again.claims[0] = { ...again.claims[0]!, object: "changed" };
      await store.saveExtraction(again, "v2");
      const k1 = await store.getCluster("k1");
      expect(k1?.claimIds).toEqual([c0!.id, c1!.id].sort());
      expect(k1?.claims.map((c) => c.object)).toEqual(["changed"]);
    });

    it("files refs under lookup keys and finds them by recency or by keys shared", async () => {
      await store.putKeys("band", [
        { ref: "a", keys: ["1", "2", "3"] },
        { ref: "b", keys: ["2", "3", "4"] },
        { ref: "c", keys: ["3", "9"] },
      ]);
      expect((await store.findSharingKeys("band", ["2", "3", "8"], 2, 10)).sort()).toEqual([
        "a",
        "b",
      ]);
      // Only the latest ref per key counts: "3" brings c alone, so none shares two keys.
      expect(await store.findSharingKeys("band", ["2", "3"], 2, 1)).toEqual([]);
      expect(await store.findByKeys("band", ["3"], 2)).toEqual(expect.arrayContaining(["b", "c"]));
      expect(await store.findByKeys("band", ["3"], 2)).toHaveLength(2);
      // A ref filed again moves to the front and loses its old keys.
      await store.putKeys("band", [{ ref: "a", keys: ["3"] }]);
      expect(await store.findByKeys("band", ["3"], 1)).toEqual(["a"]);
      expect(await store.findSharingKeys("band", ["1", "2"], 1, 10)).toEqual(["b"]);
      // Filed with add, a ref keeps its keys and gains these.
      await store.putKeys("band", [{ ref: "a", keys: ["7"] }], { add: true });
      expect(await store.findByKeys("band", ["3"], 1)).toEqual(["a"]);
      expect(await store.findByKeys("band", ["7"], 10)).toEqual(["a"]);
      // A ref's own keys, in the order filed; a ref filed under none is left out.
      const own = await store.keysOf("band", ["a", "c", "nobody"]);
      expect([...own.entries()].sort()).toEqual([
        ["a", ["3", "7"]],
        ["c", ["3", "9"]],
      ]);
      // Kinds are apart; replaceAll and removeKeys drop refs.
      await store.putKeys("cluster", [{ ref: "k", keys: ["3"] }]);
      expect(await store.findByKeys("band", ["3"], 10)).not.toContain("k");
      await store.putKeys("band", [{ ref: "z", keys: ["3"] }], { replaceAll: true });
      expect(await store.findByKeys("band", ["3"], 10)).toEqual(["z"]);
      await store.removeKeys("cluster", ["k"]);
      expect(await store.findByKeys("cluster", ["3"], 10)).toEqual([]);
    });

    it("keeps a tracking state while nothing tracking reads is written", async () => {
      const state: Tracking = {
        asOf: "2025-12-28T09:00:00Z",
        matrix: { actors: ["ukraine"], issues: ["territory"], cells: [] },
        shifts: [],
        framework: { points: [], shareAgreed: [] },
        ledger: [],
        timeline: [],
      };
      await store.upsertSources([SOURCE]);
      const report = makeReport({ id: "r1" });
      await store.addReport(report);
      const kept = async () => {
        await store.saveTrackingState("dossier-a", await store.revision(), state);
        expect(await store.trackingState("dossier-a")).toEqual(state);
      };
      await kept();
      expect(await store.trackingState("dossier-b")).toBeNull();
      // Writes that change nothing, and writes tracking does not read, keep it.
      await store.upsertSources([SOURCE]);
      await store.addReport(report);
      await store.setMeta("note", "x");
      await store.addQuarantine({ origin: "/in/x", stage: "ingest", reason: "empty", at: "t" });
      await store.putKeys("band", [{ ref: "r1", keys: ["1"] }]);
      expect(await store.trackingState("dossier-a")).toEqual(state);
      // Every write tracking reads from makes it stale.
      const writes: Array<() => Promise<unknown>> = [
        () => store.upsertSources([{ ...SOURCE, owner: "Another Owner" }]),
        () => store.upsertActors([{ ...ACTOR, name: "Kyiv government" }]),
        () => store.addReport(makeReport({ id: "r2" })),
        () => store.setOffTopic("r2", "names no actor of the dossier"),
        () => store.saveExtraction(makeExtraction(report), "v1", makeDigest(report)),
        () => store.saveTrackingDigests([makeDigest(report, 2)]),
        () => store.saveVerification([], [makeCluster("k1", [makeClaim(report, 0)], "disputed")]),
        () =>
          store.updateVerification({
            reprintReports: [],
            reprints: [],
            clusters: [],
            removedClusterIds: ["k1"],
          }),
      ];
      for (const [i, write] of writes.entries()) {
        await kept();
        await write();
        expect(await store.trackingState("dossier-a"), `write ${i}`).toBeNull();
      }
    });

    it("keeps one quarantine entry per origin, stage and reason", async () => {
      const item = {
        origin: "/in/bad.json",
        stage: "ingest",
        reason: "empty file",
        at: "2026-01-01T00:00:00Z",
      };
      await store.addQuarantine(item);
      await store.addQuarantine({ ...item, at: "2026-01-02T00:00:00Z" });
      await store.addQuarantine({ ...item, reason: "invalid JSON", sourceId: "harbor-daily" });
      expect(await store.listQuarantine()).toEqual([
        item,
        { ...item, reason: "invalid JSON", sourceId: "harbor-daily" },
      ]);
    });

    it("clears the entries one stage made for given origins, and no others", async () => {
      const at = "2026-01-01T00:00:00Z";
      await store.addQuarantine({ origin: "/in/a.json", stage: "ingest", reason: "empty", at });
      await store.addQuarantine({ origin: "/in/a.json", stage: "extract", reason: "failed", at });
      await store.addQuarantine({ origin: "/in/b.json", stage: "ingest", reason: "empty", at });
      await store.clearQuarantine("ingest", ["/in/a.json", "/in/a.json", "/in/none.json"]);
      await store.clearQuarantine("extract", []);
      expect((await store.listQuarantine()).map((q) => `${q.stage} ${q.origin}`)).toEqual([
        "extract /in/a.json",
        "ingest /in/b.json",
      ]);
    });

    it("stores and overwrites meta values", async () => {
      expect(await store.getMeta("dossier")).toBeNull();
      await store.setMeta("dossier", "ru-ua-2025");
      await store.setMeta("dossier", "ru-ua-2026");
      expect(await store.getMeta("dossier")).toBe("ru-ua-2026");
    });
  });
}
