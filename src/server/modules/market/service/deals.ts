/**
 * Deals (成交) with their 技术合同登记 fields, and the flow of technology between the five cities: seller city →
 * buyer city (输出 → 吸纳, ../shared/domain/tech-contracts.md §5), amount and count, by year and domain.
 */
import { and, count, desc, eq, or, sql, type SQL } from "drizzle-orm";
import { deals } from "../schema.ts";
import { dealPolicy, oversightPolicy, overseenCities } from "../policy.ts";
import type { DealInput } from "../contract.ts";
import { orgNames } from "./records.ts";
import { organisationById } from "../../orgs/index.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import { rows } from "../../../platform/db.ts";
import { xlsxBuffer } from "../../../platform/export.ts";
import { cityName } from "../../../../shared/regions.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Lang } from "../../../../shared/i18n/index.ts";

export async function registerDeal(ctx: Ctx, input: DealInput) {
  const actor = requireActor(ctx.actor);
  if (input.signedOn > todayInShanghai()) throw fieldError("signedOn", "market.date_in_future", { value: input.signedOn });
  if (input.sellerOrgId === input.buyerOrgId) throw fieldError("buyerOrgId", "market.deal_same_party");
  const registered = input.registeredAmount ?? input.amount;
  if (input.techTransactionAmount != null && input.techTransactionAmount > registered) {
    throw fieldError("techTransactionAmount", "market.tech_amount_exceeds", { tech: input.techTransactionAmount, total: registered });
  }
  if ((input.supplyKind == null) !== (input.supplyId == null)) throw fieldError("supplyId", "market.supply_pair");
  return ctx.db.transaction(async (tx) => {
    const [seller, buyer] = await Promise.all([organisationById(tx, input.sellerOrgId), organisationById(tx, input.buyerOrgId)]);
    if (!seller) throw fieldError("sellerOrgId", "market.org_unknown");
    if (!buyer) throw fieldError("buyerOrgId", "market.org_unknown");
    dealPolicy.authorize(actor, "register", { sellerOrgId: seller.id, buyerOrgId: buyer.id, sellerCity: seller.cityCode, buyerCity: buyer.cityCode });
    if (input.registrationNo) {
      const [dup] = await tx.select({ id: deals.id }).from(deals).where(eq(deals.registrationNo, input.registrationNo));
      if (dup) throw new DomainError("conflict", "error.conflict", { detail: input.registrationNo }, [{ path: "registrationNo", key: "market.deal_registered_once", params: { number: input.registrationNo } }]);
    }
    const [row] = await tx
      .insert(deals)
      .values({ ...input, sellerCity: seller.cityCode, buyerCity: buyer.cityCode, registeredAmount: input.registeredAmount ?? input.amount, createdBy: actor.userId })
      .returning();
    if (!row) throw fieldError("title", "market.org_unknown");
    await appendAudit(tx, ctx, { action: "market.deal_register", entityType: "market_deal", entityId: row.id, after: row });
    return { id: row.id };
  });
}

function dealScope(actor: Actor): SQL | undefined {
  const cities = overseenCities(actor);
  if (cities === null) return undefined;
  const orgs = actor.memberships.map((m) => m.orgId);
  const list = (xs: string[]) => (xs.length ? sql.join(xs.map((x) => sql`${x}`), sql`, `) : sql`null`);
  return or(sql`${deals.sellerCity} in (${list(cities)})`, sql`${deals.buyerCity} in (${list(cities)})`, sql`${deals.sellerOrgId}::text in (${list(orgs)})`, sql`${deals.buyerOrgId}::text in (${list(orgs)})`);
}

export async function listDeals(ctx: Ctx, q: { year?: number; city?: string; page: number; pageSize: number }) {
  const actor = requireActor(ctx.actor);
  const where = and(
    dealScope(actor),
    q.year ? sql`extract(year from ${deals.signedOn}) = ${q.year}` : undefined,
    q.city ? or(eq(deals.sellerCity, q.city), eq(deals.buyerCity, q.city)) : undefined,
  );
  const items = await ctx.db.select().from(deals).where(where).orderBy(desc(deals.signedOn), desc(deals.createdAt)).limit(q.pageSize).offset((q.page - 1) * q.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(deals).where(where);
  const names = await orgNames(ctx.db, items.flatMap((d) => [d.sellerOrgId, d.buyerOrgId]));
  return {
    items: items.map((d) => ({ ...d, sellerName: names.get(d.sellerOrgId) ?? "", buyerName: names.get(d.buyerOrgId) ?? "", createdAt: d.createdAt.toISOString() })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

export type FlowCell = { from: string; to: string; amount: number; count: number };

/** The seller city → buyer city matrix (amount in 万元 and count) for a year and domain; all years when none. */
export async function flows(ctx: Ctx, q: { year?: number; domain?: string }) {
  const actor = requireActor(ctx.actor);
  oversightPolicy.authorize(actor, "read", { cityCode: null });
  // A city's officers see the flows their city is part of (out of it or into it); the province sees them all.
  const cities = overseenCities(actor);
  const cityList = cities ? sql.join(cities.map((c) => sql`${c}`), sql`, `) : null;
  const filters = [
    q.year ? sql`extract(year from signed_on) = ${q.year}` : null,
    q.domain ? sql`domain = ${q.domain}` : null,
    cityList ? sql`(seller_city in (${cityList}) or buyer_city in (${cityList}))` : null,
  ].filter((x): x is SQL => x !== null);
  const cells = await rows<{ seller_city: string; buyer_city: string; amount: string | number; n: string | number; demo: boolean }>(
    ctx.db,
    sql`select seller_city, buyer_city, sum(amount) as amount, count(*) as n, bool_or(is_demo) as demo from market_deals
      ${filters.length ? sql`where ${sql.join(filters, sql` and `)}` : sql``} group by seller_city, buyer_city order by 3 desc`,
  );
  const list: FlowCell[] = cells.map((c) => ({ from: c.seller_city, to: c.buyer_city, amount: Math.round(Number(c.amount) * 100) / 100, count: Number(c.n) }));
  return {
    year: q.year ?? null,
    domain: q.domain ?? null,
    cells: list,
    totals: {
      amount: Math.round(list.reduce((s, c) => s + c.amount, 0) * 100) / 100,
      count: list.reduce((s, c) => s + c.count, 0),
      crossCity: Math.round(list.filter((c) => c.from !== c.to).reduce((s, c) => s + c.amount, 0) * 100) / 100,
    },
    demo: cells.some((c) => c.demo),
  };
}

export async function flowsXlsx(ctx: Ctx, q: { year?: number; domain?: string }, lang: Lang): Promise<Buffer> {
  const view = await flows(ctx, q);
  const zh = lang === "zh-CN";
  return xlsxBuffer<FlowCell>(zh ? "技术流向" : "Technology flows", [
    { header: zh ? "输出城市（卖方）" : "From (seller)", width: 14, value: (c) => cityName(c.from, lang) },
    { header: zh ? "吸纳城市（买方）" : "To (buyer)", width: 14, value: (c) => cityName(c.to, lang) },
    { header: zh ? "成交额（万元）" : "Amount (10k CNY)", width: 16, value: (c) => c.amount },
    { header: zh ? "项数" : "Deals", width: 8, value: (c) => c.count },
  ], view.cells);
}
