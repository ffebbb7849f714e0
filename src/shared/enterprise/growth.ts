/**
 * Year-on-year figures of a registry record for display (the enterprise page's trend table): growth of 营业收入,
 * 主营业务收入 and 净资产 over the previous year, and 研发费用 ÷ 销售收入. Rates are fractions (0.25 = 25 %),
 * computed exactly and given as the nearest double; nothing is filled in — a rate that cannot be told is null.
 */
import { div, exact, sub, toNumber } from "../eligibility/exact.ts";
import type { YearFigures } from "./record.ts";

export type YearGrowth = {
  year: number;
  /** 营业收入 growth over year − 1. */
  revenueGrowth: number | null;
  /** 主营业务收入 growth over year − 1. */
  mainBusinessGrowth: number | null;
  /** 净资产 (year end) growth over year − 1. */
  netAssetsGrowth: number | null;
  /** 研发费用 ÷ 销售收入 of the year itself. */
  rdRatio: number | null;
};

type Figure = number | null | undefined;

/** (current − base) ÷ base; null when a figure is missing or the base is not positive (a rate over 0 or a loss means nothing). */
function rate(current: Figure, base: Figure): number | null {
  if (typeof current !== "number" || typeof base !== "number" || base <= 0) return null;
  const q = div(sub(exact(current), exact(base)), exact(base));
  return q && toNumber(q);
}

function ratio(part: Figure, whole: Figure): number | null {
  if (typeof part !== "number" || typeof whole !== "number") return null;
  const q = div(exact(part), exact(whole));
  return q && toNumber(q);
}

/**
 * One row per year of the record, oldest first (a repeated year counts once, its first row). Growth needs the
 * row of the year just before; when that year is not in the record (the years are not consecutive) it is null.
 */
export function growthRates(years: readonly YearFigures[]): YearGrowth[] {
  const byYear = new Map<number, YearFigures>();
  for (const y of years) if (!byYear.has(y.year)) byYear.set(y.year, y);
  return [...byYear.values()]
    .sort((a, b) => a.year - b.year)
    .map((y) => {
      const prev = byYear.get(y.year - 1);
      return {
        year: y.year,
        revenueGrowth: rate(y.operatingRevenue, prev?.operatingRevenue),
        mainBusinessGrowth: rate(y.mainBusinessRevenue, prev?.mainBusinessRevenue),
        netAssetsGrowth: rate(y.netAssets, prev?.netAssets),
        rdRatio: ratio(y.rdExpense, y.salesRevenue),
      };
    });
}
