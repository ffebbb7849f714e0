/** The engines a test runs on, and a fresh, migrated, seeded database on each. */
import { inject } from "vitest";
import pg from "pg";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type Database, type Engine } from "../../src/server/platform/db.ts";
import { runMigrations } from "../../src/server/platform/migrate.ts";

export function engines(): Engine[] {
  return inject("pgAdminUrl") ? ["pglite", "postgres"] : ["pglite"];
}

export type Fresh = {
  engine: Engine;
  /** DATABASE_URL of the fresh database (postgres), or the PGlite data directory's parent (DATA_DIR). */
  env: Record<string, string>;
  dispose: () => Promise<void>;
};

/** A new empty database: a new database on the test cluster, or a temp directory for PGlite. */
export async function freshStore(engine: Engine): Promise<Fresh> {
  if (engine === "pglite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-data-"));
    return { engine, env: { DATA_DIR: dir }, dispose: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const admin = inject("pgAdminUrl");
  if (!admin) throw new Error("no PostgreSQL for this run");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/[^/]*$/, `/${name}`);
  return {
    engine,
    env: { DATABASE_URL: url },
    dispose: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A migrated database opened in this process: PGlite in memory, or a fresh database on the cluster. */
export async function openFresh(engine: Engine): Promise<{ database: Database; dispose: () => Promise<void> }> {
  if (engine === "pglite") {
    const database = await openDatabase({ memory: true });
    await runMigrations(database);
    return { database, dispose: () => database.close() };
  }
  const store = await freshStore(engine);
  const url = store.env.DATABASE_URL;
  const database = await openDatabase({ databaseUrl: url });
  await runMigrations(database, url);
  return {
    database,
    dispose: async () => {
      await database.close();
      await store.dispose();
    },
  };
}
