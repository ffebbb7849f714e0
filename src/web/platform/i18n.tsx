/**
 * The UI language: zh-CN first, English by the switch; remembered in localStorage. Text comes from the
 * dictionaries in src/web/i18n (key for key); the server's messages follow through Accept-Language.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { zhCN, type WebMessageKey } from "../i18n/zh-CN.ts";
import { en } from "../i18n/en.ts";
import { setApiLanguage } from "./api/client.ts";

export type Lang = "zh-CN" | "en";
export type Params = Record<string, string | number>;
export type Translate = (key: WebMessageKey, params?: Params) => string;

const catalogs: Record<Lang, Record<WebMessageKey, string>> = { "zh-CN": zhCN, en };
const STORAGE_KEY = "corridor.lang";

export function isWebMessageKey(value: string): value is WebMessageKey {
  return Object.hasOwn(zhCN, value);
}

export function format(lang: Lang, key: WebMessageKey, params: Params = {}): string {
  return catalogs[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function initialLang(): Lang {
  try {
    return window.localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN"; // storage refused (privacy mode): the default language still works
  }
}

function applyLang(lang: Lang): void {
  setApiLanguage(lang);
  document.documentElement.lang = lang;
  document.title = format(lang, "app.title");
}

type I18n = { lang: Lang; setLang: (lang: Lang) => void; t: Translate };
const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const first = initialLang();
    applyLang(first);
    return first;
  });
  const setLang = useCallback(
    (next: Lang) => {
      applyLang(next);
      try {
        window.localStorage.setItem(STORAGE_KEY, next);
      } catch {
        // not remembered across visits; the switch still applies now
      }
      setLangState(next);
    },
    [],
  );
  const value = useMemo<I18n>(() => ({ lang, setLang, t: (key, params) => format(lang, key, params) }), [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n outside I18nProvider");
  return value;
}
