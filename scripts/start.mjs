// `npm start`: builds the web app when its sources changed since the last build, then serves API and web app.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stamp = path.join(root, "dist/web/.built");

function newest(p) {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs);
}

const sources = ["src/web", "src/shared", "vite.config.ts", "package-lock.json"].map((p) => path.join(root, p)).filter(existsSync);
const stale = !existsSync(stamp) || sources.some((p) => newest(p) > statSync(stamp).mtimeMs);
if (stale) {
  console.log("构建前端 Building the web app…");
  const build = spawnSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeFileSync(stamp, new Date().toISOString());
}

const { register } = await import("tsx/esm/api");
register();
const { runCli } = await import("../src/cli/commands.ts");
process.exitCode = await runCli(["serve", ...process.argv.slice(2)]);
