/**
 * Bulk import of enterprises' yearly figures from the .xlsx template, all or nothing: every row is read and checked
 * first (errors by row and column, in Chinese); only a file without errors is written, in one transaction, with
 * progress reported as it goes. Figures an officer imports are confirmed; certificates likewise.
 */
import ExcelJS from "exceljs";
import { inArray, sql } from "drizzle-orm";
import { enterpriseCertificates, enterprises, enterpriseYears } from "../schema.ts";
import { officerCities, registryPolicy } from "../policy.ts";
import { MAX_IMPORT_ROWS, readSheet as readRows, TEMPLATE_COLUMNS, type ImportRow, type RowError } from "../import-sheet.ts";
import { readSheet } from "../../../platform/sheets/workbook.ts";
import { RowsRejected } from "../../../platform/sheets/response.ts";
import { refreshAssessments } from "./records.ts";
import { insertEnterpriseOrganisations, organisationsByCreditCode } from "../../orgs/index.ts";
import { cityName } from "../../../../shared/regions.ts";
import { translate } from "../../../../shared/i18n/index.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { Tx } from "../../../platform/db.ts";

export type Progress = { phase: "read" | "check" | "write" | "assess"; done: number; total: number };
export type ImportSummary = { rows: number; created: number; updated: number; years: number; certificates: number };

