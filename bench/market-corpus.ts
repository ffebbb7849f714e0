/**
 * What the marketplace benchmarks (`search`, `match`) share: the corpus — the project's deterministic synthetic
 * records (synthetic*.ts) written through the import's writer (seed.ts `seedSyntheticMarket`) into a fresh,
 * migrated, seeded database — with `--keep`/`--reuse` so a slow load (1M patents) need not be repeated on every
 * run; the signed-in caller the match endpoint needs; the fixed, seeded query set; and the paired timing of an HTTP
 * call against the same SQL sent straight to the database (warm-up pass, then a measured pass, order alternated).
 */
import { existsSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { ServerType } from "@hono/node-server";
import { Cleanup, fmt, latency, log, openFreshStore, type Latency, type Store } from "./fresh-db.ts";
import { seedAndBootstrap } from "../src/server/main.ts";
import { openDatabase, rows, sql, type Database } from "../src/server/platform/db.ts";
import { runMigrations } from "../src/server/platform/migrate.ts";
import { organisations, provisionUser } from "../src/server/modules/orgs/index.ts";
import { seedSyntheticMarket, type SyntheticCounts } from "../src/server/modules/market/seed.ts";
import { syntheticAchievements, syntheticPatents } from "../src/server/modules/market/synthetic.ts";
import { Rng } from "../src/shared/random.ts";
import { queryTokens } from "../src/server/platform/search/segment.ts";
import { CITIES } from "../src/shared/regions.ts";
import { DOMAINS } from "../src/server/modules/market/contract.ts";

/** The corpus seed (the records of one seed are the same on every machine; a smaller corpus is a prefix of a larger). */
export const CORPUS_SEED = 20261201;

/** 100k records on the embedded engine (mostly patents), 1.1M on a server: the sizes the issue names. */
export function defaultCounts(server: boolean): SyntheticCounts {
  return server ? { patents: 1_000_000, achievements: 8_000, demands: 100_000, experts: 2_000 } : { patents: 85_000, achievements: 8_000, demands: 5_000, experts: 2_000 };
}

export const CORPUS_OPTIONS = {
  patents: { type: "string" },
  achievements: { type: "string" },
  demands: { type: "string" },
  experts: { type: "string" },
  seed: { type: "string" },
  keep: { type: "boolean", default: false },
  reuse: { type: "string" },
} as const;

export const CORPUS_USAGE = `corpus (synthetic 示例数据 through the import's writer, seed ${CORPUS_SEED}):
  --patents N --achievements N --demands N --experts N
                   defaults: PGlite 85000/8000/5000/2000 (100k records); DATABASE_URL 1000000/8000/100000/2000
  --seed S         corpus seed (default ${CORPUS_SEED})
  --keep           leave the loaded database in place afterwards and print how to --reuse it
  --reuse WHERE    measure an existing corpus loaded by an earlier --keep run instead of loading one: a PGlite data
                   directory, or with DATABASE_URL a database name on that server (never removed; migrations that
                   are new since are applied; its record counts must equal the corpus options)`;

export type CorpusOptions = { counts: SyntheticCounts; seed: number; keep: boolean; reuse: string | null };

export type RawCorpus = { patents?: string; achievements?: string; demands?: string; experts?: string; seed?: string; keep: boolean; reuse?: string };

export function corpusOptions(values: RawCorpus, num: (name: string, text: string, min: number, max: number) => number): CorpusOptions {
  const d = defaultCounts(Boolean(process.env.DATABASE_URL));
  const count = (name: keyof SyntheticCounts) => (values[name] === undefined ? d[name] : num(name, values[name], 0, 5_000_000));
  if (values.reuse !== undefined && !process.env.DATABASE_URL && !existsSync(values.reuse)) throw new Error(`--reuse: no PGlite data directory at ${values.reuse}`);
  if (values.reuse !== undefined && process.env.DATABASE_URL && !/^[a-z_][a-z0-9_]*$/.test(values.reuse)) throw new Error(`--reuse: not a database name: ${values.reuse}`);
  return {
    counts: { patents: count("patents"), achievements: count("achievements"), demands: count("demands"), experts: count("experts") },
    seed: values.seed === undefined ? CORPUS_SEED : num("seed", values.seed, 0, 2 ** 31 - 1),
    keep: values.keep,
    reuse: values.reuse ?? null,
  };
}

export const totalRecords = (c: SyntheticCounts) => c.patents + c.achievements + c.demands + c.experts;

export type MarketStore = Store & { reused: boolean; location: string };

/** The database to measure: fresh (removed afterwards unless --keep), or an earlier run's corpus (--reuse). */
export async function openMarketStore(cleanup: Cleanup, options: CorpusOptions): Promise<MarketStore> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  if (!options.reuse && !options.keep) {
    const store = await openFreshStore(cleanup);
    return { ...store, reused: false, location: store.databaseUrl ? new URL(store.databaseUrl).pathname.slice(1) : "temporary directory" };
  }
  const own = new Cleanup();
  const dispose = () => own.runAll();
  cleanup.add("store", dispose);
  let database: Database;
  let databaseUrl: string | undefined;
  let location: string;
  if (!serverUrl) {
    location = options.reuse ?? mkdtempSync(path.join(os.tmpdir(), "corridor-market-"));
    database = await openDatabase({ dataDir: path.join(location, "pglite") });
  } else {
    location = options.reuse ?? `corridor_market_${randomBytes(4).toString("hex")}`;
    if (!options.reuse) {
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      try {
        await admin.query(`create database ${location}`);
      } finally {
        await admin.end();
      }
    }
    const url = new URL(serverUrl);
    url.pathname = `/${location}`;
    databaseUrl = url.toString();
    database = await openDatabase({ databaseUrl });
  }
  own.add("close", () => database.close());
  await runMigrations(database, databaseUrl);
  let label = "PGlite";
  if (databaseUrl) {
    const [version] = await rows<{ server_version: string }>(database.db, sql`show server_version`);
    label = `PostgreSQL ${version?.server_version ?? "?"} server`;
  }
  label += options.reuse ? ` (reused corpus: ${databaseUrl ? "database" : "directory"} ${location})` : ` (kept: ${databaseUrl ? "database" : "directory"} ${location})`;
  if (!options.reuse) cleanup.add("keep notice", () => {
      log(`corpus kept: rerun with --reuse ${location}${databaseUrl ? " (same DATABASE_URL)" : ""}; remove it yourself when done`);
    });
  return { database, databaseUrl, label, dispose, reused: options.reuse !== null, location };
}

