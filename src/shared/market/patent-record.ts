/**
 * A patent record's fields as an import row or a form gives them, normalised and checked: the application number
 * (ZC 0006, src/shared/patent-number.ts; a wrong check character names the right one), the type and its agreement
 * with the number, the legal status from a controlled list, IPC symbols, applicants and inventors split from
 * Chinese-separated text, and the dates. Every problem is reported at once as a field issue with an i18n key.
 * Pure, shared by the server and the pages; `today` is an argument.
 */
import type { FieldIssue } from "../eligibility/index.ts";
import { isIsoDate } from "../eligibility/dates.ts";
import { validatePatentNumber } from "../patent-number.ts";
import { foldFullWidth } from "../text.ts";

export const PATENT_TYPES = ["invention", "utility_model", "design"] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

/**
 * 法律状态, the five states a marketplace reader needs (labels: market.legal_status.*):
 * pending 审中 (filed, published or under examination, not granted); in_force 有效 (granted, fees paid);
 * lapsed 失效 (ended early: fees unpaid, abandoned, withdrawn or rejected — an application can lapse too);
 * expired 届满 (its term ran out); invalidated 无效 (declared wholly invalid by 无效宣告).
 * 部分无效 is not a state of its own: the patent stays 有效 with fewer claims.
 */
export const LEGAL_STATUSES = ["pending", "in_force", "lapsed", "expired", "invalidated"] as const;
export type LegalStatus = (typeof LEGAL_STATUSES)[number];

/** What imports and people write for each state (compared folded and lower-cased). */
const STATUS_WORDS: Record<LegalStatus, readonly string[]> = {
  pending: ["审中", "在审", "审查中", "实审", "实质审查", "公开", "申请中", "待审", "pending"],
  in_force: ["有效", "授权", "有权", "维持", "in_force", "in force", "granted", "valid"],
  lapsed: ["失效", "终止", "权利终止", "未缴年费", "放弃", "撤回", "视为撤回", "驳回", "lapsed"],
  expired: ["届满", "期限届满", "期满", "expired"],
  invalidated: ["无效", "宣告无效", "全部无效", "invalidated"],
};
/** States that only a granted patent can be in: they need a grant date. */
const GRANTED_STATES: readonly LegalStatus[] = ["in_force", "expired", "invalidated"];

const TYPE_WORDS: Record<PatentType, readonly string[]> = {
  invention: ["invention", "发明", "发明专利"],
  utility_model: ["utility_model", "utility model", "实用新型", "实用新型专利"],
  design: ["design", "外观设计", "外观设计专利", "外观"],
};
/** ZC 0006 申请种类 digit → type; 8 and 9 are PCT national-phase inventions and utility models. */
const TYPE_BY_DIGIT: Readonly<Record<string, PatentType>> = { "1": "invention", "2": "utility_model", "3": "design", "8": "invention", "9": "utility_model" };

/** 专利法 in force 1985-04-01: no Chinese application is older. 12-digit numbers were issued from 2003-10-01. */
const PATENT_LAW_FROM = "1985-04-01";
const TWELVE_DIGIT_FROM = "2003-10-01";
const MAX_IPC = 50;
const MAX_APPLICANTS = 50;
const MAX_INVENTORS = 100;
const MAX_NAME_CHARS = 200;

export type PatentRecordInput = {
  applicationNo: string;
  type?: string | null;
  legalStatus: string;
  ipc?: string | readonly string[] | null;
  applicants: string | readonly string[];
  inventors?: string | readonly string[] | null;
  filingDate?: string | null;
  grantDate?: string | null;
};

export type PatentRecord = {
  /** 202110123456.7 (or 98123456.9 before 2003-10-01). */
  applicationNo: string;
  type: PatentType;
  /** Entered the Chinese national phase of a PCT application (type digit 8 or 9). */
  pct: boolean;
  legalStatus: LegalStatus;
  /** "G06N 3/08" */
  ipc: string[];
  applicants: string[];
  inventors: string[];
  filingDate: string | null;
  grantDate: string | null;
};

