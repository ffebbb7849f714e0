import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadVectors } from "../../../test/support/vectors.ts";
import { condition, copy, run, type Vector } from "../../../test/support/eligibility.ts";
import type { HighTechInput } from "../eligibility/high-tech/input.ts";
import type { InnovativeSmeInput } from "../eligibility/msme/innovative-input.ts";
import type { TechSmeInput } from "../eligibility/tech-sme/input.ts";
import type { AssessmentResult, Tier } from "../eligibility/index.ts";
import { assessRecord, engineInput, withinReach } from "./inputs.ts";
import type { Certificate, RegistryRecord, YearFigures } from "./record.ts";
import { certificate, highTechRecord, innovativeSmeRecord, ipOf, techSmeRecord } from "./records.fixture.ts";

const vector = <I>(section: string, id: string): I => copy((loadVectors<Vector<I>[]>(section).find((v) => v.id === id) as Vector<I>).input);
/** HT-S1 (eligible, assessed 2026-06-15: fiscal years 2023–2025) as a registry record. */
const hte = (id = "HT-S1") => highTechRecord(vector<HighTechInput>("highTech", id));
const HT_DATE = "2026-06-15";

function result(record: RegistryRecord, tier: Tier, on: string): AssessmentResult {
  const entry = assessRecord(record, on).tiers.find((t) => t.tier === tier);
  if (!entry?.outcome.ok) throw new Error(`no result: ${JSON.stringify(entry?.outcome)}`);
  return entry.outcome.result;
}

function year(record: RegistryRecord, y: number): YearFigures {
  const row = record.years.find((r) => r.year === y);
  if (!row) throw new Error(`no year ${y}`);
  return row;
}

const missingYears = (r: AssessmentResult) => r.missing.filter((m) => m.key === "assess.missing_year").map((m) => m.params?.year);

