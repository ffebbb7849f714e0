import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { add, ceilTo, compare, div, exact, holds, mul, percent, sub, toNumber, toPercent, type Exact } from "./exact.ts";

describe("exact arithmetic", () => {
  it("reads numbers as the decimals JSON wrote", () => {
    expect(exact(0.1)).toMatchObject({ n: 1n, d: 10n });
    expect(exact(1e-7)).toMatchObject({ n: 1n, d: 10_000_000n });
    expect(exact(1.5e21)).toMatchObject({ n: 1_500_000_000_000_000_000_000n, d: 1n });
    expect(exact(-2.5)).toMatchObject({ n: -5n, d: 2n });
    expect(() => exact(Number.NaN)).toThrow(RangeError);
  });

  it("compares where doubles would not: 0.1 + 0.2 = 0.3, 8/80 = 10%, 0.3/3 = 10%", () => {
    expect(compare(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(holds(div(exact(8), exact(80)) ?? exact(0), ">=", percent(10))).toBe(true);
    expect(holds(div(exact(0.3), exact(3)) ?? exact(0), ">=", percent(10))).toBe(true);
    expect(div(exact(1), exact(0))).toBeNull();
  });

  it("keeps the double evaluation of the same expression for display", () => {
    const growth = div(add(div(exact(5000), exact(4000)) ?? exact(0), div(exact(6200), exact(5000)) ?? exact(0)), exact(2));
    expect(growth?.approx).toBe((5000 / 4000 + 6200 / 5000) / 2);
    expect(toPercent(div(exact(1440), exact(22500)) ?? exact(0))).toBe(6.4);
  });

  it("a/b ≥ p% exactly when 100a ≥ pb, for amounts in cents", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 0, max: 100 }), (a, b, p) => {
        const q = div(exact(a / 100), exact(b / 100));
        expect(q && holds(q, ">=", percent(p))).toBe(100 * a >= p * b);
      }),
    );
  });

  it("rounds an amount up to the step (约 96 万元)", () => {
    expect(ceilTo(div(exact(1), exact(3)) ?? exact(0), 0.01)).toBe(0.34);
    expect(ceilTo(exact(96), 0.01)).toBe(96);
    expect(ceilTo(exact(2.0001), 1)).toBe(3);
    expect(ceilTo(exact(-1.5), 1)).toBe(-1);
  });

  it("reads a double the same way with or without its fast path (the decimal String(x) writes)", () => {
    fc.assert(
      fc.property(number, (x) => {
        const [n, d] = reference(x);
        expect([exact(x).n, exact(x).d]).toEqual([n, d]);
      }),
      { numRuns: 5000 },
    );
    for (const x of [0.1 + 0.2, 1e-7, 5e-324, 2 ** 53, 2 ** 53 - 1, -(2 ** 53) + 0.5, 9007199254740.99, 1.005, 2.675, 1 / 3, 123456789.123, 1e21, 1.5e-10]) {
      expect([exact(x).n, exact(x).d]).toEqual(reference(x));
    }
    expect(toNumber(exact(-0))).toBe(0);
  });

  it("computes on doubles only while that is exact: the same fractions as BigInt throughout", () => {
    fc.assert(
      fc.property(number, number, (x, y) => {
        const [a, b] = [exact(x), exact(y)];
        const [an, ad] = reference(x);
        const [bn, bd] = reference(y);
        expect(parts(add(a, b))).toEqual(reduce(an * bd + bn * ad, ad * bd));
        expect(parts(sub(a, b))).toEqual(reduce(an * bd - bn * ad, ad * bd));
        expect(parts(mul(a, b))).toEqual(reduce(an * bn, ad * bd));
        const q = div(a, b);
        expect(q && parts(q)).toEqual(bn === 0n ? null : reduce(an * bd, ad * bn));
        const [l, r] = [an * bd, bn * ad];
        expect(compare(a, b)).toBe(l < r ? -1 : l > r ? 1 : 0);
        expect(toNumber(a)).toBe(nearest(an, ad));
        expect(toNumber(mul(a, b))).toBe(nearest(...reduce(an * bn, ad * bd)));
      }),
      { numRuns: 5000 },
    );
  });
});

/** Doubles of every kind the figures take: integers near 2⁵³, decimals of a few places, and any finite double. */
const number = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 52, 2 ** 26 + 1, 94906267, 0.1, 0.3, 3, 80, 8),
  fc.tuple(fc.integer({ min: -(10 ** 12), max: 10 ** 12 }), fc.integer({ min: 0, max: 12 })).map(([m, k]) => m / 10 ** k),
  fc.tuple(fc.maxSafeInteger(), fc.integer({ min: 0, max: 15 })).map(([m, k]) => m / 10 ** k),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }),
);

/** The decimal String(x) writes, as a reduced fraction, the slow way. */
function reference(x: number): [bigint, bigint] {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(String(x));
  const [, sign = "", int = "0", frac = "", exp = "0"] = m;
  const shift = Number(exp) - frac.length;
  const digits = BigInt(`${sign}${int}${frac}`);
  return shift >= 0 ? reduce(digits * 10n ** BigInt(shift), 1n) : reduce(digits, 10n ** BigInt(-shift));
}

function reduce(n: bigint, d: bigint): [bigint, bigint] {
  const abs = (v: bigint) => (v < 0n ? -v : v);
  let [a, b] = [abs(n), abs(d)];
  while (b !== 0n) [a, b] = [b, a % b];
  const g = (a === 0n ? 1n : a) * (d < 0n ? -1n : 1n);
  return [n / g, d / g];
}

/** toNumber as written for bigints alone. */
function nearest(n: bigint, d: bigint): number {
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  if ((n < 0n ? -n : n) <= safe && d <= safe) return Number(n) / Number(d);
  return Number((n * 10n ** 20n) / d) / 1e20;
}

const parts = (e: Exact): [bigint, bigint] => [e.n, e.d];

