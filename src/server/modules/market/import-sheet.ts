/**
 * The marketplace's bulk import templates (专利、成果、需求、专家) and the reading of their rows into records, every
 * error at its row and column in Chinese. Pure: rows come from platform/sheets/table.ts, records go to the service.
 */
import { readTable, columnName, type Cell, type Column, type RowError, type TableRow } from "../../platform/sheets/table.ts";
import { checkPatentRecord } from "../../../shared/market/patent-record.ts";
import { CITIES } from "../../../shared/regions.ts";
import { translate, type MessageKey, type MessageParams } from "../../../shared/i18n/index.ts";
import { DOMAINS, TRANSFER_MODES, type Kind } from "./contract.ts";

export const MAX_MARKET_ROWS = 200_000;

const CITY_CHOICES = new Map<string, string>(CITIES.flatMap((c) => [[c.code, c.code], [c.name, c.code], [c.name.replace(/市$/, ""), c.code]]));
const DOMAIN_CHOICES = new Map<string, string>(DOMAINS.map((d) => [d, d]));
const city: Column = { key: "city", header: "所在市*", kind: "choice", required: true, choices: CITY_CHOICES, choicesLabel: CITIES.map((c) => c.name).join("、") };
const domain = (required: boolean): Column => ({ key: "domain", header: required ? "技术领域*" : "技术领域", kind: "choice", required, choices: DOMAIN_CHOICES, choicesLabel: DOMAINS.join("、") });

export const MARKET_TEMPLATES: Record<Kind, { sheet: string; columns: Column[] }> = {
  patent: {
    sheet: "专利",
    columns: [
      { key: "applicationNo", header: "申请号*", kind: "text", required: true, max: 40, width: 18 },
      { key: "title", header: "专利名称*", kind: "text", required: true, max: 300, width: 30 },
      { key: "abstract", header: "摘要", kind: "text", max: 10000, width: 40 },
      { key: "applicants", header: "申请人*", kind: "text", required: true, max: 2000, width: 24 },
      { key: "inventors", header: "发明人", kind: "text", max: 2000, width: 16 },
      { key: "type", header: "专利类型", kind: "text", max: 20 },
      { key: "legalStatus", header: "法律状态*", kind: "text", required: true, max: 20 },
      { key: "ipc", header: "IPC分类号", kind: "text", max: 500, width: 16 },
      { key: "filingDate", header: "申请日", kind: "date", width: 12 },
      { key: "grantDate", header: "授权公告日", kind: "date", width: 12 },
      city,
      domain(false),
      { key: "strategicEmerging", header: "战略性新兴产业", kind: "bool" },
      { key: "overseasFamily", header: "海外同族授权", kind: "bool" },
      { key: "pledgeAmount", header: "质押融资金额（元）", kind: "money" },
      { key: "nationalAward", header: "国家科学技术奖", kind: "bool" },
      { key: "chinaPatentAward", header: "中国专利奖", kind: "bool" },
    ],
  },
  achievement: {
    sheet: "科技成果",
    columns: [
      { key: "title", header: "成果名称*", kind: "text", required: true, max: 200, width: 30 },
      { key: "summary", header: "成果简介*", kind: "text", required: true, max: 5000, width: 40 },
      domain(true),
      { key: "trl", header: "技术成熟度（TRL 1–9）*", kind: "count", required: true },
      { key: "transferModes", header: "转化方式*", kind: "list", required: true },
      { key: "price", header: "价格（万元）", kind: "money" },
      { key: "negotiable", header: "面议", kind: "bool" },
      { key: "contactName", header: "联系人", kind: "text", max: 50 },
      { key: "contactPhone", header: "联系电话", kind: "text", max: 30 },
      { key: "published", header: "公开", kind: "bool" },
    ],
  },
  demand: {
    sheet: "技术需求",
    columns: [
      { key: "title", header: "需求名称*", kind: "text", required: true, max: 200, width: 30 },
      { key: "description", header: "需求描述*", kind: "text", required: true, max: 5000, width: 40 },
      domain(true),
      { key: "budget", header: "预算（万元）", kind: "money" },
      { key: "negotiable", header: "面议", kind: "bool" },
      { key: "deadline", header: "截止日期", kind: "date" },
    ],
  },
  expert: {
    sheet: "专家",
    columns: [
      { key: "name", header: "姓名*", kind: "text", required: true, max: 50 },
      { key: "title", header: "职称", kind: "text", max: 50 },
      { key: "fields", header: "研究方向*", kind: "list", required: true },
      { key: "bio", header: "简介", kind: "text", max: 5000, width: 40 },
      domain(false),
      { key: "published", header: "公开", kind: "bool" },
    ],
  },
};

export type ImportedRecord = { row: number; values: Record<string, unknown> };
export type MarketSheetRead = { records: ImportedRecord[]; errors: RowError[]; fatal: boolean };

const str = (v: unknown) => (typeof v === "string" ? v : undefined);
const num = (v: unknown) => (typeof v === "number" ? v : undefined);
const bool = (v: unknown) => (typeof v === "boolean" ? v : undefined);

