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
import os from "node:os";
import type { SQL } from "drizzle-orm";
import { listen, closeServer } from "./serve.ts";
import { bounded, fmt, latency, log, machine, numberOption, timed, type Latency } from "./fresh-db.ts";
import { apiToken, CORPUS_OPTIONS, CORPUS_USAGE, corpusOptions, demandCases, getJson, keepConnections, openMarketStore, pairedPasses, pairFigures, pairTable, prepareCorpus, totalRecords, type CorpusOptions, type PairFigures } from "./market-corpus.ts";
import { createApp } from "../src/server/app.ts";
import { rows, sql, type Database } from "../src/server/platform/db.ts";
import { candidatesSql, loadSubject, matchTargets, queryWords, rankSubject, weightedTerms, type Subject } from "../src/server/modules/market/service/matching.ts";
import { termStats } from "../src/server/modules/market/service/terms.ts";
import type { Kind } from "../src/server/modules/market/contract.ts";

const LIMIT = 10;
const USAGE = `usage: npm run bench -- match [--subjects N] [--breakdown] [--explain N] [--bound S] [--json] [corpus options]
  --subjects N     published demands to match, chosen by a hash of their text (default 100)
  --breakdown      a third pass timing the service's steps in-process (load the demand, the statements, rankSubject whole)
  --explain N      EXPLAIN (ANALYZE, BUFFERS) of the candidate statements of the N slowest demands (stderr; default 0)
  --bound S        give up (and clean up) after S seconds (default: 900 + 4 ms per record to load)
  --json           print the figures as JSON on stdout (progress and the table go to stderr)
${CORPUS_USAGE}
Engine: PGlite in a temporary directory, or a fresh database on the server in DATABASE_URL (dropped afterwards unless --keep).`;

type Options = { subjects: number; breakdown: boolean; explain: number; bound: number | null; json: boolean; corpus: CorpusOptions };

