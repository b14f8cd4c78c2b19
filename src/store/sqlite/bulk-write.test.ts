import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withIndexesDropped } from "./bulk-write.js";

function database() {
  const db = new Database(":memory:");
  db.exec("CREATE TABLE t (a INTEGER, b TEXT); CREATE INDEX t_by_b ON t (b);");
  return db;
}
const indexes = (db: Database.Database) =>
  db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all();

describe("withIndexesDropped", () => {
  it("writes without the table's indexes and builds them again the same", () => {
    const db = database();
    const before = indexes(db);
    let during: unknown[] = [];
    db.transaction(() =>
      withIndexesDropped(db, ["t"], () => {
        during = indexes(db);
        db.prepare("INSERT INTO t VALUES (1, 'x')").run();
      }),
    )();
    expect(during).toEqual([]);
    expect(indexes(db)).toEqual(before);
    expect(db.prepare("SELECT a FROM t WHERE b = 'x'").all()).toEqual([{ a: 1 }]);
  });

  it("leaves the indexes and rows as they were when the write fails", () => {
    const db = database();
    const before = indexes(db);
    const failing = db.transaction(() =>
      withIndexesDropped(db, ["t"], () => {
        db.prepare("INSERT INTO t VALUES (2, 'y')").run();
        throw new Error("stopped");
      }),
    );
    expect(failing).toThrow("stopped");
    expect(indexes(db)).toEqual(before);
    expect(db.prepare("SELECT COUNT(*) AS n FROM t").get()).toEqual({ n: 0 });
  });

  it("refuses to run outside a transaction", () => {
    expect(() => withIndexesDropped(database(), ["t"], () => {})).toThrow("inside a transaction");
  });
});
