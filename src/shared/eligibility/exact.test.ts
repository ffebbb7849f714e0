import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { add, ceilTo, compare, div, exact, holds, percent, toPercent } from "./exact.ts";

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
});
