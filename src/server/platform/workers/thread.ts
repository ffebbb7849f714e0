/**
 * A worker thread for pure, CPU-heavy work (segmenting and building the documents of a large import), so that it
 * runs on the second core while the main thread talks to the database. The worker loads TypeScript modules through
 * tsx, as the CLI does, and calls one named export per task: `run(moduleUrl, name, input)` resolves to what that
 * function returns. Inputs and outputs cross by structured clone, so they are plain data. When a worker cannot start
 * (or dies), callers fall back to calling the function in their own thread: the result is the same, only slower.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import path from "node:path";

/** The worker's program: registers tsx (resolved by the caller), then answers tasks in order. */
const BOOTSTRAP = `
const { parentPort, workerData } = require("node:worker_threads");
const ready = import(workerData.tsx).then((m) => m.register());
const modules = new Map();
parentPort.on("message", async ({ id, url, name, input }) => {
  try {
    await ready;
    let mod = modules.get(url);
    if (!mod) { mod = await import(url); modules.set(url, mod); }
    parentPort.postMessage({ id, ok: true, output: await mod[name](input) });
  } catch (err) {
    parentPort.postMessage({ id, ok: false, error: String((err && err.stack) || err) });
  }
});
`;

/** tsx's ESM register API (its package's `./esm/api` import entry), as a file URL the worker can import. */
function tsxLoaderUrl(): string {
  const manifest = createRequire(import.meta.url).resolve("tsx/package.json");
  const exports = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  const entry = exports["./esm/api"]?.import.default;
  if (!entry) throw new Error("tsx has no ./esm/api entry");
  return pathToFileURL(path.join(path.dirname(manifest), entry)).href;
}

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

export class WorkerThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private dead: Error | null = null;

  constructor() {
    const tsx = tsxLoaderUrl();
    // execArgv empty: the worker registers tsx itself, whatever loader the parent runs under (tsx, vitest).
    this.worker = new Worker(BOOTSTRAP, { eval: true, workerData: { tsx }, execArgv: [] });
    this.worker.unref();
    this.worker.on("message", (m: { id: number; ok: boolean; output?: unknown; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) this.idle();
      if (m.ok) p.resolve(m.output);
      else p.reject(new Error(`worker task failed: ${m.error ?? "?"}`));
    });
    const fail = (err: Error) => {
      this.dead = err;
      for (const p of this.pending.values()) p.reject(err);
      this.pending.clear();
      this.onIdle = null;
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => {
      fail(new Error(`worker exited (${code})`));
      if (shared === this) shared = null;
    });
  }

  /** Called each time the last pending task settles (the shared worker's idle timer). */
  onIdle: (() => void) | null = null;

  private idle(): void {
    // Unreferenced while idle, so an idle worker never keeps the process alive; referenced while a task is out, so
    // a process with nothing else to do (a CLI seed) waits for the answer instead of exiting.
    this.worker.unref();
    this.onIdle?.();
  }

  /** Calls export `name` of the module at `moduleUrl` with `input` in the worker. */
  run<I, O>(moduleUrl: URL, name: string, input: I): Promise<O> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.next++;
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<O>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, url: moduleUrl.href, name, input });
    });
  }

  async close(): Promise<void> {
    this.dead ??= new Error("worker closed");
    if (shared === this) shared = null;
    await this.worker.terminate();
  }
}

let shared: WorkerThread | null = null;
let idleTimer: NodeJS.Timeout | null = null;
/** How long the shared worker stays after its last task: the next batch of a long run reuses it, and it then goes. */
const IDLE_MS = 30_000;

/**
 * The process's worker for background batches, started on first use (tsx and jieba's dictionary load once) and
 * closed after IDLE_MS without work. Null when it cannot start: callers then do the work themselves.
 */
export function sharedWorker(): WorkerThread | null {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!shared) {
    try {
      const worker = new WorkerThread();
      worker.onIdle = () => {
        if (idleTimer) clearTimeout(idleTimer);
        idleTimer = setTimeout(() => {
          if (shared === worker) shared = null;
          void worker.close();
        }, IDLE_MS);
        idleTimer.unref();
      };
      shared = worker;
    } catch {
      return null;
    }
  }
  return shared;
}
