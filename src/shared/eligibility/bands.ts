/**
 * Points from a band table, compared exactly. A value on a boundary belongs to the band that starts (or, when
 * lower is better, ends) there: the more favourable one (民法典 第1259条: 以上、以下 包括本数; specialized-sme.md).
 */
import { exact, holds, percent, compare, type Exact } from "./exact.ts";

/** Higher is better: the first band whose `min` the value reaches. `min` is a percent when `pct`. */
export type AtLeast = { readonly min: number; readonly points: number };
/** Lower is better: the first band whose `max` the value does not exceed. */
export type AtMost = { readonly max: number; readonly points: number };

type Banded = { points: number; onBoundary: boolean };

const threshold = (x: number, pct: boolean): Exact => (pct ? percent(x) : exact(x));

export function pointsAtLeast(value: Exact, bands: readonly AtLeast[], pct: boolean): Banded {
  const band = bands.find((b) => holds(value, ">=", threshold(b.min, pct)));
  return { points: band?.points ?? 0, onBoundary: bands.some((b) => compare(value, threshold(b.min, pct)) === 0) };
}

export function pointsAtMost(value: Exact, bands: readonly AtMost[], pct: boolean, otherwise: number): Banded {
  const band = bands.find((b) => holds(value, "<=", threshold(b.max, pct)));
  return { points: band?.points ?? otherwise, onBoundary: bands.some((b) => compare(value, threshold(b.max, pct)) === 0) };
}
