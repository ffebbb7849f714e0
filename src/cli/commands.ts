/**
 * `corridor` — the command line (bin/corridor.mjs calls runCli): serve, migrate, seed, user create, audit verify, check credit-code|patent-number.
 * Exit codes: 0 success/valid, 1 invalid/failed check, 2 usage error.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { validateCreditCode } from "../shared/credit-code.ts";
import { validatePatentNumber } from "../shared/patent-number.ts";
import { assessCommand } from "./assess.ts";
import { translate } from "../shared/i18n/index.ts";
import { loadConfig } from "../server/platform/config.ts";
import { DomainError } from "../server/platform/errors.ts";
import { ROLES, type Role } from "../server/platform/context.ts";
import type { Database } from "../server/platform/db.ts";

type Command = { usage: string; options: NonNullable<ParseArgsConfig["options"]>; run: (values: Values, positionals: string[]) => Promise<number> };
type Values = Record<string, string | boolean | undefined>;

export type Io = { out: (line: string) => void; err: (line: string) => void };
let io: Io = { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) };
const out = (line: string) => io.out(line);
const err = (line: string) => io.err(line);
const json = (value: unknown) => out(JSON.stringify(value));

class UsageError extends Error {}

/** A plan document from disk: .docx through the file importer, anything else as UTF-8 text. */
async function readDocument(file: string): Promise<string> {
  const { readFile } = await import("node:fs/promises");
  const { documentText } = await import("../server/platform/files/index.ts");
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  return documentText(file.toLowerCase().endsWith(".docx") ? file : `${file}.txt`, content);
}

