/**
 * Extracted layers in PostgreSQL. Claims and stances have their own queryable
 * tables; the other layers are one JSONB document per report. A report's claims
 * and stances are inserted in one statement each from a JSON array, and read
 * back with the report in one query, however many reports are listed.
 */
import type pg from "pg";
import type { Claim, ExtractedReport, Stance, TrackingDigest } from "../../model/index.js";
import { REPORT_COLUMNS, type ReportRow, rowToReport } from "../report-row.js";
import type { ExtractionListOptions, ReportFilter } from "../store.js";
import { inTransaction } from "./connection.js";
import { filterClause } from "./report-filter.js";

/** What extractions.layers holds: every layer but the report, claims and stances. */
type StoredLayers = Omit<ExtractedReport, "report" | "claims" | "stances">;

interface ExtractionRow extends ReportRow {
  layers: StoredLayers;
  claims: Claim[];
  stances: Stance[];
}

const CLAIMS_OF_REPORT = `COALESCE((SELECT jsonb_agg(c.claim ORDER BY c.seq) FROM claims c WHERE c.report_id = e.report_id), '[]')`;

function extractionSelect(withClaims: boolean): string {
  return `SELECT ${REPORT_COLUMNS}, e.layers,
    ${withClaims ? CLAIMS_OF_REPORT : "'[]'::jsonb"} AS claims,
    COALESCE((SELECT jsonb_agg(s.stance ORDER BY s.seq) FROM stances s WHERE s.report_id = e.report_id), '[]') AS stances
  FROM extractions e JOIN reports r ON r.id = e.report_id`;
}

const EXTRACTION_SELECT = extractionSelect(true);

export class ExtractionTables {
  constructor(private readonly pool: pg.Pool) {}

  save(
    extraction: ExtractedReport,
    extractorVersion: string,
    digest?: TrackingDigest,
  ): Promise<void> {
    const reportId = extraction.report.id;
    for (const claim of extraction.claims) {
      if (claim.reportId !== reportId) {
        throw new Error(`claim ${claim.id} belongs to report ${claim.reportId}, not ${reportId}`);
      }
    }
    return inTransaction(this.pool, async (db) => {
      // The row lock makes two workers saving the same report take turns.
      const stored = await db.query<{ content_hash: string }>(
        "SELECT content_hash FROM reports WHERE id = $1 FOR UPDATE",
        [reportId],
      );
      const row = stored.rows[0];
      if (!row) {
        throw new Error(`cannot save the extraction of report ${reportId}: no such report`);
      }
      // Offsets point into the text that was extracted; a changed text would make them lie.
      if (row.content_hash !== extraction.report.contentHash) {
        throw new Error(
          `cannot save the extraction of report ${reportId}: it was made from other text than the stored report; extract it again`,
        );
      }
      await db.query(
        `WITH gone_extraction AS (DELETE FROM extractions WHERE report_id = $1),
              gone_claims AS (DELETE FROM claims WHERE report_id = $1),
              gone_digest AS (DELETE FROM tracking_digests WHERE report_id = $1)
         DELETE FROM stances WHERE report_id = $1`,
        [reportId],
      );
      await this.insertAll(db, extraction, extractorVersion);
      if (digest) await insertDigests(db, [digest]);
    });
  }

  /** Stores digests of extracted reports, replacing older ones; a digest of a report not extracted is refused. */
  saveDigests(digests: TrackingDigest[]): Promise<void> {
    if (digests.length === 0) return Promise.resolve();
    return inTransaction(this.pool, async (db) => {
      const ids = digests.map((d) => d.reportId);
      const { rows } = await db.query<{ id: string }>(
        `SELECT id FROM unnest($1::text[]) AS t(id)
         WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.report_id = t.id)`,
        [ids],
      );
      if (rows[0])
        throw new Error(
          `cannot save the tracking digest of report ${rows[0].id}: it is not extracted`,
        );
      await insertDigests(db, digests);
    });
  }

  /** The digests of the extracted reports the filter selects, oldest report first. */
  async listDigests(filter: ReportFilter = {}): Promise<TrackingDigest[]> {
    const { where, params, page } = filterClause(filter, "r");
    const { rows } = await this.pool.query<{ digest: TrackingDigest }>(
      `SELECT d.digest FROM tracking_digests d JOIN reports r ON r.id = d.report_id
       ${where} ORDER BY r.published, r.id ${page}`,
      params,
    );
    return rows.map((row) => row.digest);
  }

