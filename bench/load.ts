/**
 * HTTP load with autocannon, run in a child process so that the load generator shares neither an event loop nor a
 * process with the server under test: the parent's CPU time over the measured run is then the server's own (for
 * PGlite, the database's too). Latencies are recorded per response (autocannon's hrtime per request, fractional
 * milliseconds) and the percentiles are computed exactly from the sorted list, not read off autocannon's
 * whole-millisecond histogram (which has no p95).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

export type LoadSpec = {
  title: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Request path; `{page}` is replaced by the page number. */
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
  /** CPU time of the server's process (user + system) over the measured run, per request. */
  serverCpuMsPerRequest: number;
  /** CPU time of the load generator's process over the measured run, per request. */
  clientCpuMsPerRequest: number;
};

type ChildMessage = { kind: "measuring" } | { kind: "result"; result: Omit<LoadResult, "serverCpuMsPerRequest"> };

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

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

async function childMain(spec: LoadSpec, send: (m: ChildMessage) => void): Promise<Omit<LoadResult, "serverCpuMsPerRequest">> {
  if (spec.warmupSeconds > 0) await runPhase(spec, spec.warmupSeconds, false);
  send({ kind: "measuring" });
  const cpuBefore = process.cpuUsage();
  const { phase, result } = await runPhase(spec, spec.durationSeconds, true);
  const clientCpu = cpuMs(process.cpuUsage(cpuBefore));
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
    clientCpuMsPerRequest: clientCpu / Math.max(1, phase.count),
  };
}

const CHILD_FLAG = "CORRIDOR_BENCH_LOAD_CHILD";

/** Runs the load in a child process (this file again); the child ends by itself once both phases are over. */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ["--import", "tsx"],
      env: { ...process.env, [CHILD_FLAG]: "1" },
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let settled = false;
    let serverCpuAt: NodeJS.CpuUsage | null = null;
    const settle = (err: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(limit);
      if (err || !result) reject(err ?? new Error("no result"));
      else resolve(result);
    };
    // Bound: warm-up + run + generous slack for connection timeouts (10 s) and start-up; then the child is ended.
    const limit = setTimeout(() => {
      child.kill("SIGKILL");
      settle(new Error(`load ${spec.title} did not finish in time`));
    }, (spec.warmupSeconds + spec.durationSeconds + 60) * 1000);
    let result: LoadResult | null = null;
    let linger: NodeJS.Timeout | undefined;
    child.on("message", (message: ChildMessage) => {
      if (message.kind === "measuring") serverCpuAt = process.cpuUsage();
      else {
        const serverCpu = serverCpuAt ? cpuMs(process.cpuUsage(serverCpuAt)) : Number.NaN;
        result = { ...message.result, serverCpuMsPerRequest: serverCpu / Math.max(1, message.result.requests) };
        // The child disconnects and exits by itself; wait for that (bounded), so that nothing outlives the run.
        linger = setTimeout(() => child.kill("SIGKILL"), 5000);
      }
    });
    child.once("error", (err) => settle(err));
    child.once("exit", (code, signal) => {
      clearTimeout(linger);
      settle(result ? null : new Error(`load process exited with ${code ?? signal} before its result`), result ?? undefined);
    });
    child.send(spec);
  });
}

const send = process.send?.bind(process);
if (process.env[CHILD_FLAG] === "1" && send) {
  // The parent went away (ended, interrupted or killed): stop too.
  process.once("disconnect", () => process.exit(0));
  process.once("message", (spec: LoadSpec) => {
    childMain(spec, (m) => send(m)).then(
      (result) => send({ kind: "result", result } satisfies ChildMessage, () => process.disconnect()),
      (err: unknown) => {
        process.stderr.write(`load: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
      },
    );
  });
}
