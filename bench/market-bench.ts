/**
 * The frame of the paired marketplace benchmarks (`search`, `match`): their common options, the set-up (the corpus
 * of market-corpus.ts behind the app on a local port), the measured passes with the load average around them, and
 * the report (the API/direct table, the goals, the machine, EXPLAIN of the slowest cases, --json). Each benchmark
 * brings only its cases, its two calls, and what its figures say.
 */
import os from "node:os";
import { listen, closeServer } from "./serve.ts";
import type { SQL } from "drizzle-orm";
import { bounded, log, numberOption, timed, type machine } from "./fresh-db.ts";
import { CORPUS_OPTIONS, CORPUS_USAGE, corpusOptions, keepConnections, openMarketStore, pairedPasses, pairTable, prepareCorpus, totalRecords, type CorpusOptions, type MarketStore, type PairTimes, type RawCorpus } from "./market-corpus.ts";
import { createApp } from "../src/server/app.ts";
import { rows, sql } from "../src/server/platform/db.ts";
import type { SyntheticCounts } from "../src/server/modules/market/seed.ts";

export type MarketBenchOptions = { explain: number; bound: number | null; json: boolean; corpus: CorpusOptions };

/** parseArgs options every market benchmark takes, beside its own. */
export const MARKET_BENCH_OPTIONS = {
  explain: { type: "string", default: "0" },
  bound: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
  ...CORPUS_OPTIONS,
} as const;

/** The end of the usage text (after the benchmark's own options and its --explain). */
export const MARKET_BENCH_USAGE = `  --bound S        give up (and clean up) after S seconds (default: 900 + 4 ms per record to load)
  --json           print the figures as JSON on stdout (progress and the table go to stderr)
${CORPUS_USAGE}
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards unless --keep).`;

export function marketBenchOptions(values: RawCorpus & { explain: string; bound?: string; json: boolean }): MarketBenchOptions {
  return {
    explain: numberOption("explain", values.explain, 0, 50),
    bound: values.bound === undefined ? null : numberOption("bound", values.bound, 10, 86_400),
    json: values.json,
    corpus: corpusOptions(values, numberOption),
  };
}

/** What a benchmark measures with: the store holding the corpus, and the app serving it at `origin`. */
export type MarketBench = { store: MarketStore; origin: string; counts: SyntheticCounts; loadSeconds: number | null };

/**
 * Parses the options (exit 2 on a bad one, 0 after --help), then runs `measure` on the corpus behind the app, bounded
 * in time: the server, the database and the temporary directory are removed however the run ends.
 */
export async function runMarketBench<O extends MarketBenchOptions>(name: string, args: string[], usage: string, parse: (args: string[]) => O | "help", measure: (o: O, bench: MarketBench) => Promise<void>): Promise<number> {
  let options: O | "help";
  try {
    options = parse(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const o = options;
  const bound = o.bound ?? 900 + (o.corpus.reuse ? 0 : totalRecords(o.corpus.counts) * 0.004);
  return bounded(name, bound, async (cleanup) => {
    log(`${name} bench: set-up`);
    const store = await timed("open and migrate", () => openMarketStore(cleanup, o.corpus));
    const { loadSeconds, counts } = await prepareCorpus(store, o.corpus);
    const app = createApp({ database: store.database });
    const { server, origin } = await listen(app.fetch);
    cleanup.add("app server", () => closeServer(server));
    keepConnections(server);
    await measure(o, { store, origin, counts, loadSeconds });
    return 0;
  });
}

export type LoadAverage = { before: number[]; after: number[] };

/** pairedPasses, with the machine's load average just before and just after. */
export async function measuredPasses(count: number, api: (i: number) => Promise<void>, direct: (i: number) => Promise<void>, label: string): Promise<{ times: PairTimes; loadAverage: LoadAverage }> {
  const before = os.loadavg();
  const times = await pairedPasses(count, api, direct, label);
  return { times, loadAverage: { before, after: os.loadavg() } };
}

export type CorpusFigures = { patents: number; achievements: number; demands: number; experts: number; seed: number; records: number; loadSeconds: number | null };

/** The figures every market benchmark reports, beside its own. */
export type MarketFigures = { date: string; engine: string; corpus: CorpusFigures; machine: ReturnType<typeof machine>; loadAverage: LoadAverage };

/** The head of the figures: when, on which engine, on which corpus. */
export const measuredOn = (bench: MarketBench, seed: number): Pick<MarketFigures, "date" | "engine" | "corpus"> => ({
  date: new Date().toISOString(),
  engine: bench.store.label,
  corpus: { ...bench.counts, seed, records: totalRecords(bench.counts), loadSeconds: bench.loadSeconds },
});

const n = (x: number) => x.toLocaleString("en-US");

/** The table's title begins with what was measured on: "<what>, <engine>: N records (…); ". */
export const corpusTitle = (what: string, f: MarketFigures) =>
  `${what}, ${f.engine}: ${n(f.corpus.records)} records (${n(f.corpus.patents)} patents, ${n(f.corpus.achievements)} achievements, ${n(f.corpus.demands)} demands, ${n(f.corpus.experts)} experts); `;

/** The report on stderr: the table, the benchmark's own lines, the goals (API p95 ≤ 1.5 × direct p95, then its own), the machine. */
export function logReport(f: MarketFigures, table: Parameters<typeof pairTable>, details: string[], ratioMet: boolean, goal: { label: string; met: boolean | null }): void {
  const met = (b: boolean) => (b ? "met" : "NOT met");
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(" ");
  log("");
  log(pairTable(...table));
  for (const line of details) log(line);
  log(`goals: API p95 ≤ 1.5 × direct p95: ${met(ratioMet)}${goal.met === null ? "" : `; ${goal.label}: ${met(goal.met)}`}`);
  log(`machine: node ${f.machine.node}, ${f.machine.cpus} CPUs; load average before ${load(f.loadAverage.before)}, after ${load(f.loadAverage.after)}; ${f.date}`);
}

/** With --explain N: for the N cases slowest on the direct side, `heading` and EXPLAIN (ANALYZE, BUFFERS) of its statements. */
export async function explainSlowest(bench: MarketBench, times: PairTimes, count: number, explain: (i: number, ms: number) => { heading: string; statements: [string | null, SQL][] } | null): Promise<void> {
  const slowest = times.direct
    .map((t, i) => ({ t, i }))
    .sort((a, b) => b.t - a.t)
    .slice(0, count);
  for (const { t, i } of slowest) {
    const e = explain(i, t);
    if (!e) continue;
    log(e.heading);
    for (const [name, statement] of e.statements) {
      const plan = await rows<{ "QUERY PLAN": string }>(bench.store.database.db, sql`explain (analyze, buffers) ${statement}`);
      log(`${name === null ? "" : `-- ${name}\n`}${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
    }
  }
}

export function printJson(o: MarketBenchOptions, figures: unknown): void {
  if (o.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}
