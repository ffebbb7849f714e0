/**
 * `npm run bench -- market-import`: the marketplace's bulk import as a user meets it. A .csv (or .xlsx) of N
 * synthetic patents (the project's seeded generator, in the template's columns and Chinese words) is uploaded to
 * POST /api/v1/market/import/patents by a university's officer, with Accept: text/event-stream; the run is timed
 * from the request to the result event, and each phase (read, check, write) from its first progress event. Each
 * run imports into its own fresh database (PGlite in a temporary directory, or a new database on the server in
 * DATABASE_URL), removed afterwards. Issue #5's goal: 100,000 rows in ≤ 60 s on the embedded engine.
 */
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import ExcelJS from "exceljs";
import { createApp } from "../src/server/app.ts";
import { seedAndBootstrap } from "../src/server/main.ts";
import { rows, sql } from "../src/server/platform/db.ts";
import { ensureOrganisationsByName, provisionUser } from "../src/server/modules/orgs/index.ts";
import { MARKET_TEMPLATES } from "../src/server/modules/market/import-sheet.ts";
import { syntheticPatents, type SyntheticPatent } from "../src/server/modules/market/synthetic.ts";
import { listen, closeServer } from "./serve.ts";
import { bounded, type Cleanup, fmt, log, machine, numberOption, openFreshStore, spread, timed } from "./fresh-db.ts";

const USAGE = `usage: npm run bench -- market-import [--rows N] [--runs N] [--format csv|xlsx] [--seed S] [--profile FILE] [--json]
  --rows N      patents in the file (default 100000)
  --runs N      imports, each into a fresh database (default 3)
  --format F    csv (default) or xlsx (the template's workbook, written by exceljs)
  --seed S      generator seed (default 7; the demo data uses another)
  --profile F   write a V8 CPU profile of the first import (request to result) to F (.cpuprofile)
  --json        figures as JSON on stdout (progress goes to stderr either way)
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards).`;

type Options = { rows: number; runs: number; format: "csv" | "xlsx"; seed: number; profile: string | null; json: boolean };

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      rows: { type: "string", default: "100000" },
      runs: { type: "string", default: "3" },
      format: { type: "string", default: "csv" },
      seed: { type: "string", default: "7" },
      profile: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (values.format !== "csv" && values.format !== "xlsx") throw new Error(`--format must be csv or xlsx, got ${values.format}`);
  return { rows: numberOption("rows", values.rows, 1, 1_000_000), runs: numberOption("runs", values.runs, 1, 20), format: values.format, seed: numberOption("seed", values.seed, 0, 2 ** 31), profile: values.profile ?? null, json: values.json };
}

const TYPE_WORDS = { invention: "发明专利", utility_model: "实用新型", design: "外观设计" } as const;
const STATUS_WORDS = { pending: "审中", in_force: "有效", lapsed: "失效", expired: "届满", invalidated: "无效" } as const;
const CITY_NAMES: Record<string, string> = { "420100": "武汉市", "420200": "黄石市", "420700": "鄂州市", "421100": "黄冈市", "421200": "咸宁市" };

/** A synthetic patent as the template's row, in the words a person would type. */
function sheetRow(p: SyntheticPatent): (string | null)[] {
  const cell: Record<string, string | null> = {
    applicationNo: p.applicationNo,
    title: p.title,
    abstract: p.abstract,
    applicants: p.applicants.join("；"),
    inventors: p.inventors.join("；"),
    type: TYPE_WORDS[p.type],
    legalStatus: STATUS_WORDS[p.legalStatus],
    ipc: p.ipc.join("；"),
    filingDate: p.filingDate,
    grantDate: p.grantDate,
    city: CITY_NAMES[p.cityCode] ?? p.cityCode,
    domain: p.domain,
    strategicEmerging: p.strategicEmerging ? "是" : "否",
    overseasFamily: p.overseasFamily ? "是" : "否",
    pledgeAmount: null,
    nationalAward: "否",
    chinaPatentAward: "否",
  };
  return MARKET_TEMPLATES.patent.columns.map((c) => cell[c.key] ?? null);
}

const csvField = (v: string | null) => (v === null ? "" : /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function buildFile(o: Options): Promise<{ content: Buffer; name: string }> {
  const header = MARKET_TEMPLATES.patent.columns.map((c) => c.header);
  if (o.format === "csv") {
    const lines = [header.join(",")];
    for (const p of syntheticPatents(o.rows, o.seed)) lines.push(sheetRow(p).map(csvField).join(","));
    return { content: Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8"), name: "patents.csv" };
  }
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(MARKET_TEMPLATES.patent.sheet);
  ws.addRow(header);
  for (const p of syntheticPatents(o.rows, o.seed)) ws.addRow(sheetRow(p));
  return { content: Buffer.from(await wb.xlsx.writeBuffer()), name: "patents.xlsx" };
}

/** cpuSeconds: this process's user + system CPU over the import (server and database run in it): less skewed by other load than the wall clock. */
type Run = { seconds: number; cpuSeconds: number; phases: Record<string, number>; created: number; status: number };

/** Reads the SSE answer, noting when each phase first reports; returns the result event's data. */
async function readEvents(res: Response, started: number, phases: Record<string, number>): Promise<Record<string, unknown>> {
  const reader = res.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) throw new Error("no body");
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf("\n\n")) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? "{}";
      const parsed = JSON.parse(data) as Record<string, unknown>;
      if (event === "progress") {
        const phase = String(parsed.phase);
        phases[phase] ??= (performance.now() - started) / 1000;
      } else if (event === "result") return parsed;
      else throw new Error(`${event ?? "?"}: ${data.slice(0, 500)}`);
    }
  }
  throw new Error("the answer ended without a result");
}