/** The template with its headers, one example row and the notes on each column. */
export async function importTemplate(ctx: Ctx): Promise<Buffer> {
  requireActor(ctx.actor);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("企业年度数据");
  ws.columns = TEMPLATE_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(12, c.header.length * 2) }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({ creditCode: "91420100MA4KXXXX0X", name: "示例：武汉某某光电科技有限公司（导入前请删除本行）", city: "武汉市", year: 2025 });
  const notes = wb.addWorksheet("填写说明");
  notes.addRow(["一行为一家企业的一个会计年度；带 * 的列必填。金额单位为万元，人数为人。"]);
  notes.addRow(["空白单元格表示“未知”，系统不会推算；请勿使用公式或合并单元格，请勿修改表头。"]);
  notes.addRow(["所在市填写：武汉市、黄石市、鄂州市、黄冈市、咸宁市（或其行政区划代码）。日期格式 YYYY-MM-DD。"]);
  notes.addRow(["同一文件中同一企业同一年度只能出现一次；已在登记库中的企业按统一社会信用代码更新。"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}


/**
 * Checks and writes a workbook. Throws RowsRejected with every row error (nothing written), or DomainError for a
 * caller who may not import these cities; otherwise returns the summary.
 */
export async function importWorkbook(ctx: Ctx, content: Buffer, fileName: string, onProgress: (p: Progress) => void = () => {}): Promise<ImportSummary> {
  const actor = requireActor(ctx.actor);
  const cities = officerCities(actor);
  if (cities.length === 0) registryPolicy.authorize(actor, "import", { orgId: null, cityCode: "" });
  onProgress({ phase: "read", done: 0, total: 1 });
  const sheet = await readSheet(content, fileName, MAX_IMPORT_ROWS);
  const today = todayInShanghai();
  onProgress({ phase: "check", done: 0, total: sheet.data.length });
  const read = readRows(sheet.header, sheet.data, { today, merges: sheet.merges });
  const errors = [...read.errors];
  if (!read.fatal && read.rows.length === 0 && errors.length === 0) errors.push({ row: 0, column: "", message: translate("zh-CN", "import.empty") });
  for (const row of read.rows) {
    if (!registryPolicy.can(actor, "import", { orgId: null, cityCode: row.cityCode })) {
      errors.push({ row: row.row, column: "所在市", message: translate("zh-CN", "import.city_forbidden", { city: cityName(row.cityCode) }) });
    }
  }
  onProgress({ phase: "check", done: sheet.data.length, total: sheet.data.length });
  if (errors.length > 0) throw new RowsRejected(errors.sort((a, b) => a.row - b.row));
  const result = await ctx.db.transaction((tx) => writeRows(tx, ctx, read.rows, onProgress));
  return result;
}

async function writeRows(tx: Tx, ctx: Ctx, rows: ImportRow[], onProgress: (p: Progress) => void): Promise<ImportSummary> {
  const total = rows.length;
  const codes = [...new Set(rows.map((r) => r.creditCode))];
  const existing = await organisationsByCreditCode(tx, codes);
  const errors: RowError[] = [];
  for (const r of rows) {
    const org = existing.get(r.creditCode);
    if (org && org.kind !== "enterprise") errors.push({ row: r.row, column: "统一社会信用代码", message: translate("zh-CN", "import.org_not_enterprise", { code: r.creditCode, name: org.name }) });
  }
  const numbers = rows.flatMap((r) => r.certificates.map((c) => c.number));
  if (numbers.length > 0) {
    const taken = await tx.select({ tier: enterpriseCertificates.tier, number: enterpriseCertificates.number, orgId: enterpriseCertificates.orgId }).from(enterpriseCertificates).where(inArray(enterpriseCertificates.number, numbers));
    for (const r of rows) {
      const orgId = existing.get(r.creditCode)?.id;
      for (const c of r.certificates) {
        const other = taken.find((t) => t.tier === c.tier && t.number === c.number);
        if (other && other.orgId !== orgId) errors.push({ row: r.row, column: c.tier === "high-tech" ? "高企证书编号" : "科小入库登记编号", message: translate("zh-CN", "import.certificate_taken", { number: c.number }) });
      }
    }
  }
  if (errors.length > 0) throw new RowsRejected(errors);

  // 1. Organisations that do not exist yet (first row of each credit code names it).
  const firstOf = new Map<string, ImportRow>();
  for (const r of rows) if (!firstOf.has(r.creditCode)) firstOf.set(r.creditCode, r);
  const fresh = [...firstOf.values()].filter((r) => !existing.has(r.creditCode));
  const created = await insertEnterpriseOrganisations(tx, fresh.map((r) => ({ name: r.name, creditCode: r.creditCode, cityCode: r.cityCode, districtCode: r.districtCode })));
  const idOf = (code: string) => existing.get(code)?.id ?? created.get(code) ?? "";

  // 2. Registry profiles: insert missing, keep existing ones (a later row may fill industry and founding date).
  const profiles = [...firstOf.values()].map((r) => ({ orgId: idOf(r.creditCode), cityCode: r.cityCode, industry: r.industry, foundedOn: r.foundedOn }));
  const registered = new Set((await tx.select({ id: enterprises.orgId }).from(enterprises).where(inArray(enterprises.orgId, profiles.map((p) => p.orgId)))).map((r) => r.id));
  for (let i = 0; i < profiles.length; i += 1000) {
    const chunk = profiles.slice(i, i + 1000).filter((p) => !registered.has(p.orgId));
    if (chunk.length) await tx.insert(enterprises).values(chunk);
  }

  // 3. Years (upsert, confirmed: the officer imports them) and certificates.
  let done = 0;
  const chunkSize = 500;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize);
    const values = chunk.map((r) => {
      const { year, ...figures } = r.figures;
      return { orgId: idOf(r.creditCode), year, ...figures, ip: figures.ip ?? null, status: "confirmed", confirmedBy: ctx.actor?.userId ?? null, confirmedAt: new Date(), updatedAt: new Date() };
    });
    await tx
      .insert(enterpriseYears)
      .values(values)
      .onConflictDoUpdate({
        target: [enterpriseYears.orgId, enterpriseYears.year],
        set: Object.fromEntries(
          ["employees", "tech_staff", "rd_staff", "operating_revenue", "main_business_revenue", "sales_revenue", "total_revenue", "high_tech_revenue", "rd_expense", "rd_expense_domestic", "cost_expense", "total_assets", "net_assets", "total_liabilities", "net_profit", "equity_financing", "ip", "standards_led", "results_converted", "status", "confirmed_by", "confirmed_at", "updated_at"].map(
            (col) => [camel(col), sql.raw(`excluded.${col}`)],
          ),
        ),
      });
    const certs = chunk.flatMap((r) => r.certificates.map((c) => ({ orgId: idOf(r.creditCode), cityCode: r.cityCode, tier: c.tier, number: c.number, year: c.year, level: "national", validUntil: c.validUntil, confirmed: true, createdBy: ctx.actor?.userId ?? null })));
    if (certs.length) await tx.insert(enterpriseCertificates).values(certs).onConflictDoNothing();
    done += chunk.length;
    onProgress({ phase: "write", done, total });
  }

  // 4. Assessments of every enterprise touched.
  const orgIds = [...new Set(rows.map((r) => idOf(r.creditCode)))];
  const today = todayInShanghai();
  for (let i = 0; i < orgIds.length; i += 500) {
    await refreshAssessments(tx, orgIds.slice(i, i + 500), today);
    onProgress({ phase: "assess", done: Math.min(i + 500, orgIds.length), total: orgIds.length });
  }
  const summary = { rows: rows.length, created: created.size, updated: orgIds.length - created.size, years: rows.length, certificates: rows.reduce((n, r) => n + r.certificates.length, 0) };
  await appendAudit(tx, ctx, { action: "enterprise.import", entityType: "enterprise_import", entityId: orgIds[0] ?? "none", after: { ...summary, orgIds } });
  return summary;
}

const camel = (col: string) => col.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