  /** Extracted reports with no digest of this version, oldest first. */
  async withoutDigest(version: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT e.report_id AS id FROM extractions e
       JOIN reports r ON r.id = e.report_id
       LEFT JOIN tracking_digests d ON d.report_id = e.report_id
       WHERE d.report_id IS NULL OR d.version <> $1
       ORDER BY r.published, r.id`,
      [version],
    );
    return rows.map((row) => row.id);
  }

  private async insertAll(
    db: pg.PoolClient,
    extraction: ExtractedReport,
    extractorVersion: string,
  ): Promise<void> {
    const { report, claims, stances, ...layers } = extraction;
    const stored: StoredLayers = layers;
    await db.query(
      `INSERT INTO extractions (report_id, extractor_version, content_hash, layers)
       VALUES ($1, $2, $3, $4::jsonb)`,
      [report.id, extractorVersion, report.contentHash, JSON.stringify(stored)],
    );
    if (claims.length > 0) {
      await db.query(
        `INSERT INTO claims (id, report_id, seq, slot, issue, holder_id, claim)
         SELECT c->>'id', $1, t.n - 1, c->>'slot', c->>'issue', c->>'holderId', c
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(c, n)`,
        [report.id, JSON.stringify(claims)],
      );
    }
    if (stances.length > 0) {
      await db.query(
        `INSERT INTO stances (report_id, seq, actor_id, issue, position, stance)
         SELECT $1, t.n - 1, s->>'actorId', s->>'issue', s->>'position', s
         FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS t(s, n)`,
        [report.id, JSON.stringify(stances)],
      );
    }
  }

  async get(reportId: string): Promise<ExtractedReport | null> {
    const { rows } = await this.pool.query<ExtractionRow>(
      `${EXTRACTION_SELECT} WHERE e.report_id = $1`,
      [reportId],
    );
    return rows[0] ? assemble(rows[0]) : null;
  }

  async list(
    filter: ReportFilter = {},
    options: ExtractionListOptions = {},
  ): Promise<ExtractedReport[]> {
    const { where, params, page } = filterClause(filter, "r");
    const { rows } = await this.pool.query<ExtractionRow>(
      `${extractionSelect(options.claims ?? true)} ${where} ORDER BY r.published, r.id ${page}`,
      params,
    );
    return rows.map(assemble);
  }

  async listClaims(): Promise<Claim[]> {
    const { rows } = await this.pool.query<{ claim: Claim }>(
      `SELECT c.claim FROM claims c JOIN reports r ON r.id = c.report_id
       ORDER BY r.published, r.id, c.seq`,
    );
    return rows.map((row) => row.claim);
  }

  async claimsAfter(after: string | null, limit: number): Promise<Claim[]> {
    const { rows } = await this.pool.query<{ claim: Claim }>(
      after === null
        ? "SELECT claim FROM claims ORDER BY id LIMIT $1"
        : "SELECT claim FROM claims WHERE id > $2 ORDER BY id LIMIT $1",
      after === null ? [limit] : [limit, after],
    );
    return rows.map((row) => row.claim);
  }

  async getClaims(ids: readonly string[]): Promise<Claim[]> {
    const { rows } = await this.pool.query<{ claim: Claim }>(
      "SELECT claim FROM claims WHERE id = ANY($1::text[])",
      [[...new Set(ids)]],
    );
    return rows.map((row) => row.claim);
  }

  async listStances(filter: ReportFilter = {}, skip?: ReadonlySet<string>): Promise<Stance[]> {
    const { where, params, page } = filterClause(filter, "r", 2);
    if (page) throw new Error("stances are listed by date, not by page");
    const conditions = [where ? where.replace(/^WHERE /, "") : "TRUE", "s.report_id <> ALL($1)"];
    const { rows } = await this.pool.query<{ stance: Stance }>(
      `SELECT s.stance FROM stances s JOIN reports r ON r.id = s.report_id
       WHERE ${conditions.join(" AND ")} ORDER BY r.published, r.id, s.seq`,
      [[...(skip ?? [])], ...params],
    );
    return rows.map((row) => row.stance);
  }
}

async function insertDigests(db: pg.PoolClient, digests: TrackingDigest[]): Promise<void> {
  await db.query(
    `INSERT INTO tracking_digests (report_id, version, digest)
     SELECT d->>'reportId', (d->>'version')::int, d
     FROM jsonb_array_elements($1::jsonb) AS t(d)
     ON CONFLICT (report_id) DO UPDATE SET version = excluded.version, digest = excluded.digest`,
    [JSON.stringify(digests)],
  );
}

function assemble(row: ExtractionRow): ExtractedReport {
  return { report: rowToReport(row), ...row.layers, claims: row.claims, stances: row.stances };
}
