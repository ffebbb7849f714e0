/**
 * The marketplace's words in the UI language: kinds, the plan's six domains, transfer modes, TRL, demand states,
 * money (万元 or 面议). Patent types, legal states and the 高价值 categories are the shared rules' own texts
 * (src/shared/i18n), so a page names them exactly as the server's messages do.
 */
import { useMemo } from "react";
import { useI18n, type Translate } from "../../platform/i18n.tsx";
import { isMessageKey, translate } from "../../../shared/i18n/index.ts";
import { PLAN_DOMAINS, TRANSFER_MODES } from "../../../shared/market/domains.ts";
import { LEGAL_STATUSES, PATENT_TYPES } from "../../../shared/market/patent-record.ts";
import type { FieldIssue } from "../../../shared/eligibility/index.ts";
import type { DemandStatus, Kind } from "./types.ts";

export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
type Trl = (typeof TRL_LEVELS)[number];
const isTrl = (n: number): n is Trl => (TRL_LEVELS as readonly number[]).includes(n);

const DEMAND_STATUSES: readonly DemandStatus[] = ["draft", "published", "closed"];
export const DEMAND_STATUS_COLOR: Record<DemandStatus, string> = { draft: "default", published: "processing", closed: "default" };
export const KIND_COLOR: Record<Kind, string> = { achievement: "blue", patent: "purple", demand: "orange", expert: "green" };

/** An amount in 万元 as a person reads it, or 面议 when none is asked. */
export function moneyText(t: Translate, lang: string, amount: number | null, negotiable: boolean): string {
  if (amount === null) return negotiable ? t("market.negotiable") : "—";
  const figure = t("market.money", { amount: new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(amount) });
  return negotiable ? `${figure}（${t("market.negotiable")}）` : figure;
}

export function useMarketLabels() {
  const { t, lang } = useI18n();
  return useMemo(() => {
    const en = lang === "en";
    const kind = (k: Kind) => t(`market.kind.${k}`);
    const domain = (value: string | null) => {
      if (!value) return "—";
      const d = PLAN_DOMAINS.find((x) => x.name === value || x.code === value);
      return d ? (en ? d.nameEn : d.name) : value;
    };
    const transferMode = (value: string) => {
      const m = TRANSFER_MODES.find((x) => x.name === value || x.code === value);
      return m ? (en ? m.nameEn : m.name) : value;
    };
    const trl = (level: number | null) => (level === null ? "—" : isTrl(level) ? `TRL ${level}（${t(`market.trlName.${level}`)}）` : `TRL ${level}`);
    /** A text of the shared dictionary by a key built at run time; the value itself when there is none. */
    const shared = (key: string, fallback: string) => (isMessageKey(key) ? translate(lang, key) : fallback);
    const patentType = (type: string) => shared(`market.patent_type.${type}`, type);
    const legalStatus = (s: string) => shared(`market.legal_status.${s}`, s);
    const highValueCategory = (c: string) => shared(`market.hvp.${c}`, c);
    const demandStatus = (s: string) => (DEMAND_STATUSES.includes(s as DemandStatus) ? t(`market.demandStatus.${s as DemandStatus}`) : s);
    const money = (amount: number | null, negotiable: boolean) => moneyText(t, lang, amount, negotiable);
    /** An issue of the shared checks (patent-record.ts, patent-number.ts) worded as the server words it. */
    const issue = (i: Pick<FieldIssue, "key" | "params">) => translate(lang, i.key, i.params);
    return {
      kind,
      domain,
      transferMode,
      trl,
      patentType,
      legalStatus,
      highValueCategory,
      demandStatus,
      money,
      issue,
      domainOptions: PLAN_DOMAINS.map((d) => ({ value: d.name, label: en ? d.nameEn : d.name })),
      transferModeOptions: TRANSFER_MODES.map((m) => ({ value: m.name, label: en ? m.nameEn : m.name })),
      trlOptions: TRL_LEVELS.map((level) => ({ value: level, label: trl(level) })),
      patentTypeOptions: PATENT_TYPES.map((v) => ({ value: v, label: patentType(v) })),
      legalStatusOptions: LEGAL_STATUSES.map((v) => ({ value: v, label: legalStatus(v) })),
    };
  }, [t, lang]);
}
