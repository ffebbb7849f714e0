/**
 * Text for people. zh-CN is the first language; en is kept beside it, key for key.
 * Messages take `{name}` placeholders filled from params.
 */
import { zhCN } from "./zh-CN.ts";
import { en } from "./en.ts";

export type Lang = "zh-CN" | "en";
export type MessageKey = keyof typeof zhCN;
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function translate(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? zhCN[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function isMessageKey(value: string): value is MessageKey {
  return value in zhCN;
}

/** Picks the language from an Accept-Language header: English only when asked for first. */
export function langFromHeader(header: string | undefined | null): Lang {
  if (!header) return "zh-CN";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}
