/**
 * A KPI's chart and its numbers: the corridor figure by year (solid), the projection to the target year (dashed,
 * from the last figure), and the target as a line at its value with a pin at its year. Pure: data in, option out.
 */
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import type { ChartData } from "../../../platform/charts/ChartCard.tsx";
import type { Indicator, SourceKind } from "../types.ts";

export type KpiText = {
  corridor: string;
  projection: string;
  target: string;
  year: string;
  value: string;
  sources: string;
  missing: string;
  projected: string;
  sourceKinds: (kinds: SourceKind[]) => string;
  cities: (codes: string[]) => string;
};

const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** Axis bounds on round numbers (1, 2 or 5 × 10ⁿ steps) around every value drawn, the target's included. */
export function niceBounds(values: number[]): { min: number; max: number } | null {
  if (!values.length) return null;
  const [low, high] = [Math.min(...values), Math.max(...values)];
  const span = high - low || Math.abs(high) || 1;
  const rough = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  // toPrecision drops the binary residue of decimal steps (13 × 0.2 = 2.6000000000000005).
  const clean = (x: number) => Number(x.toPrecision(12));
  return { min: clean(Math.floor(low / step) * step), max: clean(Math.ceil(high / step) * step) };
}

function years(kpi: Indicator): number[] {
  const all = [...kpi.series.map((s) => s.year), ...(kpi.target?.year ? [kpi.target.year] : []), ...(kpi.projection ? [kpi.projection.year] : [])];
  const [first, last] = [Math.min(...all), Math.max(...all)];
  return all.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
}

export function kpiOption(kpi: Indicator, text: KpiText, colors: { line: string; projection: string; target: string }): ChartOption {
  const axis = years(kpi);
  const byYear = new Map(kpi.series.map((s) => [s.year, s.value]));
  const known = kpi.series.filter((s) => s.value !== null);
  const lastKnown = known[known.length - 1];
  const projection = kpi.projection?.value !== null && kpi.projection?.value !== undefined ? kpi.projection : null;
  const dashed = axis.map((y) => {
    if (projection && y === projection.year) return round(projection.value);
    if (projection && lastKnown && y === lastKnown.year) return round(lastKnown.value);
    return null;
  });
  const target = kpi.target;
  return {
    grid: { left: 56, right: 24, top: 40, bottom: 32 },
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: [text.corridor, ...(projection ? [text.projection] : [])] },
    xAxis: { type: "category", data: axis.map(String), boundaryGap: false },
    // The axis reaches the target, so its line is drawn even when the figures are far below it.
    yAxis: { type: "value", name: kpi.unit, scale: true, ...niceBounds([...known.flatMap((s) => (s.value === null ? [] : [s.value])), ...dashed.flatMap((v) => (v === null ? [] : [v])), ...(target ? [target.value] : [])]) },
    series: [
      {
        name: text.corridor,
        type: "line",
        data: axis.map((y) => round(byYear.get(y) ?? null)),
        connectNulls: false,
        symbolSize: 7,
        itemStyle: { color: colors.line },
        markLine: target
          ? { symbol: "none", lineStyle: { color: colors.target, type: "solid" }, label: { formatter: `${text.target} ${target.value}${kpi.unit}`, position: "insideEndTop" }, data: [{ yAxis: target.value }] }
          : undefined,
        markPoint:
          target?.year !== null && target?.year !== undefined
            ? { symbol: "pin", symbolSize: 26, itemStyle: { color: colors.target }, label: { show: false }, data: [{ name: text.target, coord: [String(target.year), target.value], value: target.value }] }
            : undefined,
      },
      ...(projection
        ? [{ name: text.projection, type: "line" as const, data: dashed, connectNulls: true, lineStyle: { type: "dashed" as const, color: colors.projection }, itemStyle: { color: colors.projection } }]
        : []),
    ],
  };
}

export function kpiData(kpi: Indicator, text: KpiText): ChartData {
  const rows: ChartData["rows"] = kpi.series.map((s) => [s.year, round(s.value), text.sourceKinds(s.sourceKinds), s.missing.length ? text.cities(s.missing) : ""]);
  if (kpi.projection) rows.push([`${kpi.projection.year} (${text.projected})`, round(kpi.projection.value), "", ""]);
  if (kpi.target) rows.push([`${kpi.target.year ?? ""} (${text.target})`, `${kpi.target.comparator} ${kpi.target.value}`, kpi.target.text, ""]);
  return { columns: [text.year, `${text.value} (${kpi.unit})`, text.sources, text.missing], rows };
}
