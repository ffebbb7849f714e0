/**
 * 创新型中小企业评价标准 — 工信部企业〔2022〕63号 附件1 (specialized-sme.md A.1; pass rules, direct conditions and all
 * six tables confirmed by a secondary implementation citing the annex). Under 工信部企业〔2026〕2号 第三十条
 * (secondary) the same standard stays in use until a merged 科技和创新型 standard is issued (B.1).
 * Money in 万元; ratios of the last fiscal year (上年度).
 */
import { DOC_2022 } from "./basic.ts";

export const INNOVATIVE_ARTICLES = {
  direct: `${DOC_2022} 附件1 直通条件`,
  score: `${DOC_2022} 附件1 评价指标`,
  techSme2026: "工信部企业〔2026〕2号（科技型中小企业入库即为科技和创新型中小企业）",
} as const;

export const INNOVATIVE_2022 = {
  /** 直通条件（四）近三年新增股权融资总额（合格机构投资者的实缴额）500万元以上. */
  equityFinancingMin: 500,
  /** 评价得分达到60分以上，其中创新能力得分不低于20分、成长性得分不低于15分、专业化程度得分不低于15分. */
  pass: { total: 60, innovation: 20, growth: 15, specialization: 15 },
  /** 1. 与企业主导产品相关的有效知识产权数量 (20): Ⅰ类高价值 ≥1 → 20 · 自主研发Ⅰ类 ≥1 → 15 · Ⅰ类 ≥1 → 10 · Ⅱ类 ≥1 → 5 · 无 → 0. */
  ipPoints: { highValueClassI: 20, selfDevelopedClassI: 15, classI: 10, classII: 5 },
  /** 2. 上年度研发费用总额占营业收入总额比重 (20): ≥5% 20 · 3–5% 15 · 2–3% 10 · 1–2% 5 · <1% 0. */
  rdBands: [
    { min: 5, points: 20 },
    { min: 3, points: 15 },
    { min: 2, points: 10 },
    { min: 1, points: 5 },
  ],
  /** 3. 上年度主营业务收入增长率 (20): ≥15% 20 · 10–15% 15 · 5–10% 10 · 0–5% 5 · <0 0. */
  growthBands: [
    { min: 15, points: 20 },
    { min: 10, points: 15 },
    { min: 5, points: 10 },
    { min: 0, points: 5 },
  ],
  /** 4. 上年度资产负债率 (10): ≤55% 10 · 55–75% 5 · >75% 0. */
  debtBands: [
    { max: 55, points: 10 },
    { max: 75, points: 5 },
  ],
  debtOtherwise: 0,
  /** 5. 主导产品所属领域情况 (10): 属于《战略性新兴产业分类》 10 · 其他领域 5. */
  fieldPoints: { strategic: 10, other: 5 },
  /** 6. 上年度主营业务收入总额占营业收入总额比重 (20): ≥70% 20 · 60–70% 15 · 55–60% 10 · 50–55% 5 · <50% 0. */
  mainShareBands: [
    { min: 70, points: 20 },
    { min: 60, points: 15 },
    { min: 55, points: 10 },
    { min: 50, points: 5 },
  ],
  max: { ip: 20, rd: 20, mainRevenueGrowth: 20, debtRatio: 10, field: 10, mainShare: 20 },
} as const;

export const INNOVATIVE_LABELS = {
  "score-ge-60": "评价得分达到60分以上",
  "innovation-ge-20": "创新能力得分不低于20分",
  "growth-ge-15": "成长性得分不低于15分",
  "specialization-ge-15": "专业化程度得分不低于15分",
  "direct-sci-award": "近三年内获得过国家级、省级科技奖励（直通）",
  "direct-honour": "获得高新技术企业、国家级技术创新示范企业、知识产权优势企业和知识产权示范企业等荣誉（均为有效期内）（直通）",
  "direct-rd-institution": "拥有经认定的省部级以上研发机构（直通）",
  "direct-equity-500": "近三年新增股权融资总额（合格机构投资者的实缴额）500万元以上（直通）",
  "direct-tech-sme": "当年入库的科技型中小企业（2026 年起即为科技和创新型中小企业）",
} as const;

export const INNOVATIVE_MEASURES = {
  "score-ge-60": "评价得分",
  "innovation-ge-20": "创新能力得分",
  "growth-ge-15": "成长性得分",
  "specialization-ge-15": "专业化程度得分",
  "direct-equity-500": "近三年新增股权融资",
} as const;

export const INNOVATIVE_SCORE_LABELS = {
  ip: "与企业主导产品相关的有效知识产权数量",
  rd: "上年度研发费用总额占营业收入总额比重",
  mainRevenueGrowth: "上年度主营业务收入增长率",
  debtRatio: "上年度资产负债率",
  field: "主导产品所属领域情况",
  mainShare: "上年度主营业务收入总额占营业收入总额比重",
} as const;
