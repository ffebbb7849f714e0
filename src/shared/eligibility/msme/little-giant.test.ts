import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { condition, met, run, wan } from "../../../../test/support/eligibility.ts";
import type { MsmeInput } from "./input.ts";

type Firm = MsmeInput & { fiscalYears: NonNullable<MsmeInput["fiscalYears"]> };

/** A 小巨人 candidate (万元), eligible under both rule sets: 营业收入 12000, 主营占比 90%, 研发 6.5% and 6.7%. */
function candidate(assessedOn: string): Firm {
  const last = Number(assessedOn.slice(0, 4)) - 1;
  return {
    assessedOn,
    independentLegalPerson: true,
    smeByClassification: true,
    abnormalOrDishonest: false,
    restrictedIndustry: false,
    majorIncidentLast3y: false,
    specializedSmeTitleValid: true,
    marketSegmentYears: 8,
    fiscalYears: [
      { year: last - 2, operatingRevenue: 9000, mainBusinessRevenue: 8000, rdExpense: 500 },
      { year: last - 1, operatingRevenue: 10000, mainBusinessRevenue: 9000, rdExpense: 650 },
      { year: last, operatingRevenue: 12000, mainBusinessRevenue: 10800, rdExpense: 800 },
    ],
    totalAssets: 15000,
    totalLiabilities: 6000,
    employees: 200,
    rdStaff: 40,
    equityFinancingLast2y: 0,
    ip: { highValueClassI: 0, selfDevelopedClassI: 3, classI: 5, classII: 10, appliedClassI: 2, appliedClassINotTransferred: 2, classINotTransferredTop3: 4 },
    awards: { provincialTop3Last3y: false, nationalLast3y: false, nationalTop3Last3y: false },
    makerChinaLast3y: "none",
    rdInstitutionLevel: "provincial",
    digitalCoreBusiness: true,
    quality: { qualitySystemCert: true, developedMarketCert: false },
    ownBrand: true,
    highReputation: true,
    supplyChainKeyLink: true,
    keyField: true,
    marketShare: { nationalPct: 15, internationalPct: 2, nationalTop3: false },
    developmentScore: 65,
  };
}
const Y2022 = "2025-05-10";
const Y2026 = "2026-06-01";
const lg = (input: unknown) => run("little-giant", input);
const year = (f: Firm, n: number) => f.fiscalYears[n] ?? { year: 0 };
function patched(date: string, patch: (f: Firm) => void): Firm {
  const f = candidate(date);
  patch(f);
  return f;
}

