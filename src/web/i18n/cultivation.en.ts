import type { cultivationZhCN } from "./cultivation.zh-CN.ts";

export const cultivationEn: Record<keyof typeof cultivationZhCN, string> = {
};
