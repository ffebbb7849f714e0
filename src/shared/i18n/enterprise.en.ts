import type { enterpriseZhCN } from "./enterprise.zh-CN.ts";

export const enterpriseEn: Record<keyof typeof enterpriseZhCN, string> = {
  "enterprise.not_found": "Enterprise not found, or you may not see it",
};
