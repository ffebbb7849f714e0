/** Messages of the enterprise registry and cultivation (企业培育): field errors, labels, the gap report. */
export const enterpriseZhCN = {
  "enterprise.not_found": "未找到该企业，或您无权查看",
} as const;
