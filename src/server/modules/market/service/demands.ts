/**
 * A demand's life: 草稿 → 发布 (the 48-hour first-response clock starts) → 关闭; providers respond (联系对接); a
 * published demand without any response after 48 hours is flagged to the service agencies of its city, and the
 * response-time distribution per city is what the SLA page shows.
 */
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { demands, responses } from "../schema.ts";
import { demandPolicy, oversightPolicy, overseenCities } from "../policy.ts";
import type { ResponseInput } from "../contract.ts";
import { orgNames } from "./records.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, forbidden, notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { rows, type Db, type Tx } from "../../../platform/db.ts";
import type { Ctx } from "../../../platform/context.ts";
import { CITIES } from "../../../../shared/regions.ts";
import { SLA_HOURS } from "../../../../shared/market/sla.ts";

async function findDemand(tx: Tx, id: string) {
  const [row] = await tx.select().from(demands).where(eq(demands.id, id));
  if (!row) throw notFound();
  return row;
}

const recordOf = (d: typeof demands.$inferSelect) => ({ ownerOrgId: d.orgId, cityCode: d.cityCode, published: d.status !== "draft", status: d.status });

export async function setDemandStatus(ctx: Ctx, id: string, status: "published" | "closed") {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await findDemand(tx, id);
    if (before.status === "draft" && !demandPolicy.can(actor, "publish", recordOf(before))) throw notFound();
    demandPolicy.authorize(actor, "publish", recordOf(before));
    const allowed = status === "published" ? before.status === "draft" : before.status === "published";
    if (!allowed) throw new DomainError("conflict", "market.demand_bad_state", { status: before.status });
    const [after] = await tx
      .update(demands)
      .set({ status, published: status === "published", publishedAt: status === "published" ? new Date() : before.publishedAt, updatedAt: new Date() })
      .where(eq(demands.id, id))
      .returning();
    await appendAudit(tx, ctx, { action: `market.demand_${status === "published" ? "publish" : "close"}`, entityType: "market_demand", entityId: id, before, after: after ?? null });
    return { id, status };
  });
}

/** A provider answers a demand in the name of one of its organisations; the first answer stops the clock. */
export async function respond(ctx: Ctx, demandId: string, input: ResponseInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const demand = await findDemand(tx, demandId);
    if (demand.status === "draft") throw notFound();
    demandPolicy.authorize(actor, "respond", recordOf(demand));
    if (!actor.isAdmin && !actor.memberships.some((m) => m.orgId === input.orgId)) throw forbidden();
    if (input.orgId === demand.orgId) throw forbidden();
    const [row] = await tx.insert(responses).values({ demandId, orgId: input.orgId, message: input.message, supplyKind: input.supplyKind ?? null, supplyId: input.supplyId ?? null, createdBy: actor.userId }).returning();
    if (!row) throw notFound();
    if (!demand.firstResponseAt) await tx.update(demands).set({ firstResponseAt: row.createdAt }).where(eq(demands.id, demandId));
    await appendAudit(tx, ctx, { action: "market.demand_respond", entityType: "market_demand", entityId: demandId, after: row });
    return { id: row.id };
  });
}

/** Responses to a demand: its owner sees all; a responder sees its own. */
export async function listResponses(ctx: Ctx, demandId: string) {
  const actor = requireActor(ctx.actor);
  const [demand] = await ctx.db.select().from(demands).where(eq(demands.id, demandId));
  if (!demand) throw notFound();
  const owner = demandPolicy.can(actor, "publish", recordOf(demand));
  const mine = new Set(actor.memberships.map((m) => m.orgId));
  const all = await ctx.db.select().from(responses).where(eq(responses.demandId, demandId)).orderBy(responses.createdAt);
  const visible = owner ? all : all.filter((r) => mine.has(r.orgId));
  if (!owner && demand.status === "draft") throw notFound();
  const names = await orgNames(ctx.db, visible.map((r) => r.orgId));
  return { items: visible.map((r) => ({ id: r.id, orgId: r.orgId, orgName: names.get(r.orgId) ?? "", message: r.message, supplyKind: r.supplyKind, supplyId: r.supplyId, createdAt: r.createdAt.toISOString() })) };
}

/**
 * Flags every published demand that has waited SLA_HOURS without a response (idempotent: each is flagged once, with
 * an audit event the city's service agencies see). Run on each SLA read and by the server's timer.
 */
