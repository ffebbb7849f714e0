/** The cultivation pages' text in Chinese; zh-CN.ts takes it in, cultivation.en.ts holds the same keys. */
export const cultivationZhCN = {
} as const;
