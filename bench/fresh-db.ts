/**
 * What the plan-supervision benchmarks share: a fresh, migrated database (PGlite in a temporary directory, or a new
 * database on the server named by DATABASE_URL, dropped afterwards), cleanup that runs whichever way a run ends,
 * a time bound, and the statistics they print.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { openDatabase, rows, sql, type Database } from "../src/server/platform/db.ts";
import { runMigrations } from "../src/server/platform/migrate.ts";

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** Cleanup steps, run once each in reverse order, whichever way the run ends. */
export class Cleanup {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private done = false;
  add(name: string, run: () => Promise<void> | void) {
    this.steps.push({ name, run });
  }
  async runAll(): Promise<void> {
    if (this.done) return;
    this.done = true;
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (err) {
        process.stderr.write(`cleanup ${step.name}: ${(err as Error).message}\n`);
      }
    }
  }
}

/**
 * Runs `work` with a Cleanup that runs afterwards, on SIGINT/SIGTERM, or when `boundSeconds` pass (then the
 * process exits with status 2).
 */
export async function bounded(name: string, boundSeconds: number, work: (cleanup: Cleanup) => Promise<number>): Promise<number> {
  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup.runAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  const watchdog = setTimeout(() => {
    log(`${name} bench: time bound (${boundSeconds} s) reached, cleaning up`);
    void cleanup.runAll().finally(() => process.exit(2));
  }, boundSeconds * 1000);
  watchdog.unref();
  try {
    return await work(cleanup);
  } finally {
    clearTimeout(watchdog);
    await cleanup.runAll();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}

export async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return value;
}

export type Store = {
  database: Database;
  databaseUrl: string | undefined;
  label: string;
  /** Closes the database and removes it (temp dir or server database); runs once, also from the run's cleanup. */
  dispose: () => Promise<void>;
};

/** A fresh, migrated database: PGlite in a temp dir, or a new database on the server named by DATABASE_URL. */
export async function openFreshStore(cleanup: Cleanup): Promise<Store> {
  const own = new Cleanup();
  const dispose = () => own.runAll();
  cleanup.add("store", dispose);
  const serverUrl = process.env.DATABASE_URL || undefined;
  let store: Store;
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-bench-"));
    own.add("temp dir", () => rmSync(dir, { recursive: true, force: true }));
    const database = await openDatabase({ dataDir: path.join(dir, "pglite") });
    own.add("pglite", () => database.close());
    store = { database, databaseUrl: undefined, label: "PGlite (temporary directory)", dispose };
  } else {
    const name = `corridor_bench_${randomBytes(5).toString("hex")}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      await admin.query(`create database ${name}`);
    } finally {
      await admin.end();
    }
    own.add("drop database", async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      try {
        await c.query(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    });
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    const database = await openDatabase({ databaseUrl });
    own.add("pool", () => database.close());
    const [version] = await rows<{ server_version: string }>(database.db, sql`show server_version`);
    store = { database, databaseUrl, label: `PostgreSQL ${version?.server_version ?? "?"} server (fresh database)`, dispose };
  }
  await runMigrations(store.database, store.databaseUrl);
  return store;
}

/** The value at quantile q (0..1) of sorted values, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

export type Spread = { median: number; min: number; max: number };
export type Latency = { runs: number; p50: number; p95: number; min: number; max: number; mean: number };

const ascending = (values: readonly number[]) => [...values].sort((a, b) => a - b);

export function spread(values: readonly number[]): Spread {
  const s = ascending(values);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
  return { median, min: s[0] ?? Number.NaN, max: s[s.length - 1] ?? Number.NaN };
}

export function latency(values: readonly number[]): Latency {
  const s = ascending(values);
  return {
    runs: s.length,
    p50: quantile(s, 0.5),
    p95: quantile(s, 0.95),
    min: s[0] ?? Number.NaN,
    max: s[s.length - 1] ?? Number.NaN,
    mean: s.reduce((a, b) => a + b, 0) / (s.length || 1),
  };
}

export const fmt = (n: number, digits = 2) =>
  Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "n/a";

/** A strict integer or decimal option in min..max. */
export function numberOption(name: string, text: string, min: number, max: number, integer = true): number {
  const n = Number(text);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new Error(`--${name} must be ${integer ? "an integer" : "a number"} in ${min}..${max}, got ${text}`);
  }
  return n;
}

export const machine = () => ({ node: process.version, cpus: os.availableParallelism(), loadAverage: os.loadavg() });