/** Record counts of the synthetic corpus in a database (seeded demo records are not counted). */
export async function corpusCounts(database: Database): Promise<SyntheticCounts> {
  const [c] = await rows<{ patents: number; achievements: number; demands: number; experts: number }>(
    database.db,
    sql`select (select count(*)::int from market_patents where not is_demo) as patents, (select count(*)::int from market_achievements where not is_demo) as achievements,
      (select count(*)::int from market_demands where not is_demo) as demands, (select count(*)::int from market_experts where not is_demo) as experts`,
  );
  return c ?? { patents: 0, achievements: 0, demands: 0, experts: 0 };
}

/**
 * The corpus, loaded or found: on a fresh store, the base seed (no demo figures, no plan) then the synthetic records
 * through the import's writer, then VACUUM ANALYZE; on a reused one, a check that it holds what the options say.
 */
export async function prepareCorpus(store: MarketStore, options: CorpusOptions): Promise<{ loadSeconds: number | null; counts: SyntheticCounts }> {
  if (store.reused) {
    const have = await corpusCounts(store.database);
    const want = options.counts;
    if (have.patents !== want.patents || have.achievements !== want.achievements || have.demands !== want.demands || have.experts !== want.experts) {
      throw new Error(`--reuse ${store.location}: holds ${JSON.stringify(have)}, the options ask for ${JSON.stringify(want)}`);
    }
    log(`  corpus reused: ${totalRecords(have).toLocaleString("en-US")} records`);
    return { loadSeconds: null, counts: have };
  }
  const saved = { demo: process.env.SEED_DEMO, plan: process.env.SEED_PLAN };
  process.env.SEED_DEMO = "0";
  process.env.SEED_PLAN = "0";
  try {
    await seedAndBootstrap(store.database, () => undefined);
  } finally {
    if (saved.demo === undefined) delete process.env.SEED_DEMO;
    else process.env.SEED_DEMO = saved.demo;
    if (saved.plan === undefined) delete process.env.SEED_PLAN;
    else process.env.SEED_PLAN = saved.plan;
  }
  const started = performance.now();
  const total = totalRecords(options.counts);
  log(`  loading ${total.toLocaleString("en-US")} records through the import's writer (seed ${options.seed})`);
  const ctx = { db: store.database.db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
  let lastLog = performance.now();
  await seedSyntheticMarket(ctx, {
    counts: options.counts,
    seed: options.seed,
    demo: false,
    batchSize: 5000,
    onProgress: (kind, done, of) => {
      if (done === of || performance.now() - lastLog > 30_000) {
        lastLog = performance.now();
        log(`    ${kind}: ${done.toLocaleString("en-US")} / ${of.toLocaleString("en-US")} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
      }
    },
  });
  // The server's autovacuum would get there; PGlite has none. The visibility map and statistics as after it.
  await store.database.db.execute(sql`vacuum analyze`);
  const loadSeconds = (performance.now() - started) / 1000;
  log(`  corpus loaded in ${loadSeconds.toFixed(0)} s`);
  return { loadSeconds, counts: await corpusCounts(store.database) };
}

/** An administrator of 湖北省科学技术厅 (created once per database), signed in over HTTP, with an API token made over HTTP. */
export async function apiToken(database: Database, origin: string): Promise<Record<string, string>> {
  const username = "bench_market";
  const password = `Bench-${randomBytes(9).toString("base64url")}1a`;
  const [home] = await rows<{ id: string }>(database.db, sql`select id from ${organisations} where name = '湖北省科学技术厅'`);
  if (!home) throw new Error("seed has no 湖北省科学技术厅");
  // A reused corpus may hold the user of an earlier run: a new name then (user names are unique, users are never deleted here).
  const [taken] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from users where username like ${`${username}%`}`);
  const name = taken && taken.n > 0 ? `${username}${taken.n}` : username;
  const system = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
  await provisionUser(system, { username: name, password, role: "admin", orgId: home.id });
  const login = await fetch(`${origin}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: name, password }) });
  const loginBody = (await login.json()) as { csrfToken?: string };
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("corridor_session="));
  if (login.status !== 200 || !cookie || typeof loginBody.csrfToken !== "string") throw new Error(`login: ${login.status}`);
  const created = await fetch(`${origin}/api/v1/auth/tokens`, { method: "POST", headers: { "content-type": "application/json", cookie, "x-csrf-token": loginBody.csrfToken }, body: JSON.stringify({ name: "bench" }) });
  const token = ((await created.json()) as { token?: string }).token;
  if (created.status !== 201 || typeof token !== "string") throw new Error(`token: ${created.status}`);
  return { authorization: `Bearer ${token}` };
}

/** Words of patent titles that nobody searches for on their own (一种…方法, 基于…的…). */
const TITLE_BOILERPLATE = new Set(["一种", "基于", "及其", "用于", "以及", "方法", "装置", "系统"]);

export type SearchCase = { q: string; city?: string; domain?: string };

/**
 * `count` realistic queries from the corpus vocabulary, seeded: 1–3 consecutive words (two characters or more, not
 * title boilerplate such as 一种, 基于, 方法, 装置) of a record's title as precise-mode jieba cuts it (the way a user retypes what they saw), typed without spaces two times
 * in three; a quarter with a city filter, a quarter with a domain filter. Titles come from the corpus's own first
 * records (the generator's prefix), so every query has words the corpus holds.
 */
export function searchCases(count: number, corpus: SyntheticCounts, seed: number): SearchCase[] {
  const titles: { title: string; domain: string }[] = [];
  for (const p of syntheticPatents(Math.min(corpus.patents, 3000), seed)) titles.push({ title: p.title, domain: p.domain });
  for (const a of syntheticAchievements(Math.min(corpus.achievements, 1000), seed)) titles.push({ title: a.title, domain: a.domain });
  if (titles.length === 0) throw new Error("the corpus has no patents or achievements to draw queries from");
  const rng = new Rng(seed ^ 0x5ea4c4, 1);
  const cases: SearchCase[] = [];
  while (cases.length < count) {
    const { title, domain } = rng.pick(titles);
    const words = queryTokens(title).filter((w) => [...w].length >= 2 && /\p{Script=Han}/u.test(w) && !TITLE_BOILERPLATE.has(w));
    if (words.length === 0) continue;
    const n = Math.min(words.length, rng.weightedIndex([4, 4, 2]) + 1);
    const start = rng.int(0, words.length - n);
    const q = words.slice(start, start + n).join(rng.chance(2 / 3) ? "" : " ");
    const r = rng.next();
    const c: SearchCase = { q };
    if (r < 0.25) c.city = rng.pick(CITIES.map((x) => x.code));
    else if (r < 0.5) c.domain = rng.chance(0.8) ? domain : rng.pick(DOMAINS);
    cases.push(c);
  }
  return cases;
}

/** Published demands to match, `count` of them, chosen by a hash of their text (the same ones for the same corpus). */
export async function demandCases(database: Database, count: number): Promise<{ id: string; title: string }[]> {
  return rows<{ id: string; title: string }>(database.db, sql`select id, title from market_demands where status = 'published' and not is_demo order by md5(title || description), id limit ${count}`);
}

export type PairTimes = { api: number[]; direct: number[] };
export type PairFigures = { api: Latency; direct: Latency; ratio: { p50: number; p95: number } };

/**
 * Times `api(i)` and `direct(i)` for every case: a warm-up pass (not counted), then a measured pass. Within a case the
 * two run back to back, API first on even cases and direct first on odd ones, so drift in the machine's load and
 * caching touch both alike.
 */
export async function pairedPasses(count: number, api: (i: number) => Promise<void>, direct: (i: number) => Promise<void>, label: string): Promise<PairTimes> {
  const time = async (f: () => Promise<void>) => {
    const started = performance.now();
    await f();
    return performance.now() - started;
  };
  const out: PairTimes = { api: [], direct: [] };
  for (const pass of ["warm-up", "measured"] as const) {
    const passStarted = performance.now();
    for (let i = 0; i < count; i += 1) {
      let a: number;
      let d: number;
      if (i % 2 === 0) {
        a = await time(() => api(i));
        d = await time(() => direct(i));
      } else {
        d = await time(() => direct(i));
        a = await time(() => api(i));
      }
      if (pass === "measured") {
        out.api.push(a);
        out.direct.push(d);
      }
    }
    log(`  ${label}: ${pass} pass, ${count} cases, ${((performance.now() - passStarted) / 1000).toFixed(1)} s`);
  }
  return out;
}

export function pairFigures(t: PairTimes): PairFigures {
  const api = latency(t.api);
  const direct = latency(t.direct);
  return { api, direct, ratio: { p50: api.p50 / direct.p50, p95: api.p95 / direct.p95 } };
}

export function pairTable(title: string, f: PairFigures, apiLabel: string, directLabel: string): string {
  const row = (label: string, l: Latency) => `${label.padEnd(52)}${fmt(l.p50).padStart(10)}${fmt(l.p95).padStart(10)}${fmt(l.max).padStart(10)}${fmt(l.mean).padStart(10)}`;
  return [
    title,
    `${"".padEnd(52)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"max ms".padStart(10)}${"mean ms".padStart(10)}`,
    row(apiLabel, f.api),
    row(directLabel, f.direct),
    `ratio API / direct: p50 ${fmt(f.ratio.p50)}×, p95 ${fmt(f.ratio.p95)}×`,
  ].join("\n");
}

/**
 * Node closes an idle keep-alive connection after 5 s, and a request racing that close fails with ECONNRESET: a
 * slow direct query between two API calls is enough. The benchmark's one client keeps its connection instead.
 */
export function keepConnections(server: ServerType): void {
  if ("keepAliveTimeout" in server) server.keepAliveTimeout = 120_000;
}

/** A GET timed to the last byte of the body; the body parsed, and a non-200 an error. */
export async function getJson(url: string, headers: Record<string, string> = {}): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { headers });
  } catch (err) {
    // undici says only "fetch failed"; the reason is in its cause.
    throw new Error(`GET ${url}: ${(err as Error).message}: ${String((err as { cause?: unknown }).cause)}`, { cause: err });
  }
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as unknown;
}
