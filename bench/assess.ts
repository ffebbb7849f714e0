/**
 * `npm run bench -- assess`: throughput of the eligibility assessment of registry records (企业培育登记库), every
 * record against all five tiers with the rule set of the assessment date.
 *
 * 1. Generates --count synthetic enterprises (src/server/modules/enterprises/synthetic.ts, seeded: the same seed and
 *    count give the same records) and keeps their records in memory; the generation is timed apart.
 * 2. Runs assessRecord (src/shared/enterprise/inputs.ts: record → each engine's input → assess → gaps → nearest tier)
 *    over every record, --runs timed passes after an untimed warm-up over the first --warmup records. Reported:
 *    records/s and assessments/s (records × tiers), median and min–max of the passes, µs per record; the outcomes
 *    per tier are tallied on every pass and must be the same each time.
 * 3. With --breakdown, one more pass per tier: engineInput + assess for that tier alone, to see where the time goes.
 * 4. The city funnel query (enterpriseFunnel) and the 高企 KPI count on a fresh store holding the same records.
 * Memory: RSS and heap after generation, and the process's peak RSS (getrusage maxrss) at the end. Pure CPU: no
 * database for the assessment itself; the funnel part uses a fresh store. Bounded in time like the other benchmarks.
 */
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { bounded, fmt, latency, log, machine, numberOption, openFreshStore, spread, type Cleanup, type Latency, type Spread } from "./fresh-db.ts";
import { rows } from "../src/server/platform/db.ts";
import { seedBaseData } from "../src/server/modules/orgs/index.ts";
import { enterpriseFunnel, highTechCounts, seedSyntheticEnterprises, type FunnelRow } from "../src/server/modules/enterprises/index.ts";
import { SYNTHETIC_AS_OF, syntheticEnterprises } from "../src/server/modules/enterprises/synthetic.ts";
import { assessRecord, engineInput } from "../src/shared/enterprise/inputs.ts";
import type { RegistryRecord } from "../src/shared/enterprise/record.ts";
import { assess, isIsoDate, TIERS, type Tier } from "../src/shared/eligibility/index.ts";

const USAGE = `usage: npm run bench -- assess [--count N] [--seed N] [--date YYYY-MM-DD] [--runs N] [--warmup N] [--breakdown] [--json]
  --count N      synthetic records (default 100000)
  --seed N       generator seed (default 20260630): the same seed and count give the same records
  --date D       assessment date (default ${SYNTHETIC_AS_OF}, the day the synthetic records describe)
  --runs N       timed passes over every record (default 3; the median is reported)
  --warmup N     records assessed once, untimed, before the first pass (default 5000)
  --breakdown    also time each tier alone (engineInput + assess), one pass per tier
  --funnel-runs N  timed calls of the funnel query (default 20; 0 skips the database part)
  --json         print the figures as JSON on stdout (progress goes to stderr either way)
Assessment runs in this process; the funnel part loads the records into a fresh PGlite (or DATABASE_URL's server).`;

type Options = { count: number; seed: number; date: string; runs: number; warmup: number; breakdown: boolean; json: boolean; funnelRuns: number };

function parseOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: "string", default: "100000" },
      seed: { type: "string", default: "20260630" },
      date: { type: "string", default: SYNTHETIC_AS_OF },
      runs: { type: "string", default: "3" },
      warmup: { type: "string", default: "5000" },
      breakdown: { type: "boolean", default: false },
      "funnel-runs": { type: "string", default: "20" },
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
  if (!isIsoDate(values.date)) throw new Error(`--date must be a date YYYY-MM-DD, got ${values.date}`);
  return {
    count: numberOption("count", values.count, 1, 5_000_000),
    seed: numberOption("seed", values.seed, 0, 2 ** 32 - 1),
    date: values.date,
    runs: numberOption("runs", values.runs, 1, 50),
    funnelRuns: numberOption("funnel-runs", values["funnel-runs"], 0, 1000),
    warmup: numberOption("warmup", values.warmup, 0, 5_000_000),
    breakdown: values.breakdown,
    json: values.json,
  };
}

/** Per tier: held (a confirmed certificate valid on the date), eligible, not eligible, undecided, and input errors. */
type Tally = Record<Tier, { held: number; eligible: number; notEligible: number; undecided: number; invalid: number; incomplete: number }>;

const emptyTally = (): Tally => Object.fromEntries(TIERS.map((t) => [t, { held: 0, eligible: 0, notEligible: 0, undecided: 0, invalid: 0, incomplete: 0 }])) as Tally;