describe("专精特新“小巨人” under MIIT-2022-63 (63号 附件3, from recall)", () => {
  it("finds the candidate eligible, and says the standard is unconfirmed", () => {
    const r = lg(candidate(Y2022));
    expect(r).toMatchObject({ ruleSet: "MIIT-2022-63", eligible: true, failedConditions: [], directQualification: false, score: null });
    expect(r.provisionalRules.map((p) => p.id)).toContain("lg-2022.standard");
    expect(condition(r, "supply-chain").basis).toBe("expert");
  });

  it("the R&D requirement follows 上年度营业收入: 1亿元 → 3%, below → 6%, below 5000万元 → 股权融资/研发总额/研发人员", () => {
    const ids = (revenue: number) => lg(patched(Y2022, (f) => Object.assign(year(f, 2), { operatingRevenue: revenue, mainBusinessRevenue: revenue * 0.9 }))).conditions.filter((c) => c.group === "main").map((c) => [c.id, c.required.kind === "threshold" ? c.required.value : null]);
    expect(ids(10000)).toEqual([["rd-ratio-prev", 3], ["rd-ratio-last", 3], ["rd-institution", null], ["applied-class-i-2", 2]]);
    expect(ids(9999.99).slice(0, 2)).toEqual([["rd-ratio-prev", 6], ["rd-ratio-last", 6]]);
    expect(ids(5000).slice(0, 2)).toEqual([["rd-ratio-prev", 6], ["rd-ratio-last", 6]]);
    expect(ids(4999.99).slice(0, 3)).toEqual([["equity-8000", 8000], ["rd-total-3000", 3000], ["rd-staff-50pct", 50]]);
  });

  it("thresholds at their value and one unit off", () => {
    const check = (id: string, patch: (f: Firm) => void) => met(lg(patched(Y2022, patch)), id);
    expect([check("segment-3y", (f) => (f.marketSegmentYears = 3)), check("segment-3y", (f) => (f.marketSegmentYears = 2.99))]).toEqual([true, false]);
    expect([check("main-share-70pct", (f) => (year(f, 2).mainBusinessRevenue = 8400)), check("main-share-70pct", (f) => (year(f, 2).mainBusinessRevenue = 8399.99))]).toEqual([true, false]);
    expect([check("debt-ratio-le-70pct", (f) => (f.totalLiabilities = 10500)), check("debt-ratio-le-70pct", (f) => (f.totalLiabilities = 10500.01))]).toEqual([true, false]);
    expect([check("market-share-10pct", (f) => (f.marketShare = { nationalPct: 10 })), check("market-share-10pct", (f) => (f.marketShare = { nationalPct: 9.99 }))]).toEqual([true, false]);
    expect([check("applied-class-i-2", (f) => (f.ip = { ...f.ip, appliedClassI: 2 })), check("applied-class-i-2", (f) => (f.ip = { ...f.ip, appliedClassI: 1, appliedClassINotTransferred: 1 }))]).toEqual([true, false]);
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 100_000 }), (k) => {
        // 近2年平均增长率 exactly 5%: 0% then 10%; one cent less in the last year falls under.
        const growth = (lastCents: number) => check("main-growth-5pct", (f) => f.fiscalYears.forEach((y, i) => Object.assign(y, { operatingRevenue: 10 * k, mainBusinessRevenue: i === 2 ? wan(lastCents) : k })));
        expect(growth(110 * k)).toBe(true);
        expect(growth(110 * k - 1)).toBe(false);
      }),
    );
  });

  it("主营占比 70% and 资产负债率 70% hold exactly at any scale (one cent off fails)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: 1_000_000 }), (k) => {
        const check = (id: string, patch: (f: Firm) => void) =>
          met(lg(patched(Y2022, (f) => {
            Object.assign(year(f, 2), { operatingRevenue: 100 * k, mainBusinessRevenue: 90 * k, rdExpense: 5 * k });
            f.totalAssets = 100 * k;
            patch(f);
          })), id);
        expect(check("main-share-70pct", (f) => (year(f, 2).mainBusinessRevenue = 70 * k))).toBe(true);
        expect(check("main-share-70pct", (f) => (year(f, 2).mainBusinessRevenue = wan(7000 * k - 1)))).toBe(false);
        expect(check("debt-ratio-le-70pct", (f) => (f.totalLiabilities = 70 * k))).toBe(true);
        expect(check("debt-ratio-le-70pct", (f) => (f.totalLiabilities = wan(7000 * k + 1)))).toBe(false);
      }),
    );
  });

  it("a 创新直通条件 stands in for the 一般性条件", () => {
    const weak = patched(Y2022, (f) => (f.ip = { ...f.ip, appliedClassI: 0, appliedClassINotTransferred: 0 }));
    expect(lg(weak)).toMatchObject({ eligible: false, failedConditions: ["applied-class-i-2"] });
    expect(lg({ ...weak, awards: { nationalLast3y: true, nationalTop3Last3y: true } })).toMatchObject({ eligible: true, directQualification: true, failedConditions: [] });
    expect(lg({ ...weak, makerChinaLast3y: "top500" }).eligible).toBe(false);
    expect(lg({ ...weak, makerChinaLast3y: "top50" }).eligible).toBe(true);
  });

  it("a 2026 复核 uses this standard and says why", () => {
    const r = lg({ ...candidate("2026-06-01"), review: true });
    expect(r.ruleSet).toBe("MIIT-2022-63");
    expect(r.provisionalRules.map((p) => p.id)).toContain("lg.review-2026-transition");
  });
});

