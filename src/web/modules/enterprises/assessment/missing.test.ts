import { describe, expect, test } from "vitest";
import { groupMissing, placeOf } from "./missing.ts";
import { assessRecord } from "../../../../shared/enterprise/inputs.ts";
import type { RegistryRecord } from "../../../../shared/enterprise/record.ts";
import { enterprisesZhCN } from "../../../i18n/enterprises.zh-CN.ts";

const zh: Record<string, string> = enterprisesZhCN;

/** Sparse records, assessed under both rule-set eras: between them the engines name every figure they can miss. */
const records: RegistryRecord[] = [
  { years: [], facts: {}, certificates: [] },
  { foundedOn: "2015-01-01", years: [2023, 2024, 2025].map((year) => ({ year })), facts: {}, certificates: [] },
  {
    foundedOn: "2015-01-01",
    years: [2023, 2024, 2025].map((year) => ({ year, employees: 10, ip: {} })),
    facts: {},
    certificates: [
      { tier: "specialized-sme", year: 2024, confirmed: true },
      { tier: "little-giant", year: 2023, confirmed: true },
      { tier: "high-tech", year: 2023, confirmed: true },
    ],
  },
];
const missing = records.flatMap((r) => ["2026-06-15", "2025-06-15"].flatMap((d) => assessRecord(r, d).tiers.flatMap((t) => (t.outcome.ok ? t.outcome.result.missing : []))));

describe("placeOf", () => {
  test("every figure an engine finds missing has a place; each label is in the dictionary", () => {
    expect(missing.length).toBeGreaterThan(50);
    for (const m of missing) {
      const place = placeOf(m.path);
      expect(place, m.path).not.toBeNull();
      if (place?.label) expect(zh[place.label], `${m.path} → ${place.label}`).toBeTruthy();
    }
  });

  test("a path names the field it is entered in", () => {
    expect(placeOf("fiscalYears[1].rdExpense")).toEqual({ tab: "years", label: "enterprise.year.rdExpense" });
    expect(placeOf("mainBusinessRevenuePrevYear")).toEqual({ tab: "years", label: "enterprise.year.mainBusinessRevenue" });
    expect(placeOf("innovation.ip.advancement.points")).toEqual({ tab: "facts", label: "enterprise.fact.hteAdvancement" });
    expect(placeOf("innovation.conversions.count")).toEqual({ tab: "years", label: "enterprise.year.resultsConverted" });
    expect(placeOf("innovation.conversions.points")).toEqual({ tab: "facts", label: "enterprise.fact.hteConversionPoints" });
    expect(placeOf("direct.honourValid")).toEqual({ tab: "facts", label: "enterprise.fact.honourValid" });
    expect(placeOf("direct.equityFinancingLast3y")).toEqual({ tab: "years", label: "enterprise.year.equityFinancing" });
    expect(placeOf("ip.highValueClassI")).toEqual({ tab: "years", label: "enterprise.ip.subset.highValueClassI" });
    expect(placeOf("marketShare.nationalPct")).toEqual({ tab: "facts", label: "enterprise.fact.marketShare.nationalPct" });
    expect(placeOf("fiscalYears")).toEqual({ tab: "years", label: null });
    expect(placeOf("certificates[0].validUntil")).toEqual({ tab: "certificates", label: null });
    expect(placeOf("somethingNew")).toBeNull();
  });
});

describe("groupMissing", () => {
  test("by tab, years first; a field named once however many years lack it; messages where no field says it", () => {
    const groups = groupMissing([
      { path: "fiscalYears[0].rdExpense", message: "缺少此项数据" },
      { path: "fiscalYears[2].rdExpense", message: "缺少此项数据" },
      { path: "fiscalYears", message: "缺少 2023 年度的数据" },
      { path: "ownsCoreIp", message: "缺少此项数据" },
      { path: "somethingNew", message: "新的缺项" },
    ]);
    expect(groups).toEqual([
      { tab: "years", labels: ["enterprise.year.rdExpense"], messages: ["缺少 2023 年度的数据"] },
      { tab: "facts", labels: ["enterprise.fact.ownsCoreIp"], messages: ["新的缺项"] },
    ]);
  });
});
