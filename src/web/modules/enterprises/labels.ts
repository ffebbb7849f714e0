/** Names of the registry's enumerations in the UI language: tiers, year states, levels, domains; and their colours. */
import { useMemo } from "react";
import { isWebMessageKey, useI18n, type Translate } from "../../platform/i18n.tsx";
import { translate, type MessageKey, type MessageParams } from "../../../shared/i18n/index.ts";
import { CERTIFICATE_LEVELS, CERTIFICATE_TIERS, type CertificateLevel, type CertificateTier } from "../../../shared/enterprise/record.ts";
import { PLAN_DOMAINS, planDomain, type PlanDomain } from "../../../shared/market/domains.ts";
import { YEAR_STATUSES, type YearStatus } from "./types.ts";

/** A text whose key is built at run time (a fact's path, a sub-score's id); the key itself when the dictionaries lack it. */
export function textOf(t: Translate, key: string, params?: Record<string, string | number>): string {
  return isWebMessageKey(key) ? t(key, params) : key;
}

/** A score or figure as the pages show it: at most two decimals, grouped as the language groups digits. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export const YEAR_STATUS_COLOR: Record<YearStatus, string> = { draft: "default", submitted: "processing", confirmed: "success", returned: "error" };

const isYearStatus = (s: string): s is YearStatus => (YEAR_STATUSES as readonly string[]).includes(s);
// The certificate tiers are the engines' tiers (record.ts), checked here without loading the engines into the list page.
const isTier = (s: string): s is CertificateTier => (CERTIFICATE_TIERS as readonly string[]).includes(s);
const isLevel = (s: string): s is CertificateLevel => (CERTIFICATE_LEVELS as readonly string[]).includes(s);

export function useEnterpriseLabels() {
  const { t, lang } = useI18n();
  return useMemo(() => {
    // Tier names are the engines' own (shared/i18n), so the page and the gap report name a tier alike.
    const tier = (id: string) => (isTier(id) ? translate(lang, `tier.${id}`) : id);
    const yearStatus = (s: string) => (isYearStatus(s) ? t(`enterprise.yearStatus.${s}`) : s);
    const level = (l: string) => (isLevel(l) ? t(`enterprise.cert.level.${l}`) : l);
    // The action plan's six domains (重点产业领域) are the shared list's, named in it in both languages. The registry
    // stores the Chinese name (as its import and demo data do).
    const domainName = (d: PlanDomain) => (lang === "en" ? d.nameEn : d.name);
    const domain = (value: string) => {
      const d = planDomain(value);
      return d ? domainName(d) : value;
    };
    /** An issue of the shared checks (validate.ts, credit-code.ts) in the UI language, as the server would word it. */
    const issueText = (issue: { key: MessageKey; params?: MessageParams }) => translate(lang, issue.key, issue.params);
    return {
      issueText,
      tier,
      yearStatus,
      level,
      domain,
      tierOptions: CERTIFICATE_TIERS.map((v) => ({ value: v, label: tier(v) })),
      yearStatusOptions: YEAR_STATUSES.map((v) => ({ value: v, label: yearStatus(v) })),
      levelOptions: CERTIFICATE_LEVELS.map((v) => ({ value: v, label: level(v) })),
      domainOptions: PLAN_DOMAINS.map((d) => ({ value: d.name, label: domainName(d) })),
    };
  }, [t, lang]);
}
