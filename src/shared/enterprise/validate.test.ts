import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { translate } from "../i18n/index.ts";
import type { FieldIssue } from "../eligibility/index.ts";
import type { Certificate, YearFigures } from "./record.ts";
import { validateCertificate, validateFacts, validateRecord, validateYear } from "./validate.ts";

const TODAY = "2026-06-15";
const year = (fig: Omit<YearFigures, "year"> & { year?: number }) => validateYear({ year: 2025, ...fig }, { today: TODAY });
const keys = (issues: FieldIssue[]) => issues.map((i) => `${i.path} ${i.key}`);
/** Amounts in 万元 with up to two decimals, as users type them. */
const wan = fc.integer({ min: 0, max: 100_000_000 }).map((cents) => cents / 100);

describe("validateYear: what cannot be", () => {
  it("科技人员 and 研发人员 may equal the employees, not exceed them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (employees) => {
        expect(year({ employees, techStaff: employees, rdStaff: employees })).toEqual([]);
        expect(keys(year({ employees, techStaff: employees + 1 }))).toEqual(["techStaff assess.tech_staff_exceeds_employees"]);
        expect(keys(year({ employees, rdStaff: employees + 1 }))).toEqual(["rdStaff assess.rd_staff_exceeds_employees"]);
      }),
    );
  });

  it("境内研发费用 may be exactly 100 % of the R&D expense, not more", () => {
    fc.assert(
      fc.property(wan, (rd) => {
        expect(year({ rdExpense: rd, rdExpenseDomestic: rd })).toEqual([]);
        expect(keys(year({ rdExpense: rd, rdExpenseDomestic: rd + 0.01 }))).toEqual(["rdExpenseDomestic assess.domestic_rd_exceeds_total"]);
      }),
    );
  });

  it("主营业务收入 ≤ 营业收入 and 高新技术产品收入 ≤ 总收入, equality allowed", () => {
    fc.assert(
      fc.property(wan, (x) => {
        expect(year({ operatingRevenue: x, mainBusinessRevenue: x, totalRevenue: x, highTechRevenue: x })).toEqual([]);
        expect(keys(year({ operatingRevenue: x, mainBusinessRevenue: x + 0.01, totalRevenue: x, highTechRevenue: x + 0.01 }))).toEqual([
          "mainBusinessRevenue assess.main_revenue_exceeds_operating",
          "highTechRevenue assess.high_tech_revenue_exceeds_total",
        ]);
      }),
    );
  });

  it("says it in Chinese, naming both figures", () => {
    const [issue] = year({ employees: 30, techStaff: 35 });
    expect(issue && translate("zh-CN", issue.key, issue.params)).toBe("科技人员数（35）不能多于职工总数（30）");
  });

  it("refuses negative amounts and counts, fractional counts; 净资产 and 净利润 may be negative", () => {
    expect(year({ netAssets: -10, netProfit: -3.5 })).toEqual([]);
    expect(keys(year({ rdExpense: -1, employees: -2, techStaff: 2.5, resultsConverted: 1.5 }))).toEqual([
      "rdExpense assess.negative",
      "employees assess.negative",
      "techStaff assess.type_integer",
      "resultsConverted assess.type_integer",
    ]);
  });

  it("a year may be this year, not a later one, nor one before the founding year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2040 }), (y) => {
        const issues = validateYear({ year: y }, { today: TODAY, foundedOn: "2010-07-01", path: "years[0]" });
        const expected = y > 2026 ? ["years[0].year enterprise.year_future"] : y < 2010 ? ["years[0].year assess.fiscal_year_before_registration"] : [];
        expect(keys(issues)).toEqual(expected);
      }),
    );
  });

  it("an IP subset cannot exceed what it is part of, once that is known", () => {
    const ip = { invention: { selfDeveloped: 2, acquired: 1 }, plantVariety: { selfDeveloped: 0, acquired: 0 }, icLayout: { selfDeveloped: 0, acquired: 0 }, newDrug: { selfDeveloped: 0, acquired: 0 } };
    expect(year({ ip: { ...ip, highValueClassI: 3, appliedClassI: 3, appliedClassINotTransferred: 2, classINotTransferredTop3: 2 } })).toEqual([]);
    expect(keys(year({ ip: { ...ip, highValueClassI: 4, appliedClassI: 2, appliedClassINotTransferred: 3, classINotTransferredTop3: 3 } }))).toEqual([
      "ip.highValueClassI enterprise.ip.high_value_exceeds_class_i",
      "ip.appliedClassINotTransferred enterprise.ip.not_transferred_exceeds_applied",
      "ip.classINotTransferredTop3 enterprise.ip.not_transferred_exceeds_self_developed",
    ]);
    // Ⅱ类 not fully recorded: the unused count has nothing to be compared with
    expect(year({ ip: { utilityModel: { selfDeveloped: 1, acquired: 0 }, classIIUnused: 5 } })).toEqual([]);
    expect(keys(year({ ip: { utilityModel: { selfDeveloped: 1, acquired: 0 }, design: { selfDeveloped: 0, acquired: 0 }, software: { selfDeveloped: 0, acquired: 0 }, classIIUnused: 2 } }))).toEqual([
      "ip.classIIUnused enterprise.ip.unused_exceeds_class_ii",
    ]);
    expect(keys(year({ ip: { invention: { selfDeveloped: -1, acquired: 0.5 } } }))).toEqual(["ip.invention.selfDeveloped assess.negative", "ip.invention.acquired assess.type_integer"]);
  });
});

