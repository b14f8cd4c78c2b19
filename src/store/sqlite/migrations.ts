/**
 * The SQLite schema as an ordered list of versioned migrations. Each migration
 * runs once, in its own transaction, and is recorded in schema_migrations, so
 * an existing database is brought up to date on open and never re-migrated.
 */
import type Database from "better-sqlite3";

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "initial schema",
    sql: `
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        owner TEXT NOT NULL,
        country TEXT NOT NULL,
        kind TEXT NOT NULL,
        homepage TEXT,
        feeds TEXT
      );

      CREATE TABLE actors (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases TEXT NOT NULL,
        titles TEXT NOT NULL,
        role TEXT,
        affiliation TEXT,
        gender TEXT,
        discovered INTEGER
      );

      -- No foreign key to sources: a report may be stored before its source is declared.
      CREATE TABLE reports (
        id TEXT PRIMARY KEY,
        source_id TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        byline TEXT,
        published TEXT NOT NULL,
        text TEXT NOT NULL,
        language TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        origin TEXT NOT NULL,
        external_id TEXT
      );
      CREATE INDEX reports_by_published ON reports (published, id);
      CREATE INDEX reports_by_source ON reports (source_id, published);
      CREATE INDEX reports_by_hash ON reports (content_hash);

      -- External-content FTS index over reports, kept in step by the triggers below.
      CREATE VIRTUAL TABLE reports_fts USING fts5 (
        title, text,
        content = 'reports', content_rowid = 'rowid',
        tokenize = 'porter unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
        INSERT INTO reports_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;
      CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
        INSERT INTO reports_fts (reports_fts, rowid, title, text)
          VALUES ('delete', old.rowid, old.title, old.text);
      END;
      CREATE TRIGGER reports_fts_update AFTER UPDATE ON reports BEGIN
        INSERT INTO reports_fts (reports_fts, rowid, title, text)
          VALUES ('delete', old.rowid, old.title, old.text);
        INSERT INTO reports_fts (rowid, title, text) VALUES (new.rowid, new.title, new.text);
      END;

      -- The extracted layers except claims and stances, which live in their own tables.
      CREATE TABLE extractions (
        report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        json TEXT NOT NULL,
        extracted_at TEXT NOT NULL
      );

      CREATE TABLE claims (
        id TEXT PRIMARY KEY,
        report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        slot TEXT NOT NULL,
        issue TEXT NOT NULL,
        holder_id TEXT,
        json TEXT NOT NULL
      );
      CREATE INDEX claims_by_report ON claims (report_id, seq);
      CREATE INDEX claims_by_slot ON claims (slot);

      CREATE TABLE stances (
        report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        issue TEXT NOT NULL,
        position TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (report_id, seq)
      );
      CREATE INDEX stances_by_actor ON stances (actor_id, issue);

      -- Verification results are replaced as a whole, so they keep snapshots, not references.
      CREATE TABLE reprints (
        report_id TEXT NOT NULL,
        original_id TEXT NOT NULL,
        similarity REAL NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (report_id, original_id)
      );

      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL,
        slot TEXT NOT NULL,
        issue TEXT NOT NULL,
        status TEXT NOT NULL,
        json TEXT NOT NULL
      );
      CREATE INDEX clusters_by_status ON clusters (status, issue);

      CREATE TABLE quarantine (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        origin TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        source_id TEXT,
        UNIQUE (origin, stage, reason)
      );

      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "lookup keys for adding reports without verifying everything again",
    sql: `
      CREATE TABLE lookup_keys (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        ref TEXT NOT NULL
      );
      CREATE INDEX lookup_keys_by_key ON lookup_keys (kind, key, id);
      CREATE INDEX lookup_keys_by_ref ON lookup_keys (kind, ref);
    `,
  },
  {
    version: 3,
    name: "clusters in weight order and by slot, for briefs that read only what they show",
    sql: `
      ALTER TABLE clusters ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 3;
      ALTER TABLE clusters ADD COLUMN independent_sources INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE clusters ADD COLUMN report_count INTEGER NOT NULL DEFAULT 0;
      UPDATE clusters SET
        status_rank = CASE status WHEN 'conflicting' THEN 0 WHEN 'disputed' THEN 1
          WHEN 'corroborated' THEN 2 ELSE 3 END,
        independent_sources = json_extract(json, '$.verdict.independentSources'),
        report_count = json_extract(json, '$.verdict.reports');
      CREATE INDEX clusters_by_weight
        ON clusters (issue, status_rank, independent_sources DESC, report_count DESC, id);
      CREATE INDEX clusters_by_slot ON clusters (slot);
    `,
  },
  {
    version: 4,
    name: "sources built at ingest say where their owner came from; reports carry their marks",
    sql: `
      ALTER TABLE sources ADD COLUMN owner_from TEXT;
      ALTER TABLE reports ADD COLUMN marks TEXT;
    `,
  },
  {
    version: 5,
    name: "cluster membership in rows: a cluster row no longer holds its claims",
    sql: `
      CREATE TABLE cluster_members (
        cluster_id TEXT NOT NULL,
        claim_id TEXT NOT NULL,
        report_id TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (cluster_id, claim_id)
      ) WITHOUT ROWID;
      CREATE INDEX cluster_members_by_sentence ON cluster_members (report_id, sentence);
      INSERT OR IGNORE INTO cluster_members (cluster_id, claim_id, report_id, sentence)
        SELECT clusters.id, json_extract(m.value, '$.id'), json_extract(m.value, '$.reportId'),
          json_extract(m.value, '$.sentence')
        FROM clusters, json_each(clusters.json, '$.claims') AS m;
      UPDATE clusters SET json = json_remove(json, '$.claims', '$.claimIds');
      DELETE FROM lookup_keys WHERE kind = 'sentence';
    `,
  },
  {
    version: 6,
    name: "reprint links found by their original, so adding reports drops a report's links by index",
    sql: `
      CREATE INDEX reprints_by_original ON reprints (original_id);
    `,
  },
  {
    version: 7,
    name: "tracking digests beside extractions; the tracking state kept for the store's revision",
    sql: `
      CREATE TABLE tracking_digests (
        report_id TEXT PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        json TEXT NOT NULL
      );
      -- Counts the writes tracking reads from: a kept state is current while its revision is.
      CREATE TABLE store_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL
      );
      INSERT INTO store_revision (id, n) VALUES (1, 0);
      CREATE TABLE tracking_state (
        key TEXT PRIMARY KEY,
        revision INTEGER NOT NULL,
        json TEXT NOT NULL
      );
    `,
  },
  {
    version: 8,
    name: "reports listed without their texts from the date index alone",
    sql: `
      DROP INDEX reports_by_published;
      CREATE INDEX reports_by_published ON reports (published, id, source_id, url, title, byline,
        language, content_hash, origin, external_id, marks);
    `,
  },
  {
    version: 9,
    name: "a large cluster's tally beside its row, so adding claims to it reads none of its members",
    sql: `
      ALTER TABLE clusters ADD COLUMN tally TEXT;
    `,
  },
];

/** The schema version this code writes: the last migration's. */
export const LATEST_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/** Brings the database up to LATEST_VERSION; returns the versions it applied. */
export function migrate(
  db: Database.Database,
  location: string,
  migrations: readonly Migration[] = MIGRATIONS,
): number[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
  )`);
  const applied = new Set(
    db
      .prepare<[], { version: number }>("SELECT version FROM schema_migrations")
      .all()
      .map((row) => row.version),
  );
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const newest = Math.max(0, ...applied);
  if (newest > latest) {
    throw new Error(
      `database ${location} has schema version ${newest}, newer than this program supports (${latest}); ` +
        "use a newer ThinkTanksMonitor or another database",
    );
  }
  const record = db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)");
  const ran: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, new Date().toISOString());
    })();
    ran.push(migration.version);
  }
  return ran;
}

/** The highest migration version recorded in the database, 0 for a new one. */
export function schemaVersion(db: Database.Database): number {
  const row = db
    .prepare<[], { version: number | null }>(
      "SELECT MAX(version) AS version FROM schema_migrations",
    )
    .get();
  return row?.version ?? 0;
}
