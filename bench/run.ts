/**
 * Benchmark dispatcher: `npm run bench -- <name> [options]`. Each benchmark is a module exporting `main(args)`
 * (resolving to an exit code), loaded only when asked for. Add a row to BENCHMARKS for a new one.
 */
type Benchmark = { main: (args: string[]) => Promise<number> };

const BENCHMARKS: Record<string, { description: string; load: () => Promise<Benchmark> }> = {
  api: {
    description: "authenticated, policy-filtered GET /api/v1/orgs (100,000 organisations) vs a bare Hono JSON route",
    load: () => import("./api.ts"),
  },
  "plan-import": {
    description: "plan importer throughput (MB/s, tasks/s) on a generated plan of ≥ 5 MB: parsePlanText alone, then the full import",
    load: () => import("./plan-import.ts"),
  },
  dashboard: {
    description: "督办 dashboard p50/p95 with 100 indicators × 5 cities × 10 years and 5,000 tasks, in-process and over HTTP",
    load: () => import("./dashboard.ts"),
  },
  assess: {
    description: "eligibility assessment throughput (records/s, assessments/s) of 100,000 synthetic registry records against all five tiers",
    load: () => import("./assess.ts"),
  },
  search: {
    description: "marketplace search p50/p95 through the HTTP API vs the same SQL straight to the database (100k records on PGlite, 1M patents on a server)",
    load: () => import("./search.ts"),
  },
  match: {
    description: "top-10 matches for a demand p50/p95 through the HTTP API vs the service's statements straight to the database",
    load: () => import("./match.ts"),
  },
  "market-import": {
    description: "marketplace bulk import over HTTP (SSE): a .csv/.xlsx of 100,000 synthetic patents, seconds per file and per phase",
    load: () => import("./market-import.ts"),
  },
};

function usage(): string {
  const names = Object.keys(BENCHMARKS);
  const width = Math.max(...names.map((n) => n.length));
  return ["usage: npm run bench -- <name> [options]   (<name> --help for its options)", "benchmarks:"]
    .concat(names.map((n) => `  ${n.padEnd(width)}  ${BENCHMARKS[n]?.description ?? ""}`))
    .join("\n");
}

async function run(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const entry = name ? BENCHMARKS[name] : undefined;
  if (!entry) {
    if (name && name !== "--help" && name !== "-h") process.stderr.write(`unknown benchmark: ${name}\n`);
    process.stderr.write(`${usage()}\n`);
    return name && name !== "--help" && name !== "-h" ? 2 : 0;
  }
  // Benchmarks measure the request path, not the per-request log line, unless LOG_LEVEL asks for it. Set before
  // the benchmark (and with it the server's logger) is imported.
  process.env.LOG_LEVEL ??= "warn";
  const benchmark = await entry.load();
  return benchmark.main(rest);
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
