/**
 * 专精特新"小巨人" under MIIT-2022-63 (63号 附件3, specialized-sme.md A.3 — from recall, unconfirmed): the
 * 专业化、精细化、特色化、产业链配套 and 领域 conditions all required; 创新能力 by its 一般性条件 (all three) or
 * by a 创新直通条件 (any one). Also used for a 2026 复核 (see rule-sets.ts).
 */
import { any, assemble, Findings, flagCondition, numberCondition, ratioCondition, type Spec } from "../conditions.ts";
import { exact, holds } from "../exact.ts";
import type { AssessmentResult, Condition } from "../types.ts";
import { basicConditions, flag2022Start } from "./basic.ts";
import { debtRatio, mainShare, rdLastTwoYears, rdRatioOfYear, segmentYears } from "./figures.ts";
import { yearFigure, type MsmeInput } from "./input.ts";
import { LITTLE_GIANT_2022 as R, LITTLE_GIANT_ARTICLES as A } from "./little-giant-rules.ts";
import { averageGrowth } from "./scoring.ts";

const req = (id: string, label: string, part: string, basis: Spec["basis"] = "data"): Spec => ({ id, label, article: A.a2022(part), group: "required", basis });

/** 创新能力 (1): the R&D requirement depends on 上年度营业收入 (1亿元以上 / 5000万元–1亿元 / 5000万元以下). */
function rdByRevenue(input: MsmeInput, f: Findings): Condition[] {
  const revenue = yearFigure(input, f, 1, "operatingRevenue");
  const main = (id: string, label: string): Spec => ({ id, label, article: A.a2022("创新能力（1）"), group: "main" });
  if (revenue === null) return [ratioCondition(main("rd-intensity", "研发投入要求（按上年度营业收入分档，营业收入缺失）"), undefined, ">=", null)];
  const band = holds(exact(revenue), ">=", exact(R.rdByRevenue.high.revenueMin)) ? R.rdByRevenue.high : holds(exact(revenue), ">=", exact(R.rdByRevenue.middle.revenueMin)) ? R.rdByRevenue.middle : null;
  if (band) {
    const label = (which: string) => `上年度营业收入${band === R.rdByRevenue.high ? "1亿元以上" : "5000万元–1亿元"}：近2年研发费用占营业收入比重均不低于${band.ratioMinPct}%（${which}）`;
    return [
      rdRatioOfYear({ ...main("rd-ratio-prev", label("前一年")) }, input, f, 2, band.ratioMinPct),
      rdRatioOfYear({ ...main("rd-ratio-last", label("上年度")) }, input, f, 1, band.ratioMinPct),
    ];
  }
  const low = R.rdByRevenue.low;
  const rdStaff = f.need(input.rdStaff, "rdStaff");
  const employees = f.need(input.employees, "employees");
  return [
    numberCondition({ ...main("equity-8000", "上年度营业收入5000万元以下：近2年新增股权融资总额8000万元以上"), measure: "近2年新增股权融资" }, f.need(input.equityFinancingLast2y, "equityFinancingLast2y"), ">=", low.equityFinancingMin, "wan"),
    numberCondition({ ...main("rd-total-3000", "上年度营业收入5000万元以下：近2年研发费用总额3000万元以上"), measure: "近2年研发费用总额" }, rdLastTwoYears(input, f), ">=", low.rdTotalMin, "wan"),
    ratioCondition({ ...main("rd-staff-50pct", "上年度营业收入5000万元以下：研发人员占职工总数比重50%以上"), measure: "研发人员占比" }, f.ratio(rdStaff, employees), ">=", low.rdStaffMinPct),
  ];
}