describe("validateFacts", () => {
  it("market shares are percentages: 0 and 100 are fine, beyond is not", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 11000 }).map((x) => x / 100), (pct) => {
        const issues = validateFacts({ marketShare: { nationalPct: pct } });
        expect(keys(issues)).toEqual(pct >= 0 && pct <= 100 ? [] : ["facts.marketShare.nationalPct enterprise.market_share_range"]);
      }),
    );
  });

  it("数字化水平 0–4 in whole steps; 特色化 0–15; 发展评价得分 0–100", () => {
    for (const level of [0, 1, 2, 3, 4]) expect(validateFacts({ digitalLevel: level })).toEqual([]);
    expect(keys(validateFacts({ digitalLevel: 5 }))).toEqual(["facts.digitalLevel enterprise.digital_level_range"]);
    expect(keys(validateFacts({ digitalLevel: -1 }))).toEqual(["facts.digitalLevel enterprise.digital_level_range"]);
    expect(keys(validateFacts({ digitalLevel: 2.5 }))).toEqual(["facts.digitalLevel assess.type_integer"]);
    expect(keys(validateFacts({ characteristicPoints: 15.5, developmentScore: 101, developmentScorePrevYear: 100 }))).toEqual([
      "facts.characteristicPoints enterprise.characteristic_points_range",
      "facts.developmentScore enterprise.development_score_range",
    ]);
  });

  it("expert grades and their points (工作指引), and the awards' implication", () => {
    expect(validateFacts({ hteAdvancement: { grade: "A", points: 8 }, hteAcquisition: { grade: "none", points: 0 }, hteRdManagement: { system: 6 } })).toEqual([]);
    expect(keys(validateFacts({ hteAdvancement: { grade: "A", points: 6 }, hteCoreSupport: { grade: "F" }, hteRdManagement: { talent: 5 }, awards: { nationalTop3Last3y: true, nationalLast3y: false } }))).toEqual([
      "facts.hteAdvancement.points assess.points_range",
      "facts.hteCoreSupport.grade assess.type_enum",
      "facts.hteRdManagement.talent assess.max",
      "facts.awards.nationalTop3Last3y enterprise.award_top3_implies_national",
    ]);
  });
});

describe("validateCertificate and validateRecord", () => {
  const cert = (c: Partial<Certificate>): Certificate => ({ tier: "high-tech", year: 2023, ...c });

  it("validity may end on the day it begins, not before", () => {
    expect(validateCertificate(cert({ validFrom: "2023-12-12", validUntil: "2023-12-12" }), { today: TODAY })).toEqual([]);
    expect(keys(validateCertificate(cert({ validFrom: "2023-12-12", validUntil: "2023-12-11" }), { today: TODAY }, "certificates[0]"))).toEqual([
      "certificates[0].validUntil enterprise.valid_until_before_from",
    ]);
    expect(keys(validateCertificate(cert({ validFrom: "2023-02-30" }), { today: TODAY }))).toEqual(["validFrom assess.type_date"]);
  });

  it("a 科小 registration needs its year; no certificate is from a later year", () => {
    const noYear = JSON.parse('{"tier":"tech-sme"}') as Certificate;
    expect(keys(validateCertificate(noYear, { today: TODAY }))).toEqual(["year enterprise.tech_sme_year_required"]);
    expect(keys(validateCertificate(cert({ year: 2027 }), { today: TODAY }))).toEqual(["year enterprise.certificate_year_future"]);
    expect(validateCertificate(cert({ year: 2026 }), { today: TODAY })).toEqual([]);
  });

  it("the founding date is not in the future; a year appears once; paths lead to the field", () => {
    const issues = validateRecord(
      {
        foundedOn: "2026-06-16",
        years: [{ year: 2024, employees: 10, techStaff: 11 }, { year: 2025 }, { year: 2024 }],
        facts: { digitalLevel: 9 },
        certificates: [cert({ validFrom: "2024-01-01", validUntil: "2023-01-01" })],
      },
      { today: TODAY },
    );
    expect(keys(issues)).toEqual([
      "foundedOn enterprise.founded_future",
      "years[0].techStaff assess.tech_staff_exceeds_employees",
      "years[2].year enterprise.year_duplicate",
      "facts.digitalLevel enterprise.digital_level_range",
      "certificates[0].validUntil enterprise.valid_until_before_from",
    ]);
    expect(issues.find((i) => i.key === "enterprise.year_duplicate")?.params).toEqual({ year: 2024, row: 3, first: 1 });
  });

  it("every message renders in both languages with all its placeholders filled", () => {
    const issues = validateRecord(
      {
        foundedOn: "2030-01-01",
        years: [{ year: 2027, employees: 1, techStaff: 2, rdStaff: 2, rdExpense: 1, rdExpenseDomestic: 2, operatingRevenue: 1, mainBusinessRevenue: 2, totalRevenue: 1, highTechRevenue: 2, ip: { utilityModel: { selfDeveloped: 0, acquired: 0 }, design: { selfDeveloped: 0, acquired: 0 }, software: { selfDeveloped: 0, acquired: 0 }, classIIUnused: 1 } }, { year: 2027 }],
        facts: { marketShare: { internationalPct: 101 }, awards: { nationalTop3Last3y: true, nationalLast3y: false }, characteristicPoints: 16 },
        certificates: [cert({ year: 2031, validFrom: "2024-01-01", validUntil: "2023-01-01" })],
      },
      { today: TODAY },
    );
    expect(issues.length).toBeGreaterThan(10);
    for (const issue of issues) {
      for (const lang of ["zh-CN", "en"] as const) expect(translate(lang, issue.key, issue.params), `${issue.key} ${lang}`).not.toMatch(/\{\w+\}/);
    }
  });
});
