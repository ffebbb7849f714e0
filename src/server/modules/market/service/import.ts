/**
 * Bulk import of patents, achievements, demands or experts from .xlsx or .csv, all or nothing per file: every row is
 * read and checked first (row, column, why — in Chinese); a file without errors is written in one transaction in
 * multi-row statements (search documents computed by PostgreSQL from jieba tokens), with progress reported as it
 * goes; document frequencies are updated once; one audit event names the file's records. A patent already
 * registered (same application number) is updated when it is the same organisation's, refused otherwise: never two.
 */
import ExcelJS from "exceljs";
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import { mayActFor } from "../policy.ts";
import type { Kind } from "../contract.ts";
import { MARKET_TEMPLATES, readMarketSheet, type ImportedRecord } from "../import-sheet.ts";
import { TABLES } from "./records.ts";
import { batchKeys, buildBatch, searchParts, type BatchContext, type BatchInput, type BatchOutput, type Owner } from "../import-rows.ts";
import { addDocuments, applyTermDelta, distinctTerms } from "./terms.ts";
import { HIGH_VALUE_SETTINGS } from "./patents.ts";
import { organisationById } from "../../orgs/index.ts";
import { sharedWorker } from "../../../platform/workers/thread.ts";
import { readSheet } from "../../../platform/sheets/workbook.ts";
import type { RowError } from "../../../platform/sheets/table.ts";
import { RowsRejected } from "../../../platform/sheets/response.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { fieldError, forbidden } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/context.ts";
import { rows, type Tx } from "../../../platform/db.ts";
import { translate } from "../../../../shared/i18n/index.ts";
import { MAX_MARKET_ROWS } from "../import-sheet.ts";

export type Progress = { phase: "read" | "check" | "write"; done: number; total: number };
export type MarketImportSummary = { kind: Kind; rows: number; created: number; updated: number };