/** One timed pass of assessRecord over every record; the tally keeps the work observable (and checks it repeats). */
function assessAll(records: readonly RegistryRecord[], date: string): { ms: number; tally: Tally; nearestOneShort: number } {
  const tally = emptyTally();
  let nearestOneShort = 0;
  const started = performance.now();
  for (const record of records) {
    const a = assessRecord(record, date);
    for (const t of a.tiers) {
      const row = tally[t.tier];
      if (t.held) row.held += 1;
      if (!t.outcome.ok) {
        row.invalid += 1;
        continue;
      }
      const r = t.outcome.result;
      if (r.eligible === true) row.eligible += 1;
      else if (r.eligible === false) row.notEligible += 1;
      else row.undecided += 1;
      if (r.incomplete) row.incomplete += 1;
    }
    if (a.nearest?.unmet === 1) nearestOneShort += 1;
  }
  return { ms: performance.now() - started, tally, nearestOneShort };
}

/** One tier alone over every record: the record's mapping to the engine's input, then the engine. */
function assessTier(records: readonly RegistryRecord[], tier: Tier, date: string): { ms: number; eligible: number } {
  let eligible = 0;
  const started = performance.now();
  for (const record of records) {
    const outcome = assess(tier, engineInput(record, tier, date));
    if (outcome.ok && outcome.result.eligible === true) eligible += 1;
  }
  return { ms: performance.now() - started, eligible };
}

// ——— City funnel query ————————————————————————————————————————————————————————————————————————————————————
// The same synthetic enterprises written to a fresh store (PGlite, or DATABASE_URL's server) with their
// certificates and stored assessments, a 高企后备库 entry for every enterprise within reach (as officers would
// nominate them), then the funnel query the funnel page issues (five cities × five years, one query) and the 高企
// KPI count the dashboard reads, each timed over --funnel-runs calls after a warm-up.
type FunnelFigures = { store: string; enterprises: number; reserveEntries: number; loadSeconds: number; funnel: Latency; funnelOneCity: Latency; kpiCount: Latency; wuhan: FunnelRow | null };

async function measureFunnel(options: Options, cleanup: Cleanup): Promise<FunnelFigures | null> {
  if (options.funnelRuns === 0) return null;
  const store = await openFreshStore(cleanup);
  const db = store.database.db;
  const ctx = { db, actor: null, clientIp: null, requestId: null, systemName: "bench" };
  await seedBaseData(ctx);
  log(`funnel: loading ${options.count.toLocaleString("en-US")} enterprises into ${store.label}`);
  const started = performance.now();
  const written = await seedSyntheticEnterprises(ctx, { count: options.count, seed: options.seed, demo: true, batch: 2000, onProgress: (done, total) => process.stderr.write(`\r  ${done}/${total}`) });
  process.stderr.write("\n");
  const year = Number(options.date.slice(0, 4));
  await db.execute(sql`insert into reserve_entries (org_id, city_code, year, source, stage)
    select a.org_id, e.city_code, ${year}, 'engine', case when a.eligible then 'applied' else 'reserve' end
    from enterprise_assessments a join enterprises e on e.org_id = a.org_id where a.tier = 'high-tech' and a.within_reach`);
  if (store.database.engine === "pglite") await db.execute(sql`analyze`);
  const loadSeconds = (performance.now() - started) / 1000;
  const [reserve] = await rows<{ n: number }>(db, sql`select count(*)::int as n from reserve_entries`);
  log(`  ${loadSeconds.toFixed(1)} s; ${reserve?.n ?? 0} reserve entries`);
  const years = [year - 4, year - 3, year - 2, year - 1, year];
  const time = async (label: string, call: () => Promise<unknown>): Promise<Latency> => {
    for (let i = 0; i < 3; i += 1) await call();
    const ms: number[] = [];
    for (let i = 0; i < options.funnelRuns; i += 1) {
      const t = performance.now();
      await call();
      ms.push(performance.now() - t);
    }
    const l = latency(ms);
    log(`  ${label}: p50 ${fmt(l.p50, 1)} ms, p95 ${fmt(l.p95, 1)} ms`);
    return l;
  };
  const funnel = await time("funnel, 5 cities × 5 years", () => enterpriseFunnel(db, { years }));
  const funnelOneCity = await time("funnel, 武汉 × 5 years", () => enterpriseFunnel(db, { years, cities: ["420100"] }));
  const kpiCount = await time("高企 KPI count (highTechCounts)", () => highTechCounts(db));
  const rowsNow = await enterpriseFunnel(db, { years: [year], cities: ["420100"] });
  await store.dispose();
  return { store: store.label, enterprises: written, reserveEntries: reserve?.n ?? 0, loadSeconds, funnel, funnelOneCity, kpiCount, wuhan: rowsNow[0] ?? null };
}
// ——— end of the city funnel section ——————————————————————————————————————————————————————————————————————————

