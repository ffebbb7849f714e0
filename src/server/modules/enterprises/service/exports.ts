/** The registry and the reserve pool as .xlsx: the same filters and scope as the lists on screen. */
import { xlsxBuffer } from "../../../platform/export.ts";
import { cityName } from "../../../../shared/regions.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { EnterpriseListQuery, ReserveListQuery } from "../contract.ts";
import { listEnterprises } from "./registry.ts";
import { listReserve } from "./reserve.ts";

const STAGE_ZH: Record<string, string> = { reserve: "后备", applied: "已申报", certified: "已认定", rejected: "未通过", withdrawn: "已退出" };
const STATUS_ZH: Record<string, string> = { draft: "草稿", submitted: "待确认", confirmed: "已确认", returned: "已退回" };
const tiers = (lang: Lang, list: string[]) => list.map((t) => translate(lang, `tier.${t}` as Parameters<typeof translate>[1])).join("、");

export async function exportEnterprises(ctx: Ctx, query: EnterpriseListQuery, lang: Lang): Promise<Buffer> {
  const { items } = await listEnterprises(ctx, { ...query, page: 1 }, null);
  const zh = lang === "zh-CN";
  return xlsxBuffer(zh ? "企业培育登记库" : "Enterprise registry", [
    { header: zh ? "企业名称" : "Name", width: 36, value: (e) => e.name },
    { header: zh ? "统一社会信用代码" : "Credit code", width: 22, value: (e) => e.creditCode },
    { header: zh ? "城市" : "City", width: 10, value: (e) => cityName(e.cityCode, lang) },
    { header: zh ? "行业" : "Industry", width: 20, value: (e) => e.industry },
    { header: zh ? "成立日期" : "Founded", width: 12, value: (e) => e.foundedOn },
    { header: zh ? "最近填报年度" : "Latest year", width: 12, value: (e) => e.latestYear },
    { header: zh ? "填报状态" : "Status", width: 10, value: (e) => (e.latestStatus ? (zh ? STATUS_ZH[e.latestStatus] ?? e.latestStatus : e.latestStatus) : null) },
    { header: zh ? "持有资质" : "Certificates", width: 30, value: (e) => tiers(lang, e.certificates) },
    { header: zh ? "可申报（评估符合）" : "Eligible for", width: 30, value: (e) => tiers(lang, e.eligible) },
    { header: zh ? "示例数据" : "Demo", width: 8, value: (e) => (e.isDemo ? (zh ? "是" : "yes") : "") },
  ], items);
}

export async function exportReserve(ctx: Ctx, query: ReserveListQuery, lang: Lang): Promise<Buffer> {
  const { items } = await listReserve(ctx, { ...query, page: 1 }, null);
  const zh = lang === "zh-CN";
  return xlsxBuffer(zh ? "高企后备库" : "High-tech reserve pool", [
    { header: zh ? "年度" : "Year", width: 8, value: (r) => r.year },
    { header: zh ? "企业名称" : "Name", width: 36, value: (r) => r.name },
    { header: zh ? "统一社会信用代码" : "Credit code", width: 22, value: (r) => r.creditCode },
    { header: zh ? "城市" : "City", width: 10, value: (r) => cityName(r.cityCode, lang) },
    { header: zh ? "来源" : "Source", width: 10, value: (r) => (r.source === "engine" ? (zh ? "系统推荐" : "engine") : zh ? "推荐入库" : "officer") },
    { header: zh ? "阶段" : "Stage", width: 10, value: (r) => (zh ? STAGE_ZH[r.stage] ?? r.stage : r.stage) },
    { header: zh ? "申报日期" : "Applied", width: 12, value: (r) => r.appliedOn },
    { header: zh ? "结果日期" : "Decided", width: 12, value: (r) => r.decidedOn },
    { header: zh ? "辅导次数" : "Visits", width: 10, value: (r) => r.visits.length },
    { header: zh ? "最近辅导" : "Last visit", width: 12, value: (r) => r.visits[0]?.visitedOn ?? null },
    { header: zh ? "高企评估" : "High-tech assessment", width: 14, value: (r) => (r.highTech ? (r.highTech.eligible ? (zh ? "符合" : "eligible") : zh ? `差 ${r.highTech.unmet} 项` : `${r.highTech.unmet} short`) : null) },
  ], items);
}
