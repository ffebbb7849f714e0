/**
 * Rule set MOST-2017-115 — 科技型中小企业: 《科技型中小企业评价办法》国科发政〔2017〕115号, issued 2017-05-03
 * (shared/domain/tech-sme.md). Money in 万元; figures of the last complete fiscal year.
 * Bands: lower bounds inclusive ("X%（含）以上"; "a%–b%" means a ≤ r < b).
 */

const DOC = "国科发政〔2017〕115号";

export const MOST_2017_115 = {
  id: "MOST-2017-115",
  /** 第六条（二）职工总数不超过500人. */
  employeesMax: 500,
  /** 第六条（二）年销售收入不超过2亿元. */
  salesMax: 20000,
  /** 第六条（二）资产总额不超过2亿元. */
  assetsMax: 20000,
  /** 第六条（五）综合评价所得分值不低于60分. */
  scoreMin: 60,
  /** 第六条（五）且科技人员指标得分不得为0分. */
  techStaffScoreAbove: 0,
  /** 第七条 满分: 科技人员指标 20, 研发投入指标 50, 科技成果指标 30 (total 100). */
  maxPoints: { techStaff: 20, rd: 50, ip: 30 },
  /** 第七条（一）科技人员数占职工总数的比例: 30%（含）以上 20 · 25–30% 16 · 20–25% 12 · 15–20% 8 · 10–15% 4 · 10%以下 0. */
  techStaffBands: [
    { min: 30, points: 20 },
    { min: 25, points: 16 },
    { min: 20, points: 12 },
    { min: 15, points: 8 },
    { min: 10, points: 4 },
  ],
  /** 第七条（二）1. 研发费用总额占销售收入总额的比例: 6%（含）以上 50 · 5–6% 40 · 4–5% 30 · 3–4% 20 · 2–3% 10 · 2%以下 0. */
  rdSalesBands: [
    { min: 6, points: 50 },
    { min: 5, points: 40 },
    { min: 4, points: 30 },
    { min: 3, points: 20 },
    { min: 2, points: 10 },
  ],
  /** 第七条（二）2. 研发费用总额占成本费用支出总额的比例: 30%（含）以上 50 · 25–30% 40 · 20–25% 30 · 15–20% 20 · 10–15% 10 · 10%以下 0. */
  rdCostBands: [
    { min: 30, points: 50 },
    { min: 25, points: 40 },
    { min: 20, points: 30 },
    { min: 15, points: 20 },
    { min: 10, points: 10 },
  ],
  /** 第七条（三）科技成果指标: 1项及以上Ⅰ类 30 · 4项及以上Ⅱ类 24 · 3项Ⅱ类 18 · 2项Ⅱ类 12 · 1项Ⅱ类 6 · 无 0. */
  ipClassIPoints: 30,
  ipClassIIBands: [
    { min: 4, points: 24 },
    { min: 3, points: 18 },
    { min: 2, points: 12 },
    { min: 1, points: 6 },
  ],
  /** From this date the evaluation is run under MIIT's 2026 notice; its procedural changes are not modelled. */
  proceduralChangesFrom: "2026-04-01",
} as const;

export const MOST_ARTICLES = {
  basic: (n: string) => `${DOC} 第六条（${n}）`,
  score: `${DOC} 第六条（五）、第七条`,
  direct: (n: string) => `${DOC} 第八条（${n}）`,
} as const;

export const MOST_LABELS = {
  resident: "在中国境内（不包括港、澳、台地区）注册的居民企业",
  "employees-le-500": "职工总数不超过500人",
  "sales-le-20000": "年销售收入不超过2亿元",
  "assets-le-20000": "资产总额不超过2亿元",
  "not-restricted-industry": "企业提供的产品和服务不属于国家规定的禁止、限制和淘汰类",
  integrity: "上一年及当年内未发生重大安全、重大质量事故和严重环境违法、科研严重失信行为，且未列入经营异常名录和严重违法失信企业名单",
  "score-ge-60": "科技型中小企业评价指标综合评价所得分值不低于60分",
  "tech-staff-score-nonzero": "科技人员指标得分不得为0分",
  "direct-high-tech-cert": "拥有有效期内高新技术企业资格证书（直接确认）",
  "direct-national-award": "近五年内获得过国家级科技奖励，并在获奖单位中排在前三名（直接确认）",
  "direct-rd-institution": "拥有经认定的省部级以上研发机构（直接确认）",
  "direct-led-standard": "近五年内主导制定过国际标准、国家标准或行业标准（直接确认）",
} as const;

export const MOST_MEASURES = {
  "employees-le-500": "职工总数",
  "sales-le-20000": "年销售收入",
  "assets-le-20000": "资产总额",
  "score-ge-60": "综合评价得分",
  "tech-staff-score-nonzero": "科技人员指标得分",
} as const;

export const MOST_SCORE_LABELS = {
  techStaff: "科技人员指标（科技人员数占职工总数的比例）",
  rd: "研发投入指标（研发费用占销售收入或成本费用支出的比例，企业选择其一）",
  ip: "科技成果指标（与主要产品相关的有效知识产权类别和数量）",
} as const;
