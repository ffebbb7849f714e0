import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  AT_RISK_MARGIN,
  EQUAL_BAND,
  assessTarget,
  corridorFigure,
  meets,
  projectCagr,
  projectLinear,
  projectionFor,
  type CityValue,
  type Comparator,
  type Indicator,
} from "./kpi.ts";

// The seed plan's indicators as the importer will define them (统计口径 from the issue).
const rdIntensity: Indicator = {
  code: "rd_intensity",
  name: "全社会R&D经费支出占地区生产总值的比重",
  unit: "%",
  aggregation: "ratio_of_sums",
  numerator: "全社会R&D经费支出（亿元）",
  denominator: "地区生产总值（亿元）",
  scale: 100,
  projection: "linear",
};
const hteCount: Indicator = { code: "hte_count", name: "高新技术企业数", unit: "家", aggregation: "sum", projection: "cagr" };

const CITY_CODES = ["420100", "420200", "420700", "421100", "421200"] as const;

/** Figures for the five cities in one year. Round invented numbers: 示例数据, marked demo. */
function count(values: (number | null)[], kind: CityValue["sourceKind"] = "demo"): CityValue[] {
  return CITY_CODES.map((cityCode, i) => ({ cityCode, year: 2023, value: values[i] ?? null, sourceKind: kind }));
}
function parts(pairs: [number, number][], kind: CityValue["sourceKind"] = "demo"): CityValue[] {
  return pairs.map(([numerator, denominator], i) => ({
    cityCode: CITY_CODES[i] ?? "",
    year: 2023,
    value: (numerator / denominator) * 100,
    numerator,
    denominator,
    sourceKind: kind,
  }));
}

describe("corridorFigure: counts are sums", () => {
  it("adds the five cities", () => {
    expect(corridorFigure(hteCount, count([10000, 500, 300, 1000, 400]))).toEqual({
      value: 12200,
      cities: 5,
      missing: [],
      complete: true,
      sourceKinds: ["demo"],
      demo: true,
    });
  });

  it("gives an incomplete sum as such, naming the missing cities", () => {
    const figure = corridorFigure(hteCount, count([10000, null, 300, 1000], "official"));
    expect(figure).toEqual({ value: 11300, cities: 3, missing: ["420200", "421200"], complete: false, sourceKinds: ["official"], demo: false });
  });

  it("leaves the province's row out: it already contains the cities", () => {
    const values = [...count([1, 2, 3, 4, 5], "official"), { cityCode: "420000", year: 2023, value: 20000, sourceKind: "official" as const }];
    expect(corridorFigure(hteCount, values).value).toBe(15);
  });

  it("lists each kind of source once, in a fixed order, and flags any demo input", () => {
    const values = count([9145, 225, 100, 1000, 50], "official");
    const mixed = values.map((v, i) => ({ ...v, sourceKind: (["lower_bound", "official", "forecast", "official", "secondary"] as const)[i] ?? "official" }));
    expect(corridorFigure(hteCount, mixed)).toMatchObject({ sourceKinds: ["official", "secondary", "forecast", "lower_bound"], demo: false });
    const oneDemo = mixed.map((v, i) => (i === 4 ? { ...v, value: null, sourceKind: "demo" as const } : v));
    expect(corridorFigure(hteCount, oneDemo)).toMatchObject({ demo: true, missing: ["421200"], sourceKinds: ["official", "forecast", "lower_bound"] });
  });

  it("refuses two values for one city and values of several years", () => {
    const values = count([1, 2, 3, 4, 5]);
    expect(() => corridorFigure(hteCount, [...values, { ...values[0], cityCode: "420100", year: 2023, value: 9, sourceKind: "demo" }])).toThrow(RangeError);
    expect(() => corridorFigure(hteCount, values.map((v, i) => ({ ...v, year: 2020 + i })))).toThrow(RangeError);
  });

  it("is the sum of the cities' values (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20000 }), { minLength: 5, maxLength: 5 }), (xs) => {
        expect(corridorFigure(hteCount, count(xs)).value).toBe(xs.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe("corridorFigure: ratios are ratios of sums", () => {
  it("divides ΣR&D by ΣGDP, which the mean of the city ratios does not give", () => {
    // One large city at 3.5 %, four small ones at 1 %: ΣR&D 710 ÷ ΣGDP 21000 = 3.38 %; the mean of ratios is 1.5 %.
    const values = parts([[700, 20000], [2.5, 250], [2.5, 250], [2.5, 250], [2.5, 250]]);
    const figure = corridorFigure(rdIntensity, values);
    expect(figure.value).toBeCloseTo((710 / 21000) * 100, 12);
    const meanOfRatios = values.reduce((s, v) => s + (v.value ?? 0), 0) / values.length;
    expect(Math.abs((figure.value ?? 0) - meanOfRatios)).toBeGreaterThan(1);
  });

  it("gives no value when a city lacks its numerator or denominator, even with its own ratio published", () => {
    const values = parts([[700, 20000], [10, 1000], [10, 1000], [10, 1000], [10, 1000]]);
    const onlyRatio = values.map((v, i) => (i === 2 ? { ...v, numerator: null, value: 20 } : v));
    expect(corridorFigure(rdIntensity, onlyRatio)).toMatchObject({ value: null, cities: 4, missing: ["420700"], complete: false });
    const absent = values.filter((v) => v.cityCode !== "421100");
    expect(corridorFigure(rdIntensity, absent)).toMatchObject({ value: null, missing: ["421100"] });
  });

  it("gives no value over a zero denominator", () => {
    expect(corridorFigure(rdIntensity, parts([[0, 0], [0, 0], [0, 0], [0, 0], [0, 0]])).value).toBeNull();
  });

  const cityParts = fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.double({ min: 1, max: 30000, noNaN: true }));

  it("equals Σnumerator ÷ Σdenominator × scale and lies between the smallest and largest city ratio (property)", () => {
    fc.assert(
      fc.property(fc.array(cityParts, { minLength: 5, maxLength: 5 }), (pairs) => {
        const value = corridorFigure(rdIntensity, parts(pairs)).value ?? Number.NaN;
        const ratios = pairs.map(([n, d]) => (n / d) * 100);
        const sumN = pairs.reduce((s, [n]) => s + n, 0);
        const sumD = pairs.reduce((s, [, d]) => s + d, 0);
        expect(value).toBeCloseTo((sumN / sumD) * 100, 9);
        expect(value).toBeGreaterThanOrEqual(Math.min(...ratios) - 1e-9);
        expect(value).toBeLessThanOrEqual(Math.max(...ratios) + 1e-9);
      }),
    );
  });

  it("differs from the mean of ratios when a larger city has another ratio than the rest (property)", () => {
    // Four alike cities (size d, ratio r) and one k times larger (ratio r₁): Σn/Σd − mean(rᵢ) = (k/(k+4) − 1/5)(r₁ − r),
    // which is zero only when the cities are the same size or the same ratio.
    const ratioPct = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 5000 }), fc.integer({ min: 2, max: 20 }), ratioPct, ratioPct, (d, k, r, r1) => {
        fc.pre(r !== r1);
        const small: [number, number] = [(r * d) / 100, d];
        const pairs: [number, number][] = [[(r1 * k * d) / 100, k * d], small, small, small, small];
        const value = corridorFigure(rdIntensity, parts(pairs)).value ?? Number.NaN;
        const meanOfRatios = (r1 + 4 * r) / 5;
        expect(value - meanOfRatios).toBeCloseTo((k / (k + 4) - 1 / 5) * (r1 - r), 9);
        expect(Math.abs(value - meanOfRatios)).toBeGreaterThan(0.1);
      }),
    );
  });
});

