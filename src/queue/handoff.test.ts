/**
 * On PostgreSQL, reports that arrive through `POST /reports` or a watched feed
 * are queued for the workers instead of analyzed in the receiving process.
 * Runs against the real server at 127.0.0.1:5432; says why when it cannot.
 */
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Dossier } from "../model/index.js";
import { startServer } from "../server/index.js";
import type { Store } from "../store/store.js";
import { describeOnPostgres } from "../test-support/postgres.js";
import { queueHandoff } from "./handoff.js";
import { openQueueFixture, type QueueFixture } from "./queue-fixture.js";
import { queueStatus } from "./status.js";

describeOnPostgres("hand-off to the job queue", () => {
  let fixture: QueueFixture;
  let store: Store;
  let boss: PgBoss;
  let dossier: Dossier;

  beforeAll(async () => {
    fixture = await openQueueFixture("ttm_handoff");
    ({ store, boss, dossier } = fixture);
  }, 60_000);

  afterAll(async () => {
    await fixture?.close();
  });

  it("answers POST /reports with 202 and one extraction job per new report, extracting nothing itself", async () => {
    const desk = await startServer({
      store,
      dossier,
      port: 0,
      token: "handoff-test-token-0123",
      handoff: queueHandoff(boss),
    });
    try {
      const report = (title: string) => ({
        source: "northgate-wire",
        title,
        published: "2026-01-09T10:00:00Z",
        text: `${title}. Negotiators met again in Geneva on Friday, officials said.`,
      });
      const res = await fetch(`${desk.url}/api/reports`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: "Bearer handoff-test-token-0123",
        },
        body: JSON.stringify([report("Talks resume"), report("Envoys meet")]),
      });
      expect(res.status).toBe(202);
      const body = (await res.json()) as { queued: number; ingested: { added: number } };
      expect(body).toMatchObject({ queued: 2, ingested: { added: 2 } });
      expect((await queueStatus(boss)).extract.created).toBe(2);
      expect(await store.listExtractions()).toEqual([]);
    } finally {
      await desk.close();
    }
  }, 60_000);
});
