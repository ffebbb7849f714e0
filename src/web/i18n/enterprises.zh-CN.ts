/** The enterprises pages' text in Chinese; zh-CN.ts takes it in, enterprises.en.ts holds the same keys. */
export const enterprisesZhCN = {
} as const;