describe("专精特新“小巨人” under MIIT-2026-2 (2号 附件2)", () => {
  it("finds the candidate eligible, provisionally; 主营业务收入占比 exactly 90% passes", () => {
    const r = lg(candidate(Y2026));
    expect(r).toMatchObject({ ruleSet: "MIIT-2026-2", eligible: true, score: 65, failedConditions: [] });
    expect(condition(r, "main-share-90pct")).toMatchObject({ actual: 90, met: true });
    expect(r.provisionalRules.map((p) => p.id)).toEqual(["miit-2026.secondary"]);
  });

  it("近两年营业收入复合增长率 5%: exactly 110.25% of the first year passes, one cent less fails", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (k) => {
        const cagr = (lastCents: number) =>
          met(lg(patched(Y2026, (f) => {
            Object.assign(year(f, 0), { operatingRevenue: 100 * k, mainBusinessRevenue: 100 * k });
            Object.assign(year(f, 2), { operatingRevenue: wan(lastCents), mainBusinessRevenue: wan(lastCents) });
          })), "revenue-cagr-5pct");
        expect(cagr(11025 * k)).toBe(true);
        expect(cagr(11025 * k - 1)).toBe(false);
      }),
    );
    expect(condition(lg({ ...candidate(Y2026), review: true }), "segment-3y")).toBeDefined();
    expect(lg({ ...candidate(Y2026), review: true }).conditions.some((c) => c.id === "revenue-cagr-5pct")).toBe(false);
  });

  it("thresholds at their value and one unit off", () => {
    const check = (id: string, patch: (f: Firm) => void) => met(lg(patched(Y2026, patch)), id);
    expect([check("revenue-5000", (f) => Object.assign(year(f, 2), { operatingRevenue: 5000, mainBusinessRevenue: 4500, rdExpense: 400 })), check("revenue-5000", (f) => Object.assign(year(f, 2), { operatingRevenue: 4999.99, mainBusinessRevenue: 4500, rdExpense: 400 }))]).toEqual([true, false]);
    expect([check("main-share-90pct", (f) => (year(f, 2).mainBusinessRevenue = 10799.99))]).toEqual([false]);
    expect([check("debt-ratio-le-75pct", (f) => (f.totalLiabilities = 11250)), check("debt-ratio-le-75pct", (f) => (f.totalLiabilities = 11250.01))]).toEqual([true, false]);
    expect([check("rd-total-1200", (f) => ((year(f, 1).rdExpense = 400), (year(f, 2).rdExpense = 800))), check("rd-total-1200", (f) => ((year(f, 1).rdExpense = 399.99), (year(f, 2).rdExpense = 800)))]).toEqual([true, false]);
    expect([check("development-score-60", (f) => (f.developmentScore = 60)), check("development-score-60", (f) => (f.developmentScore = 59.99))]).toEqual([true, false]);
    expect([check("class-i-ip-4", (f) => f.ip && (f.ip.classINotTransferredTop3 = 3)), check("class-i-ip-4", (f) => ((f.ip && (f.ip.classINotTransferredTop3 = 3)), (f.awards = { nationalLast3y: true, nationalTop3Last3y: true })))]).toEqual([false, true]);
    const share = (s: MsmeInput["marketShare"]) => check("market-share", (f) => (f.marketShare = s));
    expect([share({ nationalPct: 9.99, internationalPct: 10, nationalTop3: false }), share({ nationalPct: 9.99, internationalPct: 9.99, nationalTop3: true }), share({ nationalPct: 9.99, internationalPct: 9.99, nationalTop3: false }), share({ nationalPct: 9.99 })]).toEqual([true, true, false, null]);
  });
});
