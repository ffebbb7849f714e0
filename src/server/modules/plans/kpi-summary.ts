/**
 * A KPI as the dashboard shows it: corridor figure per year (ratio of sums, never the mean of city ratios), the
 * target from the imported plan, the projection to the target year and the verdict. Pure: rows in, summary out.
 */
import { assessTarget, corridorFigure, projectionFor, type CityValue, type Comparator, type CorridorFigure, type Indicator, type ProjectionChoice, type SourceKind, type TargetAssessment } from "./kpi.ts";
import { RATIO_PARTS } from "./kpi-catalog.ts";

export type ValueRow = { indicatorCode: string; cityCode: string; year: number; value: number | null; numerator: number | null; denominator: number | null; sourceKind: SourceKind };
export type TargetRow = { comparator: Comparator; value: number; year: number | null; text: string };

export type KpiSummary = {
  code: string;
  series: ({ year: number } & CorridorFigure)[];
  target: TargetRow | null;
  projection: (ProjectionChoice & { year: number }) | null;
  assessment: TargetAssessment | null;
  demo: boolean;
};

/** City rows for one indicator: a ratio's numerator and denominator come from its component indicators when absent. */
export function cityValuesFor(indicator: Indicator, rows: ValueRow[]): CityValue[] {
  const own = rows.filter((r) => r.indicatorCode === indicator.code);
  if (indicator.aggregation !== "ratio_of_sums") return own.map(({ cityCode, year, value, sourceKind }) => ({ cityCode, year, value, sourceKind }));
  const parts = RATIO_PARTS[indicator.code];
  // One lookup table instead of a scan per (city, year): indicators × cities × years grows fast.
  const byKey = new Map(rows.map((r) => [`${r.indicatorCode}/${r.cityCode}/${r.year}`, r]));
  const part = (code: string | undefined, cityCode: string, year: number) => byKey.get(`${code}/${cityCode}/${year}`);
  const keys = new Set<string>([...own.map((r) => `${r.cityCode}/${r.year}`), ...rows.filter((r) => r.indicatorCode === parts?.numerator).map((r) => `${r.cityCode}/${r.year}`)]);
  return [...keys].map((k) => {
    const [cityCode = "", yearText = "0"] = k.split("/");
    const year = Number(yearText);
    const o = own.find((r) => r.cityCode === cityCode && r.year === year);
    const n = part(parts?.numerator, cityCode, year);
    const d = part(parts?.denominator, cityCode, year);
    const numerator = o?.numerator ?? n?.value ?? null;
    const denominator = o?.denominator ?? d?.value ?? null;
    const kinds = [o?.sourceKind, n?.sourceKind, d?.sourceKind].filter((x): x is SourceKind => !!x);
    const sourceKind: SourceKind = kinds.includes("demo") ? "demo" : kinds.find((x) => x !== "official") ?? "official";
    return { cityCode, year, value: o?.value ?? null, numerator, denominator, sourceKind };
  });
}

export function summarise(indicator: Indicator, rows: ValueRow[], target: TargetRow | null): KpiSummary {
  const values = cityValuesFor(indicator, rows);
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const series = years.map((year) => ({ year, ...corridorFigure(indicator, values.filter((v) => v.year === year)) }));
  const points = series.filter((s): s is typeof s & { value: number } => s.value !== null).map((s) => ({ year: s.year, value: s.value }));
  const projection = target?.year ? { ...projectionFor(indicator, points, target.year), year: target.year } : null;
  const assessment =
    target?.year && projection?.value !== null && projection?.value !== undefined
      ? assessTarget({ comparator: target.comparator, value: target.value, year: target.year }, projection.value)
      : null;
  return { code: indicator.code, series, target, projection, assessment, demo: series.some((s) => s.demo) };
}