describe("a figure the registry lacks is left out, never guessed", () => {
  it("高企: a fiscal year absent → not in fiscalYears; the result is undecided and names the year", () => {
    const record = hte();
    record.years = record.years.filter((y) => y.year !== 2024);
    const input = engineInput(record, "high-tech", HT_DATE);
    expect((input.fiscalYears as { year: number }[]).map((y) => y.year)).toEqual([2023, 2025]);
    const r = result(record, "high-tech", HT_DATE);
    expect(r).toMatchObject({ eligible: null, incomplete: true });
    expect(missingYears(r)).toEqual([2024]);
    // the conversions of 2024 are not known either, so neither is the three-year count
    expect(input.innovation).not.toHaveProperty("conversions.count");
    expect(r.missing).toContainEqual({ path: "innovation.conversions.count", key: "assess.missing" });
  });

  it("高企: any one figure of the record removed → the engine names it missing, and a decision that needs it waits for it", () => {
    const fields: [number, keyof YearFigures, string][] = [
      [2025, "employees", "employees"],
      [2025, "techStaff", "techStaff"],
      [2025, "highTechRevenue", "highTechRevenue"],
      [2025, "totalRevenue", "totalRevenue"],
      [2023, "salesRevenue", "fiscalYears[0].salesRevenue"],
      [2024, "rdExpense", "fiscalYears[1].rdExpense"],
      [2025, "rdExpenseDomestic", "fiscalYears[2].rdExpenseDomestic"],
    ];
    // 净资产 and the conversions only grade the experts' points (given), so the decision does not wait for them.
    const gradingOnly: typeof fields = [
      [2024, "netAssets", "fiscalYears[1].netAssets"],
      [2023, "resultsConverted", "innovation.conversions.count"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...fields, ...gradingOnly), fc.constantFrom(undefined, null), ([y, field, path], absent) => {
        const record = hte();
        Object.assign(year(record, y), { [field]: absent });
        const r = result(record, "high-tech", HT_DATE);
        expect(r.incomplete).toBe(true);
        expect(r.eligible).toBe(gradingOnly.some(([, f]) => f === field) ? true : null);
        expect(r.missing.map((m) => m.path)).toContain(path);
      }),
    );
  });

  it("科小: the last fiscal year absent → every figure missing, and the result says the year is missing (the engine alone would not)", () => {
    const record = techSmeRecord(vector<TechSmeInput>("techSme", "TS-S1"));
    record.years = [];
    const input = engineInput(record, "tech-sme", "2026-07-01");
    for (const field of ["employees", "techStaff", "salesRevenue", "totalAssets", "rdExpense", "ipClassI"]) expect(input).not.toHaveProperty(field);
    const r = result(record, "tech-sme", "2026-07-01");
    expect(r).toMatchObject({ eligible: null, incomplete: true });
    expect(missingYears(r)).toEqual([2025]);
    expect(r.missing).toContainEqual({ path: "techStaff", key: "assess.missing" });
  });

  it("创新型: the year before last absent → 主营业务收入 of that year and the three-year financing are missing, and so is the year", () => {
    const record = innovativeSmeRecord(vector<InnovativeSmeInput>("innovativeSme", "IS-S1"));
    record.years = record.years.filter((y) => y.year !== 2023);
    const input = engineInput(record, "innovative-sme", "2025-05-10");
    expect(input).not.toHaveProperty("mainBusinessRevenuePrevYear");
    expect(input).not.toHaveProperty("direct.equityFinancingLast3y");
    const r = result(record, "innovative-sme", "2025-05-10");
    expect(r).toMatchObject({ eligible: null, incomplete: true });
    expect(missingYears(r)).toEqual([2023]);
    expect(r.missing).toContainEqual({ path: "mainBusinessRevenuePrevYear", key: "assess.missing" });
  });

  it("years before the founding year are not asked for: financing of the years the enterprise did not exist is none", () => {
    const record = innovativeSmeRecord(vector<InnovativeSmeInput>("innovativeSme", "IS-S1"));
    record.foundedOn = "2023-03-01";
    record.years = record.years.filter((y) => y.year !== 2022);
    year(record, 2024).equityFinancing = 120.5;
    year(record, 2023).equityFinancing = 0.25;
    expect(engineInput(record, "innovative-sme", "2025-05-10")).toHaveProperty("direct.equityFinancingLast3y", 120.75);
    expect(missingYears(result(record, "innovative-sme", "2025-05-10"))).toEqual([]);
  });

  it("an IP type not recorded leaves its class's count out (0 is written, not assumed)", () => {
    const record = hte();
    const ip = ipOf({ classI: 3, classII: 6 });
    delete ip.newDrug;
    year(record, 2025).ip = ip;
    const input = engineInput(record, "high-tech", HT_DATE);
    expect(input).not.toHaveProperty("innovation.ip.classICount");
    expect(input).toHaveProperty("innovation.ip.classIICount", 6);
    expect(result(record, "high-tech", HT_DATE).missing).toContainEqual({ path: "innovation.ip.classICount", key: "assess.missing" });
  });

  it("Ⅰ类 = invention + plant variety + IC layout + new drug, Ⅱ类 = utility model + design + software, both ways of obtaining", () => {
    const record = techSmeRecord(vector<TechSmeInput>("techSme", "TS-S1"));
    year(record, 2025).ip = {
      invention: { selfDeveloped: 1, acquired: 2 },
      plantVariety: { selfDeveloped: 0, acquired: 1 },
      icLayout: { selfDeveloped: 1, acquired: 0 },
      newDrug: { selfDeveloped: 0, acquired: 0 },
      utilityModel: { selfDeveloped: 4, acquired: 1 },
      design: { selfDeveloped: 2, acquired: 0 },
      software: { selfDeveloped: 3, acquired: 0 },
    };
    expect(engineInput(record, "tech-sme", "2026-07-01")).toMatchObject({ ipClassI: 5, ipClassII: 10 });
    expect(engineInput(record, "innovative-sme", "2026-07-01")).toMatchObject({ ip: { classI: 5, selfDevelopedClassI: 2, classII: 10 } });
  });

  it("高企 Ⅱ类: the unused count when given; after an earlier 认定 without it, not known", () => {
    const record = hte();
    const ip = year(record, 2025).ip ?? {};
    expect(engineInput(record, "high-tech", HT_DATE)).toHaveProperty("innovation.ip.classIICount", 6);
    record.certificates = [certificate("high-tech", 2019)];
    expect(engineInput(record, "high-tech", HT_DATE)).not.toHaveProperty("innovation.ip.classIICount");
    ip.classIIUnused = 2;
    expect(engineInput(record, "high-tech", HT_DATE)).toHaveProperty("innovation.ip.classIICount", 2);
  });
});

