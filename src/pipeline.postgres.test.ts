/**
 * The sample corpus analyzed on PostgreSQL gives the brief it gives on SQLite:
 * the same statements in the same order (the store's weight order and paging),
 * the same tracking (clusters found by sentence keys), the same sources.
 */
import { resolve } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { shownIn } from "./brief/index.js";
import { loadDossier } from "./dossier/index.js";
import type { Dossier } from "./model/index.js";
import { analyze, type BriefOptions, buildBrief, ingest, registerDossier } from "./pipeline.js";
import { openStore } from "./store/index.js";
import { createScratchDatabase, type ScratchDatabase } from "./store/postgres/scratch-database.js";
import type { Store } from "./store/store.js";
import { describeOnPostgres } from "./test-support/postgres.js";

const ROOT = resolve(import.meta.dirname, "..");

describeOnPostgres("brief on PostgreSQL", () => {
  let db: ScratchDatabase;
  let dossier: Dossier;
  const stores: Store[] = [];

  beforeAll(async () => {
    db = await createScratchDatabase();
    dossier = await loadDossier(resolve(ROOT, "dossiers/ukraine-peace-2025.yaml"));
    for (const location of [":memory:", db.url]) {
      const store = await openStore(location);
      await registerDossier(store, dossier, "dossier.yaml");
      await ingest(store, dossier, [resolve(ROOT, "samples/ukraine-peace-2025")]);
      await analyze(store, dossier);
      stores.push(store);
    }
  }, 180_000);

  afterAll(async () => {
    for (const store of stores) await store.close();
    await db?.drop();
  });

  const now = new Date("2026-01-11T00:00:00Z");
  const cases: [string, BriefOptions][] = [
    ["whole", { now }],
    ["as Markdown shows it", { now, ...shownIn("md") }],
    ["three statements per issue", { now, statementsPerIssue: 3 }],
  ];
  for (const [name, options] of cases) {
    it(`compiles the brief it compiles on SQLite: ${name}`, async () => {
      const [sqlite, postgres] = await Promise.all(
        stores.map((store) => buildBrief(store, dossier, options)),
      );
      expect(postgres!.sections.length).toBeGreaterThan(5);
      expect(postgres).toEqual(sqlite);
    });
  }
});
