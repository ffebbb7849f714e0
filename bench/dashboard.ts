/**
 * `npm run bench -- dashboard`: time of the 督办 dashboard (issue: "dashboard query time with 100 indicators ×
 * 5 cities × 10 years and 5,000 tasks").
 *
 * Set-up: a fresh database (PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL,
 * dropped afterwards), migrated and seeded with the base data (catalog indicators, their sourced and demo figures,
 * the seed plan); then, in bulk SQL (INSERT … SELECT generate_series, not audited: these rows bypass the service
 * layer on purpose), indicators up to --indicators with values for every corridor city and --years years (existing
 * figures of the catalog's indicators are kept), one synthetic plan of --tasks tasks with a lead unit and one to
 * three responsible units each, progress reports for four tasks in five (some returned), a target per indicator and
 * targets on one task in twenty.
 *
 * Measured: dashboard(ctx, "zh-CN") for an administrator (who sees every task), in-process, --runs times after
 * --warmup; then GET /api/v1/dashboard on the real app on 127.0.0.1 with a session cookie, the same way; then, with
 * --breakdown (default), the dashboard's parts: listIndicators, missedIndicatorIds, loadTasks and the queries inside
 * loadTasks one by one, and JSON.stringify of the answer; beside them, as evidence for a proposed change, slimmer
 * queries and a slim attention list (parts named "proposal:"). --explain prints EXPLAIN ANALYZE of the queries;
 * --cpu-prof writes a CPU profile of the timed in-process calls.
 */
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { randomBytes } from "node:crypto";
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { listen, closeServer } from "./serve.ts";
import { bounded, fmt, latency, log, machine, numberOption, openFreshStore, timed, type Latency } from "./fresh-db.ts";
import { createApp } from "../src/server/app.ts";
import { seedAndBootstrap } from "../src/server/main.ts";
import { loadMemberships, organisations, provisionUser } from "../src/server/modules/orgs/index.ts";
import { dashboard } from "../src/server/modules/plans/service/dashboard.ts";
import { listIndicators, missedIndicatorIds } from "../src/server/modules/plans/service/indicators.ts";
import { loadTasks } from "../src/server/modules/plans/service/tasks.ts";
import { indicators, indicatorTargets, indicatorValues, plans, planTasks, taskReports, taskUnits } from "../src/server/modules/plans/schema.ts";
import { buildActor, type Actor, type Ctx } from "../src/server/platform/context.ts";
import { rows, sql, type Database, type Db } from "../src/server/platform/db.ts";
import { CITIES } from "../src/shared/regions.ts";

const USAGE = `usage: npm run bench -- dashboard [--indicators N] [--years N] [--tasks N] [--runs N] [--warmup N]
                                [--http on|off] [--breakdown on|off] [--explain] [--cpu-prof FILE] [--maintenance vacuum|analyze|none] [--json]
  --indicators N   indicators in all, the catalog's included (default 100)
  --years N        years of values per indicator and corridor city, ending 2024 (default 10)
  --tasks N        tasks of the synthetic plan (default 5000; the seed plan's tasks come on top)
  --runs N         timed dashboard calls per target (default 20)
  --warmup N       untimed calls first (default 3)
  --http on|off    also time GET /api/v1/dashboard on the app on 127.0.0.1 (default on)
  --breakdown on|off  time the dashboard's parts too (default on)
  --explain        print EXPLAIN ANALYZE of the queries behind the dashboard (to stderr)
  --cpu-prof FILE  write a V8 CPU profile (.cpuprofile) of the timed in-process dashboard calls to FILE
  --maintenance M  after the bulk insert: vacuum (VACUUM ANALYZE, default), analyze, or none (PGlite has no autovacuum)
  --json           print the figures as JSON on stdout (progress goes to stderr either way)
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards).`;

const MAINTENANCE = ["vacuum", "analyze", "none"] as const;
type Maintenance = (typeof MAINTENANCE)[number];
const isMaintenance = (v: string): v is Maintenance => (MAINTENANCE as readonly string[]).includes(v);

type Options = {
  indicators: number;
  years: number;
  tasks: number;
  runs: number;
  warmup: number;
  http: boolean;
  breakdown: boolean;
  explain: boolean;
  cpuProf: string | null;
  maintenance: Maintenance;
  json: boolean;
};

