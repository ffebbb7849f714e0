import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { condition, errorsOf, met, run, wan } from "../../../../test/support/eligibility.ts";
import type { MsmeInput } from "./input.ts";

/**
 * A 专精特新 candidate (figures in 万元), eligible under both rule sets. Under 63号 附件2 its score is
 * 专业化 5 + 10 + 3 + 3 = 21, 精细化 3 + 5 + 8 + 5 = 21, 特色化 10, 创新能力 8 + 4 + 3 + 4 = 19: 71.
 */
function candidate(assessedOn: string): MsmeInput & { fiscalYears: NonNullable<MsmeInput["fiscalYears"]> } {
  const last = Number(assessedOn.slice(0, 4)) - 1;
  return {
    assessedOn,
    independentLegalPerson: true,
    smeByClassification: true,
    abnormalOrDishonest: false,
    restrictedIndustry: false,
    majorIncidentLast3y: false,
    innovativeSmeTitleValid: true,
    techInnovativeTitleValid: true,
    marketSegmentYears: 6,
    fiscalYears: [
      { year: last - 2, operatingRevenue: 4000, mainBusinessRevenue: 3400, rdExpense: 150 },
      { year: last - 1, operatingRevenue: 4500, mainBusinessRevenue: 3800, rdExpense: 180 },
      { year: last, operatingRevenue: 5000, mainBusinessRevenue: 4200, rdExpense: 220 },
    ],
    netProfit: 420,
    totalAssets: 6000,
    totalLiabilities: 2400,
    employees: 80,
    rdStaff: 12,
    equityFinancingLast2y: 0,
    ip: { highValueClassI: 0, selfDevelopedClassI: 1, classI: 2, classII: 5, appliedClassI: 1, appliedClassINotTransferred: 1 },
    awards: { provincialTop3Last3y: false, nationalLast3y: false, nationalTop3Last3y: false },
    makerChinaLast3y: "none",
    rdInstitutionLevel: "municipal",
    productField: "foundation",
    digitalLevel: 2,
    quality: { provincialQualityAward: false, qualitySystemCert: true, standardsParticipation: false },
    ownBrand: true,
    characteristicPoints: 10,
    marketPositionLeading: true,
    developmentScore: 62,
  };
}
const Y2022 = "2025-05-10";
const Y2026 = "2026-06-01";
const ss = (input: unknown) => run("specialized-sme", input);