describe("certificate-derived facts", () => {
  const ts = () => techSmeRecord(vector<TechSmeInput>("techSme", "TS-S5"));
  const highTechValid = (cert: Certificate, on: string) => {
    const record = ts();
    record.certificates = [cert];
    return engineInput(record, "tech-sme", on).direct as Record<string, unknown>;
  };

  it("a confirmed 高企 certificate counts by its dates: validUntil, or three years from validFrom less a day", () => {
    const cert: Certificate = { tier: "high-tech", year: 2023, validFrom: "2023-12-12", confirmed: true };
    expect(highTechValid(cert, "2026-12-11").highTechCertValid).toBe(true);
    expect(highTechValid(cert, "2026-12-12").highTechCertValid).toBe(false);
    expect(highTechValid(cert, "2023-12-11").highTechCertValid).toBe(false);
    expect(highTechValid({ ...cert, validUntil: "2026-06-30" }, "2026-07-01").highTechCertValid).toBe(false);
    expect(highTechValid({ ...cert, confirmed: false }, "2025-01-01").highTechCertValid).toBe(false);
  });

  it("from its year alone: valid in the years wholly inside its term, unknown (left out) in its first and last year", () => {
    const cert: Certificate = { tier: "high-tech", year: 2023, confirmed: true };
    expect(highTechValid(cert, "2024-01-01").highTechCertValid).toBe(true);
    expect(highTechValid(cert, "2025-12-31").highTechCertValid).toBe(true);
    expect(highTechValid(cert, "2027-01-01").highTechCertValid).toBe(false);
    expect(highTechValid(cert, "2026-07-01")).not.toHaveProperty("highTechCertValid");
    const record = ts();
    record.certificates = [cert];
    // TS-S5 passes only by its 高企 certificate: with its validity unknown, so is the result
    expect(result(record, "tech-sme", "2026-07-01")).toMatchObject({ eligible: null, incomplete: true });
  });

  it("a 科小 registration counts in its year; a valid 高企 certificate is one of the 创新型 honours", () => {
    const record = innovativeSmeRecord(vector<InnovativeSmeInput>("innovativeSme", "IS-S2"));
    record.certificates = [{ tier: "tech-sme", year: 2026, confirmed: true }];
    expect(engineInput(record, "innovative-sme", "2026-05-10")).toMatchObject({ techSmeRegistered: true });
    expect(engineInput(record, "innovative-sme", "2027-05-10")).toMatchObject({ techSmeRegistered: false });
    record.certificates.push(certificate("high-tech", 2024));
    expect(engineInput(record, "innovative-sme", "2026-05-10")).toMatchObject({ direct: { honourValid: true } });
  });

  it("a 创新型 title or this year's 科小 registration is the 2026 科技和创新型 title; a title of the tier held makes a 复核", () => {
    const record: RegistryRecord = { years: [], facts: {}, certificates: [{ tier: "tech-sme", year: 2026, confirmed: true }, certificate("specialized-sme", 2024)] };
    expect(engineInput(record, "specialized-sme", "2026-06-01")).toMatchObject({ techInnovativeTitleValid: true, specializedSmeTitleValid: true, review: true, innovativeSmeTitleValid: false });
    expect(engineInput(record, "little-giant", "2026-06-01")).toMatchObject({ specializedSmeTitleValid: true, review: false });
  });

  it("a title whose validity cannot be told leaves open whether this is a 复核: the result says so and is incomplete", () => {
    const record: RegistryRecord = { years: [], facts: {}, certificates: [{ tier: "specialized-sme", year: 2023, confirmed: true }] };
    expect(engineInput(record, "specialized-sme", "2026-06-01")).not.toHaveProperty("review");
    const r = result(record, "specialized-sme", "2026-06-01");
    expect(r.incomplete).toBe(true);
    expect(r.missing).toContainEqual({ path: "certificates[0].validUntil", key: "enterprise.review_unknown" });
  });
});

