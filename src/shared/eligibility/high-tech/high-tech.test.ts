import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadVectors } from "../../../../test/support/vectors.ts";
import { condition, copy, errorsOf, met, run, wan, type Vector } from "../../../../test/support/eligibility.ts";
import type { HighTechInput } from "./input.ts";

type Input = HighTechInput & { fiscalYears: NonNullable<HighTechInput["fiscalYears"]> };
const vectors = loadVectors<Vector<Input>[]>("highTech");
const base = (id = "HT-S1") => copy((vectors.find((v) => v.id === id) ?? vectors[0])?.input as Input);
/** HT-S1 without the growth points, whose allowed range moves with the sales figures a property changes. */
function withoutGrowthPoints(): Input {
  const input = base();
  if (input.innovation) delete input.innovation.growth;
  return input;
}
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("高新技术企业 (HTE-2016): shared vectors", () => {
  it.each(vectors)("$id: $note", ({ input, expected }) => {
    const r = run("high-tech", input);
    expect(r.ruleSet).toBe("HTE-2016");
    expect(r.eligible).toBe(expected.eligible);
    expect(r.score).toBe(expected.score);
    expect(r.subscores).toEqual(expected.subscores);
    expect(r.failedConditions).toEqual(expected.failedConditions);
    for (const [key, value] of Object.entries(expected.derived as Record<string, unknown>)) expect(r.derived[key], key).toBe(value);
    expect(r.incomplete).toBe(false);
  });

  it("gives the score range the grades allow (HT-S3: 70 now, 65–80 by its grades)", () => {
    expect(run("high-tech", base("HT-S3")).scoreRange).toEqual({ min: 65, max: 80 });
  });

  it("names the expert judgements in the conditions and score items", () => {
    const r = run("high-tech", base());
    expect(condition(r, "core-ip").basis).toBe("expert");
    expect(condition(r, "innovation-score-gt-70").label).toContain("专家评分");
    expect(r.scoreItems.find((i) => i.id === "advancement")).toMatchObject({ basis: "expert", grade: "A", range: [7, 8], points: 7 });
  });
});