describe("专精特新中小企业 under MIIT-2022-63 (63号 附件2)", () => {
  it("scores the candidate 71 and finds it eligible, provisionally (the score table is from recall)", () => {
    const r = ss(candidate(Y2022));
    expect(r).toMatchObject({ ruleSet: "MIIT-2022-63", eligible: true, score: 71, failedConditions: [], directQualification: false, incomplete: false });
    expect(r.subscores).toMatchObject({ specialization: 21, refinement: 21, characteristic: 10, innovation: 19, mainShare: 5, mainRevenueGrowth: 10, segmentYears: 3, quality: 5, rd: 4 });
    expect(r.provisionalRules.map((p) => p.id)).toEqual(["miit.average-growth", "ss-2022.score-table"]);
    expect(r.scoreItems.find((i) => i.id === "characteristic")?.basis).toBe("provincial");
  });

  it("conditions 1–3 at their thresholds and one unit under", () => {
    const at = (patch: (i: MsmeInput) => void) => {
      const input = candidate(Y2022);
      patch(input);
      return ss(input);
    };
    const lastYear = (i: MsmeInput) => i.fiscalYears?.[2] ?? { year: 0 };
    expect(met(at((i) => (i.marketSegmentYears = 2)), "segment-2y")).toBe(true);
    expect(met(at((i) => (i.marketSegmentYears = 1.99)), "segment-2y")).toBe(false);
    expect(met(at((i) => (lastYear(i).rdExpense = 100)), "rd-100")).toBe(true);
    expect(met(at((i) => (lastYear(i).rdExpense = 99.99)), "rd-100")).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 100_000 }), (k) => {
        expect(met(at((i) => Object.assign(lastYear(i), { operatingRevenue: k, mainBusinessRevenue: k, rdExpense: wan(3 * k) })), "rd-ratio-3pct")).toBe(true);
        expect(met(at((i) => Object.assign(lastYear(i), { operatingRevenue: k, mainBusinessRevenue: k, rdExpense: wan(3 * k - 1) })), "rd-ratio-3pct")).toBe(false);
      }),
    );
    const small = (revenue: number, equity: number) => met(at((i) => ((lastYear(i).operatingRevenue = revenue), (lastYear(i).mainBusinessRevenue = 500), (lastYear(i).rdExpense = 100), (i.equityFinancingLast2y = equity))), "revenue-1000-or-equity-2000");
    expect([small(1000, 0), small(999.99, 0), small(999.99, 2000), small(999.99, 1999.99)]).toEqual([true, false, true, false]);
  });

  it("condition 4: eligible ⇔ score ≥ 60 when nothing else is missing or failing", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.constantFrom<MsmeInput["rdInstitutionLevel"]>("national", "provincial", "municipal", "below-municipal", "none"), (points, level) => {
        const r = ss({ ...candidate(Y2022), characteristicPoints: points, rdInstitutionLevel: level });
        expect(r.eligible).toBe((r.score ?? 0) >= 60);
      }),
    );
    expect(ss({ ...candidate(Y2022), characteristicPoints: 0, rdInstitutionLevel: "below-municipal" })).toMatchObject({ score: 59, eligible: false, failedConditions: ["score-ge-60"] });
  });

  it("condition 4's direct paths: 研发费用均值 1000 (not 999.995), 股权融资 6000, awards, 创客中国", () => {
    const low = { ...candidate(Y2022), characteristicPoints: 0, rdInstitutionLevel: "none" as const };
    expect(ss(low).eligible).toBe(false);
    const rdAverage = (a: number, b: number) => {
      const input = structuredClone(low);
      Object.assign(input.fiscalYears[1] ?? {}, { operatingRevenue: 30000, mainBusinessRevenue: 28000, rdExpense: a });
      Object.assign(input.fiscalYears[2] ?? {}, { operatingRevenue: 30000, mainBusinessRevenue: 28000, rdExpense: b });
      return met(ss(input), "direct-rd-average-1000");
    };
    expect([rdAverage(900, 1100), rdAverage(900, 1099.99)]).toEqual([true, false]);
    expect(ss({ ...low, equityFinancingLast2y: 6000 }).eligible).toBe(true);
    expect(ss({ ...low, equityFinancingLast2y: 5999.99 }).eligible).toBe(false);
    expect(ss({ ...low, awards: { provincialTop3Last3y: false, nationalLast3y: true, nationalTop3Last3y: false } }).eligible).toBe(true);
    expect(ss({ ...low, makerChinaLast3y: "top500" }).directQualification).toBe(true);
  });

  it("score items: 研发投入 the better of amount and share, 质量 capped at 5, 细分市场 one point per full two years", () => {
    const input = candidate(Y2022);
    Object.assign(input.fiscalYears[2] ?? {}, { rdExpense: 500, operatingRevenue: 50000, mainBusinessRevenue: 45000 });
    expect(ss(input).subscores.rd).toBe(10);
    Object.assign(input.fiscalYears[2] ?? {}, { rdExpense: 150, operatingRevenue: 1500, mainBusinessRevenue: 1400 });
    expect(ss(input).subscores.rd).toBe(10);
    expect(ss({ ...candidate(Y2022), quality: { provincialQualityAward: true, qualitySystemCert: true, standardsParticipation: true } }).subscores.quality).toBe(5);
    expect(ss({ ...candidate(Y2022), ownBrand: false }).subscores.quality).toBe(3);
    expect([3.99, 4, 11, 20].map((y) => ss({ ...candidate(Y2022), marketSegmentYears: y }).subscores.segmentYears)).toEqual([1, 2, 5, 5]);
  });

  it("reports the 创新型 title without letting it decide, and flags that", () => {
    const r = ss({ ...candidate(Y2022), innovativeSmeTitleValid: false });
    expect(r.eligible).toBe(true);
    expect(condition(r, "innovative-title")).toMatchObject({ group: "info", met: false });
    expect(r.provisionalRules.map((p) => p.id)).toContain("ss-2022.innovative-title");
  });
});