/** Starts V8's CPU profiler in this process; the returned function stops it and writes the profile. */
async function startProfile(file: string): Promise<() => Promise<void>> {
  const session = new Session();
  session.connect();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (err, result) => (err ? reject(err) : resolve(result))));
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 1000 });
  await post("Profiler.start");
  return async () => {
    const { profile } = (await post("Profiler.stop")) as { profile: unknown };
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    log(`  CPU profile written to ${file}`);
  };
}

async function importOnce(o: Options, file: { content: Buffer; name: string }, cleanup: Cleanup, profile: string | null): Promise<{ run: Run; engine: string }> {
  const store = await openFreshStore(cleanup);
  try {
    const { database } = store;
    await seedAndBootstrap(database, () => undefined);
    const system = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
    const orgs = await database.db.transaction((tx) => ensureOrganisationsByName(tx, [{ name: "华中科技大学", kind: "university", cityCode: "420100" }]));
    const university = orgs.get("华中科技大学");
    if (!university) throw new Error("no university");
    const password = `Bench-${randomBytes(9).toString("base64url")}1a`;
    await provisionUser(system, { username: "bench_tto", password, role: "officer", orgId: university.id });
    const app = createApp({ database });
    const server = await listen(app.fetch);
    try {
      const login = await fetch(`${server.origin}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username: "bench_tto", password }) });
      const cookie = login.headers.getSetCookie().map((c) => c.split(";")[0] ?? "").find((c) => c.startsWith("corridor_session="));
      const csrf = ((await login.json()) as { csrfToken?: string }).csrfToken;
      if (!cookie || !csrf) throw new Error(`login: ${login.status}`);
      const [before] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from market_patents`);
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(file.content)]), file.name);
      form.set("orgId", university.id);
      const phases: Record<string, number> = {};
      const started = performance.now();
      const stopProfile = profile ? await startProfile(profile) : null;
      const cpu = process.cpuUsage();
      const res = await fetch(`${server.origin}/api/v1/market/import/patents`, { method: "POST", headers: { cookie, "x-csrf-token": csrf, accept: "text/event-stream" }, body: form });
      if (res.status !== 200) throw new Error(`import: ${res.status} ${(await res.text()).slice(0, 500)}`);
      const result = await readEvents(res, started, phases);
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      await stopProfile?.();
      const cpuSeconds = (used.user + used.system) / 1e6;
      const [count] = await rows<{ n: number }>(database.db, sql`select count(*)::int as n from market_patents`);
      if ((count?.n ?? 0) - (before?.n ?? 0) !== o.rows) throw new Error(`expected ${o.rows} more patents, found ${(count?.n ?? 0) - (before?.n ?? 0)}`);
      return { run: { seconds, cpuSeconds, phases, created: Number(result.created), status: res.status }, engine: store.label };
    } finally {
      await closeServer(server.server);
    }
  } finally {
    await store.dispose();
  }
}

export async function main(args: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseOptions(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  return bounded("market-import", 300 + o.runs * (o.rows / 100) , async (cleanup) => {
    log(`market-import bench: ${o.rows.toLocaleString("en-US")} patents as .${o.format}, ${o.runs} runs`);
    const file = await timed("build the file", () => buildFile(o));
    log(`  file: ${(file.content.length / 1e6).toFixed(1)} MB`);
    const runs: Run[] = [];
    let engine = "";
    const load = { before: machine().loadAverage, after: [] as number[] };
    for (let i = 0; i < o.runs; i++) {
      const { run, engine: e } = await importOnce(o, file, cleanup, i === 0 ? o.profile : null);
      engine = e;
      runs.push(run);
      log(`  run ${i + 1}: ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s (${Math.round(o.rows / run.seconds).toLocaleString("en-US")} rows/s); phases from the request: ${Object.entries(run.phases).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(", ")}`);
    }
    load.after = machine().loadAverage;
    const s = spread(runs.map((r) => r.seconds));
    const cpu = spread(runs.map((r) => r.cpuSeconds));
    const figures = { benchmark: "market-import", date: new Date().toISOString(), engine, ...machine(), loadAverage: load, rows: o.rows, format: o.format, bytes: file.content.length, runs, seconds: s, cpuSeconds: cpu, rowsPerSecond: o.rows / s.median, goalSeconds: 60 };
    log(`${engine}: median ${fmt(s.median, 1)} s (min ${fmt(s.min, 1)}, max ${fmt(s.max, 1)}) = ${Math.round(o.rows / s.median).toLocaleString("en-US")} rows/s, CPU median ${fmt(cpu.median, 1)} s; goal ≤ 60 s for 100,000 rows; load ${load.before.map((l) => l.toFixed(1)).join(" ")} → ${load.after.map((l) => l.toFixed(1)).join(" ")}`);
    if (o.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  });
}