export async function marketTemplate(ctx: Ctx, kind: Kind): Promise<Buffer> {
  requireActor(ctx.actor);
  const { sheet, columns } = MARKET_TEMPLATES[kind];
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length * 2) }));
  ws.getRow(1).font = { bold: true };
  const notes = wb.addWorksheet("填写说明");
  notes.addRow(["带 * 的列必填；请勿修改表头、合并单元格或使用公式。也可另存为 UTF-8 编码的 CSV 导入（表头相同）。"]);
  notes.addRow(["是/否 列填写“是”或“否”；多个值（申请人、转化方式、研究方向）用分号、逗号或顿号分隔。日期格式 YYYY-MM-DD。"]);
  notes.addRow([`所在市：武汉市、黄石市、鄂州市、黄冈市、咸宁市；技术领域：${MARKET_TEMPLATES.achievement.columns.find((c) => c.key === "domain")?.choicesLabel ?? ""}。`]);
  notes.addRow([`一个文件最多 ${MAX_MARKET_ROWS} 行；文件有任何错误时整个文件都不导入，请按错误清单修改后重新上传。`]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The organisation the file's records belong to: the caller must act for it (an admin may import patents without one). */
async function owner(tx: Tx | Ctx["db"], ctx: Ctx, kind: Kind, orgId: string | null) {
  const actor = requireActor(ctx.actor);
  if (!orgId) {
    if (kind === "patent" && actor.isAdmin) return null;
    throw fieldError("orgId", "import.org_required");
  }
  const org = await organisationById(tx, orgId);
  if (!org) throw fieldError("orgId", "market.org_unknown");
  if (!mayActFor(actor, org.id)) throw forbidden();
  return org;
}

export async function importMarket(ctx: Ctx, kind: Kind, file: { content: Buffer; name: string }, orgId: string | null, onProgress: (p: Progress) => void = () => {}): Promise<MarketImportSummary> {
  const org = await owner(ctx.db, ctx, kind, orgId);
  onProgress({ phase: "read", done: 0, total: 1 });
  await nextTurn();
  const sheet = await readSheet(file.content, file.name, MAX_MARKET_ROWS);
  const today = todayInShanghai();
  onProgress({ phase: "check", done: 0, total: sheet.data.length });
  await nextTurn();
  const read = readMarketSheet(kind, sheet.header, sheet.data, { today, merges: sheet.merges });
  const errors = [...read.errors];
  if (!read.fatal && read.records.length === 0 && errors.length === 0) errors.push({ row: 0, column: "", message: translate("zh-CN", "import.empty") });
  if (errors.length > 0) throw new RowsRejected(errors.sort((a, b) => a.row - b.row));
  onProgress({ phase: "check", done: sheet.data.length, total: sheet.data.length });
  return ctx.db.transaction((tx) => writeRecords(tx, ctx, kind, read.records, () => org, today, onProgress));
}


export type { Owner };

/**
 * Writes checked records of one kind, each owned by `ownerOf(record)`, in multi-row statements; patents already
 * registered are merged (same owner) or refused; document frequencies and one audit event follow.
 */
export async function writeRecords(tx: Tx, ctx: Ctx, kind: Kind, records: ImportedRecord[], ownerOf: (r: ImportedRecord) => Owner | null, today: string, onProgress: (p: Progress) => void = () => {}, opts: { demo?: boolean; ids?: string[] } = {}): Promise<MarketImportSummary> {
  const actor = ctx.actor;
  const isAdmin = actor === null || actor.isAdmin;
  let updated = 0;
  const removedTerms: string[][] = [];
  if (kind === "patent") {
    // Application numbers already registered: the same organisation's are updated, anyone else's refused.
    const numbers = records.map((r) => String(r.values.applicationNo));
    const existing = new Map<string, { ownerOrgId: string | null; title: string; abstract: string; ipc: string[] }>();
    for (let i = 0; i < numbers.length; i += 20_000) {
      const found = await rows<{ application_no: string; owner_org_id: string | null; title: string; abstract: string; ipc: string[] }>(
        tx,
        sql`select application_no, owner_org_id, title, abstract, ipc from market_patents where application_no in (select jsonb_array_elements_text(${JSON.stringify(numbers.slice(i, i + 20_000))}::jsonb))`,
      );
      for (const f of found) existing.set(f.application_no, { ownerOrgId: f.owner_org_id, title: f.title, abstract: f.abstract, ipc: f.ipc });
    }
    const refused: RowError[] = [];
    for (const r of records) {
      const before = existing.get(String(r.values.applicationNo));
      if (!before) continue;
      if ((before.ownerOrgId ?? null) !== (ownerOf(r)?.id ?? null) && !isAdmin) refused.push({ row: r.row, column: "申请号", message: translate("zh-CN", "market.patent_exists", { number: String(r.values.applicationNo) }) });
      else {
        updated += 1;
        removedTerms.push(distinctTerms(searchParts("patent", before)));
      }
    }
    if (refused.length) throw new RowsRejected(refused);
  }
  const delta = new Map<string, number>();
  const first = records[0];
  if (first) {
    const context: BatchContext = { today, now: new Date().toISOString(), userId: actor?.userId ?? null, pledgeThresholdYuan: HIGH_VALUE_SETTINGS.pledgeThresholdYuan, demo: opts.demo ?? false };
    const table = TABLES[kind];
    const columns = columnsOf(table, batchKeys(kind, { values: first.values, owner: ownerOf(first) }, context));
    const inputOf = (from: number): BatchInput => ({ kind, records: records.slice(from, from + BATCH_ROWS).map((r) => ({ values: r.values, owner: ownerOf(r) })), context, columns: columns.map((c) => [c.key, c.name]) });
    // A large write builds its batches (segmentation, documents, JSON) in a worker thread, one batch ahead of the
    // database; a small one, or one whose worker fails, builds them here. The rows are the same either way.
    const worker = records.length > 2 * BATCH_ROWS ? sharedWorker() : null;
    const build = (from: number): Promise<BatchOutput> => {
      const input = inputOf(from);
      if (!worker) return Promise.resolve(buildBatch(input));
      const built = worker.run<BatchInput, BatchOutput>(BATCH_MODULE, "buildBatch", input).catch(() => buildBatch(input));
      built.catch(() => undefined);
      return built;
    };
    let next = build(0);
    for (let i = 0; i < records.length; i += BATCH_ROWS) {
      const batch = await next;
      if (i + BATCH_ROWS < records.length) next = build(i + BATCH_ROWS);
      for (const [term, n] of batch.termCounts) delta.set(term, (delta.get(term) ?? 0) + n);
      const insert = recordsetInsert(table, columns, batch.rows);
      if (kind === "patent") {
        const written = await rows<{ id: string; application_no: string }>(tx, sql`${insert} ${PATENT_CONFLICT} returning id, application_no`);
        const idOf = new Map(written.map((w) => [w.application_no, w.id]));
        opts.ids?.push(...batch.keys.map((k, j) => idOf.get(k) ?? (batch.ids[j] as string)));
      } else {
        await tx.execute(insert);
        opts.ids?.push(...batch.ids);
      }
      onProgress({ phase: "write", done: Math.min(i + BATCH_ROWS, records.length), total: records.length });
      await nextTurn();
    }
  }
  addDocuments(delta, removedTerms, -1);
  await applyTermDelta(tx, kind, delta);
  const summary = { kind, rows: records.length, created: records.length - updated, updated };
  await appendAudit(tx, ctx, { action: `market.${kind}_import`, entityType: "market_import", entityId: (records[0] && ownerOf(records[0])?.id) ?? actor?.userId ?? "system", after: summary });
  return summary;
}

const PATENT_UPDATE = ["title", "abstract", "applicants", "inventors", "type", "legal_status", "ipc", "filing_date", "grant_date", "filing_year", "city_code", "domain", "strategic_emerging", "overseas_family", "pledge_amount", "national_award", "china_patent_award", "high_value", "high_value_categories", "names", "search", "updated_at"];
const PATENT_CONFLICT = sql.raw(`on conflict (application_no) do update set ${PATENT_UPDATE.map((c) => `${c} = excluded.${c}`).join(", ")}`);

/** Lets the answer's progress events go out: reading a sheet and PGlite's work never yield to the event loop by themselves. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/** Rows per INSERT: about 3 MB of JSON for patents. */
const BATCH_ROWS = 1000;
const BATCH_MODULE = new URL("../import-rows.ts", import.meta.url);

type ColumnOf = { key: string; name: string; type: string };

/** The table's columns for the batch's keys; a key that is not a column is a programming error. */
function columnsOf(table: (typeof TABLES)[Kind], keys: string[]): ColumnOf[] {
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType: () => string }>;
  return keys.map((key) => {
    const c = columns[key];
    if (!c) throw new Error(`${getTableName(table)} has no column ${key}`);
    return { key, name: c.name, type: c.getSQLType() };
  });
}

/**
 * One INSERT of a batch with a single parameter: the rows as a JSON array, read by json_to_recordset with each
 * column's SQL type (arrays from JSON arrays, the tsvector from its literal). Thousands of bound parameters per
 * statement cost more in the query builder and the protocol than the rows themselves.
 */
function recordsetInsert(table: (typeof TABLES)[Kind], columns: ColumnOf[], json: string): SQL {
  const names = sql.raw(columns.map((c) => `"${c.name}"`).join(", "));
  const definitions = sql.raw(columns.map((c) => `"${c.name}" ${c.type}`).join(", "));
  return sql`insert into ${table} (${names}) select ${names} from json_to_recordset(${json}::json) as r(${definitions})`;
}