describe("projectLinear", () => {
  it("reads the least squares line at the target year", () => {
    // Points (2021, 1), (2022, 3), (2023, 2): slope 0.5 through (2022, 2), so 3.5 in 2025.
    expect(projectLinear([{ year: 2021, value: 1 }, { year: 2022, value: 3 }, { year: 2023, value: 2 }], 2025)).toEqual({ value: 3.5 });
  });

  it("needs two distinct years", () => {
    expect(projectLinear([], 2025)).toEqual({ value: null, reason: "too_few_points" });
    expect(projectLinear([{ year: 2023, value: 3 }, { year: 2023, value: 4 }], 2025)).toEqual({ value: null, reason: "too_few_points" });
  });

  it("of a perfectly linear series is the line (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e3, max: 1e3, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 2000, max: 2030 }), { minLength: 2, maxLength: 8 }),
        fc.integer({ min: 2020, max: 2040 }),
        (a, b, years, target) => {
          const line = (year: number) => a + b * (year - 2020);
          const projected = projectLinear(years.map((year) => ({ year, value: line(year) })), target).value ?? Number.NaN;
          expect(Math.abs(projected - line(target))).toBeLessThanOrEqual(1e-7 * (1 + Math.abs(line(target))));
        },
      ),
    );
  });
});