export function assessLittleGiant2022(input: MsmeInput, options: { reviewTransition: boolean }): AssessmentResult {
  const f = new Findings();
  const q = input.quality;
  const level = f.need(input.rdInstitutionLevel, "rdInstitutionLevel");
  const growth = averageGrowth(f, [yearFigure(input, f, 3, "mainBusinessRevenue"), yearFigure(input, f, 2, "mainBusinessRevenue"), yearFigure(input, f, 1, "mainBusinessRevenue")]);
  const direct = (id: string, label: string): Spec => ({ id, label, article: A.a2022("创新直通条件"), group: "direct", basis: "declaration" });
  const maker = f.need(input.makerChinaLast3y, "makerChinaLast3y");
  const conditions: Condition[] = [
    ...basicConditions(input, "MIIT-2022-63", f, false),
    flagCondition(req("specialized-title", "已认定为专精特新中小企业（有效期内）", "申报条件", "declaration"), f.need(input.specializedSmeTitleValid, "specializedSmeTitleValid")),
    segmentYears({ id: "segment-3y", label: "截至上年末从事特定细分市场时间达到3年以上", article: A.a2022("专业化") }, input, f, R.segmentYearsMin),
    mainShare({ id: "main-share-70pct", label: "上年度主营业务收入总额占营业收入总额比重不低于70%", article: A.a2022("专业化") }, input, f, R.mainShareMinPct),
    ratioCondition(req("main-growth-5pct", "近2年主营业务收入平均增长率不低于5%", "专业化"), growth, ">=", R.mainGrowthMinPct),
    debtRatio({ id: "debt-ratio-le-70pct", label: "截至上年末资产负债率不高于70%", article: A.a2022("精细化") }, input, f, R.debtRatioMaxPct),
    flagCondition(req("digitalisation", "注重数字化发展（如至少1项核心业务采用信息系统支撑）（专家判断）", "精细化", "expert"), f.need(input.digitalCoreBusiness, "digitalCoreBusiness")),
    flagCondition(req("quality-certification", "取得质量管理体系认证，或产品通过发达国家和地区产品认证", "精细化"), any([f.need(q?.qualitySystemCert, "quality.qualitySystemCert"), f.need(q?.developedMarketCert, "quality.developedMarketCert")])),
    numberCondition({ ...req("market-share-10pct", "主导产品在全国细分市场占有率达到10%以上", "特色化"), measure: "全国细分市场占有率" }, f.need(input.marketShare?.nationalPct, "marketShare.nationalPct"), ">=", R.nationalMarketShareMinPct, "pct"),
    flagCondition(req("reputation", "主导产品享有较高知名度和影响力（专家判断）", "特色化", "expert"), f.need(input.highReputation, "highReputation")),
    flagCondition(req("own-brand", "拥有直接面向市场并具有竞争优势的自主品牌", "特色化", "declaration"), f.need(input.ownBrand, "ownBrand")),
    flagCondition(req("supply-chain", "位于产业链关键环节，发挥“补短板”“锻长板”“填空白”作用（专家判断）", "产业链配套", "expert"), f.need(input.supplyChainKeyLink, "supplyChainKeyLink")),
    flagCondition(req("key-field", "主导产品原则上属于制造业核心基础零部件、元器件、关键软件、先进基础工艺、关键基础材料和产业技术基础，或制造强国战略十大重点产业领域，或网络强国建设的重要领域（专家判断）", "主导产品所属领域", "expert"), f.need(input.keyField, "keyField")),
    ...rdByRevenue(input, f),
    flagCondition({ id: "rd-institution", label: "自建或与高等院校、科研机构联合建立研发机构", article: A.a2022("创新能力（2）"), group: "main", basis: "declaration" }, level === null ? null : level !== "none"),
    numberCondition({ id: "applied-class-i-2", label: "拥有2项以上与主导产品相关的Ⅰ类知识产权，并实际应用、已产生经济效益", measure: "实际应用的Ⅰ类知识产权", article: A.a2022("创新能力（3）"), group: "main", basis: "data" }, f.need(input.ip?.appliedClassI, "ip.appliedClassI"), ">=", R.appliedClassIMin, "items"),
    flagCondition(direct("direct-national-award-top3", "近三年获得国家级科技奖励，并在获奖单位中排名前三"), f.need(input.awards?.nationalTop3Last3y, "awards.nationalTop3Last3y")),
    flagCondition(direct("direct-maker-china-50", "近三年进入“创客中国”中小企业创新创业大赛全国50强企业组名单"), maker === null ? null : maker === "top50"),
  ];
  flag2022Start(f, input.assessedOn);
  f.flag({ id: "lg-2022.standard", rule: "63号 附件3 专精特新“小巨人”认定标准", why: "条件与门槛依据回忆转录，未与原文核对（specialized-sme.md A.3 unconfirmed）" });
  if (options.reviewTransition) {
    f.flag({ id: "lg.review-2026-transition", rule: "2026 年“小巨人”复核仍按 2022 年标准（工信厅企业函〔2026〕117号）", why: "过渡安排来自二手来源（specialized-sme.md, Transition）" });
  }
  return assemble({ tier: "little-giant", ruleSet: "MIIT-2022-63", assessedOn: input.assessedOn }, conditions, f, {
    score: null,
    subscores: {},
    scoreItems: [],
    derived: { mainRevenueAverageGrowth: growth?.approx ?? null },
  });
}
