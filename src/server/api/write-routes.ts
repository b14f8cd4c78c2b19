/**
 * POST /reports: adds reports (one report object or an array, in the same shape
 * as report files), then analyzes them, or on PostgreSQL with workers queues
 * them for extraction (201 with the analysis, 202 with the jobs queued). The
 * body goes through the same ingest
 * readers as a file, so what a file may not contain, a request may not either;
 * refused items come back quarantined with their reasons.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingest } from "../../pipeline.js";
import { HttpError } from "../http-error.js";
import { type ApiRoute, route } from "./route.js";

const REPORT_SCHEMA = {
  type: "object",
  required: ["source", "title", "published", "text"],
  properties: {
    source: { type: "string", description: "source id or name from the dossier" },
    url: { type: "string" },
    title: { type: "string" },
    byline: { type: "string" },
    published: { type: "string", description: "ISO 8601 timestamp" },
    text: { type: "string", description: "paragraphs separated by a blank line" },
  },
};

export const MAX_REPORTS_PER_REQUEST = 500;

function checkBody(body: unknown): void {
  const items = Array.isArray(body) ? body : [body];
  if (body === null || typeof body !== "object")
    throw new HttpError(400, "the body must be a report object or an array of them (JSON)");
  if (items.length === 0) throw new HttpError(400, "the body is an empty array: no reports");
  if (items.length > MAX_REPORTS_PER_REQUEST)
    throw new HttpError(
      413,
      `at most ${MAX_REPORTS_PER_REQUEST} reports per request (got ${items.length})`,
    );
}

export const writeRoutes: ApiRoute[] = [
  route({
    method: "POST",
    path: "/reports",
    summary:
      "Add reports, then analyze them (or queue them for workers on PostgreSQL); answers with what was added and what was quarantined",
    tag: "reports",
    write: true,
    requestBody: {
      description: "a report, or an array of reports",
      schema: { oneOf: [REPORT_SCHEMA, { type: "array", items: REPORT_SCHEMA }] },
    },
    async handle({ desk, body }) {
      checkBody(body);
      const summary = await desk.write(async (store, dossier) => {
        const dir = await mkdtemp(join(tmpdir(), "ttm-post-"));
        try {
          const file = join(dir, `api-post-${Date.now()}.json`);
          await writeFile(file, JSON.stringify(body));
          const ingested = await ingest(store, dossier, [file]);
          return { ingested, ...(await desk.handoff(store, dossier)) };
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      });
      const taken = summary.ingested.added + summary.ingested.updated + summary.ingested.unchanged;
      return { json: summary, status: taken === 0 ? 422 : "queued" in summary ? 202 : 201 };
    },
  }),
];
