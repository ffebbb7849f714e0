/**
 * KPI figures of the corridor (光谷科创大走廊) from its cities' figures, their projection to the plan's target year,
 * and the verdict against the target. Pure: no I/O.
 *
 * 统计口径 (issue): a corridor ratio is the ratio of its sums, ΣR&D ÷ ΣGDP, never the mean of the cities' ratios
 * (Wuhan's GDP is several times any other city's, so a plain mean would let a small city weigh as much as Wuhan);
 * a count is a sum.
 */
import { CITIES } from "../../../shared/regions.ts";

export type SourceKind = "official" | "secondary" | "forecast" | "lower_bound" | "registry" | "demo";

export type Indicator = {
  code: string;
  name: string;
  /** Unit of the corridor figure: "%", "家", "个". */
  unit: string;
  aggregation: "ratio_of_sums" | "sum";
  /** What the numerator and denominator are, e.g. "全社会R&D经费支出（亿元）" over "地区生产总值（亿元）". */
  numerator?: string;
  denominator?: string;
  /** Multiplies a ratio: 100 for a percentage; 1 when absent. */
  scale?: number;
  /** The method whose projection is assessed; the other is shown beside it. */
  projection: "linear" | "cagr";
};

/**
 * One city's figure for one year. A ratio indicator is summed from `numerator` and `denominator`; its `value` (the
 * city's own published ratio) is for display only. A count uses `value`.
 */
export type CityValue = {
  cityCode: string;
  year: number;
  value: number | null;
  numerator?: number | null;
  denominator?: number | null;
  sourceKind: SourceKind;
};

export type CorridorFigure = {
  /** Null when it cannot be computed honestly: an incomplete ratio, or a ratio over a zero denominator. */
  value: number | null;
  /** Cities whose figure entered the value. */
  cities: number;
  /** Corridor cities without a usable figure (for a ratio: without both numerator and denominator). */
  missing: string[];
  /** False when a city is missing. An incomplete sum is still given: counts are non-negative, so it is a lower bound. */
  complete: boolean;
  /** The kinds of source behind the value, each once, in SOURCE_KINDS order: a lower bound or forecast shows as such. */
  sourceKinds: SourceKind[];
  /** True when any figure given for a corridor city is 示例数据, so the page labels the result as demo. */
  demo: boolean;
};

export type SeriesPoint = { year: number; value: number };

export type ProjectionGap = "too_few_points" | "non_positive_value";
export type Projection = { value: number } | { value: null; reason: ProjectionGap };

export type ProjectionChoice = {
  method: Indicator["projection"];
  value: number | null;
  /** Why `value` is null; null when there is a value. The other method is never substituted: the indicator chose. */
  reason: ProjectionGap | null;
  otherMethodValue: number | null;
};

export type Comparator = ">" | ">=" | "<=" | "<" | "=";
export type Target = { comparator: Comparator; value: number; year: number };
export type TargetAssessment = "on_track" | "at_risk" | "off_track";

/** Our choice: a projection that misses its target by at most 5 % of the target value is at risk, not off track. */
export const AT_RISK_MARGIN = 0.05;
/** Our choice: an "=" target is met within ±2 % of the target value (a projection never lands exactly on it). */
export const EQUAL_BAND = 0.02;

const SOURCE_KINDS: readonly SourceKind[] = ["official", "secondary", "forecast", "lower_bound", "registry", "demo"];
/** The five corridor cities. The province row (420000) is a reference, not a part: adding it would count Wuhan twice. */
const CORRIDOR_CITY_CODES: readonly string[] = CITIES.map((c) => c.code);

function isNumber(x: number | null | undefined): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/**
 * The corridor's figure for one year from its cities' figures for that year. Values of other regions are ignored;
 * two values for one city, or values of several years, are a caller's mistake and throw a RangeError.
 */
