/**
 * 统一社会信用代码 validation, GB 32100-2015 (shared/domain/credit-code.md).
 * Pure: no I/O. The checks run in the order the standard's rules give and the first failure is reported.
 */
import type { MessageKey, MessageParams } from "./i18n/index.ts";
import { normalizeCode } from "./text.ts";

/** GB 32100 §4.2: digits and upper-case letters except I, O, Z, S, V; a character's value is its index. */
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** GB 32100 §5: Wᵢ = 3^(i−1) mod 31 for positions 1..17. */
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
/** GB 11714-1997 weights for the 8 body characters of the organisation code (positions 9–16). */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Letters the standard never uses, and the digit a person most likely meant. */
const CONFUSABLE: Record<string, string> = { I: "1", O: "0", Z: "2", S: "5", V: "U" };
/** Lengths of the older identifiers people paste instead: 9/10-char organisation code, 15-digit registration number, 15/20-digit tax number. */
const LEGACY_LENGTHS = new Set([9, 10, 15, 20]);

export type Message = { key: MessageKey; params: MessageParams };
export type CreditCodeResult =
  | { valid: true; normalized: string; warnings?: Message[] }
  | {
      valid: false;
      normalized: string;
      reason: "length" | "charset" | "checksum";
      expected?: string;
      message: Message;
    };

export function normalizeCreditCode(input: string): string {
  return normalizeCode(input);
}

/** The check character (position 18) for the first 17 characters, which must all be in the charset. */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  const c = 31 - (sum % 31);
  return CHARSET.charAt(c === 31 ? 0 : c);
}

/** GB 11714 check character of the 8-character organisation-code body. */
export function orgCodeCheckChar(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

export function validateCreditCode(input: string): CreditCodeResult {
  const normalized = normalizeCreditCode(input);
  const chars = Array.from(normalized);
  if (chars.length !== 18) {
    const key = LEGACY_LENGTHS.has(chars.length) ? "creditCode.length_legacy" : "creditCode.length";
    return { valid: false, normalized, reason: "length", message: { key, params: { actual: chars.length } } };
  }
  for (let i = 0; i < 18; i++) {
    const char = chars[i] ?? "";
    const position = i + 1;
    const inRegion = position >= 3 && position <= 8;
    if (inRegion && !/[0-9]/.test(char)) {
      return charsetError(normalized, "creditCode.charset_region", { position, char });
    }
    if (!CHARSET.includes(char)) {
      const suggest = CONFUSABLE[char];
      return suggest
        ? charsetError(normalized, "creditCode.charset_confusable", { position, char, suggest })
        : charsetError(normalized, "creditCode.charset", { position, char });
    }
  }
  const expected = creditCodeCheckChar(normalized.slice(0, 17));
  const actual = normalized.charAt(17);
  if (expected !== actual) {
    return {
      valid: false,
      normalized,
      reason: "checksum",
      expected,
      message: { key: "creditCode.checksum", params: { expected, actual } },
    };
  }
  const warnings: Message[] = [];
  const orgExpected = orgCodeCheckChar(normalized.slice(8, 16));
  if (orgExpected !== normalized.charAt(16)) {
    warnings.push({ key: "creditCode.warning_org_check", params: { expected: orgExpected } });
  }
  return warnings.length ? { valid: true, normalized, warnings } : { valid: true, normalized };
}

function charsetError(normalized: string, key: MessageKey, params: MessageParams): CreditCodeResult {
  return { valid: false, normalized, reason: "charset", message: { key, params } };
}
