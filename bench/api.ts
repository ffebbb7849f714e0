/**
 * `npm run bench -- api`: requests/s and latency of an authenticated, policy-filtered list endpoint
 * (GET /api/v1/orgs, 20 rows per page out of 100,000 organisations, as an officer of 武汉市人民政府 who sees Wuhan's
 * organisations only) against a bare Hono route that returns the same JSON, both served on 127.0.0.1 and loaded
 * with autocannon from a child process (load.ts). Bounded: set-up, a warm-up and a fixed duration per target, then
 * everything is closed and the temporary database (or the server database it created) removed.
 */
import { parseArgs } from "node:util";
import os from "node:os";
import { randomBytes } from "node:crypto";
import { Hono } from "hono";
import { listen, closeServer } from "./serve.ts";
import { createApp } from "../src/server/app.ts";
import { seedAndBootstrap } from "../src/server/main.ts";
import { rows, sql, type Database } from "../src/server/platform/db.ts";
import { organisations, provisionUser } from "../src/server/modules/orgs/index.ts";
import { CITIES } from "../src/shared/regions.ts";
import { runLoad, type LoadResult, type LoadSpec } from "./load.ts";
import { Cleanup, log, openFreshStore, timed } from "./fresh-db.ts";

const WUHAN_GOVERNMENT = "武汉市人民政府";
const WUHAN = "420100";
const PAGE_SIZE = 20;
const USAGE = `usage: npm run bench -- api [--duration S] [--connections N] [--warmup S] [--rows N] [--pages N] [--auth token|cookie]
                          [--maintenance vacuum|analyze|none] [--drop-index NAME,...] [--json]
  --duration S     seconds of measured load per target (default 10)
  --connections N  concurrent connections (default 10)
  --warmup S       seconds of unmeasured load before each measurement (default 2)
  --rows N         synthetic organisations to insert (default 100000)
  --pages N        page=N cycles over 1..N, request by request (default 50; 1 = always page 1)
  --auth K         token: Authorization: Bearer (default); cookie: a session cookie from /auth/login
  --maintenance M  after the bulk insert: vacuum (VACUUM ANALYZE, default: what autovacuum reaches on a server),
                   analyze (ANALYZE only), none (what PGlite has unless the application runs it: it has no autovacuum)
  --drop-index I   drop these indexes (comma-separated) after migrating: measures what an index buys
  --json           print the figures as JSON on stdout (progress goes to stderr either way)
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards).`;

const MAINTENANCE = ["vacuum", "analyze", "none"] as const;
type Maintenance = (typeof MAINTENANCE)[number];
const isMaintenance = (v: string): v is Maintenance => (MAINTENANCE as readonly string[]).includes(v);

