/**
 * `npm run bench -- search`: the marketplace's public search (GET /api/v1/market/search) through the HTTP API
 * against the same SQL sent straight to the database, so that the ratio shows the application's overhead (issue #5:
 * API p95 ≤ 1.5 × the direct query; search p95 ≤ 100 ms at 100k records on the embedded engine).
 *
 * Corpus: market-corpus.ts (100k synthetic records on PGlite by default, 1.1M with DATABASE_URL). Queries: a fixed,
 * seeded set of 1–3 word Chinese queries from the corpus's titles, some with a city or domain filter. For each, the
 * API call (anonymous, as the portal makes it, timed to the last byte) and the statements the service builds for it
 * (service/search.ts `searchStatements`: page of hits, then total and facets; the "any word" pass when "all words"
 * found nothing), run on the same database; a warm-up pass, then a measured pass. Bounded in time; the server, the
 * database (or the server database it created) and the temporary directory are removed however the run ends.
 */
import { parseArgs } from "node:util";
import os from "node:os";
import { listen, closeServer } from "./serve.ts";
import { bounded, fmt, latency, log, machine, numberOption, timed } from "./fresh-db.ts";
import { CORPUS_OPTIONS, CORPUS_USAGE, corpusOptions, getJson, keepConnections, openMarketStore, pairedPasses, pairFigures, pairTable, prepareCorpus, searchCases, totalRecords, type CorpusOptions, type PairFigures, type SearchCase } from "./market-corpus.ts";
import { createApp } from "../src/server/app.ts";
import { rows, sql, type Database } from "../src/server/platform/db.ts";
import { SearchQuery } from "../src/server/modules/market/contract.ts";
import { searchStatements, type SearchStatements } from "../src/server/modules/market/service/search.ts";

const USAGE = `usage: npm run bench -- search [--queries N] [--explain N] [--bound S] [--json] [corpus options]
  --queries N      queries in the fixed, seeded set (default 200)
  --explain N      after the passes, EXPLAIN (ANALYZE, BUFFERS) of the statements of the N slowest queries (stderr; default 0)
  --bound S        give up (and clean up) after S seconds (default: 900 + 4 ms per record to load)
  --json           print the figures as JSON on stdout (progress and the table go to stderr)
${CORPUS_USAGE}
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards unless --keep).`;

type Options = { queries: number; explain: number; bound: number | null; json: boolean; corpus: CorpusOptions };

