import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { classifyHighValue, DEFAULT_PLEDGE_THRESHOLD_YUAN, highValueRuleSetFor, type HighValueInput } from "./high-value.ts";
import { SHARED_DIR } from "../../../test/support/vectors.ts";
import { readFileSync } from "node:fs";
import path from "node:path";

/** A granted, valid invention patent with a domestic holder and no category. */
const base: HighValueInput = {
  kind: "invention",
  valid: true,
  domesticHolder: true,
  filingDate: "2020-03-10",
  grantDate: "2022-06-01",
  strategicEmergingIndustry: false,
  overseasFamilyGranted: false,
  highPledgeFinancing: null,
  pledgeAmountYuan: null,
  nationalSciTechAward: false,
  chinaPatentAward: false,
};
const asOf = "2025-12-31";

describe("the example of high-value-patents.md §4", () => {
  const input: HighValueInput = { ...base, filingDate: "2015-03-10", grantDate: "2018-06-01", highPledgeFinancing: false };

  it("is high-value counted from filing (10.8 years), not from grant (7.6 years)", () => {
    const r = classifyHighValue(input, { asOf });
    expect(r).toMatchObject({ ruleSet: "CNIPA-2021", counted: true, highValue: true, categories: ["hvp-maintained-10y"], fiveCategory: null });
    expect(r.maintenance).toMatchObject({ basis: "filing", from: "2015-03-10", completedYears: 10, moreThanTen: true });
    expect(r.maintenance.years?.toFixed(1)).toBe("10.8");
    expect(r.otherBasis).toMatchObject({ basis: "grant", from: "2018-06-01", completedYears: 7, moreThanTen: false, highValue: false });
    expect(r.otherBasis.years?.toFixed(1)).toBe("7.6");
    expect(r).toMatchObject({ provisional: true, unconfirmed: ["hvp-maintenance-basis"], issues: [] });
  });

  it("is not high-value counted from grant, and says the other basis would make it so", () => {
    const r = classifyHighValue(input, { asOf, maintenanceBasis: "grant" });
    expect(r).toMatchObject({ highValue: false, categories: [], maintenance: { basis: "grant" }, otherBasis: { basis: "filing", highValue: true } });
  });
});

describe("维持年限超过10年: strictly more than 10 years", () => {
  const on = (date: string, basis: "filing" | "grant" = "filing") =>
    classifyHighValue({ ...base, filingDate: "2015-06-01", grantDate: "2015-06-01" }, { asOf: date, maintenanceBasis: basis });

  it.each(["filing", "grant"] as const)("exactly 10 years is not enough, 10 years and a day is (%s basis)", (basis) => {
    expect(on("2025-06-01", basis)).toMatchObject({ highValue: false, maintenance: { years: 10, completedYears: 10, moreThanTen: false } });
    const next = on("2025-06-02", basis);
    expect(next).toMatchObject({ highValue: true, categories: ["hvp-maintained-10y"], maintenance: { completedYears: 10, moreThanTen: true } });
    expect(next.maintenance.years).toBeGreaterThan(10);
  });

  it("counts from 29 February to 28 February ten years on (民法典 第二百零三条)", () => {
    const leap = (date: string) => classifyHighValue({ ...base, filingDate: "2012-02-29", grantDate: "2014-01-01" }, { asOf: date });
    expect(leap("2022-02-28").maintenance.moreThanTen).toBe(false);
    expect(leap("2022-03-01").maintenance.moreThanTen).toBe(true);
  });

  it("has no years before the date counted from, or without it", () => {
    const r = classifyHighValue({ ...base, grantDate: null }, { asOf: "2021-01-01" });
    expect(r.maintenance).toEqual({ basis: "filing", from: "2020-03-10", years: 297 / 365, completedYears: 0, moreThanTen: false });
    expect(r.otherBasis).toMatchObject({ from: null, years: null, completedYears: null, moreThanTen: false });
    expect(classifyHighValue(base, { asOf: "2019-01-01" }).maintenance.years).toBeNull();
  });
});

