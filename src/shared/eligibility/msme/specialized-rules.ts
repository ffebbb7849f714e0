/**
 * 专精特新中小企业认定标准: 工信部企业〔2022〕63号 附件2 (specialized-sme.md A.2 — conditions 1–4 confirmed by
 * secondary sources; the score table transcribed from recall, unconfirmed) and 工信部企业〔2026〕2号 附件1
 * (B.2 — every threshold secondary, unconfirmed). Money in 万元.
 */
import { DOC_2022, DOC_2026 } from "./basic.ts";

export const SPECIALIZED_2022 = {
  /** 条件1 从事特定细分市场时间达到2年以上. */
  segmentYearsMin: 2,
  /** 条件2 上年度研发费用总额不低于100万元，且占营业收入总额比重不低于3%. */
  rdMin: 100,
  rdRatioMinPct: 3,
  /** 条件3 上年度营业收入总额在1000万元以上，或在1000万元以下但近2年新增股权融资总额达到2000万元以上. */
  revenueMin: 1000,
  equityFinancingMin: 2000,
  /** 条件4 评价得分达到60分以上, or any one of (一)–(四). */
  scoreMin: 60,
  /** 条件4（二）近两年研发费用总额均值在1000万元以上; （三）近两年新增股权融资总额6000万元以上. */
  rdAverageMin: 1000,
  directEquityFinancingMin: 6000,
} as const;

/** 附件2 评分 (满分100): 专业化 25 + 精细化 25 + 特色化 15 + 创新能力 35 (recall, unconfirmed). */
export const SPECIALIZED_2022_SCORE = {
  /** 1. 上年度主营业务收入总额占营业收入总额比重 (5): ≥80% 5 · 70–80% 3 · 60–70% 1 · <60% 0. */
  mainShareBands: [{ min: 80, points: 5 }, { min: 70, points: 3 }, { min: 60, points: 1 }],
  /** 2. 近2年主营业务收入平均增长率 (10): ≥10% 10 · 8–10% 8 · 6–8% 6 · 4–6% 4 · 0–4% 2 · <0 0. */
  growthBands: [{ min: 10, points: 10 }, { min: 8, points: 8 }, { min: 6, points: 6 }, { min: 4, points: 4 }, { min: 0, points: 2 }],
  /** 3. 从事特定细分市场年限 (5): 每满2年得1分，最高5分. */
  segmentYearsPerPoint: 2,
  /** 4. 主导产品所属领域情况 (5): 补短板/锻长板/填空白取得实际成效 5 · 工业"六基"、老字号或关键产业链龙头配套 3 · 其他 0. */
  productField: { breakthrough: 5, foundation: 3, other: 0 },
  /** 5. 数字化水平 (5): 三级以上 5 · 二级 3 · 一级 0. */
  digitalBands: [{ min: 3, points: 5 }, { min: 2, points: 3 }],
  /** 6. 质量管理水平 (5): each of 质量奖/质量管理体系认证/自主品牌/参与制修订标准 3 分，最高5分. */
  qualityEach: 3,
  /** 7. 上年度净利润率 (10): ≥10% 10 · 8–10% 8 · 6–8% 6 · 4–6% 4 · 2–4% 2 · <2% 0. */
  netProfitBands: [{ min: 10, points: 10 }, { min: 8, points: 8 }, { min: 6, points: 6 }, { min: 4, points: 4 }, { min: 2, points: 2 }],
  /** 8. 上年度资产负债率 (5): ≤50% 5 · 50–60% 3 · 60–70% 1 · >70% 0. */
  debtBands: [{ max: 50, points: 5 }, { max: 60, points: 3 }, { max: 70, points: 1 }],
  debtOtherwise: 0,
  /** 10. 有效知识产权数量 (10): Ⅰ类高价值 10 · 自主研发Ⅰ类 8 · Ⅰ类 6 · Ⅱ类 2 · 无 0. */
  ipPoints: { highValueClassI: 10, selfDevelopedClassI: 8, classI: 6, classII: 2 },
  /** 11. 上年度研发费用投入 (10): ≥500万 或 ≥10% 10 · 400–500 或 8–10% 8 · 300–400 或 6–8% 6 · 200–300 或 3–6% 4 · else 0. */
  rdAmountBands: [{ min: 500, points: 10 }, { min: 400, points: 8 }, { min: 300, points: 6 }, { min: 200, points: 4 }],
  rdRatioBands: [{ min: 10, points: 10 }, { min: 8, points: 8 }, { min: 6, points: 6 }, { min: 3, points: 4 }],
  /** 12. 上年度研发人员占比 (5): ≥20% 5 · 10–20% 3 · 5–10% 1 · <5% 0. */
  rdStaffBands: [{ min: 20, points: 5 }, { min: 10, points: 3 }, { min: 5, points: 1 }],
  /** 13. 建立研发机构级别 (10): 国家级 10 · 省级 8 · 市级 4 · 市级以下 2 · 未建立 0. */
  rdInstitution: { national: 10, provincial: 8, municipal: 4, "below-municipal": 2, none: 0 },
  max: { mainShare: 5, mainRevenueGrowth: 10, segmentYears: 5, productField: 5, digital: 5, quality: 5, netProfitRate: 10, debtRatio: 5, characteristic: 15, ip: 10, rd: 10, rdStaff: 5, rdInstitution: 10 },
} as const;

export const SPECIALIZED_2026 = {
  /** 附件1 2. 截至上年末从事特定细分市场3年以上. */
  segmentYearsMin: 3,
  /** 附件1 3. 上年度营业收入1500万元以上，或近两年新增股权投资（合格机构投资者实缴）2000万元以上. */
  revenueMin: 1500,
  equityFinancingMin: 2000,
  /** 附件1 4. 上年度主营业务收入占营业收入比重80%以上. */
  mainShareMinPct: 80,
  /** 附件1 5. 上年末资产负债率不高于80%. */
  debtRatioMaxPct: 80,
  /** 附件1 6. 近两年研发费用每年100万元以上且每年占营业收入比重3%以上. */
  rdMinEachYear: 100,
  rdRatioMinPctEachYear: 3,
  /** 附件1 7. 1项以上与主导产品相关、实际应用并产生经济效益的Ⅰ类知识产权（不含转入）. */
  classIMin: 1,
  /** 附件1 9. 本年度专精特新发展评价得分50分以上 (复核: 近两年任一年). */
  developmentScoreMin: 50,
} as const;

export const SPECIALIZED_ARTICLES = {
  c2022: (n: number) => `${DOC_2022} 附件2 条件${n}`,
  score2022: `${DOC_2022} 附件2 评分指标`,
  c2026: (n: number) => `${DOC_2026} 附件1 第${n}项`,
} as const;

export const SPECIALIZED_2022_SCORE_LABELS = {
  mainShare: "上年度主营业务收入总额占营业收入总额比重",
  mainRevenueGrowth: "近2年主营业务收入平均增长率",
  segmentYears: "从事特定细分市场年限",
  productField: "主导产品所属领域情况（专家判断）",
  digital: "数字化水平",
  quality: "质量管理水平",
  netProfitRate: "上年度净利润率",
  debtRatio: "上年度资产负债率",
  characteristic: "特色化指标（由省级主管部门设定，湖北指标未确认，按输入分值）",
  ip: "与企业主导产品相关的有效知识产权数量",
  rd: "上年度研发费用投入（金额或占比，取高）",
  rdStaff: "上年度研发人员占比",
  rdInstitution: "建立研发机构级别",
} as const;
