/**
 * Zod messages in both languages. Zod computes a message when it parses, before we know the reader's language,
 * so the global error map records the zh-CN and en texts together and the error handler picks one.
 * Custom checks raise `{ code: "custom", params: { key, ...params } }` with an i18n key instead of a message.
 */
import { z } from "zod";
import { translate, isMessageKey, type Lang, type MessageParams } from "../../shared/i18n/index.ts";
import { validateCreditCode, type Message } from "../../shared/credit-code.ts";

const MARK = "\u0000i18n:";
const locales = { "zh-CN": z.locales.zhCN().localeError, en: z.locales.en().localeError };

type RawIssue = Parameters<typeof locales.en>[0];

function textFor(lang: Lang, issue: RawIssue): string {
  const params = (issue as { params?: Record<string, unknown> }).params;
  const key = params?.key;
  if (issue.code === "custom" && typeof key === "string" && isMessageKey(key)) {
    return translate(lang, key, params as MessageParams);
  }
  if (issue.code === "invalid_type" && issue.input === undefined) return translate(lang, "field.required");
  const out = locales[lang](issue);
  return typeof out === "string" ? out : (out?.message ?? translate(lang, "error.bad_request"));
}

z.config({ customError: (issue) => MARK + JSON.stringify([textFor("zh-CN", issue), textFor("en", issue)]) });

/** The message of a parsed Zod issue in the reader's language. */
export function issueText(message: string, lang: Lang): string {
  if (!message.startsWith(MARK)) return message;
  const [zh, en] = JSON.parse(message.slice(MARK.length)) as [string, string];
  return lang === "en" ? en : zh;
}

/** Adds a custom issue carrying a message key (used in superRefine for the official codes). */
export function addMessageIssue(ctx: z.RefinementCtx, message: Message): void {
  ctx.addIssue({ code: "custom", params: { key: message.key, ...message.params } });
}

export { z };

/** A calendar date YYYY-MM-DD that exists (2026-02-30 does not). */
export const IsoDate = z.string().superRefine((v, ctx) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    addMessageIssue(ctx, { key: "plan.date_invalid", params: { value: v } });
  }
});

/** A unified social credit code (GB 32100-2015), normalised; a wrong check character is named. */
export const CreditCode = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const result = validateCreditCode(value);
    if (!result.valid) {
      addMessageIssue(ctx, result.message);
      return z.NEVER;
    }
    return result.normalized;
  });
