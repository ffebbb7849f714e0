/**
 * Bulk import of patents, achievements, demands or experts from .xlsx or .csv, all or nothing per file: every row is
 * read and checked first (row, column, why — in Chinese); a file without errors is written in one transaction in
 * multi-row statements (search documents computed by PostgreSQL from jieba tokens), with progress reported as it
 * goes; document frequencies are updated once; one audit event names the file's records. A patent already
 * registered (same application number) is updated when it is the same organisation's, refused otherwise: never two.
 */
import ExcelJS from "exceljs";
import { inArray, sql, type SQL } from "drizzle-orm";
import { achievements, demands, experts, patents } from "../schema.ts";
import { mayActFor } from "../policy.ts";
import type { Kind } from "../contract.ts";
import { MARKET_TEMPLATES, readMarketSheet, type ImportedRecord } from "../import-sheet.ts";
import { searchParts } from "./records.ts";
import { adjustTerms, distinctTerms } from "./terms.ts";
import { HIGH_VALUE_SETTINGS } from "./patents.ts";
import { organisationById } from "../../orgs/index.ts";
import { classifyHighValue } from "../../../../shared/market/high-value.ts";
import { documentLiteral, literalSql } from "../../../platform/search/tsvector.ts";
import { readSheet } from "../../../platform/sheets/workbook.ts";
import type { RowError } from "../../../platform/sheets/table.ts";
import { RowsRejected } from "../../../platform/sheets/response.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { fieldError, forbidden } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { Tx } from "../../../platform/db.ts";
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
  const sheet = await readSheet(file.content, file.name, MAX_MARKET_ROWS);
  const today = todayInShanghai();
  onProgress({ phase: "check", done: 0, total: sheet.data.length });
  const read = readMarketSheet(kind, sheet.header, sheet.data, { today, merges: sheet.merges });
  const errors = [...read.errors];
  if (!read.fatal && read.records.length === 0 && errors.length === 0) errors.push({ row: 0, column: "", message: translate("zh-CN", "import.empty") });
  if (errors.length > 0) throw new RowsRejected(errors.sort((a, b) => a.row - b.row));
  onProgress({ phase: "check", done: sheet.data.length, total: sheet.data.length });
  return ctx.db.transaction((tx) => writeRecords(tx, ctx, kind, read.records, () => org, today, onProgress));
}

const TABLE = { patent: patents, achievement: achievements, demand: demands, expert: experts } as const;

export type Owner = { id: string; name: string; cityCode: string };

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
    for (let i = 0; i < numbers.length; i += 5000) {
      const found = await tx.select({ applicationNo: patents.applicationNo, ownerOrgId: patents.ownerOrgId, title: patents.title, abstract: patents.abstract, ipc: patents.ipc }).from(patents).where(inArray(patents.applicationNo, numbers.slice(i, i + 5000)));
      for (const f of found) existing.set(f.applicationNo, f);
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
  const table = TABLE[kind];
  const added: string[][] = [];
  const chunk = 400;
  for (let i = 0; i < records.length; i += chunk) {
    const rows = records.slice(i, i + chunk).map((r) => {
      const parts = searchParts(kind, r.values);
      const { literal, terms } = documentLiteral(parts);
      added.push(terms);
      return { ...rowValues(kind, r.values, ownerOf(r), today, actor?.userId ?? null), isDemo: opts.demo ?? false, search: literalSql(literal) as unknown as string };
    });
    const insert = tx.insert(table).values(rows as never);
    // RETURNING gives the rows in the order of VALUES: opts.ids collects the records' ids in order.
    const written =
      kind === "patent"
        ? await insert.onConflictDoUpdate({ target: patents.applicationNo, set: Object.fromEntries(PATENT_UPDATE.map((c) => [camel(c), sql.raw(`excluded.${c}`)])) as Record<string, SQL> }).returning({ id: patents.id })
        : await insert.returning({ id: table.id });
    opts.ids?.push(...written.map((w) => w.id));
    onProgress({ phase: "write", done: Math.min(i + chunk, records.length), total: records.length });
  }
  await adjustTerms(tx, kind, added, removedTerms);
  const summary = { kind, rows: records.length, created: records.length - updated, updated };
  await appendAudit(tx, ctx, { action: `market.${kind}_import`, entityType: "market_import", entityId: (records[0] && ownerOf(records[0])?.id) ?? actor?.userId ?? "system", after: summary });
  return summary;
}

const PATENT_UPDATE = ["title", "abstract", "applicants", "inventors", "type", "legal_status", "ipc", "filing_date", "grant_date", "filing_year", "city_code", "domain", "strategic_emerging", "overseas_family", "pledge_amount", "national_award", "china_patent_award", "high_value", "high_value_categories", "names", "search", "updated_at"];
const camel = (col: string) => col.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

function rowValues(kind: Kind, v: Record<string, unknown>, org: Owner | null, today: string, userId: string | null): Record<string, unknown> {
  const base = { createdBy: userId, updatedAt: new Date() };
  switch (kind) {
    case "patent": {
      const filingDate = (v.filingDate as string | null) ?? null;
      const hv = classifyHighValue(
        {
          kind: v.type as "invention",
          valid: v.legalStatus === "in_force",
          domesticHolder: true,
          filingDate,
          grantDate: (v.grantDate as string | null) ?? null,
          strategicEmergingIndustry: Boolean(v.strategicEmerging),
          overseasFamilyGranted: Boolean(v.overseasFamily),
          pledgeAmountYuan: (v.pledgeAmount as number | null) ?? null,
          nationalSciTechAward: Boolean(v.nationalAward),
          chinaPatentAward: Boolean(v.chinaPatentAward),
        },
        { asOf: today, pledgeThresholdYuan: HIGH_VALUE_SETTINGS.pledgeThresholdYuan },
      );
      return {
        ...base,
        applicationNo: v.applicationNo,
        title: v.title,
        abstract: v.abstract,
        applicants: v.applicants,
        inventors: v.inventors,
        type: v.type,
        legalStatus: v.legalStatus,
        ipc: v.ipc,
        ownerOrgId: org?.id ?? null,
        cityCode: v.cityCode,
        domain: v.domain,
        filingDate,
        grantDate: v.grantDate ?? null,
        filingYear: filingDate ? Number(filingDate.slice(0, 4)) : null,
        strategicEmerging: v.strategicEmerging,
        overseasFamily: v.overseasFamily,
        pledgeAmount: v.pledgeAmount,
        nationalAward: v.nationalAward,
        chinaPatentAward: v.chinaPatentAward,
        highValue: hv.highValue,
        highValueCategories: hv.categories,
        published: true,
        names: [...(v.applicants as string[]), ...(v.inventors as string[])].join(" "),
      };
    }
    case "achievement":
      return { ...base, ...v, ownerOrgId: org?.id, cityCode: org?.cityCode, names: org?.name ?? "" };
    case "demand":
      return { ...base, ...v, orgId: org?.id, cityCode: org?.cityCode, names: org?.name ?? "" };
    case "expert":
      return { ...base, ...v, orgId: org?.id, cityCode: org?.cityCode, names: `${String(v.name)} ${org?.name ?? ""}` };
  }
}