describe("projectCagr", () => {
  it("continues the compound growth from the first to the last point, in any input order", () => {
    const series = [{ year: 2023, value: 14400 }, { year: 2021, value: 10000 }, { year: 2022, value: 11000 }];
    expect(projectCagr(series, 2025).value).toBeCloseTo(14400 * 1.2 * 1.2, 6);
  });

  it("is undefined for a zero or negative first or last value", () => {
    expect(projectCagr([{ year: 2021, value: 0 }, { year: 2023, value: 5 }], 2025)).toEqual({ value: null, reason: "non_positive_value" });
    expect(projectCagr([{ year: 2021, value: 5 }, { year: 2023, value: -1 }], 2025)).toEqual({ value: null, reason: "non_positive_value" });
  });

  it("needs two distinct years", () => {
    expect(projectCagr([{ year: 2021, value: 5 }], 2025)).toEqual({ value: null, reason: "too_few_points" });
    expect(projectCagr([], 2025)).toEqual({ value: null, reason: "too_few_points" });
  });

  it("of a geometric series is exact (property)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 2015, max: 2022 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2023, max: 2035 }),
        (first, rate, startYear, span, target) => {
          const at = (year: number) => first * rate ** (year - startYear);
          const series = Array.from({ length: span + 1 }, (_, i) => ({ year: startYear + i, value: at(startYear + i) }));
          const projected = projectCagr(series, target).value ?? Number.NaN;
          expect(Math.abs(projected / at(target) - 1)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });
});

describe("projectionFor", () => {
  const series = [{ year: 2021, value: 100 }, { year: 2022, value: 110 }, { year: 2023, value: 121 }];

  it("uses the indicator's method and shows the other beside it", () => {
    const cagr = projectionFor(hteCount, series, 2025);
    expect(cagr).toMatchObject({ method: "cagr", reason: null });
    expect(cagr.value).toBeCloseTo(146.41, 9);
    expect(cagr.otherMethodValue).toBeCloseTo(projectLinear(series, 2025).value ?? Number.NaN, 12);
    // Least squares through the three points: mean 110⅓ at 2022, slope 10.5 a year.
    const linear = projectionFor(rdIntensity, series, 2025);
    expect(linear.method).toBe("linear");
    expect(linear.value).toBeCloseTo(110 + 1 / 3 + 10.5 * 3, 9);
    expect(linear.otherMethodValue).toBeCloseTo(146.41, 9);
  });

  it("never substitutes the other method when the chosen one has no value", () => {
    const fromZero = [{ year: 2021, value: 0 }, { year: 2023, value: 2 }];
    expect(projectionFor(hteCount, fromZero, 2025)).toEqual({ method: "cagr", value: null, reason: "non_positive_value", otherMethodValue: 4 });
  });
});

describe("meets", () => {
  it.each([
    [">", 4.3, 4.2, true],
    [">", 4.2, 4.2, false],
    [">=", 36, 36, true],
    [">=", 35.99, 36, false],
    ["<", 1, 2, true],
    ["<", 2, 2, false],
    ["<=", 2, 2, true],
    ["<=", 2.01, 2, false],
    ["=", 102, 100, true],
    ["=", 98, 100, true],
    ["=", 102.5, 100, false],
  ] as [Comparator, number, number, boolean][])("%s: %d against %d is %s", (comparator, value, target, expected) => {
    expect(meets(comparator, value, target)).toBe(expected);
  });
});

describe("assessTarget", () => {
  const hte = { comparator: ">" as const, value: 15000, year: 2025 };

  it("is on track when the projection meets the target", () => {
    expect(assessTarget(hte, 15001)).toBe("on_track");
    expect(assessTarget({ comparator: ">=", value: 36, year: 2025 }, 36)).toBe("on_track");
  });

  it("is at risk within 5 % of the target value, off track beyond", () => {
    expect(AT_RISK_MARGIN).toBe(0.05);
    expect(assessTarget(hte, 15000)).toBe("at_risk");
    expect(assessTarget(hte, 14250)).toBe("at_risk");
    expect(assessTarget(hte, 14249)).toBe("off_track");
    expect(assessTarget({ comparator: "<=", value: 1000, year: 2025 }, 1050)).toBe("at_risk");
    expect(assessTarget({ comparator: "<=", value: 1000, year: 2025 }, 1051)).toBe("off_track");
  });

  it("treats '=' as met within 2 %, at risk within 5 %", () => {
    expect(EQUAL_BAND).toBe(0.02);
    const eq = { comparator: "=" as const, value: 1000, year: 2025 };
    expect([980, 1020].map((v) => assessTarget(eq, v))).toEqual(["on_track", "on_track"]);
    expect([979, 1021, 950, 1050].map((v) => assessTarget(eq, v))).toEqual(["at_risk", "at_risk", "at_risk", "at_risk"]);
    expect([949, 1051].map((v) => assessTarget(eq, v))).toEqual(["off_track", "off_track"]);
  });

  it("never gets worse as a '>' projection rises (property)", () => {
    const rank = { off_track: 0, at_risk: 1, on_track: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 200_000 }), fc.integer({ min: 0, max: 10_000 }), (target, p, step) => {
        const t = { comparator: ">" as const, value: target, year: 2025 };
        expect(rank[assessTarget(t, p + step)]).toBeGreaterThanOrEqual(rank[assessTarget(t, p)]);
      }),
    );
  });
});
