/**
 * Throwaway databases on the local PostgreSQL server (127.0.0.1:5432, user
 * postgres, trust auth), for tests and the benchmark: each run creates its own
 * database and drops it afterwards. When the server cannot be reached, callers
 * get the reason so they can say why they skip.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";

export const LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432";

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({
    connectionString: `${LOCAL_SERVER}/postgres`,
    connectionTimeoutMillis: 3000,
  });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Why the local server cannot be used, or null when it answers. */
export async function localServerProblem(): Promise<string | null> {
  try {
    await withAdmin((client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    return `no PostgreSQL server usable at ${LOCAL_SERVER} (${(error as Error).message})`;
  }
}

/** Creates an empty database named `<prefix>_<pid>_<random>`. */
export async function createScratchDatabase(prefix = "ttm_test"): Promise<ScratchDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    name,
    url: `${LOCAL_SERVER}/${name}`,
    drop: async () => {
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