function onOff(name: string, value: string): boolean {
  if (value !== "on" && value !== "off") throw new Error(`--${name} must be on or off, got ${value}`);
  return value === "on";
}

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      indicators: { type: "string", default: "100" },
      years: { type: "string", default: "10" },
      tasks: { type: "string", default: "5000" },
      runs: { type: "string", default: "20" },
      warmup: { type: "string", default: "3" },
      http: { type: "string", default: "on" },
      breakdown: { type: "string", default: "on" },
      explain: { type: "boolean", default: false },
      "cpu-prof": { type: "string", default: "" },
      maintenance: { type: "string", default: "vacuum" },
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
  if (!isMaintenance(values.maintenance)) throw new Error(`--maintenance must be one of ${MAINTENANCE.join(", ")}, got ${values.maintenance}`);
  return {
    indicators: numberOption("indicators", values.indicators, 1, 2000),
    years: numberOption("years", values.years, 1, 50),
    tasks: numberOption("tasks", values.tasks, 0, 200_000),
    runs: numberOption("runs", values.runs, 1, 1000),
    warmup: numberOption("warmup", values.warmup, 0, 100),
    http: onOff("http", values.http),
    breakdown: onOff("breakdown", values.breakdown),
    explain: values.explain,
    cpuProf: values["cpu-prof"] || null,
    maintenance: values.maintenance,
    json: values.json,
  };
}

// ——— Synthetic data ——————————————————————————————————————————————————————————————————————————————————————

