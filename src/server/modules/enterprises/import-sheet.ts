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

type Kind = "text" | "money" | "count" | "year" | "date" | "city";
type Column = { key: string; header: string; kind: Kind; required?: boolean; width?: number };

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
  { key: "city", header: "所在市*", kind: "city", required: true },
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

export type RowError = { row: number; column: string; message: string };
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

/** A cell as a spreadsheet library gives it: a value, a date, a formula, rich text, or nothing. */
export type Cell = string | number | boolean | Date | null | undefined | { formula?: string; sharedFormula?: string; result?: unknown } | { richText: { text: string }[] } | { text: string; hyperlink?: string } | { error: string };

const cityByName = new Map<string, string>(CITIES.flatMap((c) => [[c.code, c.code], [c.name, c.code], [c.name.replace(/市$/, ""), c.code]]));

type CellResult<T> = { ok: true; value: T } | { ok: false; key: MessageKey; params?: MessageParams };

function cellText(cell: Cell): CellResult<string | null> {
  if (cell === null || cell === undefined) return { ok: true, value: null };
  if (cell instanceof Date) return { ok: true, value: cell.toISOString().slice(0, 10) };
  if (typeof cell === "object") {
    if ("formula" in cell || "sharedFormula" in cell) return { ok: false, key: "import.formula" };
    if ("error" in cell) return { ok: false, key: "import.cell_error", params: { value: cell.error } };
    if ("richText" in cell) return { ok: true, value: cell.richText.map((t) => t.text).join("").trim() || null };
    if ("text" in cell) return { ok: true, value: String(cell.text).trim() || null };
    return { ok: false, key: "import.cell_unreadable" };
  }
  const s = String(cell).trim();
  return { ok: true, value: s === "" ? null : s };
}

function numberOf(s: string, integer: boolean): CellResult<number> {
  const n = Number(s.replace(/[,，\s]/g, ""));
  if (!Number.isFinite(n)) return { ok: false, key: "import.not_number", params: { value: s.slice(0, 40) } };
  if (integer && !Number.isInteger(n)) return { ok: false, key: "import.not_integer", params: { value: s.slice(0, 40) } };
  return { ok: true, value: n };
}

function dateOf(cell: Cell, s: string): CellResult<string> {
  if (cell instanceof Date) return { ok: true, value: cell.toISOString().slice(0, 10) };
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  if (!m) return { ok: false, key: "import.not_date", params: { value: s.slice(0, 40) } };
  const iso = `${m[1]}-${(m[2] ?? "").padStart(2, "0")}-${(m[3] ?? "").padStart(2, "0")}`;
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) return { ok: false, key: "import.not_date", params: { value: s.slice(0, 40) } };
  return { ok: true, value: iso };
}

function readCell(column: Column, cell: Cell): CellResult<string | number | null> {
  const text = cellText(cell);
  if (!text.ok || text.value === null) return text;
  const s = text.value;
  switch (column.kind) {
    case "text":
      return s.length > 200 ? { ok: false, key: "import.too_long", params: { max: 200 } } : { ok: true, value: s };
    case "money":
      return numberOf(s, false);
    case "count":
      return numberOf(s, true);
    case "year": {
      const y = numberOf(s, true);
      return y.ok && (y.value < 1990 || y.value > 2100) ? { ok: false, key: "import.bad_year", params: { value: y.value } } : y;
    }
    case "date":
      return dateOf(cell, s);
    case "city": {
      const code = cityByName.get(s);
      return code ? { ok: true, value: code } : { ok: false, key: "import.bad_city", params: { value: s.slice(0, 40), cities: CITIES.map((c) => c.name).join("、") } };
    }
  }
}

/** Column letters as a spreadsheet shows them (0 → A, 26 → AA). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export type SheetRead = { rows: ImportRow[]; errors: RowError[]; fatal: boolean };

/**
 * Reads the sheet: `header` is the first row's cells, `data` the following rows (sheet row numbers start at 2).
 * Wrong headers, merged cells and too many rows are errors of the whole file (fatal); anything else is an error of
 * its row and column. Nothing is guessed: a cell that cannot be read is an error, an empty cell is an unknown figure.
 */
