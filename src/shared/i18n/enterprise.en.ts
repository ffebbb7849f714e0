import type { enterpriseZhCN } from "./enterprise.zh-CN.ts";

export const enterpriseEn: Record<keyof typeof enterpriseZhCN, string> = {
  "enterprise.not_found": "Enterprise not found, or you may not see it",
  "enterprise.year_future": "Fiscal year {year} has not begun (this year is {thisYear}): figures of future years cannot be entered",
  "enterprise.year_duplicate": "Fiscal year {year} is entered twice: rows {first} and {row} are the same year; each year takes one row",
  "enterprise.founded_future": "The founding date ({foundedOn}) is after today ({today}); check the business licence",
  "enterprise.valid_until_before_from": "The end of validity ({validUntil}) cannot precede its start ({validFrom})",
  "enterprise.tech_sme_year_required": "A technology-based SME registration needs its year: it is valid in that year only",
  "enterprise.certificate_year_future": "The certificate's year ({year}) is after this year ({thisYear})",
  "enterprise.market_share_range": "A market share is a percentage between 0 and 100 (you entered {value})",
  "enterprise.development_score_range": "The specialised-SME development score lies between 0 and 100 points (you entered {value})",
  "enterprise.digital_level_range": "The digitalisation level is a whole number from 0 to 4 (0 = not assessed); you entered {value}",
  "enterprise.characteristic_points_range": "The characteristic-indicator points lie between 0 and 15 (you entered {value})",
  "enterprise.award_top3_implies_national": "A national S&T award ranked in the first three in the last three years means “national S&T award in the last three years” cannot be no",
  "enterprise.ip.high_value_exceeds_class_i": "High-value Class I IP ({count}) cannot exceed all Class I IP ({total}): it is a part of it",
  "enterprise.ip.applied_exceeds_class_i": "Class I IP applied and yielding economic benefit ({count}) cannot exceed all Class I IP ({total}): it is a part of it",
  "enterprise.ip.not_transferred_exceeds_applied": "Those not transferred in ({count}) cannot exceed the applied Class I IP ({total})",
  "enterprise.ip.not_transferred_exceeds_self_developed": "Class I IP not transferred in ({count}) cannot exceed self-developed Class I IP ({total}): IP bought, donated or acquired in a merger is transferred in",
  "enterprise.ip.top3_exceeds_class_i": "Class I IP with the enterprise among the first three rights holders ({count}) cannot exceed all Class I IP ({total}): it is a part of it",
  "enterprise.ip.unused_exceeds_class_ii": "Class II IP not used in an earlier high-tech recognition ({count}) cannot exceed all Class II IP ({total})",
  "enterprise.review_unknown": "A title of this tier has a year but no validity dates, so whether it is still valid on the assessment date — and so whether this is a first recognition or a review — cannot be told: enter its validity",
};
