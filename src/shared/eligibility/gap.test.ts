import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { loadVectors } from "../../../test/support/vectors.ts";
import { copy, run, wan, type Vector } from "../../../test/support/eligibility.ts";
import { describeGap, gaps, nearestTier } from "./gap.ts";
import type { HighTechInput } from "./high-tech/input.ts";
import type { AssessmentResult } from "./types.ts";

const vector = <T>(section: string, id: string): T => copy((loadVectors<Vector[]>(section).find((v) => v.id === id) ?? { input: {} }).input as T);
const words = (r: AssessmentResult) => gaps(r).map((g) => describeGap(g, "zh-CN"));

/** HT-S1 with the given sales and R&D per year, and no growth points (their range moves with sales). */
function highTech(sales: number[], rd: number[]): HighTechInput {
  const input = vector<HighTechInput>("highTech", "HT-S1");
  if (input.innovation) delete input.innovation.growth;
  input.fiscalYears?.forEach((y, i) => Object.assign(y, { salesRevenue: sales[i], rdExpense: rd[i], rdExpenseDomestic: rd[i] }));
  return input;
}

describe("the gap report", () => {
  it("says how far a ratio is and what it would take: 研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元", () => {
    const r = run("high-tech", highTech([1000, 1000, 6000], [28, 28, 168]));
    const [gap] = gaps(r).filter((g) => g.conditionId === "rd-ratio");
    expect(gap).toMatchObject({ shortfall: 1.2, unit: "pct", toClose: { amount: 96, unit: "wan", direction: "more" } });
    expect(gap && describeGap(gap, "zh-CN")).toBe("研发费用占比 2.8%，需达到 4%，差 1.2 个百分点，约 96 万元");
    expect(gap && describeGap(gap, "en")).toBe("研发费用占比: 2.8%, needs 4%: 1.2 percentage points short, about 96 ×10k CNY more");
  });

  it("closing the gap by the amount it names meets the condition, and a cent less does not", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100_000, max: 3_000_000 }), { minLength: 3, maxLength: 3 }), fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 3, maxLength: 3 }), (salesCents, rdCents) => {
        const sales = salesCents.map(wan);
        const rd = rdCents.map(wan);
        const r = run("high-tech", highTech(sales, rd));
        const gap = gaps(r).find((g) => g.conditionId === "rd-ratio");
        fc.pre(gap?.toClose !== undefined);
        const amount = gap?.toClose?.amount ?? 0;
        const raised = (extra: number) => run("high-tech", highTech(sales, rd.map((v, i) => (i === 2 ? Math.round((v + extra) * 100) / 100 : v)))).conditions.find((c) => c.id === "rd-ratio")?.met;
        expect(raised(amount)).toBe(true);
        expect(raised(amount - 0.01)).toBe(false);
      }),
    );
  });

  it("counts people who are part of the whole: 14 of 150 need 2 more (16 of 152 is 10.5%)", () => {
    const r = run("high-tech", vector("highTech", "HT-S4"));
    expect(words(r)).toEqual(["科技人员占比 9.33%，需达到 10%，差 0.67 个百分点，约 2 人"]);
  });

  it("says how much to reduce for an upper limit: 资产负债率 85% → 80% by repaying 1500 万元", () => {
    const r = run("specialized-sme", { ...specialized2026(), totalLiabilities: 5100 });
    expect(words(r)).toEqual(["资产负债率 85%，需不超过 80%，超出 5 个百分点，约需减少 1500 万元"]);
  });

  it("needs a whole point above a strict limit, and names expert judgements and anyOf options", () => {
    expect(words(run("high-tech", vector("highTech", "HT-S3")))).toEqual(["创新能力评价得分 70分，需高于 70分，至少差 1分"]);
    const noField = { ...vector<HighTechInput>("highTech", "HT-S1"), techFieldInCatalogue: false };
    expect(words(run("high-tech", noField))).toEqual(["对主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围（专家评审）：须经专家评审认定，目前评定为不满足"]);
    expect(words(run("tech-sme", vector("techSme", "TS-S3")))).toEqual(["职工总数 520人，需不超过 500人，超出 20人"]);
    const tooSmall = { ...specialized2026(), fiscalYears: specialized2026().fiscalYears.map((y) => ({ ...y, operatingRevenue: 1000, mainBusinessRevenue: 900, rdExpense: 100 })) };
    const [anyOf] = gaps(run("specialized-sme", tooSmall));
    expect(anyOf?.message.key).toBe("gap.any_of");
    expect(anyOf?.options?.map((g) => describeGap(g, "zh-CN"))).toEqual(["上年度营业收入 1000万元，需达到 1500万元，差 500万元", "近两年新增股权投资 0万元，需达到 2000万元，差 2000万元"]);
  });

  it("names the direct conditions as the alternative when the score path falls short", () => {
    const list = gaps(run("tech-sme", vector("techSme", "TS-S4")));
    expect(list.map((g) => g.conditionId)).toEqual(["score-ge-60", "direct"]);
    expect(list.map((g) => describeGap(g, "zh-CN"))[0]).toBe("综合评价得分 44分，需达到 60分，差 16分");
  });

  it("says when a figure is missing and when a ratio is undefined", () => {
    const input = vector<HighTechInput>("highTech", "HT-S1");
    delete input.techStaff;
    input.totalRevenue = 0;
    input.highTechRevenue = 0;
    expect(words(run("high-tech", input))).toEqual(["从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%：缺少数据，无法判断", "高新技术产品（服务）收入占比：分母为 0，无法计算比例"]);
  });
});

describe("the nearest tier", () => {
  it("is the one with the fewest conditions short, then the smallest relative shortfall", () => {
    const results = [run("tech-sme", vector("techSme", "TS-S4")), run("innovative-sme", vector("innovativeSme", "IS-S2")), run("high-tech", vector("highTech", "HT-S2")), run("tech-sme", vector("techSme", "TS-S1"))];
    const nearest = nearestTier(results);
    expect(nearest).toMatchObject({ tier: "high-tech", unmet: 1 });
    expect(nearest?.gaps.map((g) => g.conditionId)).toEqual(["rd-ratio"]);
    expect(nearestTier([results[0], results[1]].filter((r) => r !== undefined))?.tier).toBe("innovative-sme");
  });

  it("is null when every tier is reached", () => {
    expect(nearestTier([run("tech-sme", vector("techSme", "TS-S1"))])).toBeNull();
    expect(nearestTier([])).toBeNull();
  });
});

/** An enterprise that meets 专精特新 (MIIT-2026-2) except where a test changes it. */
function specialized2026() {
  return {
    assessedOn: "2026-06-01",
    independentLegalPerson: true,
    smeByClassification: true,
    abnormalOrDishonest: false,
    restrictedIndustry: false,
    majorIncidentLast3y: false,
    techInnovativeTitleValid: true,
    marketSegmentYears: 5,
    fiscalYears: [
      { year: 2024, operatingRevenue: 4500, mainBusinessRevenue: 4000, rdExpense: 180 },
      { year: 2025, operatingRevenue: 5000, mainBusinessRevenue: 4500, rdExpense: 220 },
    ],
    totalAssets: 6000,
    totalLiabilities: 2400,
    equityFinancingLast2y: 0,
    ip: { appliedClassI: 1, appliedClassINotTransferred: 1 },
    awards: { provincialTop3Last3y: false, nationalTop3Last3y: false },
    rdInstitutionLevel: "none",
    marketPositionLeading: true,
    developmentScore: 55,
  };
}
