/**
 * The registry's bulk import (企业年度数据导入模板): the template's columns, and the reading of a sheet's cells into
 * enterprise-year rows with every error at its row and column, in Chinese. Pure: cells in, rows and errors out.
 * One row is one enterprise in one fiscal year; certificate columns are optional on any row.
 */
import { validateCreditCode } from "../../../shared/credit-code.ts";
import { CITIES } from "../../../shared/regions.ts";
import { IP_TYPES, type IpOwned, type YearFigures } from "../../../shared/enterprise/record.ts";
import { validateYear } from "../../../shared/enterprise/validate.ts";
import { translate, type MessageKey, type MessageParams } from "../../../shared/i18n/index.ts";
import { columnName, readTable, type Cell, type Column, type RowError } from "../../platform/sheets/table.ts";

export type { RowError } from "../../platform/sheets/table.ts";

/** City names (with or without 市) and codes → code. */
const CITY_CHOICES = new Map<string, string>(CITIES.flatMap((c) => [[c.code, c.code], [c.name, c.code], [c.name.replace(/市$/, ""), c.code]]));

const IP_LABELS: Record<(typeof IP_TYPES)[number], string> = {
  invention: "发明专利",
  plantVariety: "植物新品种",
  icLayout: "集成电路布图设计",
  newDrug: "国家新药",
  utilityModel: "实用新型专利",
  design: "外观设计专利",
  software: "软件著作权",
};

/** The template's columns, in order. Headers are matched exactly (after trimming); "*" marks a required column. */
export const TEMPLATE_COLUMNS: readonly Column[] = [
  { key: "creditCode", header: "统一社会信用代码*", kind: "text", required: true, width: 22 },
  { key: "name", header: "企业名称*", kind: "text", required: true, width: 30 },
  { key: "city", header: "所在市*", kind: "choice", required: true, choices: CITY_CHOICES, choicesLabel: CITIES.map((c) => c.name).join("、") },
  { key: "districtCode", header: "区县代码", kind: "text" },
  { key: "industry", header: "所属行业", kind: "text", width: 20 },
  { key: "foundedOn", header: "成立日期", kind: "date", width: 12 },
  { key: "year", header: "年度*", kind: "year", required: true },
  { key: "employees", header: "职工总数（人）", kind: "count" },
  { key: "techStaff", header: "科技人员（人）", kind: "count" },
  { key: "rdStaff", header: "研发人员（人）", kind: "count" },
  { key: "operatingRevenue", header: "营业收入（万元）", kind: "money" },
  { key: "mainBusinessRevenue", header: "主营业务收入（万元）", kind: "money" },
  { key: "salesRevenue", header: "销售收入（万元）", kind: "money" },
  { key: "totalRevenue", header: "总收入（万元）", kind: "money" },
  { key: "highTechRevenue", header: "高新技术产品（服务）收入（万元）", kind: "money" },
  { key: "rdExpense", header: "研究开发费用（万元）", kind: "money" },
  { key: "rdExpenseDomestic", header: "其中境内研发费用（万元）", kind: "money" },
  { key: "costExpense", header: "成本费用支出总额（万元）", kind: "money" },
  { key: "totalAssets", header: "资产总额（万元）", kind: "money" },
  { key: "netAssets", header: "净资产（万元）", kind: "money" },
  { key: "totalLiabilities", header: "负债总额（万元）", kind: "money" },
  { key: "netProfit", header: "净利润（万元）", kind: "money" },
  { key: "equityFinancing", header: "新增股权融资（万元）", kind: "money" },
  ...IP_TYPES.flatMap((t): Column[] => [
    { key: `ip.${t}.selfDeveloped`, header: `${IP_LABELS[t]}·自主研发（件）`, kind: "count" },
    { key: `ip.${t}.acquired`, header: `${IP_LABELS[t]}·受让等（件）`, kind: "count" },
  ]),
  { key: "standardsLed", header: "主导制定标准（项）", kind: "count" },
  { key: "resultsConverted", header: "科技成果转化（项）", kind: "count" },
  { key: "hteNumber", header: "高企证书编号", kind: "text", width: 18 },
  { key: "hteYear", header: "高企认定年度", kind: "year" },
  { key: "hteValidUntil", header: "高企证书有效期至", kind: "date", width: 12 },
  { key: "smeNumber", header: "科小入库登记编号", kind: "text", width: 18 },
  { key: "smeYear", header: "科小入库年度", kind: "year" },
];

export const MAX_IMPORT_ROWS = 100_000;