type Options = {
  duration: number;
  connections: number;
  warmup: number;
  rows: number;
  pages: number;
  auth: "token" | "cookie";
  maintenance: Maintenance;
  dropIndexes: string[];
  json: boolean;
};

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      rows: { type: "string", default: "100000" },
      pages: { type: "string", default: "50" },
      auth: { type: "string", default: "token" },
      maintenance: { type: "string", default: "vacuum" },
      "drop-index": { type: "string", default: "" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const num = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer in ${min}..${max}, got ${text}`);
    return n;
  };
  if (values.auth !== "token" && values.auth !== "cookie") throw new Error(`--auth must be token or cookie, got ${values.auth}`);
  if (!isMaintenance(values.maintenance)) throw new Error(`--maintenance must be one of ${MAINTENANCE.join(", ")}, got ${values.maintenance}`);
  return {
    duration: num("duration", values.duration, 1, 600),
    connections: num("connections", values.connections, 1, 1000),
    warmup: num("warmup", values.warmup, 0, 60),
    rows: num("rows", values.rows, 0, 5_000_000),
    pages: num("pages", values.pages, 1, 100_000),
    auth: values.auth,
    maintenance: values.maintenance,
    dropIndexes: values["drop-index"]
      .split(",")
      .map((n) => n.trim())
      .filter((n) => {
        if (n && !/^[a-z_][a-z0-9_]*$/.test(n)) throw new Error(`--drop-index: not an index name: ${n}`);
        return n !== "";
      }),
    json: values.json,
  };
}

export async function insertSynthetic(database: Database, count: number): Promise<void> {
  const cityCodes = CITIES.map((c) => c.code);
  const cityNames = CITIES.map((c) => c.name.replace(/市$/, ""));
  const toArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
  const places = ["光谷", "楚天", "江城", "东湖", "长江", "珞珈", "汉江", "荆楚", "黄鹤", "南湖", "梁子", "磁湖", "遗爱", "赤壁", "大别", "九宫"];
  const trades = ["光电", "智能", "生物", "芯片", "材料", "激光", "储能", "数字", "医药", "装备", "北斗", "软件"];
  const kinds = ["enterprise", "university", "institute", "laboratory", "incubator", "service_agency", "park", "district"];
  const suffixes = ["科技有限公司", "学院", "研究院", "实验室", "孵化器", "技术服务中心", "产业园", "功能区"];
  await database.db.execute(sql`
    with w as (
      select ${toArray(cityCodes)} as cc, ${toArray(cityNames)} as cn, ${toArray(places)} as pl, ${toArray(trades)} as tr,
             ${toArray(kinds)} as kd, ${toArray(suffixes)} as sx
    )
    insert into ${organisations} (name, short_name, kind, city_code, address, contact_name, contact_phone, description)
    select
      w.cn[1 + s.g % 5] || w.pl[1 + (s.g::bigint * 7919) % 16] || w.tr[1 + (s.g::bigint * 104729) % 12] || w.sx[1 + (s.g / 5) % 8]
        || '（' || lpad(s.g::text, 6, '0') || '）',
      w.pl[1 + (s.g::bigint * 7919) % 16] || w.tr[1 + (s.g::bigint * 104729) % 12],
      w.kd[1 + (s.g / 5) % 8],
      w.cc[1 + s.g % 5],
      w.cn[1 + s.g % 5] || '市' || w.pl[1 + (s.g::bigint * 31) % 16] || '路' || (1 + s.g % 999) || '号',
      '联系人' || (1 + s.g % 97),
      '027-' || lpad(((s.g::bigint * 2654435761) % 100000000)::text, 8, '0'),
      '合成测试数据：' || w.tr[1 + (s.g::bigint * 104729) % 12] || '方向，编号 ' || s.g
    from generate_series(1, ${count}::int) as s(g), w
  `);
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: unknown; setCookie: string[] }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json(), setCookie: res.headers.getSetCookie() };
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null && key in value ? (value as Record<string, unknown>)[key] : undefined;
}

/** Signs the officer in over HTTP; with --auth token also creates an API token over HTTP. */
async function credentials(origin: string, username: string, password: string, auth: Options["auth"]): Promise<Record<string, string>> {
  const login = await postJson(`${origin}/api/v1/auth/login`, { username, password });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${JSON.stringify(login.json)}`);
  const cookie = login.setCookie.map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("corridor_session="));
  const csrf = field(login.json, "csrfToken");
  if (!cookie || typeof csrf !== "string") throw new Error("login: no session cookie or CSRF token");
  if (auth === "cookie") return { cookie };
  const created = await postJson(`${origin}/api/v1/auth/tokens`, { name: "bench" }, { cookie, "x-csrf-token": csrf });
  const token = field(created.json, "token");
  if (created.status !== 201 || typeof token !== "string") throw new Error(`token: ${created.status} ${JSON.stringify(created.json)}`);
  return { authorization: `Bearer ${token}` };
}

export type ApiFigures = {
  benchmark: "api";
  date: string;
  engine: string;
  node: string;
  cpus: number;
  organisations: number;
  visibleToOfficer: number;
  auth: string;
  maintenance: Maintenance;
  indexes: string[];
  path: string;
  pages: number;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  setupSeconds: number;
  /** os.loadavg() (1, 5, 15 min) before the first load and after the last: other work on the machine skews the figures. */
  loadAverage: { before: number[]; after: number[] };
  app: LoadResult;
  bare: LoadResult;
  ratio: { rps: number; p50: number; p95: number };
};

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : "n/a");

