/** The gap report (.docx): unzipped with mammoth, it says what the engines found, in their words. */
import { describe, expect, it } from "vitest";
import mammoth from "mammoth";
import { loadVectors } from "../../../../../test/support/vectors.ts";
import type { Vector } from "../../../../../test/support/eligibility.ts";
import { describeGap } from "../../../../shared/eligibility/index.ts";
import type { HighTechInput } from "../../../../shared/eligibility/high-tech/input.ts";
import { assessRecord, type RecordAssessment } from "../../../../shared/enterprise/inputs.ts";
import { certificate, highTechRecord } from "../../../../shared/enterprise/records.fixture.ts";
import type { RegistryRecord } from "../../../../shared/enterprise/record.ts";
import { translate } from "../../../../shared/i18n/index.ts";
import { gapReportDocx, type GapReportInput } from "./gap-report.ts";
import { SYNTHETIC_AS_OF, syntheticEnterprises } from "../synthetic.ts";

const ENTERPRISE: GapReportInput["enterprise"] = { name: "武汉光迅智联激光科技有限公司", creditCode: "91420100MA4K8Q2X0B", cityName: "武汉市", districtName: "东湖新技术开发区", industry: "激光" };

/** The 高企 vector HT-S4 (科技人员 14 of 150) as a registry record, holding a 创新型 title since 2024. */
function ht4Record(change: (input: HighTechInput) => void = () => undefined): RegistryRecord {
  const vector = loadVectors<Vector<HighTechInput>[]>("highTech").find((v) => v.id === "HT-S4");
  if (!vector) throw new Error("vector HT-S4 not found");
  const input = structuredClone(vector.input);
  change(input);
  const record = highTechRecord(input);
  record.certificates.push(certificate("innovative-sme", 2024));
  return record;
}

async function text(input: GapReportInput): Promise<string> {
  const buffer = await gapReportDocx(input);
  expect(buffer.subarray(0, 2).toString()).toBe("PK");
  return (await mammoth.extractRawText({ buffer })).value;
}

const tierOf = (a: RecordAssessment, tier: string) => {
  const found = a.tiers.find((t) => t.tier === tier);
  if (!found) throw new Error(`no ${tier}`);
  return found;
};