describe("较高质押融资金额", () => {
  const pledged = (amount: number | null, options: { pledgeThresholdYuan?: number } = {}, judgement: boolean | null = null) =>
    classifyHighValue({ ...base, pledgeAmountYuan: amount, highPledgeFinancing: judgement }, { asOf, ...options });

  it("counts an amount exactly at the threshold, not one yuan below, and says the threshold is a placeholder", () => {
    expect(pledged(DEFAULT_PLEDGE_THRESHOLD_YUAN)).toMatchObject({ highValue: true, categories: ["hvp-pledge"], pledge: { decidedBy: "amount", thresholdYuan: 10_000_000 } });
    expect(pledged(DEFAULT_PLEDGE_THRESHOLD_YUAN).unconfirmed).toContain("hvp-pledge-threshold");
    expect(pledged(DEFAULT_PLEDGE_THRESHOLD_YUAN - 1)).toMatchObject({ highValue: false, provisional: true, unconfirmed: ["hvp-pledge-threshold"] });
  });

  it("takes a configured threshold", () => {
    expect(pledged(2_000_000, { pledgeThresholdYuan: 2_000_000 }).highValue).toBe(true);
    expect(pledged(1_999_999, { pledgeThresholdYuan: 2_000_000 }).highValue).toBe(false);
  });

  it("lets a person's judgement decide when given, whatever the amount", () => {
    expect(pledged(null, {}, true)).toMatchObject({ highValue: true, pledge: { decidedBy: "judgement" }, provisional: false });
    expect(pledged(50_000_000, {}, false)).toMatchObject({ highValue: false, pledge: { decidedBy: "judgement" }, provisional: false });
    expect(pledged(null)).toMatchObject({ highValue: false, pledge: { decidedBy: "none" }, provisional: false });
  });

  it("refuses a threshold that is not a positive amount", () => {
    for (const t of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => pledged(1, { pledgeThresholdYuan: t })).toThrow(RangeError);
  });
});

describe("rule sets by date", () => {
  it("switches from CNIPA-2021 to CNIPA-2026 on 2026-01-01", () => {
    expect(highValueRuleSetFor("2025-12-31")).toBe("CNIPA-2021");
    expect(highValueRuleSetFor("2026-01-01")).toBe("CNIPA-2026");
  });

  it("under CNIPA-2026 drops the pledge category, gives the five-category answer beside it, and is provisional", () => {
    const input = { ...base, highPledgeFinancing: true };
    expect(classifyHighValue(input, { asOf: "2025-12-31" })).toMatchObject({ highValue: true, categories: ["hvp-pledge"], fiveCategory: null, provisional: false });
    expect(classifyHighValue(input, { asOf: "2026-01-01" })).toMatchObject({
      ruleSet: "CNIPA-2026",
      highValue: false,
      categories: [],
      fiveCategory: { highValue: true, categories: ["hvp-pledge"] },
      provisional: true,
      unconfirmed: ["hvp-ruleset-2026"],
    });
  });

  it("keeps the other four categories in 2026", () => {
    const all = { ...base, strategicEmergingIndustry: true, overseasFamilyGranted: true, highPledgeFinancing: true, chinaPatentAward: true, filingDate: "2010-01-01" };
    expect(classifyHighValue(all, { asOf: "2026-06-30" })).toMatchObject({
      categories: ["hvp-sei", "hvp-overseas-family", "hvp-maintained-10y", "hvp-award"],
      fiveCategory: { categories: ["hvp-sei", "hvp-overseas-family", "hvp-maintained-10y", "hvp-pledge", "hvp-award"] },
    });
  });
});

describe("the base population", () => {
  const every = { ...base, strategicEmergingIndustry: true, overseasFamilyGranted: true, highPledgeFinancing: true, nationalSciTechAward: true, chinaPatentAward: true, filingDate: "2005-01-01", grantDate: "2008-01-01" };

  it.each(["utility_model", "design"] as const)("never counts a %s, whatever else holds", (kind) => {
    expect(classifyHighValue({ ...every, kind }, { asOf })).toMatchObject({ counted: false, excludedBy: ["hvp-invention-only"], highValue: false, categories: [] });
  });

  it("counts only granted, valid patents with a domestic holder", () => {
    expect(classifyHighValue({ ...every, grantDate: null }, { asOf })).toMatchObject({ highValue: false, excludedBy: ["hvp-granted-cnipa"] });
    expect(classifyHighValue({ ...every, grantDate: "2026-02-01" }, { asOf })).toMatchObject({ highValue: false, excludedBy: ["hvp-granted-cnipa"] });
    expect(classifyHighValue({ ...every, valid: false }, { asOf })).toMatchObject({ highValue: false, excludedBy: ["hvp-valid"] });
    expect(classifyHighValue({ ...every, domesticHolder: false }, { asOf })).toMatchObject({ highValue: false, excludedBy: ["hvp-domestic"] });
    expect(classifyHighValue({ ...every, kind: "design", valid: false }, { asOf }).excludedBy).toEqual(["hvp-invention-only", "hvp-valid"]);
  });

  it("counts either award", () => {
    expect(classifyHighValue({ ...base, nationalSciTechAward: true }, { asOf }).categories).toEqual(["hvp-award"]);
    expect(classifyHighValue({ ...base, chinaPatentAward: true }, { asOf }).categories).toEqual(["hvp-award"]);
  });
});

