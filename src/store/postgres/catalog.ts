/** Sources and actors in PostgreSQL: the dossier's cast, upserted by id. */
import type pg from "pg";
import type { Actor, ActorKind, OwnerFrom, Source, SourceKind } from "../../model/index.js";
import { inTransaction } from "./connection.js";

interface SourceRow {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: string;
  homepage: string | null;
  feeds: string[] | null;
  owner_from: string | null;
}

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  titles: string[];
  role: string | null;
  affiliation: string | null;
  gender: string | null;
  discovered: boolean | null;
}

function rowToSource(row: SourceRow): Source {
  const source: Source = {
    id: row.id,
    name: row.name,
    owner: row.owner,
    country: row.country,
    kind: row.kind as SourceKind,
  };
  if (row.owner_from) source.ownerFrom = row.owner_from as OwnerFrom;
  if (row.homepage !== null) source.homepage = row.homepage;
  if (row.feeds !== null) source.feeds = row.feeds;
  return source;
}

function rowToActor(row: ActorRow): Actor {
  const actor: Actor = {
    id: row.id,
    name: row.name,
    kind: row.kind as ActorKind,
    aliases: row.aliases,
    titles: row.titles,
    role: row.role,
    affiliation: row.affiliation,
    gender: row.gender as Actor["gender"],
  };
  if (row.discovered !== null) actor.discovered = row.discovered;
  return actor;
}

export class CatalogTables {
  constructor(private readonly pool: pg.Pool) {}

  upsertSources(sources: Source[]): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      for (const s of sources) {
        await db.query(
          `INSERT INTO sources (id, name, owner, country, kind, homepage, feeds, owner_from)
           VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, owner = excluded.owner,
             country = excluded.country, kind = excluded.kind, homepage = excluded.homepage,
             feeds = excluded.feeds, owner_from = excluded.owner_from
           WHERE (sources.name, sources.owner, sources.country, sources.kind, sources.homepage,
               sources.feeds, sources.owner_from)
             IS DISTINCT FROM (excluded.name, excluded.owner, excluded.country, excluded.kind,
               excluded.homepage, excluded.feeds, excluded.owner_from)`,
          [
            s.id,
            s.name,
            s.owner,
            s.country,
            s.kind,
            s.homepage ?? null,
            s.feeds === undefined ? null : JSON.stringify(s.feeds),
            s.ownerFrom ?? null,
          ],
        );
      }
    });
  }

  async listSources(): Promise<Source[]> {
    const { rows } = await this.pool.query<SourceRow>("SELECT * FROM sources ORDER BY id");
    return rows.map(rowToSource);
  }

  upsertActors(actors: Actor[]): Promise<void> {
    return inTransaction(this.pool, async (db) => {
      for (const a of actors) {
        await db.query(
          `INSERT INTO actors (id, name, kind, aliases, titles, role, affiliation, gender, discovered)
           VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6, $7, $8, $9)
           ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
             aliases = excluded.aliases, titles = excluded.titles, role = excluded.role,
             affiliation = excluded.affiliation, gender = excluded.gender,
             discovered = excluded.discovered
           WHERE (actors.name, actors.kind, actors.aliases, actors.titles, actors.role,
               actors.affiliation, actors.gender, actors.discovered)
             IS DISTINCT FROM (excluded.name, excluded.kind, excluded.aliases, excluded.titles,
               excluded.role, excluded.affiliation, excluded.gender, excluded.discovered)`,
          [
            a.id,
            a.name,
            a.kind,
            JSON.stringify(a.aliases),
            JSON.stringify(a.titles),
            a.role,
            a.affiliation,
            a.gender,
            a.discovered ?? null,
          ],
        );
      }
    });
  }

  async listActors(): Promise<Actor[]> {
    const { rows } = await this.pool.query<ActorRow>("SELECT * FROM actors ORDER BY id");
    return rows.map(rowToActor);
  }
}
