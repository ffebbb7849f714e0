/**
 * HTTP load with autocannon, run in a worker thread so that the load generator does not share an event loop with
 * the server under test. Latencies are recorded per response (autocannon's hrtime per request, fractional
 * milliseconds) and the percentiles are computed exactly from the sorted list, not read off autocannon's
 * whole-millisecond histogram (which has no p95).
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import autocannon from "autocannon";

export type LoadSpec = {
  title: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Path for request number i (0-based, counted over the whole run). */
  pathTemplate: string;
  /** Pages cycle 1..pages: `{page}` in pathTemplate is replaced. */
  pages: number;
  headers: Record<string, string>;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** Every n-th response's body is parsed and checked (status is checked on every one). */
  checkEvery: number;
  expectItems: number;
};

export type LoadResult = {
  title: string;
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  non200: number;
  errors: number;
  timeouts: number;
  bodiesChecked: number;
  badBodies: number;
  firstProblem: string | null;
};

type Phase = { latencies: Float64Array; count: number; non200: number; bodiesChecked: number; badBodies: number; firstProblem: string | null };

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

function checkBody(body: string, expectItems: number): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const items = typeof parsed === "object" && parsed !== null && "items" in parsed ? parsed.items : undefined;
    if (!Array.isArray(items)) return "no items array";
    if (items.length !== expectItems) return `items ${items.length}, expected ${expectItems}`;
    return null;
  } catch (err) {
    return `body is not JSON: ${(err as Error).message}`;
  }
}

async function runPhase(spec: LoadSpec, seconds: number, record: boolean): Promise<{ phase: Phase; result: autocannon.Result }> {
  const phase: Phase = { latencies: new Float64Array(1 << 16), count: 0, non200: 0, bodiesChecked: 0, badBodies: 0, firstProblem: null };
  let issued = 0;
  let answered = 0;
  const problem = (text: string) => {
    phase.firstProblem ??= text;
  };
  let finish: (err: Error | null, result: autocannon.Result) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = (err, result) => (err ? reject(err) : resolve(result));
  });
  const instance = autocannon({
    url: spec.origin,
    connections: spec.connections,
    duration: seconds,
    timeout: 10,
    headers: spec.headers,
    requests: [
      {
        method: "GET",
        setupRequest: (req) => {
          const page = (issued++ % spec.pages) + 1;
          return { ...req, path: spec.pathTemplate.replace("{page}", String(page)) };
        },
        onResponse: (status, body) => {
          answered++;
          if (status !== 200) {
            phase.non200++;
            problem(`status ${status}: ${body.slice(0, 200)}`);
            return;
          }
          if (answered % spec.checkEvery === 1 || spec.checkEvery === 1) {
            phase.bodiesChecked++;
            const bad = checkBody(body, spec.expectItems);
            if (bad) {
              phase.badBodies++;
              problem(bad);
            }
          }
        },
      },
    ],
  }, (err: Error | null, result) => finish(err, result));
  if (record) {
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      if (phase.count === phase.latencies.length) {
        const bigger = new Float64Array(phase.latencies.length * 2);
        bigger.set(phase.latencies);
        phase.latencies = bigger;
      }
      phase.latencies[phase.count++] = responseTime;
    });
  }
  const result = await done;
  return { phase, result };
}

async function workerMain(spec: LoadSpec): Promise<LoadResult> {
  if (spec.warmupSeconds > 0) await runPhase(spec, spec.warmupSeconds, false);
  const { phase, result } = await runPhase(spec, spec.durationSeconds, true);
  const sorted = phase.latencies.slice(0, phase.count).sort();
  const seconds = result.duration;
  return {
    title: spec.title,
    requests: phase.count,
    seconds,
    rps: phase.count / seconds,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
    non200: phase.non200,
    errors: result.errors,
    timeouts: result.timeouts,
    bodiesChecked: phase.bodiesChecked,
    badBodies: phase.badBodies,
    firstProblem: phase.firstProblem,
  };
}

/** Runs the load in a worker thread; the worker ends by itself once both phases are over. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // A worker does not get tsx's loader hooks from --import on Node 20: register them, then load this file.
    const bootstrap = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: spec });
    let settled = false;
    // Bound: warm-up + run + generous slack for connection timeouts (10 s) and start-up.
    const limit = setTimeout(() => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      reject(new Error(`load ${spec.title} did not finish in time`));
    }, (spec.warmupSeconds + spec.durationSeconds + 60) * 1000);
    worker.once("message", (message: LoadResult) => {
      settled = true;
      clearTimeout(limit);
      resolve(message);
    });
    worker.once("error", (err) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      reject(err);
    });
    worker.once("exit", (code) => {
      clearTimeout(limit);
      if (!settled) {
        settled = true;
        reject(new Error(`load worker exited with ${code}`));
      }
    });
  });
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  workerMain(workerData as LoadSpec).then(
    (result) => port.postMessage(result),
    (err: unknown) => {
      throw err;
    },
  );
}