describe("高新技术企业: thresholds, exactly at and one unit under", () => {
  it("科技人员 ≥ 10%: met exactly when 10 × techStaff ≥ employees", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (employees, share) => {
        const input = base();
        input.employees = employees;
        input.techStaff = Math.floor(employees * share);
        expect(met(run("high-tech", input), "tech-staff-10pct")).toBe(10 * input.techStaff >= employees);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5_000 }), (k) => {
        const input = base();
        input.employees = 10 * k;
        input.techStaff = k;
        expect(met(run("high-tech", input), "tech-staff-10pct")).toBe(true);
        input.techStaff = k - 1;
        expect(met(run("high-tech", input), "tech-staff-10pct")).toBe(false);
      }),
    );
  });

  it("研发费用占比: the tier of the latest year's sales, compared exactly (in cents)", () => {
    const cents = fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 3, maxLength: 3 });
    fc.assert(
      fc.property(cents, fc.array(fc.integer({ min: 0, max: 200_000 }), { minLength: 3, maxLength: 3 }), (sales, rd) => {
        const input = withoutGrowthPoints();
        input.fiscalYears.forEach((y, i) => {
          y.salesRevenue = wan(sales[i] ?? 0);
          y.rdExpense = wan(rd[i] ?? 0);
          y.rdExpenseDomestic = wan(rd[i] ?? 0);
        });
        const latest = sales[2] ?? 0;
        const pct = latest <= 500_000 ? 5 : latest <= 2_000_000 ? 4 : 3;
        const r = run("high-tech", input);
        expect(r.derived.rdRequired).toBe(pct / 100);
        expect(met(r, "rd-ratio")).toBe(100 * sum(rd) >= pct * sum(sales));
      }),
    );
  });

  it("研发费用占比: exactly at 5% / 4% / 3% passes, one cent (0.01 万元) less fails", () => {
    fc.assert(
      fc.property(fc.constantFrom(4000, 5000, 5000.01, 12000, 20000, 20000.01, 30000), fc.integer({ min: 1, max: 20_000 }), (latest, earlier) => {
        const input = withoutGrowthPoints();
        const sales = [earlier, earlier, latest];
        const pct = latest <= 5000 ? 5 : latest <= 20000 ? 4 : 3;
        const neededCents = (pct * Math.round(sum(sales) * 100)) / 100;
        input.fiscalYears.forEach((y, i) => {
          y.salesRevenue = sales[i] ?? 0;
          y.rdExpense = i === 2 ? wan(Math.ceil(neededCents)) : 0;
          y.rdExpenseDomestic = y.rdExpense;
        });
        fc.pre(Number.isInteger(neededCents));
        expect(met(run("high-tech", input), "rd-ratio")).toBe(true);
        const last = input.fiscalYears[2];
        if (last) last.rdExpense = last.rdExpenseDomestic = wan(neededCents - 1);
        expect(met(run("high-tech", input), "rd-ratio")).toBe(false);
      }),
    );
  });

  it("境内研发费用 ≥ 60% and 高新技术产品收入 ≥ 60%: at passes, one cent under fails", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (k) => {
        const input = base();
        input.fiscalYears.forEach((y) => {
          y.rdExpense = wan(100 * k);
          y.rdExpenseDomestic = wan(60 * k);
        });
        input.totalRevenue = wan(100 * k);
        input.highTechRevenue = wan(60 * k);
        let r = run("high-tech", input);
        expect([met(r, "rd-domestic-60pct"), met(r, "hightech-revenue-60pct")]).toEqual([true, true]);
        const first = input.fiscalYears[0];
        if (first) first.rdExpenseDomestic = wan(60 * k - 1);
        input.highTechRevenue = wan(60 * k - 1);
        r = run("high-tech", input);
        expect([met(r, "rd-domestic-60pct"), met(r, "hightech-revenue-60pct")]).toEqual([false, false]);
      }),
    );
  });

  it("注册成立一年以上: 365 calendar days pass, 364 fail, across leap years", () => {
    const day = (d: Date) => d.toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2040, 11, 31) }), (ms) => {
        const assessedOn = new Date(ms - (ms % 86_400_000));
        const input = base();
        input.assessedOn = day(assessedOn);
        input.fiscalYears = [];
        delete input.innovation;
        input.registeredOn = day(new Date(assessedOn.getTime() - 365 * 86_400_000));
        expect(met(run("high-tech", input), "registered-1y")).toBe(true);
        input.registeredOn = day(new Date(assessedOn.getTime() - 364 * 86_400_000));
        expect(met(run("high-tech", input), "registered-1y")).toBe(false);
      }),
    );
    const leap = { ...base(), registeredOn: "2023-06-15", assessedOn: "2024-06-14", fiscalYears: [{ year: 2023, salesRevenue: 100, rdExpense: 10, rdExpenseDomestic: 10, netAssets: 10 }] };
    delete leap.innovation;
    expect(condition(run("high-tech", leap), "registered-1y")).toMatchObject({ actual: 365, met: true });
  });

  it("创新能力评价: 70 fails (不含70分), 71 passes", () => {
    const input = base("HT-S3");
    expect(met(run("high-tech", input), "innovation-score-gt-70")).toBe(false);
    if (input.innovation?.rdManagement) input.innovation.rdManagement.talent = 4;
    const r = run("high-tech", input);
    expect(r.score).toBe(71);
    expect(r.eligible).toBe(true);
  });

  it("创新能力评价: eligible ⇔ score > 70 when everything else holds", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 25, max: 30 }), (a, b, c, d, conversion) => {
        const input = base();
        if (input.innovation) {
          input.innovation.rdManagement = { system: a, institution: b, conversionIncentive: c, talent: d };
          input.innovation.conversions = { count: 15, points: conversion };
        }
        const r = run("high-tech", input);
        expect(r.score).toBe(27 + conversion + a + b + c + d + 11);
        expect(r.eligible).toBe((r.score ?? 0) > 70);
      }),
    );
  });

  it("科技成果转化: the yearly average's bands (3k conversions in 3 years at grade k, 3k − 1 below)", () => {
    const grades = ["F", "E", "D", "C", "B", "A"];
    for (let k = 1; k <= 5; k++) {
      const input = base();
      if (input.innovation) input.innovation.conversions = { count: 3 * k };
      expect(run("high-tech", input).derived.conversionGrade).toBe(grades[k]);
      if (input.innovation) input.innovation.conversions = { count: 3 * k - 1 };
      expect(run("high-tech", input).derived.conversionGrade).toBe(k === 1 ? "E/F" : grades[k - 1]);
    }
  });

  it("企业成长性: 35% / 25% / 15% / 5% are in their band, 0.01 万元 less falls to the next, 0 gets F", () => {
    const cases: [number, string, string][] = [[35, "A", "B"], [25, "B", "C"], [15, "C", "D"], [5, "D", "E"]];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(...cases), (b, [rate, at, under]) => {
        const input = withoutGrowthPoints();
        const top = b * (100 + 2 * rate);
        const net = [b * 100, b * 100, top];
        input.fiscalYears.forEach((y, i) => (y.netAssets = net[i]));
        expect(run("high-tech", input).derived.netAssetsGrowthGrade).toBe(at);
        const last = input.fiscalYears[2];
        if (last) last.netAssets = top - 0.01;
        expect(run("high-tech", input).derived.netAssetsGrowthGrade).toBe(under);
        if (last) last.netAssets = b * 100;
        expect(run("high-tech", input).derived.netAssetsGrowthGrade).toBe("F");
      }),
    );
  });

  it("企业成长性: 第一年为 0 → 第三年 ÷ 第二年 − 1; 第二年为 0 → 0 分", () => {
    const growth = (net: number[]) => {
      const input = withoutGrowthPoints();
      input.fiscalYears.forEach((y, i) => (y.netAssets = net[i]));
      const r = run("high-tech", input);
      return [r.derived.netAssetsGrowth, r.derived.netAssetsGrowthGrade];
    };
    expect(growth([0, 5000, 6200])).toEqual([6200 / 5000 - 1, "C"]);
    expect(growth([4000, 0, 6200])).toEqual([null, "F"]);
    const input = base();
    input.fiscalYears.forEach((y, i) => (y.netAssets = [4000, 0, 6200][i]));
    expect(errorsOf("high-tech", input)).toEqual([{ path: "innovation.growth.netAssetsPoints", key: "assess.points_range", params: { points: 6, grade: "F", min: 0, max: 0 } }]);
  });

  it("知识产权数量: Ⅰ类 ≥ 1 → A; Ⅱ类 5 → B, 4 → C, 3 → C, 2 → D, 1 → D, 0 → E", () => {
    const expected: [number, number, string][] = [[1, 0, "A"], [0, 5, "B"], [0, 4, "C"], [0, 3, "C"], [0, 2, "D"], [0, 1, "D"], [0, 0, "E"]];
    for (const [classI, classII, band] of expected) {
      const input = base();
      if (input.innovation?.ip) Object.assign(input.innovation.ip, { classICount: classI, classIICount: classII, quantityPoints: undefined });
      expect(run("high-tech", input).derived.ipQuantityBand).toBe(band);
    }
  });
});