describe("gapReportDocx", () => {
  const assessment = assessRecord(ht4Record(), "2026-06-15");

  it("opens with the title, the enterprise, the date and each tier's rule set", async () => {
    const t = await text({ enterprise: ENTERPRISE, assessment, generatedAt: "2026-06-15T08:30:00Z" });
    expect(t).toContain("企业培育评估报告（差距分析）");
    expect(t).toContain("企业名称：武汉光迅智联激光科技有限公司");
    expect(t).toContain("统一社会信用代码：91420100MA4K8Q2X0B");
    expect(t).toContain("所在地：武汉市 东湖新技术开发区");
    expect(t).toContain("所属行业：激光");
    expect(t).toContain("评估日期：2026-06-15");
    expect(t).toContain("报告生成时间：2026-06-15 16:30");
    expect(t).toContain("高新技术企业：HTE-2016（《高新技术企业认定管理办法》国科发火〔2016〕32号");
    expect(t).toContain("科技型中小企业：MOST-2017-115（《科技型中小企业评价办法》国科发政〔2017〕115号）");
    expect(t).toContain("专精特新中小企业：MIIT-2026-2（《优质中小企业梯度培育管理办法》工信部企业〔2026〕2号）");
  });

  it("summarises each tier (held, eligible or not, undecided for missing figures), its score and conditions not met, and the nearest tier", async () => {
    const t = await text({ enterprise: ENTERPRISE, assessment, generatedAt: "2026-06-15" });
    const ht = tierOf(assessment, "high-tech");
    expect(ht.outcome.ok && ht.outcome.result.eligible).toBe(false);
    // Table cells come out one paragraph each: tier, result, score, conditions not met.
    expect(t).toMatch(/高新技术企业\n\n不符合\n\n80（专家评分范围内可能为 74–88）\n\n1\n/);
    expect(t).toMatch(/科技型中小企业\n\n无法判定（缺少数据）\n\n—\n\n\d+\n/);
    expect(t).toContain("已持有；按现有数据评估：");
    expect(assessment.nearest).toEqual({ tier: "high-tech", unmet: 1 });
    expect(t).toContain("尚未达到的层级中，最接近的是高新技术企业：还有 1 项条件未满足（或缺少数据）。");
    expect(t).toContain("已持有该资质：2024 年认定（入库），有效期 2024-12-01 至 2027-11-30。");
  });

  it("gives each gap in the engine's words — 科技人员占比 9.33%，需达到 10%，差 0.67 个百分点，约 2 人 — and the conditions met with their figures", async () => {
    const t = await text({ enterprise: ENTERPRISE, assessment, generatedAt: "2026-06-15" });
    const [gap] = tierOf(assessment, "high-tech").gaps;
    expect(gap && describeGap(gap, "zh-CN")).toBe("科技人员占比 9.33%，需达到 10%，差 0.67 个百分点，约 2 人");
    expect(t).toContain("科技人员占比 9.33%，需达到 10%，差 0.67 个百分点，约 2 人");
    expect(t).toContain("（研发费用占比 6.4%，要求 ≥ 4%）");
    expect(t).toContain("（创新能力评价得分 80分，要求 > 70分）");
    for (const row of assessment.tiers) for (const g of row.gaps) expect(t).toContain(describeGap(g, "zh-CN"));
  });

  it("names the missing figures without guessing them, and the provisional rules, and ends with the note that this is not an official 认定", async () => {
    const t = await text({ enterprise: ENTERPRISE, assessment, generatedAt: "2026-06-15" });
    const techSme = tierOf(assessment, "tech-sme");
    expect(techSme.outcome.ok && techSme.outcome.result.incomplete).toBe(true);
    expect(t).toContain("评估结果不完整：以下数据缺失，系统未作任何推测；补充后可重新评估。");
    expect(t).toContain(`资产总额：${translate("zh-CN", "assess.missing")}`);
    expect(t).toContain(`是否居民企业：${translate("zh-CN", "assess.missing")}`);
    const provisional = techSme.outcome.ok ? techSme.outcome.result.provisionalRules : [];
    expect(provisional.length).toBeGreaterThan(0);
    for (const p of provisional) expect(t).toContain(`${p.rule}（${p.why}）`);
    expect(t).toContain("不是主管部门的认定（入库、认定、复核）结果");
  });

  it("says when the registry's data cannot be assessed, with the engine's field error", async () => {
    const wrong = assessRecord(
      ht4Record((i) => Object.assign(i, { techStaff: 200 })),
      "2026-06-15",
    );
    const t = await text({ enterprise: { ...ENTERPRISE, creditCode: null, industry: null, districtName: null }, assessment: wrong, generatedAt: "2026-06-15" });
    expect(tierOf(wrong, "high-tech").outcome.ok).toBe(false);
    expect(t).toMatch(/高新技术企业\n\n数据有误，无法评估\n/);
    expect(t).toContain("科技人员数：科技人员数（200）不能多于职工总数（150）");
    expect(t).toContain("统一社会信用代码：未填写");
    expect(t).toContain("所在地：武汉市\n");
  });

  it("is written in English when asked, the engine's gap sentences included", async () => {
    const t = await text({ enterprise: ENTERPRISE, assessment, generatedAt: "2026-06-15", lang: "en" });
    expect(t).toContain("Enterprise cultivation assessment (gap analysis)");
    expect(t).toMatch(/High and new technology enterprise\n\nNot eligible\n/);
    expect(t).toContain("科技人员占比: 9.33%, needs 10%: 0.67 percentage points short, about 2 persons more");
    expect(t).toContain(`total assets: ${translate("en", "assess.missing")}`);
    expect(t).toContain("not an official recognition (认定)");
    expect(t).not.toContain("企业培育评估报告");
  });

  it("reports a synthetic enterprise completely: every gap, every missing figure by name", async () => {
    for (const e of syntheticEnterprises(40, 5)) {
      const a = assessRecord(e.record, SYNTHETIC_AS_OF);
      const t = await text({ enterprise: { name: e.name, creditCode: e.creditCode, cityName: "武汉市", industry: e.industry }, assessment: a, generatedAt: SYNTHETIC_AS_OF });
      for (const row of a.tiers) {
        for (const g of row.gaps) expect(t).toContain(describeGap(g, "zh-CN"));
        // Every missing figure has a name here, not its engine path.
        if (row.outcome.ok) for (const m of row.outcome.result.missing) expect(t).toContain(`：${translate("zh-CN", m.key, m.params)}`);
      }
      expect(t).not.toMatch(/fiscalYears|innovation\.|\w+\[\d+\]/);
    }
  }, 60_000);
});
