/**
 * The browser side of the end-to-end tests: the built web app (built here when missing or older than its
 * sources), Debian's Chromium driven by playwright-core with the flags this closed network needs, a watch on the
 * console for CSP violations and uncaught errors, and screenshots under test-results/screenshots/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const WEB_INDEX = path.join(ROOT, "dist/web/index.html");
const SCREENSHOTS = path.join(ROOT, "test-results/screenshots");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds dist/web unless a build newer than every web source is there (npm test builds first; a lone run may not). */
export function ensureWebBuilt(): void {
  const sources = Math.max(newestSource(path.join(ROOT, "src/web")), newestSource(path.join(ROOT, "src/shared")), statSync(path.join(ROOT, "vite.config.ts")).mtimeMs);
  if (existsSync(WEB_INDEX) && statSync(WEB_INDEX).mtimeMs >= sources) return;
  // Vitest sets NODE_ENV=test, and Vite would honour it with React's development build: ask for production.
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

export type ConsoleWatch = { cspViolations: string[]; pageErrors: string[] };

/** Records what would mean the page is broken under the server's CSP: refused resources and uncaught errors. */
export function watchConsole(page: Page): ConsoleWatch {
  const watch: ConsoleWatch = { cspViolations: [], pageErrors: [] };
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) watch.cspViolations.push(message.text());
  });
  page.on("pageerror", (error) => watch.pageErrors.push(error.message));
  return watch;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
