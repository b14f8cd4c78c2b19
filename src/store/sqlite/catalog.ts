/** Sources and actors in SQLite: the dossier's cast, upserted by id. */
import type Database from "better-sqlite3";
import type { Actor, ActorKind, OwnerFrom, Source, SourceKind } from "../../model/index.js";

interface SourceRow {
  id: string;
  name: string;
  owner: string;
  country: string;
  kind: string;
  homepage: string | null;
  feeds: string | null;
  owner_from: string | null;
}

interface ActorRow {
  id: string;
  name: string;
  kind: string;
  aliases: string;
  titles: string;
  role: string | null;
  affiliation: string | null;
  gender: string | null;
  discovered: number | null;
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
  if (row.feeds !== null) source.feeds = JSON.parse(row.feeds) as string[];
  return source;
}

function rowToActor(row: ActorRow): Actor {
  const actor: Actor = {
    id: row.id,
    name: row.name,
    kind: row.kind as ActorKind,
    aliases: JSON.parse(row.aliases) as string[],
    titles: JSON.parse(row.titles) as string[],
    role: row.role,
    affiliation: row.affiliation,
    gender: row.gender as Actor["gender"],
  };
  if (row.discovered !== null) actor.discovered = row.discovered === 1;
  return actor;
}

export class CatalogTables {
  constructor(private readonly db: Database.Database) {}

  /** Inserts or updates sources; returns how many rows changed (the same source again changes none). */
  upsertSources(sources: Source[]): number {
    const upsert = this.db.prepare(
      `INSERT INTO sources (id, name, owner, country, kind, homepage, feeds, owner_from)
       VALUES (@id, @name, @owner, @country, @kind, @homepage, @feeds, @owner_from)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, owner = excluded.owner,
         country = excluded.country, kind = excluded.kind, homepage = excluded.homepage,
         feeds = excluded.feeds, owner_from = excluded.owner_from
       WHERE sources.name IS NOT excluded.name OR sources.owner IS NOT excluded.owner
         OR sources.country IS NOT excluded.country OR sources.kind IS NOT excluded.kind
         OR sources.homepage IS NOT excluded.homepage OR sources.feeds IS NOT excluded.feeds
         OR sources.owner_from IS NOT excluded.owner_from`,
    );
    return this.db.transaction(() => {
      let changed = 0;
      for (const s of sources) {
        changed += upsert.run({
          id: s.id,
          name: s.name,
          owner: s.owner,
          country: s.country,
          kind: s.kind,
          homepage: s.homepage ?? null,
          feeds: s.feeds === undefined ? null : JSON.stringify(s.feeds),
          owner_from: s.ownerFrom ?? null,
        }).changes;
      }
      return changed;
    })();
  }

  listSources(): Source[] {
    return this.db
      .prepare<[], SourceRow>("SELECT * FROM sources ORDER BY id")
      .all()
      .map(rowToSource);
  }

  /** Inserts or updates actors; returns how many rows changed (the same actor again changes none). */
  upsertActors(actors: Actor[]): number {
    const upsert = this.db.prepare(
      `INSERT INTO actors (id, name, kind, aliases, titles, role, affiliation, gender, discovered)
       VALUES (@id, @name, @kind, @aliases, @titles, @role, @affiliation, @gender, @discovered)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
         aliases = excluded.aliases, titles = excluded.titles, role = excluded.role,
         affiliation = excluded.affiliation, gender = excluded.gender, discovered = excluded.discovered
       WHERE actors.name IS NOT excluded.name OR actors.kind IS NOT excluded.kind
         OR actors.aliases IS NOT excluded.aliases OR actors.titles IS NOT excluded.titles
         OR actors.role IS NOT excluded.role OR actors.affiliation IS NOT excluded.affiliation
         OR actors.gender IS NOT excluded.gender OR actors.discovered IS NOT excluded.discovered`,
    );
    return this.db.transaction(() => {
      let changed = 0;
      for (const a of actors) {
        changed += upsert.run({
          id: a.id,
          name: a.name,
          kind: a.kind,
          aliases: JSON.stringify(a.aliases),
          titles: JSON.stringify(a.titles),
          role: a.role,
          affiliation: a.affiliation,
          gender: a.gender,
          discovered: a.discovered === undefined ? null : a.discovered ? 1 : 0,
        }).changes;
      }
      return changed;
    })();
  }

  listActors(): Actor[] {
    return this.db.prepare<[], ActorRow>("SELECT * FROM actors ORDER BY id").all().map(rowToActor);
  }
}
