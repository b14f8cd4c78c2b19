import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../index.js";
import { runStoreContract } from "../store.contract.js";
import { makeReport } from "../store-fixtures.js";
import { redactLocation } from "./connection.js";
import { LATEST_VERSION, migrate } from "./migrations.js";
import { openPostgresStore } from "./postgres-store.js";
import {
  createScratchDatabase,
  localServerProblem,
  type ScratchDatabase,
} from "./scratch-database.js";

const problem = await localServerProblem();

describe("PostgreSQL location", () => {
  it("hides the password of a connection string", () => {
    expect(redactLocation("postgres://ttm:s3cret@db.internal:5432/ttm")).toBe(
      "postgres://ttm@db.internal:5432/ttm",
    );
    expect(redactLocation("postgresql://db.internal/ttm?password=s3cret&sslmode=require")).toBe(
      "postgresql://db.internal/ttm?sslmode=require",
    );
  });
});

if (problem) {
  console.warn(`PostgreSQL store tests skipped: ${problem}`);
  describe.skip(`PostgreSQL store (skipped: ${problem})`, () => {
    it("runs the store contract against a real server", () => {});
  });
} else {
  let db: ScratchDatabase;
  let schemas = 0;
  beforeAll(async () => {
    db = await createScratchDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  // Each test of the contract gets an empty schema of its own in this run's database.
  runStoreContract("PostgreSQL", async () =>
    openPostgresStore(db.url, { schema: `contract_${schemas++}` }),
  );

  describe("PostgreSQL store", () => {
    it("is opened by openStore from a postgres:// or postgresql:// URL, password hidden", async () => {
      const withPassword = db.url.replace("postgres@", "postgres:unused@");
      const store = await openStore(withPassword);
      expect(store.location).not.toContain("unused");
      expect(store.location).toContain(db.name);
      await store.addReport(makeReport({ id: "r1" }));
      await store.close();
      const again = await openStore(db.url.replace(/^postgres:/, "postgresql:"));
      expect(await again.countReports()).toBe(1);
      await again.close();
    });

    it("migrates once when several processes open a new database at the same time", async () => {
      const opened = await Promise.all(
        [1, 2, 3, 4].map(() => openPostgresStore(db.url, { schema: "racing_open" })),
      );
      // Every migration is applied by exactly one of them.
      const applied = opened.flatMap((store) => store.appliedMigrations).sort((a, b) => a - b);
      expect(applied).toEqual(Array.from({ length: LATEST_VERSION }, (_, i) => i + 1));
      expect(await opened[0]!.schemaVersion()).toBe(LATEST_VERSION);
      await Promise.all(opened.map((store) => store.close()));
    });

    it("rolls back a failing migration as a whole and records nothing", async () => {
      const pool = new pg.Pool({ connectionString: db.url, options: "-c search_path=broken" });
      const broken = [
        { version: 1, name: "broken", sql: "CREATE TABLE t (x INT); SELECT * FROM nowhere" },
      ];
      await expect(migrate(pool, "test", { schema: "broken", migrations: broken })).rejects.toThrow(
        /migration 1 \(broken\) failed: .*nowhere/,
      );
      const tables = await pool.query(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'broken' ORDER BY 1",
      );
      expect(tables.rows.map((r) => r.table_name)).toEqual(["schema_migrations"]);
      await pool.end();
    });

    it("refuses a database written by a newer version", async () => {
      const store = await openPostgresStore(db.url, { schema: "newer" });
      await store.close();
      const pool = new pg.Pool({ connectionString: db.url, options: "-c search_path=newer" });
      await pool.query("INSERT INTO schema_migrations (version, name) VALUES ($1, 'future')", [
        LATEST_VERSION + 1,
      ]);
      await pool.end();
      await expect(openPostgresStore(db.url, { schema: "newer" })).rejects.toThrow(
        /newer than this program supports/,
      );
    });

    it("counts one report once when several processes add it at the same time", async () => {
      const stores = await Promise.all(
        [1, 2, 3].map(() => openPostgresStore(db.url, { schema: "racing_add" })),
      );
      const report = makeReport({ id: "same" });
      const outcomes = await Promise.all(stores.map((store) => store.addReport(report)));
      expect(outcomes.sort()).toEqual(["added", "unchanged", "unchanged"]);
      expect(await stores[0]!.countReports()).toBe(1);
      await Promise.all(stores.map((store) => store.close()));
    });
  });
}