describe("assessRecord", () => {
  it("assesses every tier, names the certificates held and leaves them out of the nearest tier", () => {
    const record = techSmeRecord(vector<TechSmeInput>("techSme", "TS-S4"));
    const before = assessRecord(record, "2026-07-01");
    expect(before.tiers.map((t) => t.tier)).toEqual(["high-tech", "tech-sme", "innovative-sme", "specialized-sme", "little-giant"]);
    expect(before.nearest?.tier).toBe("tech-sme");
    const held = { tier: "tech-sme", year: 2026, confirmed: true } as const;
    record.certificates.push(held);
    const after = assessRecord(record, "2026-07-01");
    expect(after.tiers.find((t) => t.tier === "tech-sme")?.held).toEqual(held);
    expect(after.nearest?.tier).not.toBe("tech-sme");
  });

  it("carries each result's gaps", () => {
    const entry = assessRecord(hte("HT-S4"), HT_DATE).tiers.find((t) => t.tier === "high-tech");
    expect(entry?.gaps.map((g) => g.conditionId)).toEqual(["tech-staff-10pct"]);
  });
});

describe("withinReach: the 高企后备库 proposal rule", () => {
  const reach = (record: RegistryRecord, on = HT_DATE) => withinReach(assessRecord(record, on));
  /** HT-S1 with the three years' R&D set so that Σ研发 ÷ Σ销售收入 (22500) is `pct` % against the 4 % required. */
  function withRdRatio(pct: number): RegistryRecord {
    const record = hte();
    for (const y of record.years) {
      y.rdExpense = (22500 * pct) / 100 / 3;
      y.rdExpenseDomestic = y.rdExpense;
    }
    return record;
  }

  it("eligible, and not holding a valid 高企 certificate", () => {
    expect(reach(hte())).toBe(true);
    const record = hte();
    record.certificates = [certificate("high-tech", 2024)];
    expect(reach(record)).toBe(false);
  });

  it("one data threshold short by at most 25 % of its requirement: 3 % against 4 % is in, 2.96 % is out", () => {
    expect(run("high-tech", engineInput(withRdRatio(3), "high-tech", HT_DATE)).eligible).toBe(false);
    expect(reach(withRdRatio(3))).toBe(true);
    expect(reach(withRdRatio(2.96))).toBe(false);
    expect(reach(hte("HT-S2"))).toBe(true);
    expect(reach(hte("HT-S5"))).toBe(true);
  });

  it("two close thresholds are in, three are not", () => {
    const two = withRdRatio(3.5);
    year(two, 2025).techStaff = 14;
    expect(reach(two)).toBe(true);
    year(two, 2025).highTechRevenue = 5000;
    const r = result(two, "high-tech", HT_DATE);
    expect(condition(r, "hightech-revenue-60pct").met).toBe(false);
    expect(reach(two)).toBe(false);
  });

  it("an expert judgement or a missing figure is not a gap of data", () => {
    expect(reach(hte("HT-S3"))).toBe(false);
    const record = hte("HT-S4");
    delete record.facts.ownsCoreIp;
    expect(reach(record)).toBe(false);
  });

  it("is the relative shortfall ≤ 25 % for any R&D share below the requirement", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 399 }), (hundredths) => {
        const pct = hundredths / 100;
        expect(reach(withRdRatio(pct))).toBe(4 - pct <= 1);
      }),
      { numRuns: 60 },
    );
  });
});
