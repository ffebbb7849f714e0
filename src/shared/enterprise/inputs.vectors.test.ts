import { describe, expect, it } from "vitest";
import { loadVectors } from "../../../test/support/vectors.ts";
import { copy, run, type Vector } from "../../../test/support/eligibility.ts";
import type { HighTechInput } from "../eligibility/high-tech/input.ts";
import type { InnovativeSmeInput } from "../eligibility/msme/innovative-input.ts";
import type { MsmeInput } from "../eligibility/msme/input.ts";
import type { TechSmeInput } from "../eligibility/tech-sme/input.ts";
import type { Tier } from "../eligibility/index.ts";
import { assessRecord, engineInput } from "./inputs.ts";
import type { RegistryRecord } from "./record.ts";
import { highTechRecord, innovativeSmeRecord, msmeRecord, techSmeRecord } from "./records.fixture.ts";
import { validateRecord } from "./validate.ts";

type Case = { tier: Tier; id: string; input: Record<string, unknown>; record: RegistryRecord; expected?: Record<string, unknown> };

const cases = <I extends { assessedOn: string }>(tier: Tier, section: string, toRecord: (input: I) => RegistryRecord): Case[] =>
  loadVectors<Vector<I>[]>(section).map((v) => ({ tier, id: v.id, input: v.input, record: toRecord(copy(v.input)), expected: v.expected }));

/** The example input of docs/assess-input.md (专精特新/小巨人), moved to `assessedOn`'s fiscal years. */
function msmeExample(assessedOn: string, review: boolean, tier: "specialized-sme" | "little-giant"): MsmeInput {
  const last = Number(assessedOn.slice(0, 4)) - 1;
  return {
    assessedOn,
    review,
    smeByClassification: true,
    independentLegalPerson: true,
    abnormalOrDishonest: false,
    restrictedIndustry: false,
    majorIncidentLast3y: false,
    innovativeSmeTitleValid: true,
    techInnovativeTitleValid: true,
    // A 专精特新 title held makes a 专精特新 assessment a 复核.
    specializedSmeTitleValid: tier === "little-giant" || review,
    marketSegmentYears: 5,
    fiscalYears: [
      { year: last - 2, operatingRevenue: 4000, mainBusinessRevenue: 3500, rdExpense: 150 },
      { year: last - 1, operatingRevenue: 4500, mainBusinessRevenue: 4000, rdExpense: 180 },
      { year: last, operatingRevenue: 5000, mainBusinessRevenue: 4500, rdExpense: 220 },
    ],
    netProfit: 420,
    totalAssets: 6000,
    totalLiabilities: 2400,
    employees: 80,
    rdStaff: 12,
    equityFinancingLast2y: 0,
    ip: { highValueClassI: 0, selfDevelopedClassI: 1, classI: 2, classII: 5, appliedClassI: 1, appliedClassINotTransferred: 1, classINotTransferredTop3: 1 },
    awards: { provincialTop3Last3y: false, nationalLast3y: false, nationalTop3Last3y: false },
    makerChinaLast3y: "none",
    rdInstitutionLevel: "municipal",
    productField: "foundation",
    digitalLevel: 2,
    quality: { provincialQualityAward: false, qualitySystemCert: true, developedMarketCert: false, standardsParticipation: false },
    ownBrand: true,
    characteristicPoints: 10,
    digitalCoreBusiness: true,
    highReputation: true,
    supplyChainKeyLink: true,
    keyField: true,
    marketShare: { nationalPct: 4, internationalPct: 0, nationalTop3: false },
    marketPositionLeading: true,
    developmentScore: 55,
    developmentScorePrevYear: 52,
  };
}

const msmeCases: Case[] = (["specialized-sme", "little-giant"] as const).flatMap((tier) =>
  ["2025-05-10", "2026-06-01"].flatMap((date) =>
    [false, true].map((review) => {
      const input = msmeExample(date, review, tier);
      return { tier, id: `${tier} ${date}${review ? " 复核" : ""}`, input, record: msmeRecord(copy(input), tier) };
    }),
  ),
);

const all: Case[] = [
  ...cases<HighTechInput>("high-tech", "highTech", highTechRecord),
  ...cases<TechSmeInput>("tech-sme", "techSme", techSmeRecord),
  ...cases<InnovativeSmeInput>("innovative-sme", "innovativeSme", innovativeSmeRecord),
  ...msmeCases,
];

describe("a registry record holding a case's facts maps back to the case (engineInput)", () => {
  it.each(all)("$tier $id", ({ tier, input, record, expected }) => {
    const assessedOn = String(input.assessedOn);
    expect(validateRecord(record, { today: assessedOn })).toEqual([]);
    const mapped = engineInput(record, tier, assessedOn);
    expect(mapped).toMatchObject(input);
    const fromRecord = run(tier, mapped);
    expect(fromRecord).toEqual(run(tier, input));
    expect(fromRecord.incomplete).toBe(false);
    if (expected) {
      expect(fromRecord.eligible).toBe(expected.eligible);
      expect(fromRecord.score).toBe(expected.score);
      if (expected.failedConditions) expect(fromRecord.failedConditions).toEqual(expected.failedConditions);
    }
  });

  it("covers every shared vector of the five tiers (the vectors have none for 专精特新 and 小巨人: the documented example stands in)", () => {
    const sections = ["highTech", "techSme", "innovativeSme", "specializedSme", "littleGiant"];
    const count = sections.reduce((n, s) => n + (loadVectors<Vector[] | undefined>(s)?.length ?? 0), 0);
    expect(all.length - msmeCases.length).toBe(count);
  });

  it("assessRecord gives the same outcome for the case's tier", () => {
    for (const { tier, input, record } of all) {
      const entry = assessRecord(record, String(input.assessedOn)).tiers.find((t) => t.tier === tier);
      expect(entry?.outcome, `${tier} ${String(input.assessedOn)}`).toEqual({ ok: true, result: run(tier, input) });
    }
  });

  it("a 小巨人 复核 in 2026 is assessed under the 2022 standard, as the engine rules", () => {
    const review = msmeCases.find((c) => c.tier === "little-giant" && c.id.includes("2026") && c.id.includes("复核"));
    expect(review && run("little-giant", engineInput(review.record, "little-giant", "2026-06-01")).ruleSet).toBe("MIIT-2022-63");
  });
});
