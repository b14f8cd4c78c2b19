/**
 * The PostgreSQL schema, as the ordered list of migrations that builds it.
 * Text keys and timestamps use the "C" collation so ordering is by code point,
 * as in SQLite, whatever the database's locale. Full-text search uses a stored
 * tsvector column (title weighted above body) with a GIN index.
 */

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
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT NOT NULL,
        owner TEXT NOT NULL,
        country TEXT NOT NULL,
        kind TEXT NOT NULL,
        homepage TEXT,
        feeds JSONB
      );

      CREATE TABLE actors (
        id TEXT COLLATE "C" PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        aliases JSONB NOT NULL,
        titles JSONB NOT NULL,
        role TEXT,
        affiliation TEXT,
        gender TEXT,
        discovered BOOLEAN
      );

      -- No foreign key to sources: a report may be stored before its source is declared.
      CREATE TABLE reports (
        id TEXT COLLATE "C" PRIMARY KEY,
        source_id TEXT COLLATE "C" NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        byline TEXT,
        published TEXT COLLATE "C" NOT NULL,
        text TEXT NOT NULL,
        language TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        origin TEXT NOT NULL,
        external_id TEXT,
        search TSVECTOR GENERATED ALWAYS AS (
          setweight(to_tsvector('english', title), 'A') ||
          setweight(to_tsvector('english', text), 'B')
        ) STORED
      );
      CREATE INDEX reports_by_published ON reports (published, id);
      CREATE INDEX reports_by_source ON reports (source_id, published);
      CREATE INDEX reports_by_hash ON reports (content_hash, source_id);
      CREATE INDEX reports_search ON reports USING GIN (search);

      -- The extracted layers except claims and stances, which live in their own tables.
      CREATE TABLE extractions (
        report_id TEXT COLLATE "C" PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        extractor_version TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        layers JSONB NOT NULL,
        extracted_at TIMESTAMPTZ NOT NULL DEFAULT now()
      );

      CREATE TABLE claims (
        id TEXT COLLATE "C" PRIMARY KEY,
        report_id TEXT COLLATE "C" NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        slot TEXT NOT NULL,
        issue TEXT NOT NULL,
        holder_id TEXT,
        claim JSONB NOT NULL
      );
      CREATE INDEX claims_by_report ON claims (report_id, seq);
      CREATE INDEX claims_by_slot ON claims (slot);

      CREATE TABLE stances (
        report_id TEXT COLLATE "C" NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        actor_id TEXT NOT NULL,
        issue TEXT NOT NULL,
        position TEXT NOT NULL,
        stance JSONB NOT NULL,
        PRIMARY KEY (report_id, seq)
      );
      CREATE INDEX stances_by_actor ON stances (actor_id, issue);

      -- Verification results are replaced as a whole, so they keep snapshots, not references.
      CREATE TABLE reprints (
        report_id TEXT COLLATE "C" NOT NULL,
        original_id TEXT COLLATE "C" NOT NULL,
        similarity DOUBLE PRECISION NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (report_id, original_id)
      );

      CREATE TABLE clusters (
        id TEXT COLLATE "C" PRIMARY KEY,
        seq INTEGER NOT NULL,
        slot TEXT NOT NULL,
        issue TEXT NOT NULL,
        status TEXT NOT NULL,
        cluster JSONB NOT NULL
      );
      CREATE INDEX clusters_by_status ON clusters (status, issue);

      CREATE TABLE quarantine (
        id BIGSERIAL PRIMARY KEY,
        origin TEXT NOT NULL,
        stage TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        source_id TEXT,
        UNIQUE (origin, stage, reason)
      );

      CREATE TABLE meta (
        key TEXT COLLATE "C" PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: "lookup keys for adding reports without verifying everything again",
    sql: `
      CREATE TABLE lookup_keys (
        id BIGSERIAL PRIMARY KEY,
        kind TEXT COLLATE "C" NOT NULL,
        key TEXT COLLATE "C" NOT NULL,
        ref TEXT COLLATE "C" NOT NULL
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
        independent_sources = (cluster->'verdict'->>'independentSources')::int,
        report_count = (cluster->'verdict'->>'reports')::int;
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
        cluster_id TEXT COLLATE "C" NOT NULL,
        claim_id TEXT COLLATE "C" NOT NULL,
        report_id TEXT COLLATE "C" NOT NULL,
        sentence INTEGER NOT NULL,
        PRIMARY KEY (cluster_id, claim_id)
      );
      CREATE INDEX cluster_members_by_sentence ON cluster_members (report_id, sentence);
      INSERT INTO cluster_members (cluster_id, claim_id, report_id, sentence)
        SELECT c.id, m->>'id', m->>'reportId', (m->>'sentence')::int
        FROM clusters c, jsonb_array_elements(c.cluster->'claims') AS m
        ON CONFLICT DO NOTHING;
      UPDATE clusters SET cluster = cluster - 'claims' - 'claimIds';
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
        report_id TEXT COLLATE "C" PRIMARY KEY REFERENCES reports (id) ON DELETE CASCADE,
        version INTEGER NOT NULL,
        digest JSONB NOT NULL
      );
      -- Counts the writes tracking reads from: a kept state is current while its revision is.
      CREATE TABLE store_revision (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n BIGINT NOT NULL
      );
      INSERT INTO store_revision (id, n) VALUES (1, 0);
      CREATE TABLE tracking_state (
        key TEXT COLLATE "C" PRIMARY KEY,
        revision BIGINT NOT NULL,
        state TEXT NOT NULL
      );
      -- Raised by triggers in the writing transaction itself: once per row where rows come
      -- one at a time and an unchanged upsert writes none, once per statement for verification.
      CREATE FUNCTION ttm_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        UPDATE store_revision SET n = n + 1 WHERE id = 1;
        RETURN NULL;
      END
      $fn$;
      CREATE TRIGGER sources_revision AFTER INSERT OR UPDATE OR DELETE ON sources
        FOR EACH ROW EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER actors_revision AFTER INSERT OR UPDATE OR DELETE ON actors
        FOR EACH ROW EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER reports_revision AFTER INSERT OR UPDATE OR DELETE ON reports
        FOR EACH ROW EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER extractions_revision AFTER INSERT OR UPDATE OR DELETE ON extractions
        FOR EACH ROW EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER digests_revision AFTER INSERT OR UPDATE OR DELETE ON tracking_digests
        FOR EACH STATEMENT EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER reprints_revision AFTER INSERT OR UPDATE OR DELETE ON reprints
        FOR EACH STATEMENT EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER clusters_revision AFTER INSERT OR UPDATE OR DELETE ON clusters
        FOR EACH STATEMENT EXECUTE FUNCTION ttm_bump_revision();
      CREATE TRIGGER members_revision AFTER INSERT OR UPDATE OR DELETE ON cluster_members
        FOR EACH STATEMENT EXECUTE FUNCTION ttm_bump_revision();
    `,
  },
  {
    version: 8,
    name: "reports listed without their texts from the date index alone",
    sql: `
      DROP INDEX reports_by_published;
      CREATE INDEX reports_by_published ON reports (published, id) INCLUDE (source_id, url, title,
        byline, language, content_hash, origin, external_id, marks);
    `,
  },
  {
    version: 9,
    name: "a large cluster's tally beside its row, so adding claims to it reads none of its members",
    sql: `
      -- Text, not JSONB: the store keeps the tally as it was given and never looks inside.
      ALTER TABLE clusters ADD COLUMN tally TEXT;
    `,
  },
];
