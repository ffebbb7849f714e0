/**
 * One journey's world: the built web app, the real server (`corridor serve`) on a fresh PGlite data directory,
 * and Chromium. Each test opens its own browser context, so cookies never leak between journeys.
 */
import { afterAll, afterEach, beforeAll } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { freshStore, type Fresh } from "../../support/engines.ts";
import { startServerProcess, type ServerProcess } from "../../support/server.ts";
import { ensureWebBuilt, launchChromium, screenshot, watchConsole, type ConsoleWatch } from "./browser.ts";

export type Stack = {
  url: string;
  adminPassword: string;
  newPage: () => Promise<{ page: Page; console: ConsoleWatch }>;
};

/** `env` is added to the server's environment (SEED_PLAN=0, say, for a journey that imports the plan itself). */
export function useStack(env: Record<string, string> = {}): Stack {
  let store: Fresh | undefined;
  let server: ServerProcess | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ensureWebBuilt();
    store = await freshStore("pglite");
    server = await startServerProcess({ ...store.env, ...env });
    browser = await launchChromium();
  });

  // A failed journey leaves a picture of where it stood: the first thing to look at.
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail") return;
    const pages = contexts.flatMap((c) => c.pages());
    for (const [i, page] of pages.entries()) await screenshot(page, `FAILED-${context.task.name.replace(/\W+/g, "-")}-${i}`);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.kill();
    await store?.dispose();
  });

  const started = () => {
    if (!server || !browser) throw new Error("the stack is not started (beforeAll failed?)");
    return { server, browser };
  };

  return {
    get url() {
      return started().server.url;
    },
    get adminPassword() {
      const password = started().server.adminPassword;
      if (!password) throw new Error(`the server printed no admin password:\n${started().server.output()}`);
      return password;
    },
    newPage: async () => {
      const context = await started().browser.newContext({ viewport: { width: 1366, height: 860 }, locale: "zh-CN" });
      contexts.push(context);
      const page = await context.newPage();
      return { page, console: watchConsole(page) };
    },
  };
}