describe("专精特新中小企业 under MIIT-2026-2 (2号 附件1)", () => {
  it("finds the candidate eligible, provisionally, with the platform's score as its score", () => {
    const r = ss(candidate(Y2026));
    expect(r).toMatchObject({ ruleSet: "MIIT-2026-2", eligible: true, score: 62, provisional: true, failedConditions: [] });
    expect(r.provisionalRules.map((p) => p.id)).toEqual(["miit-2026.secondary"]);
    expect(condition(r, "development-score-50").basis).toBe("platform");
  });

  it("every threshold at its value and one unit off", () => {
    const check = (id: string, patch: (i: ReturnType<typeof candidate>) => void) => {
      const input = candidate(Y2026);
      patch(input);
      return met(ss(input), id);
    };
    const y = (i: ReturnType<typeof candidate>, n: number) => i.fiscalYears[n] ?? { year: 0 };
    expect([check("segment-3y", (i) => (i.marketSegmentYears = 3)), check("segment-3y", (i) => (i.marketSegmentYears = 2.99))]).toEqual([true, false]);
    expect([check("revenue-1500-or-equity-2000", (i) => Object.assign(y(i, 2), { operatingRevenue: 1500, mainBusinessRevenue: 1400, rdExpense: 100 })), check("revenue-1500-or-equity-2000", (i) => Object.assign(y(i, 2), { operatingRevenue: 1499.99, mainBusinessRevenue: 1400, rdExpense: 100 }))]).toEqual([true, false]);
    expect([check("main-share-80pct", (i) => (y(i, 2).mainBusinessRevenue = 4000)), check("main-share-80pct", (i) => (y(i, 2).mainBusinessRevenue = 3999.99))]).toEqual([true, false]);
    expect([check("debt-ratio-le-80pct", (i) => (i.totalLiabilities = 4800)), check("debt-ratio-le-80pct", (i) => (i.totalLiabilities = 4800.01))]).toEqual([true, false]);
    expect([check("rd-100-prev", (i) => (y(i, 1).rdExpense = 100)), check("rd-100-prev", (i) => (y(i, 1).rdExpense = 99.99))]).toEqual([true, false]);
    expect([check("rd-ratio-3pct-prev", (i) => (y(i, 1).rdExpense = 135)), check("rd-ratio-3pct-prev", (i) => (y(i, 1).rdExpense = 134.99))]).toEqual([true, false]);
    expect([check("rd-ratio-3pct-last", (i) => (y(i, 2).rdExpense = 150)), check("rd-ratio-3pct-last", (i) => (y(i, 2).rdExpense = 149.99))]).toEqual([true, false]);
    expect([check("development-score-50", (i) => (i.developmentScore = 50)), check("development-score-50", (i) => (i.developmentScore = 49.99))]).toEqual([true, false]);
  });

  it("the ratio thresholds hold exactly at any scale: 主营占比 80%, 资产负债率 80%, 研发占比 3% (one cent off fails)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 1_000_000 }), (k) => {
        const firm = (patch: (i: ReturnType<typeof candidate>) => void) => {
          const input = candidate(Y2026);
          Object.assign(input.fiscalYears[2] ?? {}, { operatingRevenue: 100 * k, mainBusinessRevenue: 90 * k, rdExpense: 5 * k });
          input.totalAssets = 100 * k;
          patch(input);
          return ss(input);
        };
        const last = (i: ReturnType<typeof candidate>) => i.fiscalYears[2] ?? { year: 0 };
        expect(met(firm((i) => (last(i).mainBusinessRevenue = 80 * k)), "main-share-80pct")).toBe(true);
        expect(met(firm((i) => (last(i).mainBusinessRevenue = wan(8000 * k - 1))), "main-share-80pct")).toBe(false);
        expect(met(firm((i) => (i.totalLiabilities = 80 * k)), "debt-ratio-le-80pct")).toBe(true);
        expect(met(firm((i) => (i.totalLiabilities = wan(8000 * k + 1))), "debt-ratio-le-80pct")).toBe(false);
        expect(met(firm((i) => (last(i).rdExpense = 3 * k)), "rd-ratio-3pct-last")).toBe(true);
        expect(met(firm((i) => (last(i).rdExpense = wan(300 * k - 1))), "rd-ratio-3pct-last")).toBe(false);
      }),
    );
  });

  it("Ⅰ类知识产权, or the exemptions for awards and provincial R&D institutions", () => {
    const none = { ...candidate(Y2026), ip: { ...candidate(Y2026).ip, appliedClassINotTransferred: 0 } };
    expect(met(ss(none), "class-i-ip")).toBe(false);
    expect(met(ss({ ...none, rdInstitutionLevel: "provincial" }), "class-i-ip")).toBe(true);
    expect(met(ss({ ...none, awards: { provincialTop3Last3y: true, nationalLast3y: false, nationalTop3Last3y: false } }), "class-i-ip")).toBe(true);
  });

  it("a 复核 passes the platform score on either of the last two years", () => {
    const input = { ...candidate(Y2026), review: true, developmentScore: 45, developmentScorePrevYear: 51 };
    expect(met(ss(input), "development-score-50")).toBe(true);
    expect(met(ss({ ...input, developmentScorePrevYear: 49 }), "development-score-50")).toBe(false);
  });

  it("adds the 2026 basic condition on major incidents, and needs the year before last", () => {
    expect(ss({ ...candidate(Y2026), majorIncidentLast3y: true }).failedConditions).toEqual(["no-major-incident-3y"]);
    const input = candidate(Y2026);
    input.fiscalYears = input.fiscalYears.slice(2);
    const r = ss(input);
    expect(r.missing).toContainEqual({ path: "fiscalYears", key: "assess.missing_year", params: { year: 2024 } });
    expect(r.eligible).toBeNull();
  });
});