export type AssessFigures = {
  benchmark: "assess";
  date: string;
  node: string;
  cpus: number;
  loadAverage: { before: number[]; after: number[] };
  seed: number;
  count: number;
  assessedOn: string;
  tiers: number;
  generation: { ms: number; recordsPerSecond: number };
  warmup: number;
  passesMs: number[];
  recordsPerSecond: Spread;
  assessmentsPerSecond: Spread;
  microsecondsPerRecord: Spread;
  tally: Tally;
  nearestOneShort: number;
  breakdown: { tier: Tier; ms: number; recordsPerSecond: number; eligible: number }[] | null;
  memory: { rssAfterGenerationMb: number; heapUsedAfterGenerationMb: number; peakRssMb: number };
  funnel: FunnelFigures | null;
};

function table(f: AssessFigures): string {
  const s = (x: Spread, digits = 0) => `${fmt(x.median, digits)} (${fmt(x.min, digits)}–${fmt(x.max, digits)})`;
  const pct = (n: number) => `${fmt((100 * n) / f.count, 1)} %`;
  const lines = [
    `Assessment of ${f.count.toLocaleString("en-US")} synthetic registry records (seed ${f.seed}) on ${f.assessedOn}, ${f.tiers} tiers each`,
    `node ${f.node}, ${f.cpus} CPUs, ${f.date}; load average before ${f.loadAverage.before.map((l) => l.toFixed(2)).join(" ")}, after ${f.loadAverage.after.map((l) => l.toFixed(2)).join(" ")}`,
    `generation: ${fmt(f.generation.ms / 1000, 1)} s, ${fmt(f.generation.recordsPerSecond, 0)} records/s`,
    "",
    `assessRecord, ${f.passesMs.length} passes after a warm-up of ${f.warmup.toLocaleString("en-US")} records (median (min–max)):`,
    `  records/s      ${s(f.recordsPerSecond)}`,
    `  assessments/s  ${s(f.assessmentsPerSecond)}   (record × tier)`,
    `  µs per record  ${s(f.microsecondsPerRecord, 1)}`,
    `  passes (s): ${f.passesMs.map((ms) => fmt(ms / 1000, 1)).join(", ")}`,
    "",
    "outcomes per tier (the same on every pass):",
    `  ${"tier".padEnd(16)} ${"held".padStart(8)} ${"eligible".padStart(9)} ${"not".padStart(9)} ${"undecided".padStart(10)} ${"incomplete".padStart(11)} ${"invalid".padStart(8)}`,
    ...TIERS.map((t) => {
      const r = f.tally[t];
      return `  ${t.padEnd(16)} ${pct(r.held).padStart(8)} ${pct(r.eligible).padStart(9)} ${pct(r.notEligible).padStart(9)} ${pct(r.undecided).padStart(10)} ${pct(r.incomplete).padStart(11)} ${String(r.invalid).padStart(8)}`;
    }),
    `  nearest tier one condition away: ${pct(f.nearestOneShort)} of records`,
  ];
  if (f.breakdown) {
    lines.push("", "each tier alone (engineInput + assess, one pass):");
    for (const b of f.breakdown) lines.push(`  ${b.tier.padEnd(16)} ${fmt(b.ms / 1000, 2)} s, ${fmt(b.recordsPerSecond, 0)} records/s (${pct(b.eligible)} eligible)`);
    const engines = f.breakdown.reduce((a, b) => a + b.ms, 0);
    const median = spread(f.passesMs).median;
    lines.push(`  Σ tiers alone  ${fmt(engines / 1000, 2)} s; assessRecord's median pass ${fmt(median / 1000, 2)} s, of which ${fmt((100 * (median - engines)) / median, 0)} % beyond the engines (certificates held, gaps, nearest tier, 复核 re-runs)`);
  }
  lines.push(
    "",
    `memory: RSS after generation ${fmt(f.memory.rssAfterGenerationMb, 0)} MB (heap used ${fmt(f.memory.heapUsedAfterGenerationMb, 0)} MB); peak RSS ${fmt(f.memory.peakRssMb, 0)} MB`,
    f.funnel
      ? [
          `city funnel on ${f.funnel.store}: ${f.funnel.enterprises.toLocaleString("en-US")} enterprises, ${f.funnel.reserveEntries.toLocaleString("en-US")} reserve entries, loaded in ${fmt(f.funnel.loadSeconds, 1)} s`,
          `  funnel, 5 cities × 5 years   p50 ${fmt(f.funnel.funnel.p50, 1)} ms, p95 ${fmt(f.funnel.funnel.p95, 1)} ms (${f.funnel.funnel.runs} calls)`,
          `  funnel, 武汉 × 5 years        p50 ${fmt(f.funnel.funnelOneCity.p50, 1)} ms, p95 ${fmt(f.funnel.funnelOneCity.p95, 1)} ms`,
          `  高企 KPI count                p50 ${fmt(f.funnel.kpiCount.p50, 1)} ms, p95 ${fmt(f.funnel.kpiCount.p95, 1)} ms`,
          `  武汉 ${f.funnel.wuhan ? JSON.stringify(f.funnel.wuhan) : "—"}`,
        ].join("\n")
      : "city funnel query: skipped (--funnel-runs 0)",
  );
  return lines.join("\n");
}