export function readSheet(header: Cell[], data: Cell[][], opts: { today: string; merges?: string[] }): SheetRead {
  const errors: RowError[] = [];
  const zh = (key: MessageKey, params?: MessageParams) => translate("zh-CN", key, params);
  if ((opts.merges ?? []).length > 0) {
    return { rows: [], fatal: true, errors: [{ row: 0, column: (opts.merges ?? []).slice(0, 5).join("、"), message: zh("import.merged_cells") }] };
  }
  if (data.length > MAX_IMPORT_ROWS) return { rows: [], fatal: true, errors: [{ row: 0, column: "", message: zh("import.too_many_rows", { rows: data.length, max: MAX_IMPORT_ROWS }) }] };
  const headers = header.map((h) => {
    const t = cellText(h);
    return t.ok ? (t.value ?? "").replace(/\s+/g, "") : "";
  });
  const normal = (s: string) => s.replace(/\s+/g, "");
  const positions = new Map<string, number>();
  TEMPLATE_COLUMNS.forEach((c) => {
    const i = headers.indexOf(normal(c.header));
    if (i >= 0) positions.set(c.key, i);
  });
  const missing = TEMPLATE_COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => c.header);
  const unknown = headers.filter((h) => h !== "" && !TEMPLATE_COLUMNS.some((c) => normal(c.header) === h));
  if (missing.length > 0 || unknown.length > 0) {
    const parts: RowError[] = [];
    if (missing.length) parts.push({ row: 1, column: missing.join("、"), message: zh("import.missing_columns", { columns: missing.join("、") }) });
    if (unknown.length) parts.push({ row: 1, column: unknown.slice(0, 10).join("、"), message: zh("import.unknown_columns", { columns: unknown.slice(0, 10).join("、") }) });
    return { rows: [], fatal: true, errors: parts };
  }
  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  data.forEach((cells, index) => {
    const rowNo = index + 2;
    if (cells.every((c) => {
      const t = cellText(c);
      return t.ok && t.value === null;
    })) return;
    const values = new Map<string, string | number>();
    let bad = false;
    for (const column of TEMPLATE_COLUMNS) {
      const i = positions.get(column.key);
      if (i === undefined) continue;
      const read = readCell(column, cells[i]);
      const letter = `${columnLetter(i)}（${column.header.replace("*", "")}）`;
      if (!read.ok) {
        errors.push({ row: rowNo, column: letter, message: zh(read.key, read.params) });
        bad = true;
      } else if (read.value === null) {
        if (column.required) {
          errors.push({ row: rowNo, column: letter, message: zh("import.required") });
          bad = true;
        }
      } else values.set(column.key, read.value);
    }
    const creditRaw = values.get("creditCode");
    let creditCode = "";
    if (typeof creditRaw === "string") {
      const v = validateCreditCode(creditRaw);
      if (v.valid) creditCode = v.normalized;
      else {
        errors.push({ row: rowNo, column: `${columnLetter(positions.get("creditCode") ?? 0)}（统一社会信用代码）`, message: zh(v.message.key, v.message.params) });
        bad = true;
      }
    }
    const year = Number(values.get("year"));
    const key = `${creditCode}|${year}`;
    if (creditCode && seen.has(key)) {
      errors.push({ row: rowNo, column: "年度", message: zh("import.duplicate_row", { other: seen.get(key) ?? 0, year }) });
      bad = true;
    } else if (creditCode) seen.set(key, rowNo);
    if (bad) return;
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
      const head = TEMPLATE_COLUMNS.find((c) => c.key === issue.path || issue.path.startsWith(`${c.key}.`) || c.key === issue.path.replace(/^ip\./, "ip."));
      errors.push({ row: rowNo, column: head ? `${columnLetter(positions.get(head.key) ?? 0)}（${head.header.replace("*", "")}）` : issue.path, message: zh(issue.key, issue.params) });
    }
    if (issues.length > 0) return;
    const certificates: ImportCertificate[] = [];
    const hteNumber = values.get("hteNumber");
    if (typeof hteNumber === "string") {
      const hteYear = values.get("hteYear");
      if (typeof hteYear !== "number") {
        errors.push({ row: rowNo, column: "高企认定年度", message: zh("import.certificate_year_required") });
        return;
      }
      certificates.push({ tier: "high-tech", number: hteNumber, year: hteYear, validUntil: (values.get("hteValidUntil") as string | undefined) ?? null });
    }
    const smeNumber = values.get("smeNumber");
    if (typeof smeNumber === "string") {
      const smeYear = values.get("smeYear");
      if (typeof smeYear !== "number") {
        errors.push({ row: rowNo, column: "科小入库年度", message: zh("import.certificate_year_required") });
        return;
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
  });
  return { rows, errors, fatal: false };
}