const LAST_YEAR = 2024;
const textArray = (values: readonly string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

const INDICATOR_FIELDS = ["光电子信息", "生命健康", "高端装备", "北斗", "人工智能", "集成电路", "新材料", "新能源汽车", "数字经济", "节能环保"];
const INDICATOR_METRICS: { name: string; unit: string; ratio: boolean }[] = [
  { name: "产业营业收入", unit: "亿元", ratio: false },
  { name: "规上企业数", unit: "家", ratio: false },
  { name: "发明专利授权量", unit: "件", ratio: false },
  { name: "技术合同成交额", unit: "亿元", ratio: false },
  { name: "研发投入强度", unit: "%", ratio: true },
  { name: "省级以上创新平台", unit: "个", ratio: false },
  { name: "高新技术企业", unit: "家", ratio: false },
  { name: "增加值占地区生产总值的比重", unit: "%", ratio: true },
  { name: "科技型中小企业", unit: "家", ratio: false },
  { name: "新型研发机构", unit: "个", ratio: false },
];

/** Indicators up to `total`, after the catalog's: a fifth ratios of sums (numerator and denominator per city), the rest sums. */
export async function insertIndicators(db: Db, total: number): Promise<number> {
  const [have] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${indicators}`);
  const missing = Math.max(0, total - (have?.n ?? 0));
  const rowsToInsert = Array.from({ length: missing }, (_, i) => {
    const field = INDICATOR_FIELDS[i % INDICATOR_FIELDS.length] ?? "";
    const metric = INDICATOR_METRICS[Math.floor(i / INDICATOR_FIELDS.length) % INDICATOR_METRICS.length] ?? { name: "指标", unit: "个", ratio: false };
    const serial = String(i + 1).padStart(3, "0");
    return {
      code: `bench_${serial}`,
      name: `${field}${metric.name}（合成${serial}）`,
      unit: metric.unit,
      aggregation: metric.ratio ? "ratio_of_sums" : "sum",
      numerator: metric.ratio ? `${field}${metric.name}分子` : null,
      denominator: metric.ratio ? "地区生产总值（亿元）" : null,
      scale: metric.ratio ? 100 : null,
      projection: metric.ratio ? "linear" : "cagr",
      definition: "基准测试合成指标",
    };
  });
  for (let i = 0; i < rowsToInsert.length; i += 200) await db.insert(indicators).values(rowsToInsert.slice(i, i + 200));
  return missing;
}

/**
 * A value per indicator, corridor city and year, deterministic: city weights like the corridor's (Wuhan several
 * times any other), growth by indicator, a little wobble. Ratios get numerator and denominator. Figures already
 * seeded (the catalog's sourced and demo figures) are kept.
 */
export async function insertValues(db: Db, years: number): Promise<void> {
  await db.execute(sql`
    with i as (select id, aggregation, row_number() over (order by code) as k from ${indicators}),
         c as (select code, ord from unnest(${textArray(CITIES.map((c) => c.code))}) with ordinality as c(code, ord)),
         y as (select generate_series(${LAST_YEAR - years + 1}::int, ${LAST_YEAR}::int) as year),
         v as (
           select i.id, i.aggregation, c.code as city_code, y.year,
                  (array[5.0, 1.1, 0.7, 1.3, 1.0])[c.ord] as w,
                  1.03 + (i.k % 7) * 0.01 as r, i.k, c.ord
           from i, c, y
         )
    insert into ${indicatorValues} (indicator_id, city_code, year, value, numerator, denominator, source_kind, source, note)
    select v.id, v.city_code, v.year,
           case when v.aggregation = 'ratio_of_sums'
                then round((100 * (0.01 + (v.k % 20) / 1000.0) * (1 + 0.02 * (v.year - ${LAST_YEAR - years + 1})))::numeric, 4)
                else round((100 + (v.k * 37) % 900) * v.w * power(v.r, v.year - ${LAST_YEAR - years + 1}) * (1 + ((v.k * v.ord * v.year) % 7 - 3) / 100.0), 2) end,
           case when v.aggregation = 'ratio_of_sums'
                then round(1000 * v.w * power(1.06, v.year - ${LAST_YEAR - years + 1}) * (0.01 + (v.k % 20) / 1000.0) * (1 + 0.02 * (v.year - ${LAST_YEAR - years + 1})), 4) end,
           case when v.aggregation = 'ratio_of_sums' then round(1000 * v.w * power(1.06, v.year - ${LAST_YEAR - years + 1}), 4) end,
           'official', '基准测试合成数据', '合成'
    from v
    on conflict (indicator_id, city_code, year) do nothing
  `);
}

const CHAPTERS = ["二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
const TASK_VERBS = ["推进", "加快", "支持", "强化", "深化", "完善", "优化", "提升", "培育", "打造"];
const TASK_OBJECTS = ["光电子信息产业集群建设", "国家实验室创建", "科技成果转移转化", "企校联合创新中心建设", "高新技术企业梯度培育", "离岸科创中心建设", "科技金融服务体系", "创新平台共建共享", "关键核心技术攻关", "概念验证中心建设"];

/**
 * The synthetic plan: tasks (due dates spread over 2026–2028, one in twenty completed), a lead and one to three
 * responsible units each from the seeded organisations (seven in ten acknowledged), reports for four tasks in five
 * over the last quarters (some returned, the latest sometimes awaiting review), a target per indicator (2027) and
 * targets on one task in twenty.
 */
export async function insertPlanData(db: Db, taskCount: number): Promise<{ planId: string; organisations: number }> {
  const [plan] = await db
    .insert(plans)
    .values({ title: "光谷科技创新大走廊重点任务督办清单（基准测试合成）", periodKind: "quarterly", startDate: "2023-01-01", endDate: "2027-12-31", sourceName: "bench" })
    .returning({ id: plans.id });
  if (!plan) throw new Error("no plan inserted");
  const planId = plan.id;
  await db.execute(sql`
    insert into plan_chapters (plan_id, number, title, ord)
    select ${planId}, c.num, '重点任务（' || c.num || '）', c.ord::int
    from unnest(${textArray(CHAPTERS)}) with ordinality as c(num, ord)
  `);
  await db.execute(sql`
    with w as (select ${textArray(CHAPTERS)} as ch, ${textArray(TASK_VERBS)} as vb, ${textArray(TASK_OBJECTS)} as ob)
    insert into ${planTasks} (plan_id, chapter, number, path, title, body, ord, start_date, due_date, completed)
    select ${planId}, w.ch[1 + (g - 1) % 10], g::text, array[w.ch[1 + (g - 1) % 10], g::text],
           w.vb[1 + (g * 7) % 10] || w.ob[1 + (g * 3) % 10],
           '聚焦' || w.ob[1 + (g * 3) % 10] || '，支持高校院所联合科技领军企业开展关键核心技术攻关，推动创新链产业链资金链人才链深度融合（合成任务 ' || g || '）。',
           g, date '2023-01-01', date '2026-01-01' + ((g::bigint * 37) % 1000)::int, g % 20 = 0
    from generate_series(1, ${taskCount}::int) as g, w
  `);
  const [orgs] = await rows<{ n: number }>(db, sql`select count(*)::int as n from ${organisations} where status = 'active'`);
  const n = orgs?.n ?? 0;
  // Offsets 0, 5, 10, 15 are distinct modulo n when n > 15: each task's units are distinct organisations.
  if (n <= 15) throw new Error(`need more than 15 active organisations for distinct units, have ${n}`);
  await db.execute(sql`
    with o as (select array_agg(id order by name) as ids, array_agg(name order by name) as names, count(*)::int as n from ${organisations} where status = 'active'),
         t as (select id, ord as g from ${planTasks} where plan_id = ${planId})
    insert into ${taskUnits} (task_id, org_id, role, printed_name, ord, acknowledged_at)
    select t.id, o.ids[1 + (t.g * 7 + j * 5) % o.n], case when j = 0 then 'lead' else 'responsible' end,
           o.names[1 + (t.g * 7 + j * 5) % o.n], j,
           case when (t.g + j) % 10 < 7 then now() - interval '30 days' end
    from t, o, generate_series(0, 3) as j
    where j <= 1 + t.g % 3
  `);
  // Reports: quarters counted back from 2026-Q3 (q = 0 is the latest), by the first responsible unit.
  await db.execute(sql`
    with o as (select array_agg(id order by name) as ids, count(*)::int as n from ${organisations} where status = 'active'),
         t as (select id, ord as g from ${planTasks} where plan_id = ${planId} and ord % 5 <> 0),
         r as (select t.id, t.g, q, (2026 * 4 + 2 - q) / 4 as yr, (2026 * 4 + 2 - q) % 4 + 1 as qt, 1 + t.g % 4 as k
               from t, generate_series(0, 3) as q where q < 1 + t.g % 4)
    insert into ${taskReports} (task_id, org_id, period_key, status_text, percent, state, review_reason, submitted_on, submitted_at, reviewed_at)
    select r.id, o.ids[1 + (r.g * 7 + 5) % o.n], r.yr || '-Q' || r.qt,
           '本季度按计划推进，完成阶段性工作（合成报告）', least(100, 15 * (r.k - r.q) + r.g % 30),
           case when (r.g + r.q) % 13 = 0 then 'returned' when r.q = 0 and r.g % 3 = 0 then 'submitted' else 'approved' end,
           case when (r.g + r.q) % 13 = 0 then '进度材料不完整，请补充' end,
           make_date(r.yr, (r.qt - 1) * 3 + 1, 1) + interval '3 months' + interval '2 days',
           make_date(r.yr, (r.qt - 1) * 3 + 1, 1) + interval '3 months' + interval '2 days',
           case when not (r.q = 0 and r.g % 3 = 0) then make_date(r.yr, (r.qt - 1) * 3 + 1, 1) + interval '3 months' + interval '9 days' end
    from r, o
  `);
  // A target per indicator (2027), a third of them out of reach; and targets on one task in twenty.
  await db.execute(sql`
    with i as (select id, name, unit, row_number() over (order by code) as k from ${indicators}),
         latest as (select indicator_id, sum(value) as total from ${indicatorValues} where year = ${LAST_YEAR} group by indicator_id)
    insert into ${indicatorTargets} (indicator_id, plan_id, task_id, text, indicator_text, comparator, value, unit, year)
    select i.id, ${planId}, null, '到2027年，' || i.name || '达到目标值', i.name, '>=',
           round(coalesce(l.total, 100) * (case when i.k % 3 = 0 then 2.0 else 1.05 end), 2), i.unit, 2027
    from i left join latest l on l.indicator_id = i.id
  `);
  await db.execute(sql`
    with i as (select id, name, unit, row_number() over (order by code) as k, count(*) over () as n from ${indicators}),
         t as (select id, ord as g from ${planTasks} where plan_id = ${planId} and ord % 20 = 0)
    insert into ${indicatorTargets} (indicator_id, plan_id, task_id, text, indicator_text, comparator, value, unit, year)
    select i.id, ${planId}, t.id, '到2027年，' || i.name || '达到目标值', i.name, '>=', 1000, i.unit, 2027
    from t join i on i.k = 1 + t.g % i.n
  `);
  return { planId, organisations: n };
}

// ——— Measuring ——————————————————————————————————————————————————————————————————————————————————————————————

/** A V8 CPU profile of this process from now until stop(), through the inspector (no flags needed). */
async function startProfiler(): Promise<{ stop: () => Promise<unknown> }> {
  const session = new Session();
  session.connect();
  const post = (method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, {}, (err, result) => (err ? reject(err) : resolve(result))));
  await post("Profiler.enable");
  await post("Profiler.start");
  return {
    stop: async () => {
      const result = await post("Profiler.stop");
      session.disconnect();
      return typeof result === "object" && result !== null && "profile" in result ? result.profile : result;
    },
  };
}

async function measure(label: string, warmup: number, runs: number, call: () => Promise<unknown>): Promise<Latency> {
  for (let i = 0; i < warmup; i += 1) await call();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  const l = latency(times);
  log(`  ${label}: p50 ${fmt(l.p50, 1)} ms, p95 ${fmt(l.p95, 1)} ms`);
  return l;
}

export async function adminActor(database: Database): Promise<{ actor: Actor; username: string; password: string }> {
  const [home] = await rows<{ id: string }>(database.db, sql`select id from ${organisations} where name = '湖北省科学技术厅'`);
  if (!home) throw new Error("seed has no 湖北省科学技术厅");
  const username = "bench_admin";
  const password = `Bench-${randomBytes(9).toString("base64url")}1a`;
  const system = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
  const { id } = await provisionUser(system, { username, password, role: "admin", orgId: home.id });
  const [user] = await rows<{ id: string; username: string; display_name: string }>(database.db, sql`select id, username, display_name from users where id = ${id}`);
  if (!user) throw new Error("provisioned user not found");
  const actor = buildActor({ id: user.id, username: user.username, displayName: user.display_name }, await loadMemberships(database.db, user.id));
  return { actor, username, password };
}

async function signIn(origin: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${origin}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password }) });
  await res.text();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0] ?? "")
    .find((c) => c.startsWith("corridor_session="));
  if (res.status !== 200 || !cookie) throw new Error(`login: ${res.status}`);
  return cookie;
}

/** The queries loadTasks runs (service/tasks.ts), for an actor who sees every task, so each can be timed alone. */
function loadTasksQueries(db: Db, ids: string[]) {
  return {
    "tasks ⋈ plans": () => db.select({ task: planTasks, periodKind: plans.periodKind, planStatus: plans.status }).from(planTasks).innerJoin(plans, eq(plans.id, planTasks.planId)).orderBy(asc(planTasks.planId), asc(planTasks.ord)),
    "task_units ⋈ organisations, task_id in (…ids)": () =>
      db
        .select({ unit: taskUnits, orgName: organisations.name, orgStatus: organisations.status, cityCode: organisations.cityCode })
        .from(taskUnits)
        .innerJoin(organisations, eq(organisations.id, taskUnits.orgId))
        .where(inArray(taskUnits.taskId, ids))
        .orderBy(asc(taskUnits.ord)),
    "task_reports ⋈ organisations, task_id in (…ids)": () =>
      db.select({ report: taskReports, orgName: organisations.name }).from(taskReports).innerJoin(organisations, eq(organisations.id, taskReports.orgId)).where(inArray(taskReports.taskId, ids)).orderBy(asc(taskReports.submittedAt)),
    "indicator_targets, task_id in (…ids)": () => db.select().from(indicatorTargets).where(inArray(indicatorTargets.taskId, ids)),
    "indicators (loadAll)": () => db.select().from(indicators).orderBy(asc(indicators.code)),
    "indicator_values ⋈ indicators (loadAll)": () => db.select({ v: indicatorValues, code: indicators.code }).from(indicatorValues).innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId)),
    "indicator_targets ⋈ plans (loadAll)": () =>
      db.select({ t: indicatorTargets }).from(indicatorTargets).innerJoin(plans, eq(plans.id, indicatorTargets.planId)).where(and(ne(plans.status, "archived"))).orderBy(asc(indicatorTargets.year)),
  };
}

/**
 * Slimmer alternatives to the dashboard's heaviest steps, timed beside them as evidence for a proposed change (the
 * service code is not changed here): the task columns the lights need (no body), the unit columns the dashboard
 * shows, the report columns taskStatus reads, with no list of ids for an actor who sees every task; and the
 * attention list as the rows its card shows (number, title, lead units, due date, light, reasons).
 */
function slimQueries(db: Db) {
  return {
    "tasks ⋈ plans, without body": () =>
      db
        .select({ id: planTasks.id, planId: planTasks.planId, path: planTasks.path, title: planTasks.title, startDate: planTasks.startDate, dueDate: planTasks.dueDate, completed: planTasks.completed, periodKind: plans.periodKind, planStatus: plans.status })
        .from(planTasks)
        .innerJoin(plans, eq(plans.id, planTasks.planId))
        .orderBy(asc(planTasks.planId), asc(planTasks.ord)),
    "task_units (task, org, role, org name), no id list": () =>
      db.select({ taskId: taskUnits.taskId, orgId: taskUnits.orgId, role: taskUnits.role, orgName: organisations.name }).from(taskUnits).innerJoin(organisations, eq(organisations.id, taskUnits.orgId)).orderBy(asc(taskUnits.ord)),
    "task_reports (what taskStatus reads), no id list": () =>
      db.select({ taskId: taskReports.taskId, periodKey: taskReports.periodKey, percent: taskReports.percent, state: taskReports.state, submittedOn: taskReports.submittedOn }).from(taskReports),
  };
}

type Answer = Awaited<ReturnType<typeof dashboard>>;

/** The attention list as its card shows it: number, title, lead units, due date, light and reasons. */
const slimAttention = (answer: Answer) =>
  answer.attention.map((t) => ({
    id: t.id,
    path: t.path,
    title: t.title,
    dueDate: t.dueDate,
    light: t.light,
    reasons: t.reasons,
    leadUnits: t.units.filter((u) => u.role === "lead").map((u) => ({ orgId: u.orgId, orgName: u.orgName })),
  }));

export type DashboardFigures = {
  benchmark: "dashboard";
  date: string;
  engine: string;
  node: string;
  cpus: number;
  loadAverage: { before: number[]; after: number[] };
  maintenance: Maintenance;
  data: {
    indicators: number;
    indicatorValues: number;
    corridorCityValues: number;
    years: string;
    tasks: number;
    taskUnits: number;
    taskReports: number;
    indicatorTargets: number;
    organisations: number;
  };
  answer: {
    bytes: number;
    /** UTF-8 bytes of each top-level field's JSON. */
    fieldBytes: Record<string, number>;
    /** UTF-8 bytes of the attention list as slim rows (see slimAttention). */
    slimAttentionBytes: number;
    kpis: number;
    indicators: number;
    attention: number;
    tasksByLight: { green: number; yellow: number; red: number };
    leadUnits: number;
  };
  warmup: number;
  partRuns: number;
  setupSeconds: number;
  inProcess: Latency;
  http: (Latency & { status: number; bytes: number }) | null;
  parts: Record<string, Latency> | null;
};

function table(f: DashboardFigures): string {
  const row = (label: string, l: Latency) =>
    `${label.padEnd(60)}${fmt(l.p50, 1).padStart(10)}${fmt(l.p95, 1).padStart(10)}${fmt(l.min, 1).padStart(10)}${fmt(l.max, 1).padStart(10)}${String(l.runs).padStart(6)}`;
  const d = f.data;
  const lines = [
    `督办 dashboard: dashboard(ctx, "zh-CN") for an administrator; ${f.inProcess.runs} runs after ${f.warmup} warm-up, sequential`,
    `engine: ${f.engine}; after the bulk insert: ${f.maintenance === "vacuum" ? "VACUUM ANALYZE" : f.maintenance === "analyze" ? "ANALYZE" : "no VACUUM, no ANALYZE"}`,
    `data: ${d.indicators} indicators, ${d.corridorCityValues.toLocaleString("en-US")} values for the 5 corridor cities over ${d.years} (${d.indicatorValues.toLocaleString("en-US")} with the province's rows), ${d.tasks.toLocaleString("en-US")} tasks in all,`,
    `      ${d.taskUnits.toLocaleString("en-US")} task units, ${d.taskReports.toLocaleString("en-US")} reports, ${d.indicatorTargets.toLocaleString("en-US")} targets, ${d.organisations} organisations`,
    `answer: ${(f.answer.bytes / 1e6).toFixed(2)} MB of JSON (${Object.entries(f.answer.fieldBytes)
      .map(([k, b]) => `${k} ${(b / 1e6).toFixed(2)}`)
      .join(", ")} MB; attention as slim rows ${(f.answer.slimAttentionBytes / 1e6).toFixed(2)} MB); ${f.answer.kpis} KPIs, ${f.answer.attention.toLocaleString("en-US")} tasks needing attention (green ${f.answer.tasksByLight.green}, yellow ${f.answer.tasksByLight.yellow}, red ${f.answer.tasksByLight.red}), ${f.answer.leadUnits} lead units`,
    `node ${f.node}, ${f.cpus} CPUs, ${f.date}; set-up ${f.setupSeconds.toFixed(1)} s; load average before ${f.loadAverage.before.map((l) => l.toFixed(2)).join(" ")}, after ${f.loadAverage.after.map((l) => l.toFixed(2)).join(" ")}`,
    "",
    `${"milliseconds".padEnd(60)}${"p50".padStart(10)}${"p95".padStart(10)}${"min".padStart(10)}${"max".padStart(10)}${"runs".padStart(6)}`,
    row("dashboard(ctx, \"zh-CN\"), in-process", f.inProcess),
  ];
  if (f.http) lines.push(row(`GET /api/v1/dashboard, 127.0.0.1 (${f.http.status}, ${(f.http.bytes / 1e6).toFixed(2)} MB)`, f.http));
  if (f.parts) {
    lines.push("", `parts, each alone (${f.partRuns} runs after 1 warm-up):`);
    for (const [name, l] of Object.entries(f.parts)) lines.push(row(`  ${name}`, l));
  }
  return lines.join("\n");
}

export async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // A bound on the whole run: set-up, then each target's warm-up and runs at a generous 10 s per call.
  const calls = (options.warmup + options.runs) * (2 + (options.breakdown ? 12 : 0));
  return bounded("dashboard", 900 + calls * 10, async (cleanup) => {
    const setupStarted = performance.now();
    const loadBefore = machine().loadAverage;
    log("dashboard bench: set-up");
    const store = await timed("open and migrate", () => openFreshStore(cleanup));
    const { database } = store;
    const db = database.db;
    await timed("seed", () => seedAndBootstrap(database, () => undefined));
    await timed(`indicators up to ${options.indicators}`, () => insertIndicators(db, options.indicators));
    await timed(`values: indicators × ${CITIES.length} cities × ${options.years} years`, () => insertValues(db, options.years));
    const { organisations: orgCount } = await timed(`plan of ${options.tasks} tasks, units, reports, targets`, () => insertPlanData(db, options.tasks));
    if (options.maintenance !== "none") {
      await timed(options.maintenance === "vacuum" ? "vacuum analyze" : "analyze", async () => {
        await db.execute(options.maintenance === "vacuum" ? sql`vacuum analyze` : sql`analyze`);
      });
    }
    const { actor, username, password } = await adminActor(database);
    const ctx: Ctx = { db, actor, clientIp: "127.0.0.1", requestId: null };
    const [counts] = await rows<DashboardFigures["data"]>(
      db,
      sql`select (select count(*)::int from indicators) as indicators,
                 (select count(*)::int from indicator_values) as "indicatorValues",
                 (select count(*)::int from indicator_values where city_code in (${sql.join(CITIES.map((c) => sql`${c.code}`), sql`, `)})) as "corridorCityValues",
                 (select min(year) || '–' || max(year) from indicator_values) as years,
                 (select count(*)::int from plan_tasks) as tasks,
                 (select count(*)::int from task_units) as "taskUnits",
                 (select count(*)::int from task_reports) as "taskReports",
                 (select count(*)::int from indicator_targets) as "indicatorTargets",
                 0 as organisations`,
    );
    if (!counts) throw new Error("no counts");
    counts.organisations = orgCount;
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    log(`  set-up total: ${setupSeconds.toFixed(1)} s`);

    log(`dashboard bench: in-process, ${options.warmup} warm-up + ${options.runs} runs`);
    const answer = await dashboard(ctx, "zh-CN");
    const answerJson = JSON.stringify(answer);
    const profiler = options.cpuProf ? await startProfiler() : null;
    const inProcess = await measure("dashboard()", options.warmup, options.runs, () => dashboard(ctx, "zh-CN"));
    if (profiler && options.cpuProf) {
      writeFileSync(options.cpuProf, JSON.stringify(await profiler.stop()));
      log(`  CPU profile of the in-process runs: ${options.cpuProf}`);
    }

    let http: DashboardFigures["http"] = null;
    if (options.http) {
      log(`dashboard bench: GET /api/v1/dashboard on 127.0.0.1, ${options.warmup} warm-up + ${options.runs} runs`);
      const app = createApp({ database });
      const { server, origin } = await listen(app.fetch);
      cleanup.add("app server", () => closeServer(server));
      const cookie = await signIn(origin, username, password);
      let status = 0;
      let bytes = 0;
      const get = async () => {
        const res = await fetch(`${origin}/api/v1/dashboard`, { headers: { cookie, "accept-language": "zh-CN" } });
        const body = await res.arrayBuffer();
        status = res.status;
        bytes = body.byteLength;
        if (res.status !== 200) throw new Error(`GET /api/v1/dashboard: ${res.status} ${Buffer.from(body).toString("utf8").slice(0, 300)}`);
      };
      const l = await measure("GET /api/v1/dashboard", options.warmup, options.runs, get);
      http = { ...l, status, bytes };
      await closeServer(server);
    }

    let parts: DashboardFigures["parts"] = null;
    const partRuns = Math.min(options.runs, 10);
    if (options.breakdown || options.explain) {
      const ids = (await db.select({ id: planTasks.id }).from(planTasks)).map((r) => r.id);
      const queries = loadTasksQueries(db, ids);
      if (options.breakdown) {
        log("dashboard bench: parts");
        parts = {};
        const part = async (name: string, call: () => Promise<unknown>) => {
          if (parts) parts[name] = await measure(name, 1, partRuns, call);
        };
        await part("listIndicators(ctx)", () => listIndicators(ctx));
        await part("missedIndicatorIds(db) (inside loadTasks)", () => missedIndicatorIds(db));
        await part("loadTasks(db, admin, every task)", () => loadTasks(db, actor, undefined, "zh-CN"));
        for (const [name, query] of Object.entries(queries)) await part(`query: ${name}`, () => query());
        await part("JSON.stringify(answer)", async () => JSON.stringify(answer));
        for (const [name, query] of Object.entries(slimQueries(db))) await part(`proposal: ${name}`, () => query());
        const slim = { ...answer, attention: slimAttention(answer) };
        await part("proposal: JSON.stringify(answer with slim attention)", async () => JSON.stringify(slim));
      }
      if (options.explain) {
        for (const [name, query] of Object.entries(queries)) {
          const plan = await rows<{ "QUERY PLAN": string }>(db, sql`explain (analyze, buffers) ${query()}`);
          // The id list is thousands of uuids long: print its length instead.
          const lines = plan.map((p) => p["QUERY PLAN"].replace(/'\{[0-9a-f,-]{200,}\}'/g, (list) => `'{… ${list.split(",").length} ids …}'`));
          log(`\nEXPLAIN ANALYZE ${name}:\n${lines.join("\n")}`);
        }
      }
    }

    const m = machine();
    const figures: DashboardFigures = {
      benchmark: "dashboard",
      date: new Date().toISOString(),
      engine: store.label,
      node: m.node,
      cpus: m.cpus,
      loadAverage: { before: loadBefore, after: m.loadAverage },
      maintenance: options.maintenance,
      data: counts,
      answer: {
        bytes: Buffer.byteLength(answerJson, "utf8"),
        fieldBytes: Object.fromEntries(Object.entries(answer).map(([k, v]) => [k, Buffer.byteLength(JSON.stringify(v), "utf8")])),
        slimAttentionBytes: Buffer.byteLength(JSON.stringify(slimAttention(answer)), "utf8"),
        kpis: answer.kpis.length,
        indicators: answer.indicators.length,
        attention: answer.attention.length,
        tasksByLight: answer.tasksByLight,
        leadUnits: answer.tasksByLead.length,
      },
      warmup: options.warmup,
      partRuns,
      setupSeconds,
      inProcess,
      http,
      parts,
    };
    process.stdout.write(options.json ? `${JSON.stringify(figures, null, 2)}\n` : `${table(figures)}\n`);
    // The answer must cover what was inserted: every task of an active plan in a light, a KPI per indicator.
    const [active] = await rows<{ n: number }>(db, sql`select count(*)::int as n from plan_tasks t join plans p on p.id = t.plan_id where p.status = 'active'`);
    const lit = answer.tasksByLight.green + answer.tasksByLight.yellow + answer.tasksByLight.red;
    const problems = [
      lit !== active?.n ? `tasks by light add up to ${lit}, not the ${active?.n} tasks of active plans` : null,
      answer.kpis.length !== counts.indicators ? `${answer.kpis.length} KPIs for ${counts.indicators} indicators with targets` : null,
    ].filter((p): p is string => p !== null);
    for (const p of problems) log(`dashboard bench: ${p}`);
    return problems.length ? 1 : 0;
  });
}