describe("高新技术企业: missing figures, provisional rules", () => {
  it("lists a missing figure and leaves the result undecided", () => {
    const input = base();
    delete input.techStaff;
    const r = run("high-tech", input);
    expect(r).toMatchObject({ eligible: null, incomplete: true, missing: [{ path: "techStaff", key: "assess.missing" }] });
    expect(met(r, "tech-staff-10pct")).toBeNull();
  });

  it("still says no when a condition that is known fails", () => {
    const input = base("HT-S4");
    delete input.highTechRevenue;
    expect(run("high-tech", input)).toMatchObject({ eligible: false, incomplete: true, failedConditions: ["tech-staff-10pct"] });
  });

  it("asks for a fiscal year the rules need (registered 2015: 2023–2025)", () => {
    const input = base();
    input.fiscalYears = input.fiscalYears.slice(1);
    const r = run("high-tech", input);
    expect(r.missing).toContainEqual({ path: "fiscalYears", key: "assess.missing_year", params: { year: 2023 } });
    expect(met(r, "rd-ratio")).toBeNull();
    expect(r.eligible).toBeNull();
  });

  it("uses fewer years for a younger enterprise and marks the growth formula provisional", () => {
    const input = withoutGrowthPoints();
    input.registeredOn = "2024-03-01";
    input.fiscalYears = input.fiscalYears.slice(1);
    const r = run("high-tech", input);
    expect(r.missing.filter((m) => m.key === "assess.missing_year")).toEqual([]);
    expect(r.derived.rdRatio).toBe((480 + 540) / (7500 + 9000));
    expect(r.derived.salesGrowth).toBe(9000 / 7500 - 1);
    expect(r.provisionalRules.map((p) => p.id)).toContain("hte.growth-short-history");
  });

  it("marks an average of conversions between 0 and 1 provisional (E or F, 0–6 points)", () => {
    const input = base();
    if (input.innovation) input.innovation.conversions = { count: 2, points: 0 };
    const r = run("high-tech", input);
    expect(r.derived.conversionGrade).toBe("E/F");
    expect(r.provisional).toBe(true);
    expect(r.provisionalRules.map((p) => p.id)).toContain("hte.conversion-below-one");
  });

  it("is not provisional on the vectors' date, and is after the last check that the rules are in force", () => {
    expect(run("high-tech", base()).provisional).toBe(false);
    const later = base();
    later.assessedOn = "2026-09-01";
    expect(run("high-tech", later).provisionalRules.map((p) => p.id)).toEqual(["hte.in-force"]);
  });

  it("treats a zero denominator as not met and says so", () => {
    const input = base();
    input.totalRevenue = 0;
    input.highTechRevenue = 0;
    const r = run("high-tech", input);
    expect(condition(r, "hightech-revenue-60pct")).toMatchObject({ actual: null, met: false });
    expect(r.provisionalRules.map((p) => p.id)).toContain("zero-denominator");
  });
});

