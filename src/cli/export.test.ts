/** `ttm export` from the command line, on the sample database. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDeskFixture, type DeskFixture } from "../server/desk-fixture.js";
import { main } from "./program.js";

let fx: DeskFixture;

beforeAll(async () => {
  fx = await buildDeskFixture();
  await fx.store.close();
}, 60_000);

afterAll(async () => {
  await fx?.cleanup();
});

describe("ttm export", () => {
  it("writes ClaimReview JSON-LD and a claims CSV to files", async () => {
    const jsonld = join(fx.dir, "reviews.jsonld");
    expect(
      await main(["node", "ttm", "--db", fx.dbPath, "export", "claimreview", "--out", jsonld]),
    ).toBe(0);
    const doc = JSON.parse(await readFile(jsonld, "utf8"));
    expect(doc["@graph"].length).toBeGreaterThan(0);
    expect(doc["@graph"][0]["@type"]).toBe("ClaimReview");
    const csv = join(fx.dir, "claims.csv");
    expect(
      await main(["node", "ttm", "--db", fx.dbPath, "export", "claims-csv", "--out", csv]),
    ).toBe(0);
    expect((await readFile(csv, "utf8")).split("\r\n")[0]).toMatch(/^cluster_id,verdict/);
  });

  it("refuses an unknown kind of export as a usage error", async () => {
    expect(await main(["node", "ttm", "--db", fx.dbPath, "export", "docx"])).toBe(2);
  });
});
