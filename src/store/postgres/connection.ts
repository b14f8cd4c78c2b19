/**
 * The PostgreSQL connection pool behind the store, the transaction helper every
 * write goes through, and the location string shown in messages (never with a
 * password in it).
 */
import pg from "pg";

export type Queryable = pg.Pool | pg.PoolClient;

export interface PoolOptions {
  /** A schema to keep the tables in instead of "public" (one database, several stores). */
  schema?: string | undefined;
  /**
   * Connections this process may hold at once: at least 2, since a full
   * verification reads claims while its transaction writes the results.
   */
  maxConnections?: number | undefined;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

export function createPool(url: string, options: PoolOptions = {}): pg.Pool {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(
      `invalid PostgreSQL schema name '${options.schema}': expected lower-case letters, digits and '_'`,
    );
  }
  if (options.maxConnections !== undefined && options.maxConnections < 2) {
    throw new Error(
      `a PostgreSQL store needs at least 2 connections (asked for ${options.maxConnections}): a full verification reads while it writes`,
    );
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 10_000,
    application_name: "thinktanksmonitor",
    // Set on the server for every connection, so each query finds the store's tables.
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection dropped by the server must not take the process down; the
  // next query gets a fresh connection or a clear error.
  pool.on("error", () => {});
  return pool;
}

/** Runs `work` in one transaction on one connection; rolls back if it throws. */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    throw error;
  } finally {
    // A connection that could not even roll back is discarded rather than reused.
    client.release(broken);
  }
}

/** The URL with any password removed (from the user part and from a password= parameter). */
export function redactLocation(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    parsed.searchParams.delete("password");
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1@");
  }
}
