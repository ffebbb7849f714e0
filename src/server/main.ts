/** Start-up: config → database → migrations → base data → HTTP. */
import { serve, type ServerType } from "@hono/node-server";
import { loadConfig, type Config } from "./platform/config.ts";
import { openDatabase, sql, type Database } from "./platform/db.ts";
import { runMigrations } from "./platform/migrate.ts";
import { logger } from "./platform/logger.ts";
import { createApp } from "./app.ts";
import { ensureAdmin, seedBaseData } from "./modules/orgs/index.ts";
import { seedPlanData } from "./modules/plans/index.ts";
import { seedEnterpriseDemo } from "./modules/enterprises/index.ts";
import { flagOverdue, seedMarketDemo } from "./modules/market/index.ts";
import path from "node:path";

export async function openAndPrepare(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: path.join(config.dataDir, "pglite") });
  await runMigrations(database, config.databaseUrl);
  // PGlite has no autovacuum: without statistics its planner ignores the list indexes (docs/benchmarks.md).
  if (database.engine === "pglite") await database.db.execute(sql`analyze`);
  return database;
}

export async function seedAndBootstrap(database: Database, print: (line: string) => void): Promise<void> {
  const ctx = { db: database.db, actor: null, clientIp: null, requestId: null, systemName: "system:seed" };
  await seedBaseData(ctx);
  // Demo figures (labelled 示例数据) are seeded unless SEED_DEMO=0; the seed plan is imported unless SEED_PLAN=0.
  await seedPlanData(ctx, { demo: process.env.SEED_DEMO !== "0", plan: process.env.SEED_PLAN !== "0" });
  if (process.env.SEED_DEMO !== "0") {
    await seedEnterpriseDemo(ctx);
    await seedMarketDemo(ctx);
  }
  const admin = await ensureAdmin(ctx);
  if (admin) {
    print("");
    print("首次启动：已创建管理员账户，密码仅显示这一次，请立即登录并修改。");
    print("First start: an administrator was created; the password is shown only this once.");
    print(`  用户名 username: ${admin.username}`);
    print(`  密码   password: ${admin.password}`);
    print("");
  }
}

export async function startServer(config: Config = loadConfig()): Promise<{ server: ServerType; database: Database; close: () => Promise<void> }> {
  const database = await openAndPrepare(config);
  await seedAndBootstrap(database, (line) => process.stdout.write(`${line}\n`));
  const app = createApp({ database, trustProxy: config.trustProxy, bodyLimitBytes: config.bodyLimitBytes, uploadLimitBytes: config.uploadLimitBytes });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info({ engine: database.engine, url: `http://${config.host}:${port}` }, "Corridor is listening");
  process.stdout.write(`Corridor listening on http://${config.host}:${port} (db: ${database.engine})\n`);
  // The demand SLA: every 10 minutes, published demands silent for 48 hours are flagged to their city.
  const sla = setInterval(() => void flagOverdue(database.db).catch((e: unknown) => logger.error({ err: e }, "SLA flagging failed")), 10 * 60_000);
  sla.unref();
  const close = async () => {
    clearInterval(sla);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  };
  return { server, database, close };
}
