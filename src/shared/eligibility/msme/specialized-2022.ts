/**
 * 专精特新中小企业 under MIIT-2022-63 (63号 附件2): basic conditions and conditions 1–3, then condition 4 —
 * 评价得分 ≥ 60 or any one of its (一)–(四).
 */
import { any, anyOfCondition, assemble, Findings, flagCondition, flagOption, numberCondition, numberOption, type Spec } from "../conditions.ts";
import { div, exact } from "../exact.ts";
import type { AssessmentResult, Condition } from "../types.ts";
import { basicConditions, DOC_2022, flag2022Start } from "./basic.ts";
import { rdAmountOfYear, rdLastTwoYears, rdRatioOfYear, segmentYears } from "./figures.ts";
import { yearFigure, type MsmeInput } from "./input.ts";
import { scoreSpecialized2022 } from "./specialized-score-2022.ts";
import { SPECIALIZED_2022 as R, SPECIALIZED_ARTICLES as A } from "./specialized-rules.ts";

export function assessSpecialized2022(input: MsmeInput): AssessmentResult {
  const f = new Findings();
  const scored = scoreSpecialized2022(input, f);
  const c4 = A.c2022(4);
  const direct = (id: string, label: string): Spec => ({ id, label, article: c4, group: "direct", basis: "declaration" });
  const rdTwoYears = rdLastTwoYears(input, f);
  const awards = input.awards;
  const maker = f.need(input.makerChinaLast3y, "makerChinaLast3y");
  const conditions: Condition[] = [
    ...basicConditions(input, "MIIT-2022-63", f, false),
    flagCondition(
      { id: "innovative-title", label: "已获创新型中小企业称号（63号下是否为前置条件未确认，不影响结论）", article: `${DOC_2022} 附件2`, group: "info" },
      f.need(input.innovativeSmeTitleValid, "innovativeSmeTitleValid"),
    ),
    segmentYears({ id: "segment-2y", label: "从事特定细分市场时间达到2年以上", article: A.c2022(1) }, input, f, R.segmentYearsMin),
    rdAmountOfYear({ id: "rd-100", label: "上年度研发费用总额不低于100万元", article: A.c2022(2) }, input, f, 1, R.rdMin),
    rdRatioOfYear({ id: "rd-ratio-3pct", label: "上年度研发费用总额占营业收入总额比重不低于3%", article: A.c2022(2) }, input, f, 1, R.rdRatioMinPct),
    anyOfCondition({ id: "revenue-1000-or-equity-2000", label: "上年度营业收入总额在1000万元以上，或近2年新增股权融资总额（合格机构投资者的实缴额）达到2000万元以上", article: A.c2022(3), group: "required" }, [
      numberOption("上年度营业收入", yearFigure(input, f, 1, "operatingRevenue"), ">=", R.revenueMin, "wan"),
      numberOption("近2年新增股权融资", f.need(input.equityFinancingLast2y, "equityFinancingLast2y"), ">=", R.equityFinancingMin, "wan"),
    ]),
    numberCondition({ id: "score-ge-60", label: "评价得分达到60分以上", measure: "评价得分", article: A.score2022, group: "main" }, scored.score, ">=", R.scoreMin, "points"),
    anyOfCondition(direct("direct-award", "近三年获得过省级科技奖励并在获奖单位中排名前三，或获得国家级科技奖励（条件4（一））"), [
      flagOption("省级科技奖励排名前三", f.need(awards?.provincialTop3Last3y, "awards.provincialTop3Last3y")),
      flagOption("国家级科技奖励", f.need(awards?.nationalLast3y, "awards.nationalLast3y")),
    ]),
    numberCondition({ ...direct("direct-rd-average-1000", "近两年研发费用总额均值在1000万元以上（条件4（二））"), measure: "近两年研发费用均值", basis: "data" }, rdTwoYears && div(rdTwoYears, exact(2)), ">=", R.rdAverageMin, "wan"),
    numberCondition({ ...direct("direct-equity-6000", "近两年新增股权融资总额（合格机构投资者的实缴额）6000万元以上（条件4（三））"), measure: "近两年新增股权融资", basis: "data" }, f.need(input.equityFinancingLast2y, "equityFinancingLast2y"), ">=", R.directEquityFinancingMin, "wan"),
    flagCondition(direct("direct-maker-china-500", "近三年进入“创客中国”中小企业创新创业大赛全国500强企业组名单（条件4（四））"), maker === null ? null : maker !== "none"),
  ];
  flag2022Start(f, input.assessedOn);
  if (any(conditions.filter((c) => c.group === "direct").map((c) => c.met)) !== true) {
    f.flag({ id: "ss-2022.score-table", rule: "63号 附件2 专精特新中小企业评分表（13 项指标及分档）", why: "评分表依据回忆转录，未与原文核对（specialized-sme.md A.2 unconfirmed）" });
  }
  if (input.innovativeSmeTitleValid !== true) {
    f.flag({ id: "ss-2022.innovative-title", rule: "创新型中小企业称号不作为前置条件", why: "63号下是否为前置条件未确认（多数省份要求）（specialized-sme.md A.2）" });
  }
  return assemble({ tier: "specialized-sme", ruleSet: "MIIT-2022-63", assessedOn: input.assessedOn }, conditions, f, scored);
}

