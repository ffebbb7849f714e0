/** Messages of the enterprise registry and cultivation (企业培育): field errors, labels, the gap report. */
export const enterpriseZhCN = {
  "enterprise.not_found": "未找到该企业，或您无权查看",
  // Registry checks (src/shared/enterprise/validate.ts): name the figure and say why it cannot be.
  "enterprise.year_future": "{year} 年度尚未到来（今年是 {thisYear} 年），不能填报未来年度的数据",
  "enterprise.year_duplicate": "{year} 年度重复填报：第 {row} 行与第 {first} 行是同一年度，每个年度只能有一行数据",
  "enterprise.founded_future": "成立日期（{foundedOn}）晚于今天（{today}），请核对营业执照",
  "enterprise.valid_until_before_from": "有效期截止日（{validUntil}）不能早于起始日（{validFrom}）",
  "enterprise.tech_sme_year_required": "科技型中小企业入库登记须注明入库年度：入库登记只在该年度有效",
  "enterprise.certificate_year_future": "证书年度（{year} 年）晚于今年（{thisYear} 年）",
  "enterprise.market_share_range": "市场占有率是百分比，应在 0 到 100 之间（您填写了 {value}）",
  "enterprise.development_score_range": "专精特新发展评价得分应在 0 到 100 分之间（您填写了 {value}）",
  "enterprise.digital_level_range": "数字化水平应为 0–4 级的整数（0 表示未评估），您填写了 {value}",
  "enterprise.characteristic_points_range": "特色化指标得分应在 0 到 15 分之间（您填写了 {value}）",
  "enterprise.award_top3_implies_national": "已填写近三年获国家级科技奖励且排名前三，“近三年获国家级科技奖励”就不能为否",
  "enterprise.ip.high_value_exceeds_class_i": "高价值Ⅰ类知识产权（{count} 项）不能多于Ⅰ类知识产权总数（{total} 项）：前者是后者的一部分",
  "enterprise.ip.applied_exceeds_class_i": "实际应用并已产生经济效益的Ⅰ类知识产权（{count} 项）不能多于Ⅰ类知识产权总数（{total} 项）：前者是后者的一部分",
  "enterprise.ip.not_transferred_exceeds_applied": "其中不含转入的（{count} 项）不能多于实际应用并已产生经济效益的Ⅰ类知识产权（{total} 项）",
  "enterprise.ip.not_transferred_exceeds_self_developed": "不含转入的Ⅰ类知识产权（{count} 项）不能多于自主研发的Ⅰ类知识产权（{total} 项）：受让、受赠、并购所得的都属于转入",
  "enterprise.ip.top3_exceeds_class_i": "权利人排名前三的Ⅰ类知识产权（{count} 项）不能多于Ⅰ类知识产权总数（{total} 项）：前者是后者的一部分",
  "enterprise.ip.unused_exceeds_class_ii": "未在以往高企认定中使用的Ⅱ类知识产权（{count} 项）不能多于Ⅱ类知识产权总数（{total} 项）",
  // Assessment of a registry record (src/shared/enterprise/inputs.ts).
  "enterprise.review_unknown": "同类称号只填写了认定年度、没有有效期，无法确定评价日期时是否仍有效，因而无法确定本次是首次认定还是复核：请填写有效期",
} as const;
