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
import { fmt, latency, machine, numberOption } from "./fresh-db.ts";
import { explainSlowest, logReport, MARKET_BENCH_OPTIONS, MARKET_BENCH_USAGE, marketBenchOptions, measuredPasses, corpusTitle, measuredOn, printJson, runMarketBench, type MarketBenchOptions, type MarketFigures } from "./market-bench.ts";
import { getJson, pairFigures, searchCases, type PairFigures, type SearchCase } from "./market-corpus.ts";
import { rows, type Database } from "../src/server/platform/db.ts";
import { SearchQuery } from "../src/server/modules/market/contract.ts";
import { searchStatements, type SearchStatements } from "../src/server/modules/market/service/search.ts";

const USAGE = `usage: npm run bench -- search [--queries N] [--explain N] [--bound S] [--json] [corpus options]
  --queries N      queries in the fixed, seeded set (default 200)
  --explain N      after the passes, EXPLAIN (ANALYZE, BUFFERS) of the statements of the N slowest queries (stderr; default 0)
${MARKET_BENCH_USAGE}`;

type Options = MarketBenchOptions & { queries: number };

function parseOptions(args: string[]): Options | "help" {
  const { values } = parseArgs({ args, options: { queries: { type: "string", default: "200" }, ...MARKET_BENCH_OPTIONS }, strict: true, allowPositionals: false });
  if (values.help) return "help";
  return { queries: numberOption("queries", values.queries, 1, 100_000), ...marketBenchOptions(values) };
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

export type SearchFigures = MarketFigures & {
  benchmark: "search";
  queries: number;
  withCity: number;
  withDomain: number;
  examples: SearchCase[];
  /** Matching records per query (the total the search reports). */
  matches: { p50: number; p95: number; max: number; none: number };
  search: PairFigures;
  goals: { apiWithin1_5xDirect: boolean; p95Within100ms: boolean | null };
};

export function main(args: string[]): Promise<number> {
  return runMarketBench("search", args, USAGE, parseOptions, async (o, bench) => {
    const { store, origin } = bench;
    const cases = searchCases(o.queries, bench.counts, o.corpus.seed);
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
    const { times, loadAverage } = await measuredPasses(cases.length, api, directCall, "search");
    if (mismatch) throw new Error(`API and direct SQL disagree: ${mismatch}`);

    const figures: SearchFigures = {
      benchmark: "search",
      ...measuredOn(bench, o.corpus.seed),
      queries: cases.length,
      withCity: cases.filter((c) => c.city).length,
      withDomain: cases.filter((c) => c.domain).length,
      examples: cases.slice(0, 8),
      matches: (() => {
        const l = latency(totals);
        return { p50: l.p50, p95: l.p95, max: l.max, none: totals.filter((t) => t === 0).length };
      })(),
      machine: machine(),
      loadAverage,
      search: pairFigures(times),
      goals: { apiWithin1_5xDirect: false, p95Within100ms: null },
    };
    const server_ = Boolean(store.databaseUrl);
    figures.goals = { apiWithin1_5xDirect: figures.search.ratio.p95 <= 1.5, p95Within100ms: server_ ? null : figures.search.api.p95 <= 100 };

    logReport(
      figures,
      [
        corpusTitle("Marketplace search", figures) +
          `${figures.queries} queries (${figures.withCity} with a city, ${figures.withDomain} with a domain); matches per query p50 ${fmt(figures.matches.p50, 0)}, p95 ${fmt(figures.matches.p95, 0)}, max ${fmt(figures.matches.max, 0)}, none ${figures.matches.none}`,
        figures.search,
        "API: GET /api/v1/market/search (HTTP, anonymous)",
        "direct: the service's statements on the database",
      ],
      [],
      figures.goals.apiWithin1_5xDirect,
      { label: "search p95 ≤ 100 ms (embedded engine)", met: figures.goals.p95Within100ms },
    );
    await explainSlowest(bench, times, o.explain, (i, t) => {
      const s = statements[i];
      if (!s) return null;
      return { heading: `\nEXPLAIN ${JSON.stringify(cases[i])} (direct ${fmt(t)} ms, ${totals[i]} matches)`, statements: [["hits", s.all.hits], ["facets", s.all.facets]] };
    });
    printJson(o, figures);
  });
}
