/**
 * 专精特新"小巨人"企业认定标准: 工信部企业〔2022〕63号 附件3 (specialized-sme.md A.3 — transcribed from recall,
 * unconfirmed) and 工信部企业〔2026〕2号 附件2 (B.3 — every threshold secondary, unconfirmed). Money in 万元.
 */
import { DOC_2022, DOC_2026 } from "./basic.ts";

export const LITTLE_GIANT_2022 = {
  /** 专业化: 截至上年末从事特定细分市场时间3年以上. */
  segmentYearsMin: 3,
  /** 专业化: 上年度主营业务收入总额占营业收入总额比重不低于70%. */
  mainShareMinPct: 70,
  /** 专业化: 近2年主营业务收入平均增长率不低于5%. */
  mainGrowthMinPct: 5,
  /** 精细化: 截至上年末资产负债率不高于70%. */
  debtRatioMaxPct: 70,
  /** 特色化: 主导产品在全国细分市场占有率达到10%以上. */
  nationalMarketShareMinPct: 10,
  /**
   * 创新能力（一般性条件）(1): 上年度营业收入 1亿元以上 → 近2年研发费用占营业收入比重均不低于3%; 5000万元–1亿元 →
   * 均不低于6%; 5000万元以下 → 近2年新增股权融资 8000万元以上，且研发费用总额 3000万元以上、研发人员占职工总数50%以上.
   */
  rdByRevenue: {
    high: { revenueMin: 10000, ratioMinPct: 3 },
    middle: { revenueMin: 5000, ratioMinPct: 6 },
    low: { equityFinancingMin: 8000, rdTotalMin: 3000, rdStaffMinPct: 50 },
  },
  /** 创新能力（一般性条件）(3): 拥有2项以上与主导产品相关的Ⅰ类知识产权，并实际应用、已产生经济效益. */
  appliedClassIMin: 2,
} as const;

export const LITTLE_GIANT_2026 = {
  /** 附件2 1. 截至上年末从事特定细分市场3年以上. */
  segmentYearsMin: 3,
  /** 附件2 2. 上年度营业收入5000万元以上; 主营业务收入占比90%以上; 近两年营业收入复合增长率5%以上 (复核不审查); 资产负债率不高于75%. */
  revenueMin: 5000,
  mainShareMinPct: 90,
  revenueCagrMinPct: 5,
  debtRatioMaxPct: 75,
  /** 附件2 3. 近两年研发费用合计1200万元以上，且每年占营业收入比重3%以上. */
  rdTotalMin: 1200,
  rdRatioMinPctEachYear: 3,
  /** 附件2 4. 4项以上与主导产品相关的Ⅰ类知识产权（不含转入，权利人排名前三）; 近三年国家级科技奖励排名前三的免于此项. */
  classIMin: 4,
  /** 附件2 5. 主导产品在国内或国际细分市场占有率10%以上，或国内前三. */
  marketShareMinPct: 10,
  /** 附件2 7. 专精特新发展评价得分60分以上 (复核: 近两年任一年). */
  developmentScoreMin: 60,
} as const;

export const LITTLE_GIANT_ARTICLES = {
  a2022: (part: string) => `${DOC_2022} 附件3 ${part}`,
  a2026: (n: number) => `${DOC_2026} 附件2 第${n}项`,
} as const;
