/**
 * `npm run bench -- match`: the top-10 matches of one demand (GET /api/v1/market/demands/{id}/matches?limit=10)
 * through the HTTP API against the statements the service issues for them (service/matching.ts `rankSubject`: the
 * document frequencies of the demand's words, then the candidates of each kind by its selective words) sent
 * straight to the database; the ratio shows what the application adds (issue #5: API p95 ≤ 1.5 × direct; top-10
 * p95 ≤ 200 ms at 1M on PostgreSQL).
 *
 * Corpus: market-corpus.ts. Demands: a fixed set of published demands, chosen by a hash of their text. The API is
 * called with an API token of an administrator provisioned for the run. A warm-up pass, then a measured pass; with
 * --breakdown, a third pass times the service's steps in-process (load the demand, rankSubject's statements,
 * rankSubject whole). Bounded in time; everything it started or created is removed however the run ends.
 */
import { parseArgs } from "node:util";
import type { SQL } from "drizzle-orm";
import { fmt, latency, machine, numberOption, type Latency } from "./fresh-db.ts";
import { explainSlowest, logReport, MARKET_BENCH_OPTIONS, MARKET_BENCH_USAGE, marketBenchOptions, measuredPasses, corpusTitle, measuredOn, printJson, runMarketBench, type MarketBenchOptions, type MarketFigures } from "./market-bench.ts";
import { apiToken, demandCases, getJson, pairFigures, type PairFigures } from "./market-corpus.ts";
import { rows, type Database } from "../src/server/platform/db.ts";
import { candidatesSql, loadSubject, matchTargets, queryWords, rankSubject, weightedTerms, type Subject } from "../src/server/modules/market/service/matching.ts";
import { termStats } from "../src/server/modules/market/service/terms.ts";
import type { Kind } from "../src/server/modules/market/contract.ts";

const LIMIT = 10;
const USAGE = `usage: npm run bench -- match [--subjects N] [--breakdown] [--explain N] [--bound S] [--json] [corpus options]
  --subjects N     published demands to match, chosen by a hash of their text (default 100)
  --breakdown      a third pass timing the service's steps in-process (load the demand, the statements, rankSubject whole)
  --explain N      EXPLAIN (ANALYZE, BUFFERS) of the candidate statements of the N slowest demands (stderr; default 0)
${MARKET_BENCH_USAGE}`;

type Options = MarketBenchOptions & { subjects: number; breakdown: boolean };

function parseOptions(args: string[]): Options | "help" {
  const { values } = parseArgs({
    args,
    options: { subjects: { type: "string", default: "100" }, breakdown: { type: "boolean", default: false }, ...MARKET_BENCH_OPTIONS },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";
  return { subjects: numberOption("subjects", values.subjects, 1, 100_000), breakdown: values.breakdown, ...marketBenchOptions(values) };
}

/** What rankSubject sends for one demand: the document-frequency lookup of its words, then one candidate statement per kind. */
type Plan = { id: string; subject: Subject; targets: Kind[]; terms: string[]; candidates: SQL[]; words: string[] };

async function planFor(database: Database, id: string): Promise<Plan> {
  const subject = await loadSubject(database.db, "demand", id);
  if (!subject) throw new Error(`demand ${id} not found`);
  const targets = matchTargets("demand");
  const weighted = weightedTerms(subject.title, subject.body);
  const found = await termStats(database.db, targets, weighted.map((t) => t.term));
  const words = queryWords(weighted, { documents: Math.max(1, found.documents), documentFrequency: found.df });
  const candidates = targets.map((k) => candidatesSql(k, words, subject.orgId)).filter((s): s is SQL => s !== null);
  return { id, subject, targets, terms: weighted.map((t) => t.term), candidates, words };
}

async function direct(database: Database, p: Plan): Promise<void> {
  await termStats(database.db, p.targets, p.terms);
  for (const statement of p.candidates) await rows(database.db, statement);
}

export type MatchFigures = MarketFigures & {
  benchmark: "match";
  demands: number;
  limit: number;
  /** Matches returned per demand. */
  returned: { min: number; p50: number };
  match: PairFigures;
  breakdown: Record<string, Latency> | null;
  goals: { apiWithin1_5xDirect: boolean; top10Within200ms: boolean | null };
};

/** The service's steps timed in-process, one demand after another. */
async function breakdownOf(database: Database, plans: Plan[]): Promise<Record<string, Latency>> {
  const steps: Record<string, number[]> = { "loadSubject (the demand's row)": [], "termStats (document frequencies)": [], "candidate statements (3 kinds)": [], "rankSubject whole (statements + jieba + re-ranking)": [] };
  const time = async (name: string, f: () => Promise<unknown>) => {
    const started = performance.now();
    await f();
    steps[name]?.push(performance.now() - started);
  };
  for (const p of plans) {
    await time("loadSubject (the demand's row)", () => loadSubject(database.db, "demand", p.id));
    await time("termStats (document frequencies)", () => termStats(database.db, p.targets, p.terms));
    await time("candidate statements (3 kinds)", async () => {
      for (const s of p.candidates) await rows(database.db, s);
    });
    await time("rankSubject whole (statements + jieba + re-ranking)", () => rankSubject(database.db, "demand", p.subject, LIMIT));
  }
  return Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, latency(v)]));
}