export function corridorFigure(indicator: Indicator, cityValues: readonly CityValue[]): CorridorFigure {
  const years = new Set(cityValues.map((v) => v.year));
  if (years.size > 1) throw new RangeError(`corridorFigure takes one year, got ${[...years].join(", ")}`);
  const byCity = new Map<string, CityValue>();
  for (const v of cityValues) {
    if (!CORRIDOR_CITY_CODES.includes(v.cityCode)) continue;
    if (byCity.has(v.cityCode)) throw new RangeError(`two values for city ${v.cityCode} in ${v.year}`);
    byCity.set(v.cityCode, v);
  }

  const ratio = indicator.aggregation === "ratio_of_sums";
  const used: CityValue[] = [];
  const missing: string[] = [];
  for (const code of CORRIDOR_CITY_CODES) {
    const v = byCity.get(code);
    const usable = v !== undefined && (ratio ? isNumber(v.numerator) && isNumber(v.denominator) : isNumber(v.value));
    if (usable) used.push(v);
    else missing.push(code);
  }

  const complete = missing.length === 0;
  const sum = (pick: (v: CityValue) => number | null | undefined) => used.reduce((s, v) => s + (pick(v) ?? 0), 0);
  let value: number | null;
  if (!ratio) value = sum((v) => v.value);
  else {
    // A ratio over some of the cities is no bound of the corridor's ratio, so an incomplete one is not given.
    const denominator = sum((v) => v.denominator);
    value = complete && denominator !== 0 ? (sum((v) => v.numerator) / denominator) * (indicator.scale ?? 1) : null;
  }

  return {
    value,
    cities: used.length,
    missing,
    complete,
    sourceKinds: SOURCE_KINDS.filter((k) => used.some((v) => v.sourceKind === k)),
    demo: [...byCity.values()].some((v) => v.sourceKind === "demo"),
  };
}

function byYear(series: readonly SeriesPoint[]): SeriesPoint[] {
  return [...series].sort((a, b) => a.year - b.year);
}

/** Least squares line through the points, read at `targetYear`. Needs two distinct years. */
export function projectLinear(series: readonly SeriesPoint[], targetYear: number): Projection {
  if (new Set(series.map((p) => p.year)).size < 2) return { value: null, reason: "too_few_points" };
  const n = series.length;
  // Centred on the mean year: raw years (≈2000) squared would swamp the small differences the slope is made of.
  const meanYear = series.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = series.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of series) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  return { value: meanValue + (sxy / sxx) * (targetYear - meanYear) };
}

/**
 * Compound annual growth from the first to the last point, continued to `targetYear`. Growth of or from a value
 * that is zero or negative is undefined, so such a series has no CAGR projection.
 */
export function projectCagr(series: readonly SeriesPoint[], targetYear: number): Projection {
  const sorted = byYear(series);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last || first.year === last.year) return { value: null, reason: "too_few_points" };
  if (first.value <= 0 || last.value <= 0) return { value: null, reason: "non_positive_value" };
  const growth = (last.value / first.value) ** (1 / (last.year - first.year));
  return { value: last.value * growth ** (targetYear - last.year) };
}

export function projectionFor(indicator: Indicator, series: readonly SeriesPoint[], targetYear: number): ProjectionChoice {
  const linear = projectLinear(series, targetYear);
  const cagr = projectCagr(series, targetYear);
  const [chosen, other] = indicator.projection === "linear" ? [linear, cagr] : [cagr, linear];
  return {
    method: indicator.projection,
    value: chosen.value,
    reason: chosen.value === null ? chosen.reason : null,
    otherMethodValue: other.value,
  };
}

/** Whether `value` satisfies the target; "=" within EQUAL_BAND of the target. */
export function meets(comparator: Comparator, value: number, target: number): boolean {
  switch (comparator) {
    case ">":
      return value > target;
    case ">=":
      return value >= target;
    case "<":
      return value < target;
    case "<=":
      return value <= target;
    case "=":
      return Math.abs(value - target) <= EQUAL_BAND * Math.abs(target);
  }
}

/**
 * on_track when the projection meets the target; at_risk when it misses by at most AT_RISK_MARGIN of the target
 * value; off_track otherwise. The projection must be for `target.year`; with no projection there is no verdict, so
 * the caller shows none rather than pass a number in.
 */
export function assessTarget(target: Target, projected: number): TargetAssessment {
  if (meets(target.comparator, projected, target.value)) return "on_track";
  return Math.abs(projected - target.value) <= AT_RISK_MARGIN * Math.abs(target.value) ? "at_risk" : "off_track";
}