describe("fields that cannot be read", () => {
  it("reports a bad date, grant before filing and a bad amount, and treats them as unknown", () => {
    const r = classifyHighValue({ ...base, filingDate: "2015-02-30", grantDate: "2014-01-01", pledgeAmountYuan: -5 }, { asOf });
    expect(r.issues).toEqual([
      { path: "filingDate", key: "market.date_invalid", params: { value: "2015-02-30" } },
      { path: "pledgeAmountYuan", key: "market.pledge_amount_invalid", params: { value: "-5" } },
    ]);
    expect(r.maintenance.from).toBeNull();
    const swapped = classifyHighValue({ ...base, filingDate: "2015-01-01", grantDate: "2014-01-01" }, { asOf });
    expect(swapped.issues).toEqual([{ path: "grantDate", key: "market.patent_grant_before_filing", params: { grant: "2014-01-01", filing: "2015-01-01" } }]);
    expect(swapped).toMatchObject({ highValue: false, excludedBy: ["hvp-granted-cnipa"] });
  });

  it("refuses an assessment date that is not a date", () => {
    expect(() => classifyHighValue(base, { asOf: "2025-13-01" })).toThrow(RangeError);
  });
});

describe("properties", () => {
  const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 864e5, max: Date.UTC(2035, 11, 31) / 864e5 }).map((n) => new Date(n * 864e5).toISOString().slice(0, 10));
  const input: fc.Arbitrary<HighValueInput> = fc.record({
    kind: fc.constantFrom("invention" as const, "utility_model" as const, "design" as const),
    valid: fc.boolean(),
    domesticHolder: fc.boolean(),
    filingDate: fc.option(day),
    grantDate: fc.option(day),
    strategicEmergingIndustry: fc.boolean(),
    overseasFamilyGranted: fc.boolean(),
    highPledgeFinancing: fc.option(fc.boolean()),
    pledgeAmountYuan: fc.option(fc.integer({ min: 0, max: 50_000_000 })),
    nationalSciTechAward: fc.boolean(),
    chinaPatentAward: fc.boolean(),
  });
  const options = fc.record({ asOf: day, maintenanceBasis: fc.constantFrom("filing" as const, "grant" as const) });

  it("high-value ⇔ in the base population and at least one category of the rule set", () => {
    fc.assert(
      fc.property(input, options, (i, o) => {
        const r = classifyHighValue(i, o);
        const allowed = r.ruleSet === "CNIPA-2021" ? 5 : 4;
        return (
          r.highValue === (r.counted && r.categories.length > 0) &&
          (i.kind === "invention" || !r.highValue) &&
          new Set(r.categories).size === r.categories.length &&
          r.categories.length <= allowed &&
          (r.ruleSet === "CNIPA-2021" || !r.categories.includes("hvp-pledge")) &&
          r.provisional === r.unconfirmed.length > 0
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it("one more category never takes high-value away", () => {
    const flag = fc.constantFrom("strategicEmergingIndustry" as const, "overseasFamilyGranted" as const, "nationalSciTechAward" as const, "chinaPatentAward" as const);
    fc.assert(fc.property(input, options, flag, (i, o, f) => !classifyHighValue(i, o).highValue || classifyHighValue({ ...i, [f]: true }, o).highValue), { numRuns: 1_000 });
  });

  it("more than ten years ⇔ after the tenth anniversary (29 Feb → 28 Feb), and years > 10 says the same", () => {
    const tenth = (d: string) => {
      const [y, m, dd] = d.split("-").map(Number) as [number, number, number];
      const leapless = m === 2 && dd === 29 && new Date(Date.UTC(y + 10, 1, 29)).getUTCMonth() !== 1;
      return `${y + 10}-${String(m).padStart(2, "0")}-${leapless ? "28" : String(dd).padStart(2, "0")}`;
    };
    fc.assert(
      fc.property(day, day, (from, at) => {
        const m = classifyHighValue({ ...base, filingDate: from, grantDate: null }, { asOf: at }).maintenance;
        if (from > at) return m.years === null && !m.moreThanTen;
        return m.moreThanTen === at > tenth(from) && m.moreThanTen === (m.years ?? 0) > 10 && Math.floor(m.years ?? -1) === m.completedYears;
      }),
      { numRuns: 5_000 },
    );
  });

  it("maintenance only grows with the date", () => {
    fc.assert(
      fc.property(day, day, day, (from, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const y = (at: string) => classifyHighValue({ ...base, filingDate: from, grantDate: null }, { asOf: at }).maintenance.years ?? -1;
        return y(early) <= y(late);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("shared vectors", () => {
  it("has no high-value section in ../shared/domain/vectors.json yet (wire it in here when one arrives)", () => {
    const all = JSON.parse(readFileSync(path.join(SHARED_DIR, "domain/vectors.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(all).filter((k) => /high.?value|hvp|patent(?!Number)/i.test(k))).toEqual([]);
  });
});