function parseOptions(args: string[]): Options | "help" {
  const { values } = parseArgs({
    args,
    options: { queries: { type: "string", default: "200" }, explain: { type: "string", default: "0" }, bound: { type: "string" }, json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false }, ...CORPUS_OPTIONS },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";
  return {
    queries: numberOption("queries", values.queries, 1, 100_000),
    explain: numberOption("explain", values.explain, 0, 50),
    bound: values.bound === undefined ? null : numberOption("bound", values.bound, 10, 86_400),
    json: values.json,
    corpus: corpusOptions(values, numberOption),
  };
}

const searchPath = (c: SearchCase) => {
  const p = new URLSearchParams({ q: c.q });
  if (c.city) p.set("city", c.city);
  if (c.domain) p.set("domain", c.domain);
  return `/api/v1/market/search?${p.toString()}`;
};

type FacetRow = { facet: string; n: number | string };
const totalOf = (facets: FacetRow[]) => Number(facets.find((f) => f.facet === "total")?.n ?? 0);

/** The service's statements for one query, sent as they are: the "all" pass, and the "any" pass when "all" found nothing. */
async function direct(database: Database, s: { all: SearchStatements; any: SearchStatements | null }): Promise<number> {
  await rows(database.db, s.all.hits);
  let total = totalOf(await rows<FacetRow>(database.db, s.all.facets));
  if (total === 0 && s.any) {
    await rows(database.db, s.any.hits);
    total = totalOf(await rows<FacetRow>(database.db, s.any.facets));
  }
  return total;
}

export type SearchFigures = {
  benchmark: "search";
  date: string;
  engine: string;
  corpus: { patents: number; achievements: number; demands: number; experts: number; seed: number; records: number; loadSeconds: number | null };
  queries: number;
  withCity: number;
  withDomain: number;
  examples: SearchCase[];
  /** Matching records per query (the total the search reports). */
  matches: { p50: number; p95: number; max: number; none: number };
  machine: ReturnType<typeof machine>;
  loadAverage: { before: number[]; after: number[] };
  search: PairFigures;
  goals: { apiWithin1_5xDirect: boolean; p95Within100ms: boolean | null };
};

export async function main(args: string[]): Promise<number> {
  let options: Options | "help";
  try {
    options = parseOptions(args);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (options === "help") {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const o = options;
  const bound = o.bound ?? 900 + (o.corpus.reuse ? 0 : totalRecords(o.corpus.counts) * 0.004);
  return bounded("search", bound, async (cleanup) => {
    log("search bench: set-up");
    const store = await timed("open and migrate", () => openMarketStore(cleanup, o.corpus));
    const { loadSeconds, counts } = await prepareCorpus(store, o.corpus);
    const app = createApp({ database: store.database });
    const { server, origin } = await listen(app.fetch);
    cleanup.add("app server", () => closeServer(server));
    keepConnections(server);

    const cases = searchCases(o.queries, counts, o.corpus.seed);
    const statements = cases.map((c) => searchStatements(SearchQuery.parse(c)));
    const totals: number[] = new Array<number>(cases.length).fill(0);
    let mismatch: string | null = null;
    const api = async (i: number) => {
      const body = (await getJson(`${origin}${searchPath(cases[i] as SearchCase)}`)) as { items: unknown[]; total: number };
      if (!Array.isArray(body.items) || body.items.length > 20 || body.total < body.items.length) throw new Error(`search ${searchPath(cases[i] as SearchCase)}: malformed answer`);
      if (body.total !== totals[i] && mismatch === null) mismatch = `${cases[i]?.q}: API total ${body.total}, direct ${totals[i]}`;
    };
    const directCall = async (i: number) => {
      totals[i] = await direct(store.database, statements[i] as (typeof statements)[number]);
    };
    // The direct call of a case runs before its API call on odd cases only: prime the totals for the comparison first.
    for (let i = 0; i < cases.length; i += 1) await directCall(i);
    const loadBefore = os.loadavg();
    const times = await pairedPasses(cases.length, api, directCall, "search");
    const loadAfter = os.loadavg();
    if (mismatch) throw new Error(`API and direct SQL disagree: ${mismatch}`);

    const figures: SearchFigures = {
      benchmark: "search",
      date: new Date().toISOString(),
      engine: store.label,
      corpus: { ...counts, seed: o.corpus.seed, records: totalRecords(counts), loadSeconds },
      queries: cases.length,
      withCity: cases.filter((c) => c.city).length,
      withDomain: cases.filter((c) => c.domain).length,
      examples: cases.slice(0, 8),
      matches: (() => {
        const l = latency(totals);
        return { p50: l.p50, p95: l.p95, max: l.max, none: totals.filter((t) => t === 0).length };
      })(),
      machine: machine(),
      loadAverage: { before: loadBefore, after: loadAfter },
      search: pairFigures(times),
      goals: { apiWithin1_5xDirect: false, p95Within100ms: null },
    };
    const server_ = Boolean(store.databaseUrl);
    figures.goals = { apiWithin1_5xDirect: figures.search.ratio.p95 <= 1.5, p95Within100ms: server_ ? null : figures.search.api.p95 <= 100 };

    const c = figures.corpus;
    log("");
    log(
      pairTable(
        `Marketplace search, ${figures.engine}: ${c.records.toLocaleString("en-US")} records (${c.patents.toLocaleString("en-US")} patents, ${c.achievements.toLocaleString("en-US")} achievements, ${c.demands.toLocaleString("en-US")} demands, ${c.experts.toLocaleString("en-US")} experts); ` +
          `${figures.queries} queries (${figures.withCity} with a city, ${figures.withDomain} with a domain); matches per query p50 ${fmt(figures.matches.p50, 0)}, p95 ${fmt(figures.matches.p95, 0)}, max ${fmt(figures.matches.max, 0)}, none ${figures.matches.none}`,
        figures.search,
        "API: GET /api/v1/market/search (HTTP, anonymous)",
        "direct: the service's statements on the database",
      ),
    );
    log(`goals: API p95 ≤ 1.5 × direct p95: ${figures.goals.apiWithin1_5xDirect ? "met" : "NOT met"}${figures.goals.p95Within100ms === null ? "" : `; search p95 ≤ 100 ms (embedded engine): ${figures.goals.p95Within100ms ? "met" : "NOT met"}`}`);
    log(`machine: node ${figures.machine.node}, ${figures.machine.cpus} CPUs; load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}; ${figures.date}`);

    if (o.explain > 0) {
      const slowest = times.direct
        .map((t, i) => ({ t, i }))
        .sort((a, b) => b.t - a.t)
        .slice(0, o.explain);
      for (const { t, i } of slowest) {
        const s = statements[i];
        if (!s) continue;
        log(`\nEXPLAIN ${JSON.stringify(cases[i])} (direct ${fmt(t)} ms, ${totals[i]} matches)`);
        for (const [name, st] of [["hits", s.all.hits], ["facets", s.all.facets]] as const) {
          const plan = await rows<{ "QUERY PLAN": string }>(store.database.db, sql`explain (analyze, buffers) ${st}`);
          log(`-- ${name}\n${plan.map((p) => p["QUERY PLAN"]).join("\n")}`);
        }
      }
    }
    if (o.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  });
}