function table(f: ApiFigures): string {
  const row = (label: string, r: LoadResult) =>
    `${label.padEnd(34)}${fmt(r.rps, 0).padStart(10)}${fmt(r.p50).padStart(10)}${fmt(r.p95).padStart(10)}${fmt(r.p99).padStart(10)}${String(r.requests).padStart(10)}${fmt(r.serverCpuMsPerRequest, 3).padStart(14)}`;
  return [
    `API list endpoint: ${f.path} (page=N cycles 1..${f.pages}), ${f.connections} connections, ${f.durationSeconds} s after ${f.warmupSeconds} s warm-up`,
    `engine: ${f.engine}; ${f.organisations.toLocaleString("en-US")} synthetic organisations (one INSERT … SELECT generate_series, not audited) + seed;`,
    `after the insert: ${f.maintenance === "vacuum" ? "VACUUM ANALYZE" : f.maintenance === "analyze" ? "ANALYZE" : "no VACUUM, no ANALYZE"}; indexes: ${f.indexes.join(", ")}`,
    `officer of ${WUHAN_GOVERNMENT} sees ${f.visibleToOfficer.toLocaleString("en-US")}; auth: ${f.auth}; node ${f.node}, ${f.cpus} CPUs, ${f.date}`,
    `latency: per response (autocannon hrtime), exact percentiles over the measured run; load from a child process;`,
    `CPU ms/req: the server process's user+system CPU over the measured run per request (with PGlite, the database's too)`,
    "",
    `${"".padEnd(34)}${"req/s".padStart(10)}${"p50 ms".padStart(10)}${"p95 ms".padStart(10)}${"p99 ms".padStart(10)}${"requests".padStart(10)}${"CPU ms/req".padStart(14)}`,
    row("app (auth, policy; 4 queries)", f.app),
    row("bare Hono, same JSON", f.bare),
    `ratio app/bare: req/s ${f.ratio.rps.toFixed(4)} (bare ${fmt(1 / f.ratio.rps, 1)}× the app), p50 ${fmt(f.ratio.p50, 1)}×, p95 ${fmt(f.ratio.p95, 1)}×`,
    `checks: app ${f.app.non200} non-200, ${f.app.badBodies}/${f.app.bodiesChecked} bad bodies; bare ${f.bare.non200} non-200, ${f.bare.badBodies}/${f.bare.bodiesChecked} bad bodies; errors ${f.app.errors}/${f.bare.errors}`,
    `set-up (open, migrate, seed, insert, maintenance, sign-in): ${f.setupSeconds.toFixed(1)} s; load average before ${f.loadAverage.before.map((l) => l.toFixed(2)).join(" ")}, after ${f.loadAverage.after.map((l) => l.toFixed(2)).join(" ")}`,
  ].join("\n");
}

