/**
 * 优质中小企业梯度培育 (specialized-sme.md): what every MIIT tier shares — the 公告条件 (basic conditions) of
 * 工信部企业〔2022〕63号 附件1, kept by 工信部企业〔2026〕2号 with one addition, and the provisional notes that
 * apply to every result under a rule set.
 */
import { flagCondition, type Findings, type Spec } from "../conditions.ts";
import type { Condition, RuleSetId } from "../types.ts";

export const DOC_2022 = "工信部企业〔2022〕63号";
export const DOC_2026 = "工信部企业〔2026〕2号";

export type BasicInput = {
  independentLegalPerson?: boolean;
  smeByClassification?: boolean;
  abnormalOrDishonest?: boolean;
  restrictedIndustry?: boolean;
  /** 2026 only: 近三年无重大安全、质量、环境、数据安全事件等. */
  majorIncidentLast3y?: boolean;
};

export const BASIC_KEYS = ["independentLegalPerson", "smeByClassification", "abnormalOrDishonest", "restrictedIndustry"] as const;

const BASIC_ARTICLE = `${DOC_2022} 附件1 公告条件`;
const basicSpec = (id: string, label: string, article = BASIC_ARTICLE): Spec => ({ id, label, article, group: "basic" });
const BASIC_SPECS = {
  independentLegalPerson: basicSpec("independent-legal-person", "在中华人民共和国境内工商注册登记、具有独立法人资格"),
  smeByClassification: basicSpec("sme-classification", "符合《中小企业划型标准规定》"),
  abnormalOrDishonest: basicSpec("no-abnormal-dishonest", "未被列入经营异常名录或严重失信主体名单"),
  restrictedIndustry: basicSpec("not-restricted-industry", "提供的产品（服务）不属于国家禁止、限制或淘汰类"),
  majorIncidentLast3y: basicSpec("no-major-incident-3y", "近三年未发生重大安全、质量、环境、数据安全事件等", `${DOC_2026} 附件1`),
};

/** 附件1 公告条件 (all tiers); under MIIT-2026-2 also 近三年无重大安全、质量、环境、数据安全事件 (附件1, secondary). */
export function basicConditions(input: BasicInput, ruleSet: RuleSetId, f: Findings, withIncidents: boolean): Condition[] {
  const s = BASIC_SPECS;
  const conditions = [
    flagCondition(s.independentLegalPerson, f.need(input.independentLegalPerson, "independentLegalPerson")),
    flagCondition(s.smeByClassification, f.need(input.smeByClassification, "smeByClassification")),
    flagCondition(s.abnormalOrDishonest, f.need(input.abnormalOrDishonest, "abnormalOrDishonest"), false),
    flagCondition(s.restrictedIndustry, f.need(input.restrictedIndustry, "restrictedIndustry"), false),
  ];
  if (ruleSet === "MIIT-2026-2" && withIncidents) {
    conditions.push(flagCondition(s.majorIncidentLast3y, f.need(input.majorIncidentLast3y, "majorIncidentLast3y"), false));
  }
  return conditions;
}

/** Every threshold of the 2026 rule set comes from third-party transcriptions of the MIIT text (specialized-sme.md B). */
export function flag2026(f: Findings): void {
  f.flag({ id: "miit-2026.secondary", rule: `${DOC_2026}（2026-04-01 起施行）的认定条件和门槛`, why: "官方附件原文未核对，门槛来自多个第三方转录（specialized-sme.md B，secondary / unconfirmed）" });
}

/** 63号's dates are recalled, not read: assessments in its first months depend on them. */
export function flag2022Start(f: Findings, assessedOn: string): void {
  if (assessedOn < "2023-01-01") {
    f.flag({ id: "miit-2022.start", rule: `${DOC_2022} 自 2022-08-01 起施行`, why: "施行日期来自回忆，未核对原文（specialized-sme.md A）" });
  }
}

/** A value on a band boundary gets the better band: the official tables do not mark 含/不含. */
export function flagBoundary(f: Findings): void {
  f.flag({ id: "miit.band-boundary", rule: "评分表的分档边界值归入较优档", why: "官方表格未标明含/不含；按《民法典》第1259条（以上、以下包括本数）及二手来源的实践处理（specialized-sme.md）" });
}