export function main(args: string[]): Promise<number> {
  return runMarketBench("match", args, USAGE, parseOptions, async (o, bench) => {
    const { store, origin } = bench;
    const headers = await apiToken(store.database, origin);

    const chosen = await demandCases(store.database, o.subjects);
    if (chosen.length === 0) throw new Error("the corpus has no published demands");
    const plans: Plan[] = [];
    for (const d of chosen) plans.push(await planFor(store.database, d.id));
    const returned: number[] = new Array<number>(plans.length).fill(0);
    const api = async (i: number) => {
      const p = plans[i] as Plan;
      const body = (await getJson(`${origin}/api/v1/market/demands/${p.id}/matches?limit=${LIMIT}`, headers)) as { items: unknown[] };
      if (!Array.isArray(body.items) || body.items.length > LIMIT) throw new Error(`matches of ${p.id}: malformed answer`);
      returned[i] = body.items.length;
    };
    const directCall = (i: number) => direct(store.database, plans[i] as Plan);
    const { times, loadAverage } = await measuredPasses(plans.length, api, directCall, "match");
    const breakdown = o.breakdown ? await breakdownOf(store.database, plans) : null;

    const figures: MatchFigures = {
      benchmark: "match",
      ...measuredOn(bench, o.corpus.seed),
      demands: plans.length,
      limit: LIMIT,
      returned: { min: Math.min(...returned), p50: latency(returned).p50 },
      machine: machine(),
      loadAverage,
      match: pairFigures(times),
      breakdown,
      goals: { apiWithin1_5xDirect: false, top10Within200ms: null },
    };
    figures.goals = { apiWithin1_5xDirect: figures.match.ratio.p95 <= 1.5, top10Within200ms: store.databaseUrl ? figures.match.api.p95 <= 200 : null };

    logReport(
      figures,
      [
        corpusTitle("Marketplace matching", figures) + `top ${LIMIT} for ${figures.demands} demands (returned per demand: min ${figures.returned.min}, p50 ${figures.returned.p50})`,
        figures.match,
        "API: GET /api/v1/market/demands/{id}/matches (token)",
        "direct: rankSubject's statements on the database",
      ],
      Object.entries(breakdown ?? {}).map(([k, l]) => `  in-process ${k.padEnd(56)} p50 ${fmt(l.p50).padStart(9)}  p95 ${fmt(l.p95).padStart(9)}`),
      figures.goals.apiWithin1_5xDirect,
      { label: "top-10 p95 ≤ 200 ms (server)", met: figures.goals.top10Within200ms },
    );
    await explainSlowest(bench, times, o.explain, (i, t) => {
      const p = plans[i];
      if (!p) return null;
      return { heading: `\nEXPLAIN demand ${p.id} "${p.subject.title}" (direct ${fmt(t)} ms; words ${p.words.join(" ")})`, statements: p.candidates.map((s) => [null, s]) };
    });
    printJson(o, figures);
  });
}