export async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: cleaning up`);
    void cleanup.runAll().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // A bound on the whole run, whatever hangs: 10 minutes of set-up plus both loads with slack.
  const watchdog = setTimeout(
    () => {
      log("api bench: time bound reached, cleaning up");
      void cleanup.runAll().finally(() => process.exit(2));
    },
    (600 + 2 * (options.warmup + options.duration + 60)) * 1000,
  );
  watchdog.unref();

  try {
    const setupStarted = performance.now();
    log("api bench: set-up");
    const { database, label } = await timed("open and migrate", () => openFreshStore(cleanup));
    for (const name of options.dropIndexes) await database.db.execute(sql`drop index ${sql.identifier(name)}`);
    await timed("seed", () => seedAndBootstrap(database, () => undefined));
    await timed(`insert ${options.rows.toLocaleString("en-US")} organisations`, () => insertSynthetic(database, options.rows));
    // PGlite has no autovacuum: unless the application runs it, its planner never sees the new rows' statistics and
    // its visibility map stays empty (no index-only scans). A server's autovacuum gets there within minutes.
    if (options.maintenance !== "none") {
      await timed(options.maintenance === "vacuum" ? "vacuum analyze" : "analyze", async () => {
        await database.db.execute(options.maintenance === "vacuum" ? sql`vacuum analyze` : sql`analyze`);
      });
    }
    const [govt] = await rows<{ id: string }>(database.db, sql`select id from ${organisations} where name = ${WUHAN_GOVERNMENT}`);
    if (!govt) throw new Error(`seed has no ${WUHAN_GOVERNMENT}`);
    const password = `Bench-${randomBytes(9).toString("base64url")}1a`;
    const system = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
    await provisionUser(system, { username: "bench_officer", password, role: "officer", orgId: govt.id });
    const [visible] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from ${organisations} where city_code = ${WUHAN}`);
    const [total] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from ${organisations}`);
    const indexes = (
      await rows<{ indexname: string }>(database.db, sql`select indexname from pg_indexes where tablename = 'organisations' order by indexname`)
    ).map((r) => r.indexname);

    const app = createApp({ database });
    const appServer = await listen(app.fetch);
    cleanup.add("app server", () => closeServer(appServer.server));
    const headers = await credentials(appServer.origin, "bench_officer", password, options.auth);

    // The first page, checked: 20 items, all in Wuhan, and the count the officer should see.
    const listPath = `/api/v1/orgs?pageSize=${PAGE_SIZE}&page=`;
    const first = await fetch(`${appServer.origin}${listPath}1`, { headers });
    const firstText = await first.text();
    if (first.status !== 200) throw new Error(`GET list: ${first.status} ${firstText.slice(0, 300)}`);
    const firstBody: unknown = JSON.parse(firstText);
    const items = field(firstBody, "items");
    if (!Array.isArray(items) || items.length !== PAGE_SIZE) throw new Error("GET list: not 20 items");
    if (!items.every((i) => field(i, "cityCode") === WUHAN)) throw new Error("GET list: an organisation outside Wuhan is visible");
    if (field(firstBody, "total") !== visible?.n) throw new Error(`GET list: total ${String(field(firstBody, "total"))}, expected ${visible?.n}`);

    // The bare route returns the same bytes' worth of JSON: the first page as the app answered it, re-serialised per request.
    const bare = new Hono();
    bare.get("/api/v1/orgs", (c) => c.json(firstBody as object));
    const bareServer = await listen(bare.fetch);
    cleanup.add("bare server", () => closeServer(bareServer.server));
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`  set-up total: ${setupSeconds.toFixed(1)} s`);

    // Only full pages: with fewer rows than --pages × 20 visible, the cycle is shortened.
    const pages = Math.max(1, Math.min(options.pages, Math.floor((visible?.n ?? 0) / PAGE_SIZE)));
    if (pages < options.pages) log(`  only ${pages} full pages visible: page=N cycles 1..${pages}`);
    const spec = (title: string, origin: string, h: Record<string, string>): LoadSpec => ({
      title,
      origin,
      pathTemplate: `${listPath}{page}`,
      pages,
      headers: h,
      connections: options.connections,
      warmupSeconds: options.warmup,
      durationSeconds: options.duration,
      checkEvery: 32,
      expectItems: PAGE_SIZE,
    });
    const loadBefore = os.loadavg();
    log(`api bench: app, ${options.warmup} s warm-up + ${options.duration} s`);
    const appResult = await runLoad(spec("app", appServer.origin, headers));
    log(`api bench: bare, ${options.warmup} s warm-up + ${options.duration} s`);
    const bareResult = await runLoad(spec("bare", bareServer.origin, {}));

    const figures: ApiFigures = {
      benchmark: "api",
      date: new Date().toISOString(),
      engine: label,
      node: process.version,
      cpus: os.availableParallelism(),
      organisations: total?.n ?? 0,
      visibleToOfficer: visible?.n ?? 0,
      auth: options.auth === "token" ? "API token (Authorization: Bearer)" : "session cookie",
      maintenance: options.maintenance,
      indexes,
      path: `GET ${listPath}N`,
      pages,
      connections: options.connections,
      warmupSeconds: options.warmup,
      durationSeconds: options.duration,
      setupSeconds,
      loadAverage: { before: loadBefore, after: os.loadavg() },
      app: appResult,
      bare: bareResult,
      ratio: { rps: appResult.rps / bareResult.rps, p50: appResult.p50 / bareResult.p50, p95: appResult.p95 / bareResult.p95 },
    };
    process.stdout.write(options.json ? `${JSON.stringify(figures, null, 2)}\n` : `${table(figures)}\n`);
    const failed = [appResult, bareResult].filter((r) => r.non200 > 0 || r.badBodies > 0 || r.errors > 0 || r.requests === 0);
    for (const r of failed) log(`api bench: ${r.title} had failures: ${r.firstProblem ?? `${r.errors} connection errors`}`);
    return failed.length ? 1 : 0;
  } finally {
    clearTimeout(watchdog);
    await cleanup.runAll();
    process.removeListener("SIGINT", onSignal);
    process.removeListener("SIGTERM", onSignal);
  }
}
