/**
 * 创新型中小企业 (63号 附件1): the basic conditions, then any direct condition or the score path
 * (total ≥ 60, 创新能力 ≥ 20, 成长性 ≥ 15, 专业化 ≥ 15). Under MIIT-2026-2 the same standard applies (2号 第三十条,
 * secondary) and an enterprise registered as 科技型中小企业 this year is a 科技和创新型中小企业 as well.
 */
import { assemble, Findings, flagCondition, numberCondition, type Spec } from "../conditions.ts";
import type { AssessmentResult, Condition, ConditionGroup, ScoreItem } from "../types.ts";
import { basicConditions, flag2022Start, flag2026 } from "./basic.ts";
import type { InnovativeSmeInput } from "./innovative-input.ts";
import { INNOVATIVE_2022 as R, INNOVATIVE_ARTICLES as A, INNOVATIVE_LABELS as L, INNOVATIVE_MEASURES as M, INNOVATIVE_SCORE_LABELS as S } from "./innovative-rules.ts";
import { ipLadderPoints } from "./ip.ts";
import { atLeastPoints, atMostPoints, growth } from "./scoring.ts";

type MiitRuleSet = "MIIT-2022-63" | "MIIT-2026-2";

const spec = (id: keyof typeof L, article: string, group: ConditionGroup, basis: Spec["basis"] = "data"): Spec => ({ id, label: L[id], measure: (M as Partial<Record<string, string>>)[id], article, group, basis });
const add = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

const SUBSCORE_OF = { ip: "innovation", rd: "innovation", mainRevenueGrowth: "growth", debtRatio: "growth", field: "specialization", mainShare: "specialization" } as const;

function score(input: InnovativeSmeInput, f: Findings) {
  const operating = f.need(input.operatingRevenue, "operatingRevenue");
  const main = f.need(input.mainBusinessRevenue, "mainBusinessRevenue");
  const rdRatio = f.ratio(f.need(input.rdExpense, "rdExpense"), operating);
  const mainGrowth = growth(f, main, f.need(input.mainBusinessRevenuePrevYear, "mainBusinessRevenuePrevYear"));
  const debtRatio = f.ratio(f.need(input.totalLiabilities, "totalLiabilities"), f.need(input.totalAssets, "totalAssets"));
  const mainShare = f.ratio(main, operating);
  const strategic = f.need(input.strategicEmergingIndustry, "strategicEmergingIndustry");
  const items = {
    ip: ipLadderPoints(input.ip, R.ipPoints, f),
    rd: atLeastPoints(f, rdRatio, R.rdBands),
    mainRevenueGrowth: atLeastPoints(f, mainGrowth, R.growthBands),
    debtRatio: atMostPoints(f, debtRatio, R.debtBands, R.debtOtherwise),
    field: strategic === null ? null : strategic ? R.fieldPoints.strategic : R.fieldPoints.other,
    mainShare: atLeastPoints(f, mainShare, R.mainShareBands),
  };
  const groups = {
    innovation: add(items.ip, items.rd),
    growth: add(items.mainRevenueGrowth, items.debtRatio),
    specialization: add(items.field, items.mainShare),
  };
  const total = add(add(groups.innovation, groups.growth), groups.specialization);
  const scoreItems: ScoreItem[] = (Object.keys(items) as (keyof typeof items)[]).map((id) => ({ id, label: S[id], subscore: SUBSCORE_OF[id], points: items[id], max: R.max[id], basis: "data" }));
  return {
    total,
    groups,
    // { ...groups, ...items }, written out (a spread costs more than the rest of the score).
    subscores: { innovation: groups.innovation, growth: groups.growth, specialization: groups.specialization, ip: items.ip, rd: items.rd, mainRevenueGrowth: items.mainRevenueGrowth, debtRatio: items.debtRatio, field: items.field, mainShare: items.mainShare },
    scoreItems,
    derived: { rdRatio: rdRatio?.approx ?? null, mainRevenueGrowth: mainGrowth?.approx ?? null, debtRatio: debtRatio?.approx ?? null, mainShare: mainShare?.approx ?? null },
  };
}

const directCondition = (f: Findings, id: keyof typeof L, value: boolean | undefined, path: string) => flagCondition(spec(id, A.direct, "direct", "declaration"), f.need(value, path));

export function assessInnovativeSme(input: InnovativeSmeInput, ruleSet: MiitRuleSet): AssessmentResult {
  const f = new Findings();
  const s = score(input, f);
  const d = input.direct;
  const equity = f.need(d?.equityFinancingLast3y, "direct.equityFinancingLast3y");
  const conditions: Condition[] = [
    ...basicConditions(input, ruleSet, f, false),
    numberCondition(spec("score-ge-60", A.score, "main"), s.total, ">=", R.pass.total, "points"),
    numberCondition(spec("innovation-ge-20", A.score, "main"), s.groups.innovation, ">=", R.pass.innovation, "points"),
    numberCondition(spec("growth-ge-15", A.score, "main"), s.groups.growth, ">=", R.pass.growth, "points"),
    numberCondition(spec("specialization-ge-15", A.score, "main"), s.groups.specialization, ">=", R.pass.specialization, "points"),
    directCondition(f, "direct-sci-award", d?.sciAwardLast3y, "direct.sciAwardLast3y"),
    directCondition(f, "direct-honour", d?.honourValid, "direct.honourValid"),
    directCondition(f, "direct-rd-institution", d?.provincialRdInstitution, "direct.provincialRdInstitution"),
    numberCondition(spec("direct-equity-500", A.direct, "direct"), equity, ">=", R.equityFinancingMin, "wan"),
  ];
  if (ruleSet === "MIIT-2026-2") {
    conditions.push(flagCondition(spec("direct-tech-sme", A.techSme2026, "direct", "declaration"), f.need(input.techSmeRegistered, "techSmeRegistered")));
    flag2026(f);
    f.flag({ id: "miit-2026.innovative-carry-over", rule: "2026 年起创新型中小企业仍按 63号 附件1 评价", why: "2号 第三十条（二手来源）：新的科技和创新型中小企业标准发布前沿用 2022 年标准" });
  } else flag2022Start(f, input.assessedOn);
  return assemble({ tier: "innovative-sme", ruleSet, assessedOn: input.assessedOn }, conditions, f, {
    score: s.total,
    subscores: s.subscores,
    scoreItems: s.scoreItems,
    derived: s.derived,
  });
}
