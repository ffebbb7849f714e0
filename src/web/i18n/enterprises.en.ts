import type { enterprisesZhCN } from "./enterprises.zh-CN.ts";

export const enterprisesEn: Record<keyof typeof enterprisesZhCN, string> = {
};
