/**
 * The funnel page's charts and tables, built from the server's counts: the funnel of one scope (the corridor, that
 * is the cities the reader may see, summed, or one city), the stages per city, and the valid 高企 over five years.
 * Counts add up across cities because an enterprise belongs to one city. Pure: data in, option out.
 */
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import type { ChartData } from "../../../platform/charts/ChartCard.tsx";
import type { FunnelRow } from "./api.ts";

/** The funnel's stages in order: 登记 → 科小 → 后备库 → 已申报 → 新认定. */
export const FUNNEL_STAGES = ["registered", "techSme", "reserve", "applied", "certified"] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const COUNTS = [...FUNNEL_STAGES, "validHighTech", "expiring"] as const;
export type CountName = (typeof COUNTS)[number];
export type Counts = Record<CountName, number>;

export const STAGE_COLORS: Record<FunnelStage, string> = { registered: "#8fb3e8", techSme: "#5b8ff9", reserve: "#1d5fbf", applied: "#f6bd16", certified: "#52c41a" };
const TREND_COLOR = "#1d5fbf";

export type FunnelText = {
  count: (name: CountName) => string;
  city: (code: string) => string;
  /** Column headings. */
  cityColumn: string;
  year: string;
  stage: string;
  enterprises: string;
  conversion: string;
  /** The sum of the cities shown (the corridor's, when all five are), as a row or a column. */
  corridor: string;
};

const zero = (): Counts => ({ registered: 0, techSme: 0, reserve: 0, applied: 0, certified: 0, validHighTech: 0, expiring: 0 });

export function sumCounts(rows: readonly FunnelRow[]): Counts {
  const sum = zero();
  for (const row of rows) for (const name of COUNTS) sum[name] += row[name];
  return sum;
}

/** The counts of the scope: one city's row, or the sum of every row when no city is chosen. */
export function scopeCounts(rows: readonly FunnelRow[], cityCode: string | undefined): Counts {
  return sumCounts(cityCode ? rows.filter((r) => r.cityCode === cityCode) : rows);
}

/** Valid 高企 per year of the trend for the scope, oldest first. */
export function validByYear(trend: readonly FunnelRow[], cityCode: string | undefined): { year: number; value: number }[] {
  const years = [...new Set(trend.map((r) => r.year))].sort((a, b) => a - b);
  return years.map((year) => ({ year, value: scopeCounts(trend.filter((r) => r.year === year), cityCode).validHighTech }));
}

/** Each stage as a share of the one before it (后备库 of 科小 …), in percent with one decimal; null when before is 0. */
export function conversion(counts: Counts): (number | null)[] {
  return FUNNEL_STAGES.map((stage, i) => {
    const previous = i > 0 ? FUNNEL_STAGES[i - 1] : undefined;
    const before = previous ? counts[previous] : 0;
    return before > 0 ? Math.round((counts[stage] / before) * 1000) / 10 : null;
  });
}

export function funnelOption(counts: Counts, text: FunnelText): ChartOption {
  return {
    tooltip: { trigger: "item", formatter: "{b}: {c}" },
    series: [
      {
        type: "funnel",
        // The stages keep their order even where a later one counts more (科小 are not all registered enterprises).
        sort: "none",
        // Labels beside the funnel: the narrow last stages cannot hold a name and a number inside.
        left: "6%",
        width: "58%",
        top: 8,
        bottom: 8,
        minSize: "6%",
        gap: 2,
        label: { show: true, position: "right", formatter: "{b}  {c}", color: "#262626" },
        labelLine: { show: true, length: 12 },
        data: FUNNEL_STAGES.map((stage) => ({ name: text.count(stage), value: counts[stage], itemStyle: { color: STAGE_COLORS[stage] } })),
      },
    ],
  };
}

export function cityBarOption(rows: readonly FunnelRow[], text: FunnelText): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: rows.map((r) => text.city(r.cityCode)) },
    yAxis: { type: "value", minInterval: 1 },
    series: FUNNEL_STAGES.map((stage) => ({ name: text.count(stage), type: "bar" as const, itemStyle: { color: STAGE_COLORS[stage] }, data: rows.map((r) => r[stage]) })),
  };
}

/** `scope`: the name of the corridor or the chosen city, for the line's name. */
export function trendOption(trend: readonly FunnelRow[], cityCode: string | undefined, scope: string, text: FunnelText): ChartOption {
  const points = validByYear(trend, cityCode);
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: points.map((p) => String(p.year)), boundaryGap: false },
    yAxis: { type: "value", minInterval: 1 },
    series: [{ name: `${scope} ${text.count("validHighTech")}`, type: "line", data: points.map((p) => p.value), symbolSize: 7, label: { show: true }, itemStyle: { color: TREND_COLOR } }],
  };
}

/** The funnel's numbers: each stage's count and its share of the stage before. */
export function funnelTable(counts: Counts, text: FunnelText): ChartData {
  const shares = conversion(counts);
  return { columns: [text.stage, text.enterprises, text.conversion], rows: FUNNEL_STAGES.map((s, i) => [text.count(s), counts[s], shares[i] ?? null]) };
}

/** The year's numbers per city, with their sum last when there is more than one city: for reading and export. */
export function yearTable(rows: readonly FunnelRow[], text: FunnelText): ChartData {
  const total = sumCounts(rows);
  const body = rows.map((r) => [text.city(r.cityCode), ...COUNTS.map((n) => r[n])]);
  return {
    columns: [text.cityColumn, ...COUNTS.map(text.count)],
    rows: rows.length > 1 ? [...body, [text.corridor, ...COUNTS.map((n) => total[n])]] : body,
  };
}

/** Valid 高企 per year: a column per city, and their sum when there is more than one city. */
export function trendTable(trend: readonly FunnelRow[], text: FunnelText): ChartData {
  const cities = [...new Set(trend.map((r) => r.cityCode))];
  const years = validByYear(trend, undefined);
  const summed = cities.length > 1;
  return {
    columns: [text.year, ...cities.map(text.city), ...(summed ? [text.corridor] : [])],
    rows: years.map(({ year, value }) => [year, ...cities.map((c) => trend.find((r) => r.year === year && r.cityCode === c)?.validHighTech ?? null), ...(summed ? [value] : [])]),
  };
}
