/**
 * Rule set HTE-2016 — 高新技术企业: 《高新技术企业认定管理办法》国科发火〔2016〕32号 (in force 2016-01-01) and
 * 《高新技术企业认定管理工作指引》国科发火〔2016〕195号 (shared/domain/high-tech-enterprise.md). Money in 万元.
 */

const BAN_FA = "国科发火〔2016〕32号";
const GUIDE = "国科发火〔2016〕195号 工作指引";

export const HTE_2016 = {
  id: "HTE-2016",
  /** 第十一条（一）注册成立一年以上; 工作指引: 一年 = 365 个日历天数. */
  registeredMinDays: 365,
  /** 第十一条（四）科技人员占企业当年职工总数的比例不低于10%. */
  techStaffMinPct: 10,
  /**
   * 第十一条（五）近三个会计年度研究开发费用总额占同期销售收入总额的比例, by the most recent year's 销售收入:
   * 5,000万元以下（含）不低于5%; 5,000万元至2亿元（含）不低于4%; 2亿元以上不低于3%. `salesAtMost` null: no upper bound.
   */
  rdRatioTiers: [
    { salesAtMost: 5000, minPct: 5 },
    { salesAtMost: 20000, minPct: 4 },
    { salesAtMost: null, minPct: 3 },
  ],
  /** 第十一条（五）其中，企业在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%. */
  rdDomesticMinPct: 60,
  /** 第十一条（六）近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%. */
  highTechRevenueMinPct: 60,
  /** 第十一条（七）with 工作指引: 综合得分达到70分以上（不含70分）为符合认定要求. */
  innovationScoreAbove: 70,
  /** 第十一条（五）近三个会计年度; fewer when 实际经营期不满三年 (工作指引: 按实际经营时间计算). */
  fiscalYears: 3,
  /** Both documents were last reported 有效 by a third-party check of the MOST site in 2026-08. */
  reportedInForceUntil: "2026-08-31",
} as const;

export const HTE_ARTICLES = {
  registered: `${BAN_FA} 第十一条（一）`,
  coreIp: `${BAN_FA} 第十一条（二）`,
  techField: `${BAN_FA} 第十一条（三）`,
  techStaff: `${BAN_FA} 第十一条（四）`,
  rdRatio: `${BAN_FA} 第十一条（五）`,
  highTechRevenue: `${BAN_FA} 第十一条（六）`,
  innovation: `${BAN_FA} 第十一条（七）；${GUIDE} 企业创新能力评价`,
  incident: `${BAN_FA} 第十一条（八）`,
} as const;

export const HTE_LABELS = {
  "registered-1y": "企业申请认定时须注册成立一年以上（365 个日历天）",
  "core-ip": "获得对其主要产品（服务）在技术上发挥核心支持作用的知识产权的所有权（专家评审）",
  "tech-field": "对主要产品（服务）发挥核心支持作用的技术属于《国家重点支持的高新技术领域》规定的范围（专家评审）",
  "tech-staff-10pct": "从事研发和相关技术创新活动的科技人员占企业当年职工总数的比例不低于10%",
  "rd-ratio": "近三个会计年度的研究开发费用总额占同期销售收入总额的比例符合要求（按最近一年销售收入确定 5%/4%/3%）",
  "rd-domestic-60pct": "在中国境内发生的研究开发费用总额占全部研究开发费用总额的比例不低于60%",
  "hightech-revenue-60pct": "近一年高新技术产品（服务）收入占企业同期总收入的比例不低于60%",
  "innovation-score-gt-70": "企业创新能力评价综合得分70分以上（不含70分）（含专家评分项）",
  "no-major-incident": "申请认定前一年内未发生重大安全、重大质量事故或严重环境违法行为",
} as const;

export const HTE_MEASURES: Partial<Record<keyof typeof HTE_LABELS, string>> = {
  "registered-1y": "注册成立天数",
  "tech-staff-10pct": "科技人员占比",
  "rd-ratio": "研发费用占比",
  "rd-domestic-60pct": "境内研发费用占比",
  "hightech-revenue-60pct": "高新技术产品（服务）收入占比",
  "innovation-score-gt-70": "创新能力评价得分",
};

export type Range = readonly [number, number];