export type PatentRecordCheck = { ok: true; record: PatentRecord } | { ok: false; issues: FieldIssue[] };

const fold = (s: string): string => foldFullWidth(s).trim().replace(/\s+/g, " ").toLowerCase();

export function parseLegalStatus(text: string): LegalStatus | null {
  const word = fold(text);
  return LEGAL_STATUSES.find((s) => STATUS_WORDS[s].includes(word)) ?? null;
}

export function parsePatentType(text: string): PatentType | null {
  const word = fold(text);
  return PATENT_TYPES.find((t) => TYPE_WORDS[t].includes(word)) ?? null;
}

const IPC_SYMBOL = /([A-H])(\d{2})([A-Z])(\d{1,4})\/(\d{2,6})/g;

/**
 * IPC symbols from text or a list: full-width folded, spaces ignored, version marks "(2006.01)" dropped, several per
 * field separated by ；，、; or spaces. Written "G06N 3/08": section, class, subclass, a space, the main group without
 * leading zeros, "/", the subgroup without the trailing zeros of the 14-character form (3/080000 is 3/08).
 */
export function normalizeIpc(input: string | readonly string[]): { codes: string[]; invalid: string[] } {
  const codes = new Set<string>();
  const invalid: string[] = [];
  const text = typeof input === "string" ? input : input.join(";");
  for (const piece of foldFullWidth(text).split(/[;,、|\n]/)) {
    const compact = piece.toUpperCase().replace(/\(\d{4}\.\d{2}\)/g, "").replace(/\s+/g, "");
    if (compact === "") continue;
    const symbols = [...compact.matchAll(IPC_SYMBOL)];
    const whole = symbols.map((m) => m[0]).join("") === compact;
    const sound = symbols.every(([, , cls = "", , main = ""]) => Number(cls) > 0 && Number(main) > 0);
    if (!whole || !sound || symbols.length === 0) {
      invalid.push(piece.trim());
      continue;
    }
    for (const [, section, cls, subclass, main, sub = ""] of symbols) {
      codes.add(`${section}${cls}${subclass} ${Number(main)}/${sub.replace(/(?<=\d\d)0+$/, "")}`);
    }
  }
  return { codes: [...codes], invalid };
}

/** "Co., Ltd." and the like after a comma belong to the name before it, not to a new one. */
const COMPANY_SUFFIX = /^(co\b|ltd\b|limited\b|inc\b|llc\b|corp\b|gmbh\b|ag\b|plc\b|s\.?a\b|l\.?p\b)/i;

/** Names from text separated by ；;，,、 or new lines (or from a list), trimmed, each once, in order. */
export function splitNames(input: string | readonly string[]): string[] {
  const pieces: string[] = [];
  const parts = typeof input === "string" ? foldFullWidth(input).split(/[;,、\n]/) : input.map(foldFullWidth);
  for (const raw of parts) {
    const name = raw.trim().replace(/\s+/g, " ");
    const last = pieces.length - 1;
    if (typeof input === "string" && last >= 0 && COMPANY_SUFFIX.test(name)) pieces[last] = `${pieces[last] ?? ""}, ${name}`;
    else if (name !== "") pieces.push(name);
  }
  return [...new Set(pieces)];
}

/** Both sides' dates: real calendar dates, not before 1985-04-01 nor after today, grant not before filing. */
function checkDates(input: PatentRecordInput, today: string, issues: FieldIssue[]): { filingDate: string | null; grantDate: string | null } {
  const read = (path: "filingDate" | "grantDate", value: string | null | undefined): string | null => {
    const v = value?.trim() || null;
    if (v === null) return null;
    if (!isIsoDate(v)) issues.push({ path, key: "market.date_invalid", params: { value: v } });
    else if (v > today) issues.push({ path, key: "market.date_in_future", params: { value: v } });
    else if (v < PATENT_LAW_FROM) issues.push({ path, key: "market.patent_date_before_1985", params: { value: v } });
    else return v;
    return null;
  };
  const filingDate = read("filingDate", input.filingDate);
  const grantDate = read("grantDate", input.grantDate);
  if (filingDate && grantDate && grantDate < filingDate) {
    issues.push({ path: "grantDate", key: "market.patent_grant_before_filing", params: { grant: grantDate, filing: filingDate } });
  }
  return { filingDate, grantDate };
}