describe("高新技术企业: bad input", () => {
  const keys = (input: unknown) => errorsOf("high-tech", input).map((e) => [e.path, e.key]);

  it("refuses impossible figures with the field that is wrong", () => {
    const input = base();
    input.techStaff = 151;
    const first = input.fiscalYears[0];
    if (first) first.rdExpenseDomestic = 421;
    input.highTechRevenue = 9300;
    expect(keys(input)).toEqual([
      ["techStaff", "assess.tech_staff_exceeds_employees"],
      ["highTechRevenue", "assess.high_tech_revenue_exceeds_total"],
      ["fiscalYears[0].rdExpenseDomestic", "assess.domestic_rd_exceeds_total"],
    ]);
  });

  it("refuses negative figures, wrong types, unknown fields and a registration after the assessment date", () => {
    const input = { ...base(), employees: -1, totalRevenue: "9200", techstaff: 30, registeredOn: "2026-07-01" };
    expect(keys(input)).toEqual([
      ["techstaff", "assess.unknown_field"],
      ["registeredOn", "assess.date_after_assessment"],
      ["employees", "assess.min"],
      ["totalRevenue", "assess.type_number"],
    ]);
    const negative = base();
    const y = negative.fiscalYears[1];
    if (y) y.salesRevenue = -5;
    expect(keys(negative)).toEqual([["fiscalYears[1].salesRevenue", "assess.negative"]]);
  });

  it("refuses fiscal years out of order, not yet closed, or outside the window", () => {
    const order = base();
    order.fiscalYears.reverse();
    expect(keys(order).map(([, k]) => k)).toContain("assess.fiscal_year_order");
    const open = base();
    open.fiscalYears.push({ year: 2026, salesRevenue: 1 });
    expect(keys(open)).toContainEqual(["fiscalYears[3].year", "assess.fiscal_year_not_closed"]);
    const old = base();
    old.fiscalYears.unshift({ year: 2022, salesRevenue: 1 });
    expect(keys(old)).toContainEqual(["fiscalYears[0].year", "assess.fiscal_year_outside"]);
  });

  it("refuses expert points outside their grade's range", () => {
    const input = base();
    if (input.innovation?.ip) input.innovation.ip.advancement = { grade: "A", points: 5 };
    if (input.innovation?.conversions) input.innovation.conversions.points = 24;
    if (input.innovation?.growth) input.innovation.growth.netAssetsPoints = 9;
    const errors = errorsOf("high-tech", input);
    expect(errors).toContainEqual({ path: "innovation.ip.advancement.points", key: "assess.points_range", params: { points: 5, grade: "A", min: 7, max: 8 } });
    expect(errors).toContainEqual({ path: "innovation.conversions.points", key: "assess.points_range", params: { points: 24, grade: "A", min: 25, max: 30 } });
    expect(errors).toContainEqual({ path: "innovation.growth.netAssetsPoints", key: "assess.points_range", params: { points: 9, grade: "C", min: 5, max: 6 } });
  });

  it("refuses a missing or impossible assessment date and a date before any rule set", () => {
    expect(keys({ ...base(), assessedOn: undefined })).toEqual([["assessedOn", "assess.required"]]);
    expect(keys({ ...base(), assessedOn: "2026-02-30" })).toEqual([["assessedOn", "assess.type_date"]]);
    const early = { ...base(), assessedOn: "2015-12-31", registeredOn: "2010-01-01", fiscalYears: [{ year: 2014 }] };
    expect(errorsOf("high-tech", early)).toEqual([{ path: "assessedOn", key: "assess.no_rule_set", params: { assessedOn: "2015-12-31", from: "2016-01-01" } }]);
  });
});
