/**
 * Chinese patent application / patent / publication numbers (shared/domain/patent-number.md):
 * 专利申请号标准 ZC 0006-2003 for application numbers and their check character, ZC 0007 for publication numbers.
 * Pure: the current year is passed in, never read from a clock.
 */
import type { Message } from "./credit-code.ts";
import { normalizeCode } from "./text.ts";

export type PatentFormat = "application-2003" | "application-pre2003" | "publication";
export type PatentReason = "format" | "missing-check" | "type" | "year" | "checksum" | "kind";
export type PatentNumberResult =
  | { valid: true; normalized: string; format: PatentFormat }
  | { valid: false; normalized: string; reason: PatentReason; expected?: string; message: Message };

/** 申请种类 (ZC 0006): 1 invention, 2 utility model, 3 design, 8/9 PCT national phase. */
const APPLICATION_TYPES = new Set(["1", "2", "3", "8", "9"]);
/** ZC 0007 kind codes that fit each publication type digit. */
const KINDS_BY_TYPE: Record<string, readonly string[]> = { "1": ["A", "B", "C"], "2": ["U", "Y"], "3": ["S"] };
/** Check weights: 12-digit numbers use 2..9,2..5; 8-digit numbers use 2..9. */
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5] as const;

export function patentCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits.charAt(i)) * (WEIGHTS[i] ?? 0);
  const r = sum % 11;
  return r === 10 ? "X" : String(r);
}

export function validatePatentNumber(input: string, currentYear: number): PatentNumberResult {
  const cleaned = normalizeCode(input);
  const prefix = /^(ZL|CN):?/.exec(cleaned);
  const hadCN = prefix?.[1] === "CN";
  const body = prefix ? cleaned.slice(prefix[0].length) : cleaned;

  const application = /^(\d{12}|\d{8})(?:\.?([0-9X]))?$/.exec(body);
  if (application) {
    const digits = application[1] ?? "";
    return validateApplication(digits, application[2], currentYear);
  }
  const publication = /^([123])(\d{8})([A-Z])$/.exec(body);
  if (hadCN && publication) {
    const [, digit = "", rest = "", kind = ""] = publication;
    const normalized = `CN${digit}${rest}${kind}`;
    if (!KINDS_BY_TYPE[digit]?.includes(kind)) {
      return { valid: false, normalized, reason: "kind", message: { key: "patent.kind", params: { kind, digit } } };
    }
    return { valid: true, normalized, format: "publication" };
  }
  return { valid: false, normalized: cleaned, reason: "format", message: { key: "patent.format", params: {} } };
}

function validateApplication(digits: string, check: string | undefined, currentYear: number): PatentNumberResult {
  const isNew = digits.length === 12;
  const expected = patentCheckChar(digits);
  const format: PatentFormat = isNew ? "application-2003" : "application-pre2003";
  const normalized = check === undefined ? digits : `${digits}.${check}`;
  if (check === undefined) {
    return {
      valid: false,
      normalized,
      reason: "missing-check",
      expected,
      message: { key: "patent.missing_check", params: { digits: digits.length, expected } },
    };
  }
  const typePosition = isNew ? 5 : 3;
  if (!APPLICATION_TYPES.has(digits.charAt(typePosition - 1))) {
    return { valid: false, normalized, reason: "type", message: { key: "patent.type", params: { position: typePosition } } };
  }
  const yearText = digits.slice(0, isNew ? 4 : 2);
  if (!validYear(yearText, isNew, currentYear)) {
    return { valid: false, normalized, reason: "year", message: { key: "patent.year", params: { year: yearText } } };
  }
  if (check !== expected) {
    return {
      valid: false,
      normalized,
      reason: "checksum",
      expected,
      message: { key: "patent.checksum", params: { expected, actual: check } },
    };
  }
  return { valid: true, normalized, format };
}

/** 12-digit numbers began with applications received on 2003-10-01; 8-digit ones ran from 1985 (YY 85–99) to 2003 (YY 00–03). */
function validYear(yearText: string, isNew: boolean, currentYear: number): boolean {
  const year = Number(yearText);
  if (isNew) return year >= 2003 && year <= currentYear;
  return year >= 85 || year <= 3;
}
