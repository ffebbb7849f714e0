/**
 * Builds the Hono app: cross-cutting middleware from platform/, then each module's router under /api/v1.
 * The same app serves the built web app for every other path.
 */
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { getConnInfo } from "@hono/node-server/conninfo";
import { serveStatic } from "@hono/node-server/serve-static";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AppEnv } from "./platform/http.ts";
import { langFromHeader } from "../shared/i18n/index.ts";
import { DomainError, errorBody } from "./platform/errors.ts";
import { authenticate } from "./platform/auth/middleware.ts";
import { authRoutes } from "./platform/auth/routes.ts";
import { renderDocsPage } from "./platform/docs-page.ts";
import { logger } from "./platform/logger.ts";
import type { Database } from "./platform/db.ts";
import { sql } from "./platform/db.ts";
import { loadMemberships, onOrganisationMerge, orgAbilities, orgRoutes } from "./modules/orgs/index.ts";
import { planAbilities, planRoutes, repointOrganisation } from "./modules/plans/index.ts";
import { enterpriseAbilities, enterpriseRoutes, repointOrganisation as repointEnterprise } from "./modules/enterprises/index.ts";
import { marketAbilities, marketRoutes, repointOrganisation as repointMarket } from "./modules/market/index.ts";
import { fileRoutes } from "./platform/files/routes.ts";

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../dist/web");

export type AppOptions = { database: Database; trustProxy?: boolean; bodyLimitBytes?: number; uploadLimitBytes?: number; webDist?: string };

export function createApp(options: AppOptions) {
  const { database } = options;
  const app = new OpenAPIHono<AppEnv>();

  app.use(requestId());
  app.use(async (c, next) => {
    const started = performance.now();
    const forwarded = options.trustProxy ? c.req.header("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
    let clientIp: string | null = forwarded ?? null;
    if (!clientIp) {
      try {
        clientIp = getConnInfo(c).remote.address ?? null;
      } catch {
        clientIp = null; // not served by @hono/node-server (app.request in tests): no socket to ask
      }
    }
    c.set("lang", langFromHeader(c.req.header("accept-language")));
    c.set("ctx", { db: database.db, actor: null, clientIp, requestId: c.get("requestId") });
    await next();
    if (c.req.path.startsWith("/api/")) {
      logger.info({ requestId: c.get("requestId"), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) });
    }
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS as <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", "data:"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
      xFrameOptions: "DENY",
      referrerPolicy: "same-origin",
    }),
  );
  // Spreadsheet imports (…/import) may be larger than any other request body.
  const limited = (maxSize: number) =>
    bodyLimit({ maxSize, onError: (c) => c.json(errorBody(new DomainError("payload_too_large", "error.payload_too_large", { limit: `${Math.round(maxSize / 1024)} KB` }), c.get("lang")), 413) });
  const small = limited(options.bodyLimitBytes ?? 2 * 1024 * 1024);
  const upload = limited(options.uploadLimitBytes ?? 64 * 1024 * 1024);
  app.use("/api/*", (c, next) => (/\/import(\/[a-z]+)?$/.test(c.req.path) ? upload(c, next) : small(c, next)));
  app.use("/api/*", authenticate(loadMemberships));

  app.get("/api/v1/health", async (c) => {
    await database.db.execute(sql`select 1`);
    return c.json({ status: "ok", db: database.engine });
  });
  app.route("/api/v1/auth", authRoutes(loadMemberships, [orgAbilities, planAbilities, enterpriseAbilities, marketAbilities]));
  app.route("/api/v1", orgRoutes());
  app.route("/api/v1", planRoutes());
  app.route("/api/v1", enterpriseRoutes());
  app.route("/api/v1", marketRoutes());
  app.route("/api/v1", fileRoutes());
  onOrganisationMerge(repointOrganisation);
  onOrganisationMerge(repointEnterprise);
  onOrganisationMerge(repointMarket);

  app.openAPIRegistry.registerComponent("securitySchemes", "cookie", { type: "apiKey", in: "cookie", name: "corridor_session" });
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  const docConfig = {
    openapi: "3.1.0",
    info: { title: "光谷科创大走廊协同创新平台 Corridor", version: "1" },
    security: [{ cookie: [] }, { bearer: [] }] as Record<string, string[]>[],
  };
  app.doc31("/api/v1/openapi.json", docConfig);
  app.get("/api/docs", (c) => c.html(renderDocsPage(app.getOpenAPI31Document(docConfig) as Parameters<typeof renderDocsPage>[0])));

  app.all("/api/*", (c) =>
    c.json(errorBody(new DomainError("not_found", "error.route_not_found", { method: c.req.method, path: c.req.path }), c.get("lang")), 404),
  );

  const webDist = options.webDist ?? WEB_DIST;
  const indexFile = path.join(webDist, "index.html");
  app.use("/*", serveStatic({ root: path.relative(process.cwd(), webDist) }));
  app.get("*", (c) =>
    existsSync(indexFile) ? c.html(readFileSync(indexFile, "utf8")) : c.text("Web app not built: run npm run build", 503),
  );

  app.onError((err, c) => {
    const lang = c.get("lang") ?? "zh-CN";
    if (err instanceof DomainError) return c.json(errorBody(err, lang), err.status as 400);
    if (err instanceof HTTPException && err.status < 500) {
      const key = /json/i.test(err.message) ? "error.invalid_json" : "error.bad_request";
      return c.json(errorBody(new DomainError("bad_request", key), lang), 400);
    }
    // Drizzle wraps the driver's error; the SQLSTATE is on the original (its `cause`).
    const code = sqlState(err);
    if (code === "23505") return c.json(errorBody(new DomainError("conflict", "error.conflict", { detail: "unique" }), lang), 409);
    // PostgreSQL data exceptions (class 22: out-of-range values, bad encodings) come from input, not from us.
    if (typeof code === "string" && code.startsWith("22")) return c.json(errorBody(new DomainError("bad_request", "error.bad_request"), lang), 400);
    logger.error({ requestId: c.get("requestId"), err: { message: err.message, stack: err.stack } }, "unhandled error");
    return c.json(errorBody(new DomainError("internal", "error.internal", { requestId: c.get("requestId") ?? "" }), lang), 500);
  });

  return app;
}

function sqlState(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export type App = ReturnType<typeof createApp>;