async function withDatabase<T>(fn: (db: Database) => Promise<T>): Promise<T> {
  const { openAndPrepare } = await import("../server/main.ts");
  const database = await openAndPrepare(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const systemCtx = (db: Database, name: string) => ({
  db: db.db,
  actor: null,
  clientIp: null,
  requestId: null,
  systemName: name,
});

const commands: Record<string, Command> = {
  serve: {
    usage: "corridor serve            启动服务 Start the server (PORT, HOST, DATA_DIR, DATABASE_URL)",
    options: {},
    run: async () => {
      const { startServer } = await import("../server/main.ts");
      const { close } = await startServer();
      const stop = () => void close().then(() => process.exit(0));
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      await new Promise(() => undefined);
      return 0;
    },
  },
  migrate: {
    usage: "corridor migrate [--json]  执行数据库迁移 Apply migrations",
    options: { json: { type: "boolean" } },
    run: async (v) => {
      const engine = await withDatabase(async (db) => db.engine);
      if (v.json) json({ ok: true, engine });
      else out(`迁移完成 migrations applied (${engine})`);
      return 0;
    },
  },
  seed: {
    usage: "corridor seed [--synthetic [--enterprises N] [--patents N] [--achievements N] [--demands N] [--experts N] [--seed S]] [--json]  写入基础数据；--synthetic 生成确定性的合成数据（示例数据） Seed the base data; --synthetic adds deterministic synthetic records",
    options: { json: { type: "boolean" }, synthetic: { type: "boolean" }, enterprises: { type: "string" }, patents: { type: "string" }, achievements: { type: "string" }, demands: { type: "string" }, experts: { type: "string" }, seed: { type: "string" } },
    run: async (v) => {
      const { seedBaseData, ensureAdmin } = await import("../server/modules/orgs/index.ts");
      if (v.synthetic) {
        const count = (name: "enterprises" | "patents" | "achievements" | "demands" | "experts") => {
          const n = Number(v[name] ?? "0");
          if (!Number.isInteger(n) || n < 0 || n > 5_000_000) throw new UsageError(`--${name} must be a whole number from 0 to 5000000`);
          return n;
        };
        const counts = { enterprises: count("enterprises"), patents: count("patents"), achievements: count("achievements"), demands: count("demands"), experts: count("experts") };
        const seed = Number(v.seed ?? "1");
        if (!Number.isInteger(seed)) throw new UsageError("--seed must be a whole number");
        if (Object.values(counts).every((n) => n === 0)) throw new UsageError("--synthetic needs at least one of --enterprises, --patents, --achievements, --demands, --experts");
        const { seedSyntheticEnterprises } = await import("../server/modules/enterprises/index.ts");
        const { seedSyntheticMarket } = await import("../server/modules/market/index.ts");
        const written = await withDatabase(async (db) => {
          const ctx = systemCtx(db, "system:seed");
          await seedBaseData(ctx);
          const enterprises = counts.enterprises ? await seedSyntheticEnterprises(ctx, { count: counts.enterprises, seed, demo: true, onProgress: (done, total) => process.stderr.write(`\r合成企业 enterprises ${done}/${total}`) }) : 0;
          const market = await seedSyntheticMarket(ctx, { counts, seed, demo: true, onProgress: (kind, done, total) => process.stderr.write(`\r合成 ${kind} ${done}/${total}   `) });
          return { enterprises, ...market };
        });
        process.stderr.write("\n");
        if (v.json) json({ ...written, seed });
        else out(`写入合成数据（示例数据，seed ${seed}）synthetic records written: ${Object.entries(written).map(([k, n]) => `${k} ${n}`).join(", ")}`);
        return 0;
      }
      const result = await withDatabase(async (db) => {
        const ctx = systemCtx(db, "system:seed");
        const { created } = await seedBaseData(ctx);
        return { created, admin: await ensureAdmin(ctx) };
      });
      if (v.json) json(result);
      else {
        out(`新建单位 organisations created: ${result.created}`);
        if (result.admin) out(`管理员 admin: ${result.admin.username} / ${result.admin.password}（仅显示一次 shown once）`);
      }
      return 0;
    },
  },
  "user create": {
    usage: "corridor user create --username U --password P --role admin|officer|member|expert [--org ID] [--json]",
    options: { username: { type: "string" }, password: { type: "string" }, role: { type: "string" }, org: { type: "string" }, "display-name": { type: "string" }, json: { type: "boolean" } },
    run: async (v) => {
      const username = v.username;
      const password = v.password;
      const role = v.role;
      if (typeof username !== "string" || typeof password !== "string" || typeof role !== "string") throw new UsageError("--username, --password and --role are required");
      if (!(ROLES as readonly string[]).includes(role)) throw new UsageError(`--role must be one of ${ROLES.join("|")}`);
      if (typeof v.org === "string" && !/^[0-9a-f-]{36}$/i.test(v.org)) throw new UsageError("--org must be an organisation id (uuid)");
      const { provisionUser } = await import("../server/modules/orgs/index.ts");
      const created = await withDatabase((db) =>
        provisionUser(systemCtx(db, "system:cli"), {
          username,
          password,
          role: role as Role,
          orgId: typeof v.org === "string" ? v.org : undefined,
          displayName: typeof v["display-name"] === "string" ? v["display-name"] : undefined,
        }),
      );
      if (v.json) json({ id: created.id, username, role, orgId: created.orgId });
      else out(`已创建用户 user created: ${username} (${role}) id=${created.id}`);
      return 0;
    },
  },
  "audit verify": {
    usage: "corridor audit verify [--json]  校验审计日志哈希链 Verify the audit hash chain (exit 1 if broken)",
    options: { json: { type: "boolean" } },
    run: async (v) => {
      const { verifyAuditChain } = await import("../server/platform/audit/index.ts");
      const result = await withDatabase((db) => verifyAuditChain(db.db));
      if (v.json) json(result);
      else if (result.ok) out(`审计链完整 audit chain intact: ${result.events} events`);
      else out(`审计链断裂 audit chain broken at event ${result.firstBreak?.id} (${result.firstBreak?.reason}); ${result.events} events verified before it`);
      return result.ok ? 0 : 1;
    },
  },
  "plan parse": {
    usage: "corridor plan parse FILE [--json]  解析计划文本 Parse a plan's text (.txt UTF-8 or .docx) into chapters, tasks, units, targets",
    options: { json: { type: "boolean" } },
    run: async (v, [file]) => {
      if (file === undefined) throw new UsageError("FILE is required");
      const { parseChecked } = await import("../server/modules/plans/index.ts");
      const parsed = parseChecked(await readDocument(file), "file");
      if (v.json) json(parsed);
      else {
        out(parsed.title);
        for (const t of parsed.tasks) out(`  ${t.path.join(" ")} ${t.title}  牵头: ${t.leadUnits.join("、") || "—"}  责任: ${t.responsibleUnits.join("、") || "—"}`);
        out(`任务 tasks: ${parsed.tasks.length}; 指标目标 targets: ${parsed.targets.length + parsed.tasks.reduce((n, t) => n + t.targets.length, 0)}`);
      }
      return 0;
    },
  },
  "plan import": {
    usage: "corridor plan import FILE [--period monthly|quarterly] [--start YYYY-MM-DD] [--end YYYY-MM-DD] [--yes] [--json]  导入计划（先预览，--yes 确认）",
    options: { period: { type: "string" }, start: { type: "string" }, end: { type: "string" }, yes: { type: "boolean" }, json: { type: "boolean" } },
    run: async (v, [file]) => {
      if (file === undefined) throw new UsageError("FILE is required");
      const period = v.period ?? "quarterly";
      if (period !== "monthly" && period !== "quarterly") throw new UsageError("--period must be monthly or quarterly");
      const { parseChecked, insertPlan } = await import("../server/modules/plans/index.ts");
      const { matchOrganisationNames } = await import("../server/modules/orgs/index.ts");
      const text = await readDocument(file);
      const parsed = parseChecked(text, "file");
      const years = [...parsed.targets, ...parsed.tasks.flatMap((t) => t.targets)].map((t) => t.year).filter((y): y is number => y !== null);
      const start = typeof v.start === "string" ? v.start : new Date().toISOString().slice(0, 10);
      const end = typeof v.end === "string" ? v.end : `${Math.max(new Date().getFullYear(), ...years)}-12-31`;
      for (const [flag, value] of [["--start", start], ["--end", end]] as const) if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`${flag} must be YYYY-MM-DD`);
      return withDatabase(async (db) => {
        const names = [...new Set(parsed.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]))];
        const unknown = (await matchOrganisationNames(db.db, names)).filter((m) => !m.org).map((m) => m.name);
        const preview = { title: parsed.title, tasks: parsed.tasks.length, units: names.length, unknownUnits: unknown, period, start, end };
        if (!v.yes) {
          if (v.json) json({ preview, created: null });
          else {
            out(`预览 preview: ${parsed.title}`);
            out(`  任务 ${parsed.tasks.length} 项，单位 ${names.length} 个，未匹配 ${unknown.length} 个${unknown.length ? `：${unknown.join("、")}（确认后将作为待确认单位）` : ""}`);
            out("  加 --yes 确认导入 (add --yes to import)");
          }
          return 0;
        }
        const created = await insertPlan(systemCtx(db, "system:cli"), {
          title: parsed.title,
          periodKind: period,
          startDate: start,
          endDate: end,
          sourceName: file.split("/").pop() ?? file,
          sourceText: text,
          chapters: parsed.chapters,
          targets: parsed.targets,
          tasks: parsed.tasks.map((t) => ({ ...t, dueDate: null, leadUnits: t.leadUnits.map((name) => ({ name })), responsibleUnits: t.responsibleUnits.map((name) => ({ name })) })),
        });
        if (v.json) json({ preview, created });
        else out(`已导入 imported: ${created.id}（任务 ${created.tasks} 项；新建待确认单位 ${created.pendingOrganisations.length} 个）`);
        return 0;
      });
    },
  },
  "check credit-code": {
    usage: "corridor check credit-code CODE [--json]  校验统一社会信用代码 (GB 32100-2015)",
    options: { json: { type: "boolean" }, lang: { type: "string" } },
    run: async (v, [code]) => {
      if (code === undefined) throw new UsageError("CODE is required");
      const r = validateCreditCode(code);
      const lang = v.lang === "en" ? "en" : "zh-CN";
      if (v.json) {
        json(r.valid ? { valid: true, normalized: r.normalized, ...(r.warnings ? { warnings: r.warnings.map((w) => translate(lang, w.key, w.params)) } : {}) } : { valid: false, reason: r.reason, ...(r.expected ? { expected: r.expected } : {}), normalized: r.normalized, message: translate(lang, r.message.key, r.message.params) });
      } else out(r.valid ? `有效 valid: ${r.normalized}` : `无效 invalid (${r.reason}): ${translate(lang, r.message.key, r.message.params)}`);
      return r.valid ? 0 : 1;
    },
  },
  "check patent-number": {
    usage: "corridor check patent-number NO [--json]  校验专利申请号/专利号/公布号",
    options: { json: { type: "boolean" }, lang: { type: "string" } },
    run: async (v, [number]) => {
      if (number === undefined) throw new UsageError("NO is required");
      const r = validatePatentNumber(number, new Date().getFullYear());
      const lang = v.lang === "en" ? "en" : "zh-CN";
      if (v.json) {
        json(r.valid ? r : { valid: false, reason: r.reason, ...(r.expected ? { expected: r.expected } : {}), normalized: r.normalized, message: translate(lang, r.message.key, r.message.params) });
      } else out(r.valid ? `有效 valid (${r.format}): ${r.normalized}` : `无效 invalid (${r.reason}): ${translate(lang, r.message.key, r.message.params)}`);
      return r.valid ? 0 : 1;
    },
  },
  assess: assessCommand(out, err),
};

function help(): string {
  return ["corridor — 光谷科创大走廊协同创新平台 Corridor CLI", "", ...Object.values(commands).map((c) => `  ${c.usage}`), "", "Every command takes --help."].join("\n");
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], streams?: Io): Promise<number> {
  if (streams) io = streams;
  const twoWord = argv.length >= 2 ? `${argv[0]} ${argv[1]}` : "";
  const name = commands[twoWord] ? twoWord : argv[0];
  if (!name || name === "--help" || name === "-h" || name === "help") {
    out(help());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    err(`未知命令 unknown command: ${name}\n\n${help()}`);
    return 2;
  }
  const rest = argv.slice(name.split(" ").length);
  if (rest.includes("--help") || rest.includes("-h")) {
    out(command.usage);
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
    return await command.run(values as Values, positionals);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(`${(e as Error).message}\n用法 usage: ${command.usage}`);
      return 2;
    }
    if (e instanceof DomainError) {
      err(`${translate("zh-CN", e.key, e.params)}${e.fields.map((f) => `\n  ${f.path}: ${"text" in f ? f.text : translate("zh-CN", f.key, f.params)}`).join("")}`);
      return e.code === "validation_failed" || e.code === "conflict" ? 2 : 1;
    }
    throw e;
  }
}

