/**
 * 专精特新中小企业 under MIIT-2026-2 (2号 附件1, specialized-sme.md B.2 — all thresholds secondary): every
 * condition required. The 专精特新发展评价得分 is MIIT's platform score, taken as input and reported as the score.
 */
import { any, anyOfCondition, assemble, Findings, flagCondition, flagOption, numberOption, type Spec } from "../conditions.ts";
import type { AssessmentResult, Condition } from "../types.ts";
import { basicConditions, flag2026 } from "./basic.ts";
import { debtRatio, developmentScore, mainShare, rdAmountOfYear, rdRatioOfYear, segmentYears } from "./figures.ts";
import { yearFigure, type MsmeInput } from "./input.ts";
import { SPECIALIZED_2026 as R, SPECIALIZED_ARTICLES as A } from "./specialized-rules.ts";

const a = (n: number) => A.c2026(n);
const req = (id: string, label: string, n: number, basis: Spec["basis"] = "data"): Spec => ({ id, label, article: a(n), group: "required", basis });

export function assessSpecialized2026(input: MsmeInput): AssessmentResult {
  const f = new Findings();
  const level = f.need(input.rdInstitutionLevel, "rdInstitutionLevel");
  const score = f.need(input.developmentScore, "developmentScore");
  const conditions: Condition[] = [
    ...basicConditions(input, "MIIT-2026-2", f, true),
    flagCondition(req("tech-innovative-title", "已获科技和创新型中小企业称号（有效期内）", 1, "declaration"), f.need(input.techInnovativeTitleValid, "techInnovativeTitleValid")),
    segmentYears({ id: "segment-3y", label: "截至上年末从事特定细分市场3年以上", article: a(2) }, input, f, R.segmentYearsMin),
    anyOfCondition(req("revenue-1500-or-equity-2000", "上年度营业收入1500万元以上，或近两年新增股权投资（合格机构投资者实缴）2000万元以上", 3), [
      numberOption("上年度营业收入", yearFigure(input, f, 1, "operatingRevenue"), ">=", R.revenueMin, "wan"),
      numberOption("近两年新增股权投资", f.need(input.equityFinancingLast2y, "equityFinancingLast2y"), ">=", R.equityFinancingMin, "wan"),
    ]),
    mainShare({ id: "main-share-80pct", label: "上年度主营业务收入占营业收入比重80%以上", article: a(4) }, input, f, R.mainShareMinPct),
    debtRatio({ id: "debt-ratio-le-80pct", label: "上年末资产负债率不高于80%", article: a(5) }, input, f, R.debtRatioMaxPct),
    rdAmountOfYear({ id: "rd-100-prev", label: "近两年研发费用每年100万元以上（前一年）", article: a(6) }, input, f, 2, R.rdMinEachYear),
    rdAmountOfYear({ id: "rd-100-last", label: "近两年研发费用每年100万元以上（上年度）", article: a(6) }, input, f, 1, R.rdMinEachYear),
    rdRatioOfYear({ id: "rd-ratio-3pct-prev", label: "近两年研发费用每年占营业收入比重3%以上（前一年）", article: a(6) }, input, f, 2, R.rdRatioMinPctEachYear),
    rdRatioOfYear({ id: "rd-ratio-3pct-last", label: "近两年研发费用每年占营业收入比重3%以上（上年度）", article: a(6) }, input, f, 1, R.rdRatioMinPctEachYear),
    anyOfCondition(req("class-i-ip", "拥有1项以上与主导产品相关、实际应用并产生经济效益的Ⅰ类知识产权（不含转入）；近三年获省部级以上科技奖励排名前三或拥有省部级以上研发机构的免于此项", 7), [
      numberOption("Ⅰ类知识产权（实际应用、不含转入）", f.need(input.ip?.appliedClassINotTransferred, "ip.appliedClassINotTransferred"), ">=", R.classIMin, "items"),
      flagOption("近三年省部级以上科技奖励排名前三", topThreeAward(input, f)),
      flagOption("拥有省部级以上研发机构", level === null ? null : level === "national" || level === "provincial"),
    ]),
    flagCondition(req("market-position", "主导产品在国内或国际细分市场占有率较为靠前，有一定知名度和影响力（专家判断）", 8, "expert"), f.need(input.marketPositionLeading, "marketPositionLeading")),
    developmentScore({ id: "development-score-50", label: "专精特新发展评价得分50分以上（复核：近两年任一年）（工信部培育平台评分，按输入）", article: a(9) }, input, f, R.developmentScoreMin),
  ];
  flag2026(f);
  return assemble({ tier: "specialized-sme", ruleSet: "MIIT-2026-2", assessedOn: input.assessedOn }, conditions, f, {
    score,
    subscores: { developmentScore: score },
    scoreItems: [{ id: "developmentScore", label: "中小企业专精特新发展评价得分（工信部培育平台，工信厅企业〔2024〕75号）", subscore: "developmentScore", points: score, max: 100, basis: "platform" }],
    derived: {},
  });
}

/** 近三年省部级以上科技奖励排名前三: a provincial or a national award, ranked in the first three. */
function topThreeAward(input: MsmeInput, f: Findings): boolean | null {
  const national = f.need(input.awards?.nationalTop3Last3y, "awards.nationalTop3Last3y");
  return national === true ? true : any([national, f.need(input.awards?.provincialTop3Last3y, "awards.provincialTop3Last3y")]);
}