function checkNames(path: "applicants" | "inventors", names: string[], max: number, issues: FieldIssue[]): void {
  if (path === "applicants" && names.length === 0) issues.push({ path, key: "market.applicant_required" });
  if (names.length > max) issues.push({ path, key: "market.names_too_many", params: { max } });
  names.forEach((name, i) => {
    if ([...name].length > MAX_NAME_CHARS) issues.push({ path: `${path}.${i}`, key: "market.name_too_long", params: { max: MAX_NAME_CHARS } });
  });
}

export function checkPatentRecord(input: PatentRecordInput, today: string): PatentRecordCheck {
  const issues: FieldIssue[] = [];

  const number = validatePatentNumber(input.applicationNo, Number(today.slice(0, 4)));
  let typeDigit = "";
  if (!number.valid) issues.push({ path: "applicationNo", key: number.message.key, params: number.message.params });
  else if (number.format === "publication") issues.push({ path: "applicationNo", key: "market.patent_application_number_required" });
  else typeDigit = number.normalized.charAt(number.format === "application-2003" ? 4 : 2);
  const numberType = TYPE_BY_DIGIT[typeDigit] ?? null;

  let type = numberType;
  const givenType = input.type?.trim() || null;
  if (givenType !== null) {
    const given = parsePatentType(givenType);
    if (given === null) issues.push({ path: "type", key: "market.patent_type_invalid", params: { value: givenType } });
    else if (numberType !== null && given !== numberType) issues.push({ path: "type", key: "market.patent_type_mismatch", params: { given: givenType, number: number.normalized } });
    else type = given;
  }

  const legalStatus = parseLegalStatus(input.legalStatus);
  if (legalStatus === null) issues.push({ path: "legalStatus", key: "market.legal_status_invalid", params: { value: input.legalStatus.trim() } });

  const { filingDate, grantDate } = checkDates(input, today, issues);
  if (number.valid && number.format === "application-pre2003" && filingDate !== null && filingDate >= TWELVE_DIGIT_FROM) {
    issues.push({ path: "filingDate", key: "market.patent_old_number_late", params: { filing: filingDate } });
  }
  if (legalStatus === "pending" && grantDate !== null) issues.push({ path: "grantDate", key: "market.patent_pending_granted" });
  if (legalStatus !== null && GRANTED_STATES.includes(legalStatus) && !input.grantDate?.trim()) {
    issues.push({ path: "grantDate", key: "market.patent_grant_required", params: { status: input.legalStatus.trim() } });
  }

  const ipc = normalizeIpc(input.ipc ?? []);
  for (const value of ipc.invalid) issues.push({ path: "ipc", key: "market.ipc_invalid", params: { value } });
  if (ipc.codes.length > MAX_IPC) issues.push({ path: "ipc", key: "market.ipc_too_many", params: { max: MAX_IPC } });

  const applicants = splitNames(input.applicants);
  const inventors = splitNames(input.inventors ?? []);
  checkNames("applicants", applicants, MAX_APPLICANTS, issues);
  checkNames("inventors", inventors, MAX_INVENTORS, issues);

  if (issues.length > 0 || type === null || legalStatus === null) return { ok: false, issues };
  return { ok: true, record: { applicationNo: number.normalized, type, pct: typeDigit === "8" || typeDigit === "9", legalStatus, ipc: ipc.codes, applicants, inventors, filingDate, grantDate } };
}
