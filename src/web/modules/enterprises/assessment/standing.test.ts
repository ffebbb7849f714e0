import { describe, expect, test } from "vitest";
import { closeness, metConditions, scoreGroups, standingOf } from "./standing.ts";
import { assessRecord } from "../../../../shared/enterprise/inputs.ts";
import type { RegistryRecord } from "../../../../shared/enterprise/record.ts";
import type { AssessmentResult } from "../../../../shared/eligibility/index.ts";

const ON = "2026-06-15";
const year = (y: number, sales: number, rd: number) => ({ year: y, employees: 150, techStaff: 30, salesRevenue: sales, totalRevenue: sales + 200, highTechRevenue: sales * 0.8, rdExpense: rd, rdExpenseDomestic: rd, netAssets: sales * 0.6 });

/** The example enterprise of docs/assess-input.md: a 高企 candidate with every expert judgement given. */
const record: RegistryRecord = {
  foundedOn: "2015-04-10",
  years: [year(2023, 6000, 420), year(2024, 7500, 480), year(2025, 9000, 540)].map((y) => ({
    ...y,
    resultsConverted: 5,
    ip: { invention: { selfDeveloped: 3, acquired: 0 }, plantVariety: { selfDeveloped: 0, acquired: 0 }, icLayout: { selfDeveloped: 0, acquired: 0 }, newDrug: { selfDeveloped: 0, acquired: 0 }, utilityModel: { selfDeveloped: 6, acquired: 0 }, design: { selfDeveloped: 0, acquired: 0 }, software: { selfDeveloped: 0, acquired: 0 } },
  })),
  facts: {
    ownsCoreIp: true,
    techFieldInCatalogue: true,
    majorIncidentPastYear: false,
    hteAdvancement: { grade: "A", points: 7 },
    hteCoreSupport: { grade: "A", points: 7 },
    hteQuantityPoints: 7,
    hteAcquisition: { grade: "A", points: 5 },
    hteStandards: { grade: "A", points: 1 },
    hteConversionPoints: 26,
    hteRdManagement: { system: 5, institution: 5, conversionIncentive: 3, talent: 3 },
    hteGrowth: { netAssetsPoints: 6, salesPoints: 5 },
  },
  certificates: [],
};

function tier(r: RegistryRecord, id: string) {
  const a = assessRecord(r, ON).tiers.find((x) => x.tier === id);
  if (!a || !a.outcome.ok) throw new Error(`no result for ${id}`);
  return { held: a.held, result: a.outcome.result };
}

describe("standing and closeness, read from the engines' results", () => {
  test("an eligible 高企: 符合, every deciding condition met", () => {
    const t = tier(record, "high-tech");
    expect(standingOf(t)).toBe("eligible");
    const c = closeness(t);
    expect(c?.share).toBe(1);
    expect(c?.met).toBe(c?.total);
    expect(metConditions(t.result).length).toBe(c?.met);
  });

  test("R&D below the requirement: 不符合, one condition short of the rest", () => {
    const low: RegistryRecord = { ...record, years: record.years.map((y) => ({ ...y, rdExpense: 100, rdExpenseDomestic: 100 })) };
    const t = tier(low, "high-tech");
    expect(standingOf(t)).toBe("notEligible");
    const c = closeness(t);
    expect(c && c.total - c.met).toBe(1);
    expect(c?.share).toBeCloseTo((c?.met ?? 0) / (c?.total ?? 1));
  });

  test("facts not given: 无法判定, never counted as met", () => {
    const bare: RegistryRecord = { ...record, facts: {} };
    const t = tier(bare, "high-tech");
    expect(standingOf(t)).toBe("undecided");
    const c = closeness(t);
    expect(c && c.met < c.total).toBe(true);
    expect(metConditions(t.result).every((x) => x.met === true)).toBe(true);
  });

  test("a tier held is 已持有 and counts whole; no result and not held is undecided with no closeness", () => {
    expect(standingOf({ held: {}, result: null })).toBe("held");
    expect(closeness({ held: {}, result: null })?.share).toBe(1);
    expect(standingOf({ held: null, result: null })).toBe("undecided");
    expect(closeness({ held: null, result: null })).toBeNull();
  });
});

describe("scoreGroups", () => {
  test("the 高企 score's four sub-scores with their maxima (30 + 30 + 20 + 20)", () => {
    const { result } = tier(record, "high-tech");
    const groups = scoreGroups(result);
    expect(groups.map((g) => g.id)).toEqual(Object.keys(result.subscores).filter((k) => groups.some((g) => g.id === k)));
    expect(groups.reduce((a, g) => a + (g.points ?? 0), 0)).toBe(result.score);
    const max = Object.fromEntries(groups.map((g) => [g.id, g.max]));
    expect(max.rdManagement).toBe(20);
    expect(max.growth).toBe(20);
  });

  test("a group's points are null while an item lacks a figure", () => {
    const result = {
      subscores: {},
      scoreItems: [
        { id: "a", label: "甲", subscore: "g", points: 3, max: 5, basis: "data" },
        { id: "b", label: "乙", subscore: "g", points: null, max: 5, basis: "data" },
      ],
    } as unknown as AssessmentResult;
    expect(scoreGroups(result)).toEqual([{ id: "g", points: null, max: 10, items: result.scoreItems }]);
  });
});
