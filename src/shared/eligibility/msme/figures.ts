/**
 * Conditions on the figures the 专精特新 and 小巨人 standards share (细分市场年限, 主营业务收入占比, 资产负债率,
 * 研发费用, 专精特新发展评价得分), built from MsmeInput for any threshold a rule set gives.
 */
import { anyOfCondition, type Findings, lever, numberCondition, numberOption, ratioCondition, type Spec } from "../conditions.ts";
import { add, exact, type Exact } from "../exact.ts";
import type { Condition } from "../types.ts";
import { yearOf } from "../dates.ts";
import { yearFigure, type MsmeInput } from "./input.ts";

type Req = Omit<Spec, "group"> & { group?: Spec["group"] };

/** The spec of a figure's condition: required unless `s` says otherwise, measured as `measure` unless `s` names one. */
const req = (s: Req, measure?: string, basis?: Spec["basis"]): Spec => ({ id: s.id, label: s.label, measure: s.measure ?? measure, article: s.article, group: s.group ?? "required", basis: s.basis ?? basis });

export function segmentYears(s: Req, input: MsmeInput, f: Findings, min: number): Condition {
  return numberCondition(req(s, "从事特定细分市场年限"), f.need(input.marketSegmentYears, "marketSegmentYears"), ">=", min, "years");
}

/** 上年度主营业务收入占营业收入比重 ≥ minPct. */
export function mainShare(s: Req, input: MsmeInput, f: Findings, minPct: number): Condition {
  const main = yearFigure(input, f, 1, "mainBusinessRevenue");
  const operating = yearFigure(input, f, 1, "operatingRevenue");
  return ratioCondition(req(s, "主营业务收入占比"), f.ratio(main, operating), ">=", minPct, lever(main, operating, true, "wan"));
}

/** 上年末资产负债率 ≤ maxPct. */
export function debtRatio(s: Req, input: MsmeInput, f: Findings, maxPct: number): Condition {
  const liabilities = f.need(input.totalLiabilities, "totalLiabilities");
  const assets = f.need(input.totalAssets, "totalAssets");
  return ratioCondition(req(s, "资产负债率"), f.ratio(liabilities, assets), "<=", maxPct, lever(liabilities, assets, true, "wan"));
}

/** 研发费用占营业收入比重 of the year `back` years before the assessment year. */
export function rdRatioOfYear(s: Req, input: MsmeInput, f: Findings, back: 1 | 2, minPct: number): Condition {
  const rd = yearFigure(input, f, back, "rdExpense");
  const operating = yearFigure(input, f, back, "operatingRevenue");
  const year = yearOf(input.assessedOn) - back;
  return ratioCondition(req(s, `${year} 年研发费用占营业收入比重`), f.ratio(rd, operating), ">=", minPct, lever(rd, operating, false, "wan"));
}

export function rdAmountOfYear(s: Req, input: MsmeInput, f: Findings, back: 1 | 2, min: number): Condition {
  const year = yearOf(input.assessedOn) - back;
  return numberCondition(req(s, `${year} 年研发费用`), yearFigure(input, f, back, "rdExpense"), ">=", min, "wan");
}

/** 研发费用 of the last two fiscal years, summed exactly; null while one is missing. */
export function rdLastTwoYears(input: MsmeInput, f: Findings): Exact | null {
  const [a, b] = [yearFigure(input, f, 2, "rdExpense"), yearFigure(input, f, 1, "rdExpense")];
  return a === null || b === null ? null : add(exact(a), exact(b));
}

/** 专精特新发展评价得分 from MIIT's platform (not recomputed); a 复核 passes when either of the last two years does. */
export function developmentScore(s: Req, input: MsmeInput, f: Findings, min: number): Condition {
  const spec = req(s, "专精特新发展评价得分", "platform");
  const current = f.need(input.developmentScore, "developmentScore");
  if (!input.review) return numberCondition(spec, current, ">=", min, "points");
  return anyOfCondition(spec, [
    numberOption("本年度得分", current, ">=", min, "points"),
    numberOption("上年度得分", f.need(input.developmentScorePrevYear, "developmentScorePrevYear"), ">=", min, "points"),
  ]);
}
