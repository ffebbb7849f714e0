/**
 * Names for the deals, flows and SLA pages in the UI language: contract types (技术开发 … 技术服务) and short city
 * names here; the plan's domains are the marketplace's own (../labels.ts, from src/shared/market/domains.ts).
 */
import { useMemo } from "react";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useMarketLabels } from "../labels.ts";
import { CONTRACT_TYPES, type ContractType } from "./api.ts";

const isContractType = (code: string): code is ContractType => (CONTRACT_TYPES as readonly string[]).includes(code);

export function useDealLabels() {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const market = useMarketLabels();
  return useMemo(() => {
    const contractType = (code: string) => (isContractType(code) ? t(`deals.contractType.${code}`) : code);
    /** "武汉" for 武汉市 (the Sankey's nodes and the matrix's headings); English names have no suffix to drop. */
    const shortCity = (code: string) => cityLabel(code).replace(/市$/, "");
    return {
      contractType,
      shortCity,
      domain: market.domain,
      domainOptions: market.domainOptions,
      contractTypeOptions: CONTRACT_TYPES.map((c) => ({ value: c, label: contractType(c) })),
    };
  }, [t, cityLabel, market]);
}
