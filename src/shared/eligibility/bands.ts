/**
 * Points from a band table, compared exactly. A value on a boundary belongs to the band that starts (or, when
 * lower is better, ends) there: the more favourable one (民法典 第1259条: 以上、以下 包括本数; specialized-sme.md).
 */
import { exact, percent, compare, type Exact } from "./exact.ts";

/** Higher is better: the first band whose `min` the value reaches. `min` is a percent when `pct`. */
export type AtLeast = { readonly min: number; readonly points: number };
/** Lower is better: the first band whose `max` the value does not exceed. */
export type AtMost = { readonly max: number; readonly points: number };

type Banded = { points: number; onBoundary: boolean };

const threshold = (x: number, pct: boolean): Exact => (pct ? percent(x) : exact(x));

export function pointsAtLeast(value: Exact, bands: readonly AtLeast[], pct: boolean): Banded {
  let band: AtLeast | undefined;
  let onBoundary = false;
  for (const b of bands) {
    const c = compare(value, threshold(b.min, pct));
    if (c === 0) onBoundary = true;
    if (band === undefined && c >= 0) band = b;
  }
  return { points: band?.points ?? 0, onBoundary };
}

export function pointsAtMost(value: Exact, bands: readonly AtMost[], pct: boolean, otherwise: number): Banded {
  let band: AtMost | undefined;
  let onBoundary = false;
  for (const b of bands) {
    const c = compare(value, threshold(b.max, pct));
    if (c === 0) onBoundary = true;
    if (band === undefined && c <= 0) band = b;
  }
  return { points: band?.points ?? otherwise, onBoundary };
}