/**
 * Reads one kind's sheet into inputs shaped like the API's (contract.ts), checked by the same rules: patents by
 * patent-record.ts (number, type, status, IPC, names, dates) with duplicates of an application number within the
 * file refused; achievements need a price or 面议 and TRL 1–9; demands a budget or 面议.
 */
export function readMarketSheet(kind: Kind, header: Cell[], data: Cell[][], opts: { today: string; merges?: string[] }): MarketSheetRead {
  const { columns } = MARKET_TEMPLATES[kind];
  const table = readTable(header, data, columns, { maxRows: MAX_MARKET_ROWS, merges: opts.merges });
  if (table.fatal) return { records: [], errors: table.errors, fatal: true };
  const errors = [...table.errors];
  const zh = (key: MessageKey, params?: MessageParams) => translate("zh-CN", key, params);
  const where = (key: string) => columnName(columns, header, key);
  const records: ImportedRecord[] = [];
  const seen = new Map<string, number>();
  const fail = (row: number, key: string, message: MessageKey, params?: MessageParams) => errors.push({ row, column: where(key), message: zh(message, params) });
  for (const r of table.rows) {
    const record = toRecord(kind, r, opts.today, fail, seen);
    if (record) records.push(record);
  }
  return { records, errors, fatal: false };
}

type Fail = (row: number, key: string, message: MessageKey, params?: MessageParams) => void;

function toRecord(kind: Kind, { row, values: v }: TableRow, today: string, fail: Fail, seen: Map<string, number>): ImportedRecord | null {
  const failed = (...args: Parameters<Fail>): null => {
    fail(...args);
    return null;
  };
  switch (kind) {
    case "patent": {
      const checked = checkPatentRecord({ applicationNo: str(v.get("applicationNo")) ?? "", type: str(v.get("type")), legalStatus: str(v.get("legalStatus")) ?? "", ipc: str(v.get("ipc")), applicants: str(v.get("applicants")) ?? "", inventors: str(v.get("inventors")), filingDate: str(v.get("filingDate")), grantDate: str(v.get("grantDate")) }, today);
      if (!checked.ok) {
        for (const i of checked.issues) fail(row, i.path.split(".")[0] ?? i.path, i.key, i.params);
        return null;
      }
      const no = checked.record.applicationNo;
      const other = seen.get(no);
      if (other !== undefined) {
        fail(row, "applicationNo", "import.duplicate_key", { other, key: no });
        return null;
      }
      seen.set(no, row);
      return {
        row,
        values: {
          ...checked.record,
          title: str(v.get("title")) ?? "",
          abstract: str(v.get("abstract")) ?? "",
          cityCode: str(v.get("city")) ?? "",
          domain: str(v.get("domain")) ?? null,
          strategicEmerging: bool(v.get("strategicEmerging")) ?? false,
          overseasFamily: bool(v.get("overseasFamily")) ?? false,
          pledgeAmount: num(v.get("pledgeAmount")) ?? null,
          nationalAward: bool(v.get("nationalAward")) ?? false,
          chinaPatentAward: bool(v.get("chinaPatentAward")) ?? false,
        },
      };
    }
    case "achievement": {
      const trl = num(v.get("trl")) ?? 0;
      if (trl < 1 || trl > 9) return failed(row, "trl", "import.trl_range", { value: trl });
      const modes = (v.get("transferModes") as string[] | undefined) ?? [];
      const unknown = modes.filter((m) => !(TRANSFER_MODES as readonly string[]).includes(m));
      if (unknown.length) return failed(row, "transferModes", "import.bad_choice", { value: unknown.join("、"), choices: TRANSFER_MODES.join("、") });
      const price = num(v.get("price"));
      const negotiable = bool(v.get("negotiable")) ?? false;
      if (price === undefined && !negotiable) return failed(row, "price", "market.price_or_negotiable");
      if (price !== undefined && price < 0) return failed(row, "price", "assess.negative", { value: price });
      return { row, values: { title: v.get("title"), summary: v.get("summary"), domain: v.get("domain"), trl, transferModes: [...new Set(modes)], price: price ?? null, negotiable, contactName: str(v.get("contactName")) ?? null, contactPhone: str(v.get("contactPhone")) ?? null, published: bool(v.get("published")) ?? false } };
    }
    case "demand": {
      const budget = num(v.get("budget"));
      const negotiable = bool(v.get("negotiable")) ?? false;
      if (budget === undefined && !negotiable) return failed(row, "budget", "market.budget_or_negotiable");
      if (budget !== undefined && budget < 0) return failed(row, "budget", "assess.negative", { value: budget });
      return { row, values: { title: v.get("title"), description: v.get("description"), domain: v.get("domain"), budget: budget ?? null, negotiable, deadline: str(v.get("deadline")) ?? null } };
    }
    case "expert":
      return { row, values: { name: v.get("name"), title: str(v.get("title")) ?? null, fields: v.get("fields"), bio: str(v.get("bio")) ?? "", domain: str(v.get("domain")) ?? null, published: bool(v.get("published")) ?? false } };
  }
}