export async function flagOverdue(db: Db, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - SLA_HOURS * 3600_000);
  return db.transaction(async (tx) => {
    const flagged = await tx
      .update(demands)
      .set({ slaFlaggedAt: now })
      .where(and(eq(demands.status, "published"), isNull(demands.firstResponseAt), isNull(demands.slaFlaggedAt), lte(demands.publishedAt, cutoff)))
      .returning({ id: demands.id, cityCode: demands.cityCode });
    for (const d of flagged) {
      await appendAudit(tx, { actor: null, clientIp: null, requestId: null, systemName: "system:sla" }, { action: "market.demand_sla_flag", entityType: "market_demand", entityId: d.id, after: { cityCode: d.cityCode, hours: SLA_HOURS } });
    }
    return flagged.length;
  });
}

const BUCKETS: { label: string; upTo: number }[] = [
  { label: "≤4h", upTo: 4 },
  { label: "4–24h", upTo: 24 },
  { label: "24–48h", upTo: 48 },
  { label: ">48h", upTo: Number.POSITIVE_INFINITY },
];

/**
 * The SLA view of the caller's cities: overdue demands and the first-response time distribution per city; `demo`
 * when any demand counted is demo data (示例数据), as the flows and the funnel say of theirs.
 */
export async function slaView(ctx: Ctx, city: string | undefined) {
  const actor = requireActor(ctx.actor);
  oversightPolicy.authorize(actor, "read", { cityCode: city ?? null });
  await flagOverdue(ctx.db);
  const visible = overseenCities(actor);
  const cities = (city ? [city] : (visible ?? CITIES.map((c) => c.code))).filter((c) => visible === null || visible.includes(c));
  if (cities.length === 0) return { hours: SLA_HOURS, overdue: [], distribution: [], demo: false };
  const list = sql.join(cities.map((c) => sql`${c}`), sql`, `);
  const overdue = await rows<{ id: string; title: string; city_code: string; org_id: string; published_at: string; hours: number }>(
    ctx.db,
    sql`select id, title, city_code, org_id, published_at, extract(epoch from (now() - published_at)) / 3600 as hours from market_demands
      where status = 'published' and first_response_at is null and published_at <= now() - make_interval(hours => ${SLA_HOURS}) and city_code in (${list})
      order by published_at limit 200`,
  );
  const waits = await rows<{ city_code: string; hours: number | null; is_demo: boolean }>(
    ctx.db,
    sql`select city_code, extract(epoch from (first_response_at - published_at)) / 3600 as hours, is_demo from market_demands
      where status <> 'draft' and published_at is not null and city_code in (${list})`,
  );
  const overdueCounts = await rows<{ city_code: string; n: number | string }>(
    ctx.db,
    sql`select city_code, count(*) as n from market_demands
      where status = 'published' and first_response_at is null and published_at <= now() - make_interval(hours => ${SLA_HOURS}) and city_code in (${list})
      group by city_code`,
  );
  const names = await orgNames(ctx.db, overdue.map((o) => o.org_id));
  const quantile = (xs: number[], p: number) => (xs.length === 0 ? null : Math.round((xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0) * 10) / 10);
  return {
    hours: SLA_HOURS,
    overdue: overdue.map((o) => ({ id: o.id, title: o.title, cityCode: o.city_code, orgName: names.get(o.org_id) ?? "", publishedAt: new Date(o.published_at).toISOString(), hoursWaiting: Math.round(Number(o.hours) * 10) / 10 })),
    distribution: cities.map((c) => {
      const mine = waits.filter((w) => w.city_code === c);
      const answered = mine.filter((w) => w.hours !== null).map((w) => Number(w.hours)).sort((a, b) => a - b);
      return {
        cityCode: c,
        responded: answered.length,
        waiting: mine.length - answered.length,
        overdue: Number(overdueCounts.find((o) => o.city_code === c)?.n ?? 0),
        p50Hours: quantile(answered, 0.5),
        p90Hours: quantile(answered, 0.9),
        buckets: BUCKETS.map((b, i) => ({ label: b.label, count: answered.filter((h) => h <= b.upTo && (i === 0 || h > (BUCKETS[i - 1]?.upTo ?? 0))).length })),
      };
    }),
    // The overdue list is a subset of these demands (published, in the same cities).
    demo: waits.some((w) => w.is_demo),
  };
}
