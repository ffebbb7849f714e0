import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { growthRates } from "./growth.ts";

describe("growthRates", () => {
  it("gives each year's growth over the year before and its R&D ratio, oldest first", () => {
    const rows = growthRates([
      { year: 2025, operatingRevenue: 5000, mainBusinessRevenue: 4500, netAssets: 6200, rdExpense: 540, salesRevenue: 9000 },
      { year: 2024, operatingRevenue: 4000, mainBusinessRevenue: 3600, netAssets: 5000, rdExpense: 480, salesRevenue: 7500 },
    ]);
    expect(rows).toEqual([
      { year: 2024, revenueGrowth: null, mainBusinessGrowth: null, netAssetsGrowth: null, rdRatio: 0.064 },
      { year: 2025, revenueGrowth: 0.25, mainBusinessGrowth: 0.25, netAssetsGrowth: 0.24, rdRatio: 0.06 },
    ]);
  });

  it("is null where a figure is missing, the base is 0 or negative, or the previous year is not in the record", () => {
    const rows = growthRates([
      { year: 2021, operatingRevenue: 100, netAssets: -50 },
      { year: 2022, operatingRevenue: 0, netAssets: 10, mainBusinessRevenue: 5, salesRevenue: 0, rdExpense: 3 },
      { year: 2023, operatingRevenue: 80, mainBusinessRevenue: null },
      { year: 2025, operatingRevenue: 120 },
    ]);
    expect(rows.map((r) => r.revenueGrowth)).toEqual([null, -1, null, null]);
    expect(rows.map((r) => r.netAssetsGrowth)).toEqual([null, null, null, null]);
    expect(rows.map((r) => r.mainBusinessGrowth)).toEqual([null, null, null, null]);
    expect(rows.map((r) => r.rdRatio)).toEqual([null, null, null, null]);
  });

  it("counts a repeated year once (its first row)", () => {
    expect(growthRates([{ year: 2024, operatingRevenue: 10 }, { year: 2024, operatingRevenue: 99 }, { year: 2025, operatingRevenue: 15 }]).map((r) => r.revenueGrowth)).toEqual([null, 0.5]);
  });

  it("is exact on decimals of 万元: base × (1 + growth) gives back the year's figure", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (base, current) => {
        const [, row] = growthRates([{ year: 2024, operatingRevenue: base / 100 }, { year: 2025, operatingRevenue: current / 100 }]);
        expect(row?.revenueGrowth).toBeCloseTo((current - base) / base, 12);
      }),
    );
  });
});
