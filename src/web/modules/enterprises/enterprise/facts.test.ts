import { describe, expect, test } from "vitest";
import { FACT_FIELD_NAMES, FACT_SPECS, factFieldOf, factFormValues, factsPayload, givenCount } from "./facts.ts";
import { validateFacts } from "../../../../shared/enterprise/validate.ts";
import type { EnterpriseFacts } from "../../../../shared/enterprise/record.ts";
import { enterprisesZhCN } from "../../../i18n/enterprises.zh-CN.ts";
import { enterprisesEn } from "../../../i18n/enterprises.en.ts";

const stored: EnterpriseFacts = {
  residentEnterprise: true,
  restrictedIndustry: false,
  marketSegmentYears: 4,
  rdBasis: "sales",
  hteAdvancement: { grade: "B", points: 6 },
  hteRdManagement: { system: 5, talent: 3 },
  awards: { nationalLast3y: false },
  marketShare: { nationalPct: 12.5 },
  rdInstitutionLevel: "provincial",
};

describe("facts form ↔ payload", () => {
  test("a stored set of facts goes through the form and back: given facts kept, the rest null", () => {
    const payload = factsPayload(factFormValues(stored));
    expect(payload.residentEnterprise).toBe(true);
    expect(payload.restrictedIndustry).toBe(false);
    expect(payload.smeByClassification).toBeNull();
    expect(payload.hteAdvancement).toEqual({ grade: "B", points: 6 });
    expect(payload.hteCoreSupport).toBeNull();
    expect(payload.hteRdManagement).toEqual({ system: 5, institution: null, conversionIncentive: null, talent: 3 });
    expect(payload.hteGrowth).toBeNull();
    expect(payload.awards).toEqual({ provincialTop3Last3y: null, nationalLast3y: false, nationalTop3Last3y: null });
    expect(payload.marketShare).toEqual({ nationalPct: 12.5, internationalPct: null, nationalTop3: null });
    expect(payload.rdInstitutionLevel).toBe("provincial");
    expect(payload.makerChinaLast3y).toBeNull();
  });

  test("是/否/未知: 未知 is sent as null (not given), never as false", () => {
    const values = factFormValues({});
    expect(values.integrityOk).toBe("unknown");
    values.integrityOk = "no";
    values.ownBrand = "yes";
    const payload = factsPayload(values);
    expect(payload.integrityOk).toBe(false);
    expect(payload.ownBrand).toBe(true);
    expect(payload.keyField).toBeNull();
  });

  test("points without a grade are sent for the checks to refuse, under the grade's field", () => {
    const values = factFormValues({});
    values["hteCoreSupport.points"] = 5;
    const payload = factsPayload(values);
    expect(payload.hteCoreSupport).toEqual({ grade: "", points: 5 });
    const issues = validateFacts(payload);
    expect(issues.map((i) => factFieldOf(i.path))).toContain("hteCoreSupport.grade");
  });

  test("every issue validateFacts raises names a field of the form", () => {
    const values = factFormValues({});
    Object.assign(values, { digitalLevel: 7, characteristicPoints: 20, "marketShare.nationalPct": 120, developmentScore: 101, "hteAdvancement.grade": "A", "hteAdvancement.points": 3, hteQuantityPoints: 9, "hteGrowth.salesPoints": 11, "awards.nationalTop3Last3y": "yes", "awards.nationalLast3y": "no" });
    const issues = validateFacts(factsPayload(values));
    expect(issues.length).toBeGreaterThanOrEqual(8);
    for (const i of issues) expect(factFieldOf(i.path)).not.toBe("");
  });

  test("given facts are counted per group", () => {
    expect(givenCount(factFormValues(stored), "basic")).toEqual({ given: 4, total: FACT_SPECS.filter((s) => s.group === "basic").length });
  });

  test("every fact has its label and help text in both languages", () => {
    const zh: Record<string, string> = enterprisesZhCN;
    const en: Record<string, string> = enterprisesEn;
    for (const spec of FACT_SPECS) {
      for (const key of [`enterprise.fact.${spec.path}`, `enterprise.factHelp.${spec.path}`, ...(spec.kind === "enum" ? spec.values.map((v) => `enterprise.factOption.${spec.path}.${v}`) : [])]) {
        expect(zh[key], key).toBeTruthy();
        expect(en[key], key).toBeTruthy();
      }
    }
    expect(FACT_FIELD_NAMES.length).toBeGreaterThan(FACT_SPECS.length);
  });
});
