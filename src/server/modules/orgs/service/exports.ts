/** The organisation and user lists as .xlsx: the same filters and the same scope as the lists on screen. */
import { xlsxBuffer } from "../../../platform/export.ts";
import { ORG_KIND_LABELS, CITIES, PROVINCE, type OrgKind } from "../../../../shared/regions.ts";
import { roleLabel } from "../../../../shared/roles.ts";
import type { Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { OrgListQuery, UserListQuery } from "../contract.ts";
import { listOrganisations } from "./organisations.ts";
import { listUsers } from "./users.ts";

/** Exports stop at this many rows; a larger list is narrowed with filters first. */
const MAX_ROWS = 50_000;
const PAGE = 200;

async function allPages<T>(fetch: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const out: T[] = [];
  for (let page = 1; out.length < MAX_ROWS; page++) {
    const { items, total } = await fetch(page);
    out.push(...items);
    if (items.length === 0 || out.length >= total) break;
  }
  return out;
}

const cityName = (code: string, lang: Lang) => {
  const c = [PROVINCE, ...CITIES].find((x) => x.code === code);
  return c ? (lang === "en" ? c.nameEn : c.name) : code;
};

export async function exportOrganisations(ctx: Ctx, query: OrgListQuery, lang: Lang): Promise<Buffer> {
  const rows = await allPages((page) => listOrganisations(ctx, { ...query, page, pageSize: PAGE }));
  const zh = lang === "zh-CN";
  return xlsxBuffer(
    zh ? "单位" : "Organisations",
    [
      { header: zh ? "名称" : "Name", width: 36, value: (o) => o.name },
      { header: zh ? "类型" : "Kind", width: 14, value: (o) => ORG_KIND_LABELS[o.kind as OrgKind]?.[zh ? "zh" : "en"] ?? o.kind },
      { header: zh ? "城市" : "City", width: 10, value: (o) => cityName(o.cityCode, lang) },
      { header: zh ? "统一社会信用代码" : "Credit code", width: 22, value: (o) => o.creditCode },
      { header: zh ? "别名" : "Aliases", width: 24, value: (o) => o.aliases.join("、") },
      { header: zh ? "状态" : "Status", width: 10, value: (o) => o.status },
      { header: zh ? "联系人" : "Contact", width: 12, value: (o) => o.contactName },
      { header: zh ? "电话" : "Phone", width: 16, value: (o) => o.contactPhone },
      { header: zh ? "地址" : "Address", width: 30, value: (o) => o.address },
    ],
    rows,
  );
}

export async function exportUsers(ctx: Ctx, query: UserListQuery, lang: Lang): Promise<Buffer> {
  const rows = await allPages((page) => listUsers(ctx, { ...query, page, pageSize: PAGE }));
  const zh = lang === "zh-CN";
  return xlsxBuffer(
    zh ? "用户" : "Users",
    [
      { header: zh ? "用户名" : "Username", width: 18, value: (u) => u.username },
      { header: zh ? "姓名" : "Name", width: 14, value: (u) => u.displayName },
      { header: zh ? "单位与角色" : "Memberships", width: 48, value: (u) => u.memberships.map((m) => `${m.orgName}（${roleLabel(m.role, lang)}）`).join("；") },
      { header: zh ? "状态" : "Status", width: 10, value: (u) => (u.disabled ? (zh ? "停用" : "disabled") : zh ? "正常" : "active") },
      { header: zh ? "创建时间" : "Created", width: 22, value: (u) => u.createdAt },
    ],
    rows,
  );
}