describe("专精特新 input checks", () => {
  it("refuses impossible figures and fiscal years outside the three before the assessment year", () => {
    const input = candidate(Y2022);
    input.rdStaff = 81;
    input.fiscalYears.push({ year: 2025 });
    Object.assign(input.fiscalYears[0] ?? {}, { mainBusinessRevenue: 4000.01 });
    const errors = errorsOf("specialized-sme", { ...input, digitalLevel: 5, characteristicPoints: 16, marketShare: { nationalPct: 101 }, awards: { nationalTop3Last3y: true, nationalLast3y: false }, productField: "other-thing" });
    expect(errors.map((e) => [e.path, e.key]).sort()).toEqual([
      ["awards.nationalTop3Last3y", "assess.implies"],
      ["characteristicPoints", "assess.max"],
      ["digitalLevel", "assess.max"],
      ["fiscalYears[0].mainBusinessRevenue", "assess.main_revenue_exceeds_operating"],
      ["fiscalYears[3].year", "assess.fiscal_year_not_closed"],
      ["marketShare.nationalPct", "assess.max"],
      ["productField", "assess.type_enum"],
      ["rdStaff", "assess.rd_staff_exceeds_employees"],
    ]);
    expect(errorsOf("specialized-sme", { ...candidate(Y2022), fiscalYears: [{ year: 2020 }] })[0]).toMatchObject({ path: "fiscalYears[0].year", key: "assess.fiscal_year_outside" });
    expect(errorsOf("specialized-sme", { ...candidate("2022-07-31") })[0]).toMatchObject({ key: "assess.no_rule_set", params: { from: "2022-08-01" } });
  });
});
