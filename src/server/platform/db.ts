/**
 * One database interface over two engines: PGlite (embedded, WebAssembly PostgreSQL persisted to a directory)
 * and a PostgreSQL server through node-postgres. Both are driven by Drizzle with the same PostgreSQL dialect,
 * so every query, migration and test runs unchanged on each.
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql, type SQL } from "drizzle-orm";
import pg from "pg";
import { mkdirSync } from "node:fs";

export type Engine = "pglite" | "postgres";
type Schema = Record<string, never>;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Db | Tx;

export type Database = {
  engine: Engine;
  db: Db;
  /** Runs raw SQL text with several statements (migrations). */
  execScript(text: string): Promise<void>;
  close(): Promise<void>;
};

export type OpenOptions = { databaseUrl?: string; dataDir?: string; memory?: boolean };

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.memory ? undefined : options.dataDir);
}

async function openPglite(dataDir: string | undefined): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // A commit must be on disk before its request is answered (the SIGKILL durability test): PGlite's default
  // relaxedDurability=false makes every query wait for the file system sync, which is what we want.
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm }, relaxedDurability: false });
  const db = drizzlePglite(client) as unknown as Db;
  return {
    engine: "pglite",
    db,
    execScript: async (text) => {
      await client.exec(text);
    },
    close: () => client.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.PG_POOL_MAX ?? 10) });
  // An idle client that errors (server restart) must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const db = drizzlePg(pool) as unknown as Db;
  return {
    engine: "postgres",
    db,
    execScript: async (text) => {
      await pool.query(text);
    },
    close: () => pool.end(),
  };
}

/** Rows of a raw query, the same shape on both engines. */
export async function rows<T>(q: Queryable, query: SQL): Promise<T[]> {
  const result = (await q.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