const sameTally = (a: Tally, b: Tally) => JSON.stringify(a) === JSON.stringify(b);

export async function main(args: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // Generous for a slow, shared machine: ~100 µs per record generated, ~5 ms per record and pass assessed.
  const passes = options.runs + (options.breakdown ? 1 : 0);
  const boundSeconds = 300 + Math.ceil((options.count * (0.1 + 5 * passes + (options.funnelRuns > 0 ? 10 : 0)) + options.warmup * 5) / 1000);
  return bounded("assess", boundSeconds, async (cleanup) => {
    const loadBefore = machine().loadAverage;
    log(`assess bench: generating ${options.count.toLocaleString("en-US")} records (seed ${options.seed})`);
    const generationStarted = performance.now();
    const records: RegistryRecord[] = [];
    for (const e of syntheticEnterprises(options.count, options.seed)) records.push(e.record);
    const generationMs = performance.now() - generationStarted;
    const memory = process.memoryUsage();
    log(`  ${(generationMs / 1000).toFixed(1)} s; RSS ${(memory.rss / 1e6).toFixed(0)} MB`);

    const warmup = Math.min(options.warmup, records.length);
    log(`assess bench: warm-up over ${warmup.toLocaleString("en-US")} records`);
    assessAll(records.slice(0, warmup), options.date);

    const passesMs: number[] = [];
    let first: ReturnType<typeof assessAll> | null = null;
    for (let i = 0; i < options.runs; i += 1) {
      const pass = assessAll(records, options.date);
      passesMs.push(pass.ms);
      log(`  pass ${i + 1}: ${(pass.ms / 1000).toFixed(1)} s, ${fmt(records.length / (pass.ms / 1000), 0)} records/s`);
      if (first && !sameTally(first.tally, pass.tally)) throw new Error(`pass ${i + 1} tallied different outcomes than pass 1`);
      first ??= pass;
    }
    if (!first) throw new Error("no pass");

    let breakdown: AssessFigures["breakdown"] = null;
    if (options.breakdown) {
      breakdown = TIERS.map((tier) => {
        const { ms, eligible } = assessTier(records, tier, options.date);
        log(`  ${tier}: ${(ms / 1000).toFixed(1)} s`);
        return { tier, ms, recordsPerSecond: records.length / (ms / 1000), eligible };
      });
    }

    const funnel = await measureFunnel(options, cleanup);
    const m = machine();
    const figures: AssessFigures = {
      benchmark: "assess",
      date: new Date().toISOString(),
      node: m.node,
      cpus: m.cpus,
      loadAverage: { before: loadBefore, after: m.loadAverage },
      seed: options.seed,
      count: records.length,
      assessedOn: options.date,
      tiers: TIERS.length,
      generation: { ms: generationMs, recordsPerSecond: records.length / (generationMs / 1000) },
      warmup,
      passesMs,
      recordsPerSecond: spread(passesMs.map((ms) => records.length / (ms / 1000))),
      assessmentsPerSecond: spread(passesMs.map((ms) => (records.length * TIERS.length) / (ms / 1000))),
      microsecondsPerRecord: spread(passesMs.map((ms) => (ms * 1000) / records.length)),
      tally: first.tally,
      nearestOneShort: first.nearestOneShort,
      breakdown,
      // getrusage's maxrss is in kilobytes on Linux.
      memory: { rssAfterGenerationMb: memory.rss / 1e6, heapUsedAfterGenerationMb: memory.heapUsed / 1e6, peakRssMb: (process.resourceUsage().maxRSS * 1024) / 1e6 },
      funnel,
    };
    process.stdout.write(options.json ? `${JSON.stringify(figures, null, 2)}\n` : `${table(figures)}\n`);
    return 0;
  });
}
