/**
 * 专精特新"小巨人" under MIIT-2026-2 (2号 附件2, specialized-sme.md B.3 — all thresholds secondary): every
 * condition required; a 复核 does not examine the growth rate and passes the platform score on either of two years.
 */
import { anyOfCondition, assemble, Findings, flagCondition, flagOption, lever, numberCondition, numberOption, ratioCondition, type Spec } from "../conditions.ts";
import { add, exact, mul, percent, toPercent } from "../exact.ts";
import type { AssessmentResult, Condition } from "../types.ts";
import { basicConditions, flag2026 } from "./basic.ts";
import { debtRatio, developmentScore, mainShare, rdLastTwoYears, rdRatioOfYear, segmentYears } from "./figures.ts";
import { yearFigure, type MsmeInput } from "./input.ts";
import { LITTLE_GIANT_2026 as R, LITTLE_GIANT_ARTICLES as A } from "./little-giant-rules.ts";

/**
 * 近两年营业收入复合增长率 ≥ 5% ⇔ 上年度 ÷ 前第三年 ≥ 1.05² = 110.25%: compared exactly as that ratio, which also
 * says how much more revenue it would take. A 复核 does not examine it. The threshold and the spec are the rule's
 * constants, worked out once.
 */
const CAGR_FACTOR = add(exact(1), percent(R.revenueCagrMinPct));
const CAGR_REQUIRED_PCT = toPercent(mul(CAGR_FACTOR, CAGR_FACTOR));
const CAGR_SPEC: Spec = {
  id: "revenue-cagr-5pct",
  label: `近两年营业收入复合增长率${R.revenueCagrMinPct}%以上（即上年度营业收入不低于前第三年的 ${CAGR_REQUIRED_PCT}%）`,
  measure: "上年度营业收入相对前第三年",
  article: A.a2026(2),
  group: "required",
};

function revenueGrowth(input: MsmeInput, f: Findings): Condition {
  const last = yearFigure(input, f, 1, "operatingRevenue");
  const first = yearFigure(input, f, 3, "operatingRevenue");
  return ratioCondition(CAGR_SPEC, f.ratio(last, first), ">=", CAGR_REQUIRED_PCT, lever(last, first, false, "wan"));
}

const req = (id: string, label: string, n: number, basis: Spec["basis"] = "data", measure?: string): Spec => ({ id, label, measure, article: A.a2026(n), group: "required", basis });

export function assessLittleGiant2026(input: MsmeInput): AssessmentResult {
  const f = new Findings();
  const share = input.marketShare;
  const conditions: Condition[] = [
    ...basicConditions(input, "MIIT-2026-2", f, true),
    flagCondition(req("specialized-title", "已获专精特新中小企业称号（有效期内）", 1, "declaration"), f.need(input.specializedSmeTitleValid, "specializedSmeTitleValid")),
    segmentYears({ id: "segment-3y", label: "截至上年末从事特定细分市场3年以上", article: A.a2026(1) }, input, f, R.segmentYearsMin),
    numberCondition(req("revenue-5000", "上年度营业收入5000万元以上", 2, "data", "上年度营业收入"), yearFigure(input, f, 1, "operatingRevenue"), ">=", R.revenueMin, "wan"),
    mainShare({ id: "main-share-90pct", label: "上年度主营业务收入占营业收入比重90%以上", article: A.a2026(2) }, input, f, R.mainShareMinPct),
    ...(input.review ? [] : [revenueGrowth(input, f)]),
    debtRatio({ id: "debt-ratio-le-75pct", label: "上年末资产负债率不高于75%", article: A.a2026(2) }, input, f, R.debtRatioMaxPct),
    numberCondition(req("rd-total-1200", "近两年研发费用合计1200万元以上", 3, "data", "近两年研发费用合计"), rdLastTwoYears(input, f), ">=", R.rdTotalMin, "wan"),
    rdRatioOfYear({ id: "rd-ratio-3pct-prev", label: "近两年研发费用每年占营业收入比重3%以上（前一年）", article: A.a2026(3) }, input, f, 2, R.rdRatioMinPctEachYear),
    rdRatioOfYear({ id: "rd-ratio-3pct-last", label: "近两年研发费用每年占营业收入比重3%以上（上年度）", article: A.a2026(3) }, input, f, 1, R.rdRatioMinPctEachYear),
    anyOfCondition(req("class-i-ip-4", "拥有4项以上与主导产品相关的Ⅰ类知识产权（不含转入，权利人排名前三）；近三年获国家级科技奖励排名前三的免于此项", 4), [
      numberOption("Ⅰ类知识产权（不含转入、排名前三）", f.need(input.ip?.classINotTransferredTop3, "ip.classINotTransferredTop3"), ">=", R.classIMin, "items"),
      flagOption("近三年国家级科技奖励排名前三", f.need(input.awards?.nationalTop3Last3y, "awards.nationalTop3Last3y")),
    ]),
    anyOfCondition(req("market-share", "主导产品在国内或国际细分市场占有率10%以上，或国内前三", 5), [
      numberOption("国内细分市场占有率", f.need(share?.nationalPct, "marketShare.nationalPct"), ">=", R.marketShareMinPct, "pct"),
      numberOption("国际细分市场占有率", f.need(share?.internationalPct, "marketShare.internationalPct"), ">=", R.marketShareMinPct, "pct"),
      flagOption("国内细分市场前三", f.need(share?.nationalTop3, "marketShare.nationalTop3")),
    ]),
    flagCondition(req("key-field", "主导产品属于核心基础零部件、核心基础元器件、关键软件、先进基础工艺、关键基础材料、产业技术基础，或改造提升传统产业、培育壮大新兴产业、布局建设未来产业，位于产业链关键环节（专家判断）", 6, "expert"), f.need(input.keyField, "keyField")),
    developmentScore({ id: "development-score-60", label: "专精特新发展评价得分60分以上（复核：近两年任一年）（工信部培育平台评分，按输入）", article: A.a2026(7) }, input, f, R.developmentScoreMin),
  ];
  flag2026(f);
  const score = input.developmentScore ?? null;
  return assemble({ tier: "little-giant", ruleSet: "MIIT-2026-2", assessedOn: input.assessedOn }, conditions, f, {
    score,
    subscores: { developmentScore: score },
    scoreItems: [{ id: "developmentScore", label: "中小企业专精特新发展评价得分（工信部培育平台，工信厅企业〔2024〕75号）", subscore: "developmentScore", points: score, max: 100, basis: "platform" }],
    derived: {},
  });
}