export type ImportCertificate = { tier: "high-tech" | "tech-sme"; number: string; year: number; validUntil: string | null };
export type ImportRow = {
  row: number;
  creditCode: string;
  name: string;
  cityCode: string;
  districtCode: string | null;
  industry: string | null;
  foundedOn: string | null;
  figures: YearFigures;
  certificates: ImportCertificate[];
};

export type SheetRead = { rows: ImportRow[]; errors: RowError[]; fatal: boolean };

/**
 * Reads the sheet: `header` is the first row's cells, `data` the following rows (sheet row numbers start at 2).
 * Wrong headers, merged cells and too many rows are errors of the whole file (fatal); anything else is an error of
 * its row and column. Nothing is guessed: a cell that cannot be read is an error, an empty cell is an unknown figure.
 */
export function readSheet(header: Cell[], data: Cell[][], opts: { today: string; merges?: string[] }): SheetRead {
  const zh = (key: MessageKey, params?: MessageParams) => translate("zh-CN", key, params);
  const table = readTable(header, data, TEMPLATE_COLUMNS, { maxRows: MAX_IMPORT_ROWS, merges: opts.merges });
  if (table.fatal) return { rows: [], errors: table.errors, fatal: true };
  const errors: RowError[] = [...table.errors];
  const where = (key: string) => columnName(TEMPLATE_COLUMNS, header, key);
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { row: rowNo, values } of table.rows) {
    let bad = false;
    const creditRaw = values.get("creditCode");
    let creditCode = "";
    if (typeof creditRaw === "string") {
      const v = validateCreditCode(creditRaw);
      if (v.valid) creditCode = v.normalized;
      else {
        errors.push({ row: rowNo, column: where("creditCode"), message: zh(v.message.key, v.message.params) });
        bad = true;
      }
    }
    const year = Number(values.get("year"));
    const key = `${creditCode}|${year}`;
    if (creditCode && seen.has(key)) {
      errors.push({ row: rowNo, column: where("year"), message: zh("import.duplicate_row", { other: seen.get(key) ?? 0, year }) });
      bad = true;
    } else if (creditCode) seen.set(key, rowNo);
    if (bad) continue;
    const figures: YearFigures = { year };
    const ip: IpOwned = {};
    for (const [k, v] of values) {
      if (typeof v !== "number") continue;
      if (k.startsWith("ip.")) {
        const [, type, how] = k.split(".") as [string, (typeof IP_TYPES)[number], "selfDeveloped" | "acquired"];
        ip[type] = { ...(ip[type] ?? {}), [how]: v };
      } else if (k !== "year" && k !== "hteYear" && k !== "smeYear") (figures as unknown as Record<string, number>)[k] = v;
    }
    if (Object.keys(ip).length > 0) figures.ip = ip;
    const foundedOn = (values.get("foundedOn") as string | undefined) ?? null;
    const issues = validateYear(figures, { today: opts.today, foundedOn });
    if (foundedOn && foundedOn > opts.today) issues.push({ path: "foundedOn", key: "enterprise.founded_future", params: { foundedOn, today: opts.today } });
    for (const issue of issues) {
      const head = TEMPLATE_COLUMNS.find((c) => c.key === issue.path || issue.path.startsWith(`${c.key}.`));
      errors.push({ row: rowNo, column: head ? where(head.key) : issue.path, message: zh(issue.key, issue.params) });
    }
    if (issues.length > 0) continue;
    const certificates: ImportCertificate[] = [];
    const hteNumber = values.get("hteNumber");
    if (typeof hteNumber === "string") {
      const hteYear = values.get("hteYear");
      if (typeof hteYear !== "number") {
        errors.push({ row: rowNo, column: where("hteYear"), message: zh("import.certificate_year_required") });
        continue;
      }
      certificates.push({ tier: "high-tech", number: hteNumber, year: hteYear, validUntil: (values.get("hteValidUntil") as string | undefined) ?? null });
    }
    const smeNumber = values.get("smeNumber");
    if (typeof smeNumber === "string") {
      const smeYear = values.get("smeYear");
      if (typeof smeYear !== "number") {
        errors.push({ row: rowNo, column: where("smeYear"), message: zh("import.certificate_year_required") });
        continue;
      }
      certificates.push({ tier: "tech-sme", number: smeNumber, year: smeYear, validUntil: `${smeYear}-12-31` });
    }
    rows.push({
      row: rowNo,
      creditCode,
      name: String(values.get("name")),
      cityCode: String(values.get("city")),
      districtCode: (values.get("districtCode") as string | undefined) ?? null,
      industry: (values.get("industry") as string | undefined) ?? null,
      foundedOn,
      figures,
      certificates,
    });
  }
  return { rows, errors, fatal: false };
}