function parseOptions(args: string[]): Options | "help" {
  const { values } = parseArgs({
    args,
    options: {
      subjects: { type: "string", default: "100" },
      breakdown: { type: "boolean", default: false },
      explain: { type: "string", default: "0" },
      bound: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
      ...CORPUS_OPTIONS,
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) return "help";
  return {
    subjects: numberOption("subjects", values.subjects, 1, 100_000),
    breakdown: values.breakdown,
    explain: numberOption("explain", values.explain, 0, 50),
    bound: values.bound === undefined ? null : numberOption("bound", values.bound, 10, 86_400),
    json: values.json,
    corpus: corpusOptions(values, numberOption),
  };
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

export type MatchFigures = {
  benchmark: "match";
  date: string;
  engine: string;
  corpus: { patents: number; achievements: number; demands: number; experts: number; seed: number; records: number; loadSeconds: number | null };
  demands: number;
  limit: number;
  /** Matches returned per demand. */
  returned: { min: number; p50: number };
  machine: ReturnType<typeof machine>;
  loadAverage: { before: number[]; after: number[] };
  match: PairFigures;
  breakdown: Record<string, Latency> | null;
  goals: { apiWithin1_5xDirect: boolean; top10Within200ms: boolean | null };
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
  return bounded("match", bound, async (cleanup) => {
    log("match bench: set-up");
    const store = await timed("open and migrate", () => openMarketStore(cleanup, o.corpus));
    const { loadSeconds, counts } = await prepareCorpus(store, o.corpus);
    const app = createApp({ database: store.database });
    const { server, origin } = await listen(app.fetch);
    cleanup.add("app server", () => closeServer(server));
    keepConnections(server);
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
    const loadBefore = os.loadavg();
    const times = await pairedPasses(plans.length, api, directCall, "match");
    const loadAfter = os.loadavg();

    let breakdown: Record<string, Latency> | null = null;
    if (o.breakdown) {
      const steps: Record<string, number[]> = { "loadSubject (the demand's row)": [], "termStats (document frequencies)": [], "candidate statements (3 kinds)": [], "rankSubject whole (statements + jieba + re-ranking)": [] };
      const time = async (name: string, f: () => Promise<unknown>) => {
        const started = performance.now();
        await f();
        steps[name]?.push(performance.now() - started);
      };
      for (const p of plans) {
        await time("loadSubject (the demand's row)", () => loadSubject(store.database.db, "demand", p.id));
        await time("termStats (document frequencies)", () => termStats(store.database.db, p.targets, p.terms));
        await time("candidate statements (3 kinds)", async () => {
          for (const s of p.candidates) await rows(store.database.db, s);
        });
        await time("rankSubject whole (statements + jieba + re-ranking)", () => rankSubject(store.database.db, "demand", p.subject, LIMIT));
      }
      breakdown = Object.fromEntries(Object.entries(steps).map(([k, v]) => [k, latency(v)]));
    }

    const figures: MatchFigures = {
      benchmark: "match",
      date: new Date().toISOString(),
      engine: store.label,
      corpus: { ...counts, seed: o.corpus.seed, records: totalRecords(counts), loadSeconds },
      demands: plans.length,
      limit: LIMIT,
      returned: { min: Math.min(...returned), p50: latency(returned).p50 },
      machine: machine(),
      loadAverage: { before: loadBefore, after: loadAfter },
      match: pairFigures(times),
      breakdown,
      goals: { apiWithin1_5xDirect: false, top10Within200ms: null },
    };
    figures.goals = { apiWithin1_5xDirect: figures.match.ratio.p95 <= 1.5, top10Within200ms: store.databaseUrl ? figures.match.api.p95 <= 200 : null };

    const c = figures.corpus;
    log("");
    log(
      pairTable(
        `Marketplace matching, ${figures.engine}: ${c.records.toLocaleString("en-US")} records (${c.patents.toLocaleString("en-US")} patents, ${c.achievements.toLocaleString("en-US")} achievements, ${c.demands.toLocaleString("en-US")} demands, ${c.experts.toLocaleString("en-US")} experts); ` +
          `top ${LIMIT} for ${figures.demands} demands (returned per demand: min ${figures.returned.min}, p50 ${figures.returned.p50})`,
        figures.match,
        "API: GET /api/v1/market/demands/{id}/matches (token)",
        "direct: rankSubject's statements on the database",
      ),
    );
    if (breakdown) for (const [k, l] of Object.entries(breakdown)) log(`  in-process ${k.padEnd(56)} p50 ${fmt(l.p50).padStart(9)}  p95 ${fmt(l.p95).padStart(9)}`);
    log(`goals: API p95 ≤ 1.5 × direct p95: ${figures.goals.apiWithin1_5xDirect ? "met" : "NOT met"}${figures.goals.top10Within200ms === null ? "" : `; top-10 p95 ≤ 200 ms (server): ${figures.goals.top10Within200ms ? "met" : "NOT met"}`}`);
    log(`machine: node ${figures.machine.node}, ${figures.machine.cpus} CPUs; load average before ${loadBefore.map((l) => l.toFixed(2)).join(" ")}, after ${loadAfter.map((l) => l.toFixed(2)).join(" ")}; ${figures.date}`);

    if (o.explain > 0) {
      const slowest = times.direct
        .map((t, i) => ({ t, i }))
        .sort((a, b) => b.t - a.t)
        .slice(0, o.explain);
      for (const { t, i } of slowest) {
        const p = plans[i];
        if (!p) continue;
        log(`\nEXPLAIN demand ${p.id} "${p.subject.title}" (direct ${fmt(t)} ms; words ${p.words.join(" ")})`);
        for (const s of p.candidates) {
          const plan = await rows<{ "QUERY PLAN": string }>(store.database.db, sql`explain (analyze, buffers) ${s}`);
          log(plan.map((r) => r["QUERY PLAN"]).join("\n"));
        }
      }
    }
    if (o.json) process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  });
}
