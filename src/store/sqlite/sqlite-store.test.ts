import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../index.js";
import { runStoreContract } from "../store.contract.js";
import { makeCluster, makeExtraction, makeReport, makeTally } from "../store-fixtures.js";
import { LATEST_VERSION, MIGRATIONS, migrate } from "./migrations.js";
import { openSqliteStore } from "./sqlite-store.js";

const dir = mkdtempSync(join(tmpdir(), "ttm-store-"));
let files = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract("SQLite in memory", async () => openSqliteStore(":memory:"));
runStoreContract("SQLite file", async () => openSqliteStore(join(dir, `contract-${files++}.db`)));

describe("SQLite store on disk", () => {
  it("keeps data across reopening and does not re-apply migrations", async () => {
    const path = join(dir, "reopen.db");
    const first = openSqliteStore(path);
    expect(first.appliedMigrations).toEqual(MIGRATIONS.map((m) => m.version));
    await first.addReport(makeReport({ id: "r1", title: "Kept on disk" }));
    await first.setMeta("k", "v");
    await first.close();

    const second = openSqliteStore(path);
    expect(second.appliedMigrations).toEqual([]);
    expect(second.schemaVersion).toBe(LATEST_VERSION);
    expect((await second.getReport("r1"))?.title).toBe("Kept on disk");
    expect((await second.searchReports("disk")).map((r) => r.id)).toEqual(["r1"]);
    expect(await second.getMeta("k")).toBe("v");
    await second.close();
  });

  it("gives clusters stored before weight order their weights when it migrates", async () => {
    const path = join(dir, "weights.db");
    const db = new Database(path);
    migrate(db, "test", MIGRATIONS.slice(0, 2));
    const claim = makeExtraction(makeReport({ id: "r1" }), 1, 0).claims[0]!;
    const insert = db.prepare(
      "INSERT INTO clusters (id, seq, slot, issue, status, json) VALUES (?, ?, ?, ?, ?, ?)",
    );
    const heavy = makeCluster("k1", [claim], "corroborated");
    heavy.verdict.independentSources = 4;
    for (const [seq, c] of [makeCluster("k0", [claim], "corroborated"), heavy].entries())
      insert.run(c.id, seq, c.slot, c.issue, c.verdict.status, JSON.stringify(c));
    db.close();
    const store = openSqliteStore(path);
    expect(store.appliedMigrations).toEqual([3, 4, 5, 6, 7, 8, 9]);
    const ordered = await store.listClusters({ order: "weight" });
    expect(ordered.map((c) => c.id)).toEqual(["k1", "k0"]);
    // The claims a cluster row held became its membership rows.
    expect(ordered[0]?.claimIds).toEqual([claim.id]);
    expect(
      (await store.clusterIdsAtSentences([{ reportId: "r1", sentence: claim.sentence }])).sort(),
    ).toEqual(["k0", "k1"]);
    await store.close();
  });

  it("gives clusters stored before tallies a tally column, empty until one is written", async () => {
    const path = join(dir, "tallies.db");
    const db = new Database(path);
    migrate(db, "test", MIGRATIONS.slice(0, 8));
    const claim = makeExtraction(makeReport({ id: "r1" }), 1, 0).claims[0]!;
    const cluster = makeCluster("k1", [claim], "corroborated");
    db.prepare(
      "INSERT INTO clusters (id, seq, slot, issue, status, json) VALUES (?, 0, ?, ?, ?, ?)",
    ).run(
      cluster.id,
      cluster.slot,
      cluster.issue,
      cluster.verdict.status,
      JSON.stringify({ ...cluster, claims: undefined, claimIds: undefined }),
    );
    db.prepare(
      "INSERT INTO cluster_members (cluster_id, claim_id, report_id, sentence) VALUES (?, ?, ?, ?)",
    ).run(cluster.id, claim.id, claim.reportId, claim.sentence);
    db.close();

    const store = openSqliteStore(path);
    expect(store.appliedMigrations).toEqual([9]);
    // The claim's report was never stored: the cluster keeps its id, not its claim.
    expect(await store.getClusters(["k1"], { tallies: true })).toEqual([
      { ...cluster, claims: [] },
    ]);
    const tally = makeTally([claim]);
    await store.saveVerification([], [{ ...cluster, tally }]);
    expect((await store.getClusters(["k1"], { tallies: true }))[0]?.tally).toEqual(tally);
    await store.close();
  });

  it("reads a cluster whole when its stored tally is damaged", async () => {
    const path = join(dir, "damaged-tally.db");
    const store = openSqliteStore(path);
    const report = makeReport({ id: "r1" });
    await store.addReport(report);
    const extraction = makeExtraction(report, 2, 0);
    await store.saveExtraction(extraction, "v1");
    const cluster = makeCluster("k1", extraction.claims, "corroborated");
    await store.saveVerification([], [{ ...cluster, tally: makeTally(extraction.claims) }]);
    await store.close();
    for (const damaged of ["{not json", '{"version":1}', "null"]) {
      const db = new Database(path);
      db.prepare("UPDATE clusters SET tally = ? WHERE id = 'k1'").run(damaged);
      db.close();
      const reopened = openSqliteStore(path);
      expect(await reopened.getClusters(["k1"], { tallies: true })).toEqual([cluster]);
      await reopened.close();
    }
  });

  it("has the same indexes after replacing the verification as before", async () => {
    const path = join(dir, "indexes.db");
    const store = openSqliteStore(path);
    const indexes = () => {
      const db = new Database(path, { readonly: true });
      const rows = db
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .all();
      db.close();
      return rows;
    };
    const before = indexes();
    const report = makeReport({ id: "r1" });
    await store.addReport(report);
    const extraction = makeExtraction(report, 2, 0);
    await store.saveExtraction(extraction, "v1");
    await store.saveVerification([], [makeCluster("k1", extraction.claims, "corroborated")]);
    expect(indexes()).toEqual(before);
    expect((await store.listClusters({ order: "weight" })).map((c) => c.id)).toEqual(["k1"]);
    // Many refs filed anew at once take the same path through dropped indexes.
    await store.putKeys("other", [{ ref: "x", keys: ["k"] }]);
    const many = Array.from({ length: 6000 }, (_, i) => ({ ref: `r${i}`, keys: [`k${i % 7}`] }));
    await store.putKeys("band", many, { replaceAll: true });
    expect(indexes()).toEqual(before);
    expect(await store.findByKeys("band", ["k3"], 2)).toEqual(["r5995", "r5988"]);
    expect(await store.findByKeys("other", ["k"], 2)).toEqual(["x"]);
    await store.close();
  });

  it("counts a kept tracking state that no longer parses as none kept", async () => {
    const path = join(dir, "state.db");
    const store = openSqliteStore(path);
    await store.saveTrackingState("k", await store.revision(), {
      asOf: null,
      matrix: { actors: [], issues: [], cells: [] },
      shifts: [],
      framework: { points: [], shareAgreed: [] },
      ledger: [],
      timeline: [],
    });
    expect(await store.trackingState("k")).not.toBeNull();
    await store.close();
    for (const damaged of ['{"asOf": nul', "null", '{"asOf": null}']) {
      const db = new Database(path);
      db.prepare("UPDATE tracking_state SET json = ? WHERE key = 'k'").run(damaged);
      db.close();
      const reopened = openSqliteStore(path);
      expect(await reopened.trackingState("k")).toBeNull();
      await reopened.close();
    }
  });

  it("puts a file database in WAL mode", () => {
    const path = join(dir, "pragmas.db");
    openSqliteStore(path).close();
    const db = new Database(path);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("refuses a database written by a newer version", async () => {
    const path = join(dir, "newer.db");
    await openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(
      LATEST_VERSION + 1,
      "2030-01-01T00:00:00Z",
    );
    db.close();
    expect(() => openSqliteStore(path)).toThrow(/newer than this program supports/);
  });

  it("applies only the migrations not yet recorded, each once", () => {
    const db = new Database(":memory:");
    const steps = [
      { version: 1, name: "one", sql: "CREATE TABLE one (x INTEGER)" },
      { version: 2, name: "two", sql: "CREATE TABLE two (x INTEGER)" },
    ];
    expect(migrate(db, "test", steps.slice(0, 1))).toEqual([1]);
    expect(migrate(db, "test", steps)).toEqual([2]);
    expect(migrate(db, "test", steps)).toEqual([]);
    db.close();
  });

  it("rolls back a failing migration as a whole", () => {
    const db = new Database(":memory:");
    const broken = [
      { version: 1, name: "broken", sql: "CREATE TABLE t (x); SELECT * FROM nowhere" },
    ];
    expect(() => migrate(db, "test", broken)).toThrow(/nowhere/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE name = 't'").all();
    expect(tables).toEqual([]);
    db.close();
  });
});

describe("openStore", () => {
  it("opens a SQLite file from a path or a file: URL, creating its folder", async () => {
    const byPath = await openStore(join(dir, "nested", "a.db"));
    await byPath.addReport(makeReport({ id: "r1" }));
    await byPath.close();
    const byUrl = await openStore(`file://${join(dir, "nested", "a.db")}`);
    expect(await byUrl.countReports()).toBe(1);
    await byUrl.close();
  });

  it("hands postgres:// URLs to the PostgreSQL store, naming the database without its password", async () => {
    // Port 1 on this machine refuses at once: the message shows where the URL was routed.
    const failure = openStore("postgres://ttm:secret@127.0.0.1:1/ttm");
    await expect(failure).rejects.toThrow(
      /cannot open PostgreSQL database postgres:\/\/ttm@127\.0\.0\.1:1\/ttm/,
    );
    await expect(openStore("postgresql://ttm:secret@127.0.0.1:1/ttm")).rejects.not.toThrow(
      /secret/,
    );
  });

  it("rejects other URL schemes and an empty location", async () => {
    await expect(openStore("mysql://localhost/db")).rejects.toThrow(/unsupported store location/);
    await expect(openStore("  ")).rejects.toThrow(/no store location/);
  });
});
