/**
 * A throwaway PostgreSQL cluster for the test run: initdb in a temp directory, started on a free loopback port,
 * stopped and removed afterwards. Used when the PostgreSQL binaries are installed (PATH or /usr/lib/postgresql/N/bin).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export function findPgBin(): string | null {
  const fromPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (fromPath && existsSync(path.join(path.dirname(fromPath), "pg_ctl"))) return path.dirname(fromPath);
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = path.join(root, v, "bin");
    if (existsSync(path.join(bin, "initdb")) && existsSync(path.join(bin, "pg_ctl"))) return bin;
  }
  return null;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type Cluster = { url: string; stop: () => void };

/** initdb refuses to run as root; then the cluster belongs to the `postgres` system user. */
function runAs(bin: string, args: string[]): void {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) execFileSync("runuser", ["-u", "postgres", "--", bin, ...args], { stdio: "pipe" });
  else execFileSync(bin, args, { stdio: "pipe" });
}

export async function startCluster(binDir: string): Promise<Cluster> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "corridor-pg-"));
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const data = path.join(dir, "data");
  const port = await freePort();
  runAs(path.join(binDir, "initdb"), ["-D", data, "-U", "corridor", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"]);
  // fsync off: a throwaway cluster; the durability test kills the app server, never PostgreSQL.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200 -c shared_buffers=256MB`;
  runAs(path.join(binDir, "pg_ctl"), ["-D", data, "-o", opts, "-l", path.join(dir, "log"), "-w", "start"]);
  return {
    url: `postgres://corridor@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        runAs(path.join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
