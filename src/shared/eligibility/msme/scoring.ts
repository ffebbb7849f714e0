/** Band lookups and growth rates the MIIT standards share, noting boundary values and undefined ratios. */
import { pointsAtLeast, pointsAtMost, type AtLeast, type AtMost } from "../bands.ts";
import type { Findings } from "../conditions.ts";
import { add, div, exact, sub, type Exact } from "../exact.ts";
import { flagBoundary } from "./basic.ts";

/** Points for a ratio (percent bands) or a figure: null while missing, 0 for an undefined ratio. */
export function atLeastPoints(f: Findings, value: Exact | null | undefined, bands: readonly AtLeast[], pct = true): number | null {
  if (value === undefined) return null;
  if (value === null) return 0;
  const banded = pointsAtLeast(value, bands, pct);
  if (banded.onBoundary) flagBoundary(f);
  return banded.points;
}

export function atMostPoints(f: Findings, value: Exact | null | undefined, bands: readonly AtMost[], otherwise: number): number | null {
  if (value === undefined) return null;
  if (value === null) return otherwise;
  const banded = pointsAtMost(value, bands, true, otherwise);
  if (banded.onBoundary) flagBoundary(f);
  return banded.points;
}

/** current ÷ previous − 1: undefined while missing, null when the previous year is 0. */
export function growth(f: Findings, current: number | null, previous: number | null): Exact | null | undefined {
  const q = f.ratio(current, previous);
  return q ? sub(q, exact(1)) : q;
}

/**
 * 近2年平均增长率 = (上上年度增长率 + 上年度增长率) ÷ 2, from three years oldest first. The averaging formula is
 * our reading (arithmetic mean of the two yearly rates); the domain files do not give it.
 */
export function averageGrowth(f: Findings, values: (number | null)[]): Exact | null | undefined {
  const [y1 = null, y2 = null, y3 = null] = values;
  f.flag({ id: "miit.average-growth", rule: "近2年平均增长率 = 两个年度增长率的算术平均", why: "文件未给出计算公式，本系统按算术平均（specialized-sme.md 未说明）" });
  const first = growth(f, y2, y1);
  const second = growth(f, y3, y2);
  if (first === undefined || second === undefined) return undefined;
  if (first === null || second === null) return null;
  return div(add(first, second), exact(2));
}