/** 工作指引 企业创新能力评价 (满分100; 各级指标均按整数打分). */
export const HTE_SCORE = {
  ip: {
    /** 知识产权 ≤ 30. */
    max: 30,
    /** 技术的先进程度 ≤ 8: A 高 7–8 · B 较高 5–6 · C 一般 3–4 · D 较低 1–2 · E 无 0 (expert). */
    advancement: { max: 8, grades: { A: [7, 8], B: [5, 6], C: [3, 4], D: [1, 2], E: [0, 0] } },
    /** 对主要产品（服务）在技术上发挥核心支持作用 ≤ 8: A 强 … E 无 (expert). */
    coreSupport: { max: 8, grades: { A: [7, 8], B: [5, 6], C: [3, 4], D: [1, 2], E: [0, 0] } },
    /** 知识产权数量 ≤ 8: A 1项及以上（Ⅰ类）7–8 · B 5项及以上（Ⅱ类）5–6 · C 3–4项（Ⅱ类）3–4 · D 1–2项（Ⅱ类）1–2 · E 0项 0. */
    quantity: { max: 8, grades: { A: [7, 8], B: [5, 6], C: [3, 4], D: [1, 2], E: [0, 0] }, classIIMin: { B: 5, C: 3, D: 1 } },
    /** 知识产权获得方式 ≤ 6: A 有自主研发 1–6 · B 仅有受让、受赠和并购等 1–3; no IP → 0. */
    acquisition: { max: 6, grades: { A: [1, 6], B: [1, 3], none: [0, 0] } },
    /** 参与编制国家标准、行业标准、检测方法、技术规范 (参考条件, 最多加2分): A 是 1–2 · B 否 0. */
    standards: { max: 2, grades: { A: [1, 2], B: [0, 0] } },
  },
  /**
   * 科技成果转化能力 ≤ 30, graded by the annual average over the last 3 years (÷ actual years if fewer):
   * A ≥5 25–30 · B ≥4 19–24 · C ≥3 13–18 · D ≥2 7–12 · E ≥1 1–6 · F 0 → 0. An average strictly between 0 and 1
   * is not covered by the text (unconfirmed): grade "E/F", points 0–6.
   */
  conversion: {
    max: 30,
    bands: [
      { grade: "A", minAverage: 5, range: [25, 30] },
      { grade: "B", minAverage: 4, range: [19, 24] },
      { grade: "C", minAverage: 3, range: [13, 18] },
      { grade: "D", minAverage: 2, range: [7, 12] },
      { grade: "E", minAverage: 1, range: [1, 6] },
    ],
    none: { grade: "F", range: [0, 0] },
    belowOne: { grade: "E/F", range: [0, 6] },
  },
  /** 研究开发组织管理水平 ≤ 20, expert points per item. */
  rdManagement: { system: 6, institution: 6, conversionIncentive: 4, talent: 4 },
  /**
   * 企业成长性 ≤ 20: 净资产增长率 ≤ 10 + 销售收入增长率 ≤ 10, each graded
   * A ≥35% 9–10 · B ≥25% 7–8 · C ≥15% 5–6 · D ≥5% 3–4 · E >0 1–2 · F ≤0 0.
   */
  growth: {
    max: 10,
    bands: [
      { grade: "A", minPct: 35, range: [9, 10] },
      { grade: "B", minPct: 25, range: [7, 8] },
      { grade: "C", minPct: 15, range: [5, 6] },
      { grade: "D", minPct: 5, range: [3, 4] },
    ],
    positive: { grade: "E", range: [1, 2] },
    none: { grade: "F", range: [0, 0] },
  },
} as const;

export const HTE_SCORE_LABELS = {
  advancement: "技术的先进程度（专家评分）",
  coreSupport: "对主要产品（服务）在技术上发挥核心支持作用（专家评分）",
  quantity: "知识产权数量（档次按数量确定，分值由专家评定）",
  acquisition: "知识产权获得方式（专家评分）",
  standards: "参与编制国家标准、行业标准、检测方法、技术规范（加分项，专家评分）",
  conversion: "科技成果转化能力（档次按年均转化数确定，分值由专家评定）",
  system: "研发组织管理制度、研发投入核算体系、研发费用辅助账（专家评分）",
  institution: "内部研究开发机构与产学研合作（专家评分）",
  conversionIncentive: "成果转化组织实施与激励奖励制度、开放式创新创业平台（专家评分）",
  talent: "科技人员培养进修、职工技能培训、人才引进与绩效评价奖励制度（专家评分）",
  netAssets: "净资产增长率（档次按增长率确定，分值由专家评定）",
  sales: "销售收入增长率（档次按增长率确定，分值由专家评定）",
} as const;
