/**
 * The corridor's indicators and their 统计口径 (definitions), as data. The four KPIs of the 2023–2025 plan are ratios
 * of sums or sums over the five cities; their components (GDP, R&D expenditure, high-tech value added) are sums.
 */
import type { Indicator } from "./kpi.ts";

/** computedFrom: the value is counted by another module (e.g. the enterprise registry), never entered by hand. */
export type CatalogIndicator = Indicator & { aliases: string[]; definition: string; computedFrom?: "enterprise_registry" };

export const INDICATOR_CATALOG: CatalogIndicator[] = [
  {
    code: "rd_intensity",
    name: "全社会R&D经费支出占地区生产总值的比重",
    unit: "%",
    aggregation: "ratio_of_sums",
    numerator: "全社会R&D经费支出（亿元）",
    denominator: "地区生产总值（亿元）",
    scale: 100,
    projection: "linear",
    aliases: ["研发投入强度", "R&D经费投入强度", "全社会研发经费支出占地区生产总值的比重"],
    definition: "走廊合计 = 五市全社会R&D经费支出之和 ÷ 五市地区生产总值之和 × 100%，不是各市比重的平均数",
  },
  {
    code: "hte_count",
    name: "高新技术企业",
    unit: "家",
    aggregation: "sum",
    projection: "cagr",
    aliases: ["高新技术企业数", "高新技术企业数量", "高企"],
    definition: "走廊合计 = 五市企业培育登记库中截至当年12月31日持有经市级确认、在有效期内高新技术企业证书的企业数之和（每家企业计一次）",
    computedFrom: "enterprise_registry",
  },
  {
    code: "ht_va_share",
    name: "高新技术产业增加值占地区生产总值的比重",
    unit: "%",
    aggregation: "ratio_of_sums",
    numerator: "高新技术产业增加值（亿元）",
    denominator: "地区生产总值（亿元）",
    scale: 100,
    projection: "linear",
    aliases: ["高新技术产业增加值占GDP比重"],
    definition: "走廊合计 = 五市高新技术产业增加值之和 ÷ 五市地区生产总值之和 × 100%",
  },
  {
    code: "platforms_prov_plus",
    name: "省级以上科技创新平台",
    unit: "个",
    aggregation: "sum",
    projection: "cagr",
    aliases: ["省级以上科技创新平台数", "省级及以上科技创新平台"],
    definition: "走廊合计 = 五市省级及以上科技创新平台数之和（年末数）",
  },
  { code: "gdp", name: "地区生产总值", unit: "亿元", aggregation: "sum", projection: "cagr", aliases: ["GDP"], definition: "五市地区生产总值之和" },
  { code: "rd_expenditure", name: "全社会R&D经费支出", unit: "亿元", aggregation: "sum", projection: "cagr", aliases: ["R&D经费支出"], definition: "五市全社会R&D经费支出之和" },
  { code: "ht_value_added", name: "高新技术产业增加值", unit: "亿元", aggregation: "sum", projection: "cagr", aliases: [], definition: "五市高新技术产业增加值之和" },
];

/** Components of each ratio indicator: a city's ratio is computed from these when both are known. */
export const RATIO_PARTS: Record<string, { numerator: string; denominator: string }> = {
  rd_intensity: { numerator: "rd_expenditure", denominator: "gdp" },
  ht_va_share: { numerator: "ht_value_added", denominator: "gdp" },
};

const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, "").replace(/数量?$/, "");

/** The catalog indicator a plan's target names, by name or alias; null when none does. */
export function matchIndicator(text: string, catalog: { code: string; name: string; aliases: string[] }[] = INDICATOR_CATALOG): string | null {
  const k = key(text);
  const hit = catalog.find((i) => [i.name, ...i.aliases].some((n) => key(n) === k));
  return hit?.code ?? null;
}
