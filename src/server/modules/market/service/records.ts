/**
 * Achievements, patents, demands and experts: create, update, read, the owner's own lists. Every write recomputes
 * the record's search document (jieba tokens, title weighted above body) and its name text, in the same transaction.
 */
import { count, desc, eq, inArray, sql } from "drizzle-orm";
import { achievements, demands, experts, patents } from "../schema.ts";
import { canReadPublic, mayActFor, recordPolicy } from "../policy.ts";
import type { AchievementInput, DemandInput, ExpertInput, Kind, PatentInput } from "../contract.ts";
import { checkPatent } from "./patents.ts";
import { adjustTerms, distinctTerms } from "./terms.ts";
import { organisationById, organisations } from "../../orgs/index.ts";
import { documentSql, weightedDocument } from "../../../platform/search/tsvector.ts";
import { searchParts } from "../import-rows.ts";
import { appendAudit, entityHistory } from "../../../platform/audit/index.ts";
import { DomainError, fieldError, forbidden, notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";

export const TABLES = { achievement: achievements, patent: patents, demand: demands, expert: experts } as const;
export type AnyRow = typeof achievements.$inferSelect | typeof patents.$inferSelect | typeof demands.$inferSelect | typeof experts.$inferSelect;

const searchSql = (kind: Kind, r: Record<string, unknown>) => documentSql(weightedDocument(searchParts(kind, r)));
const termsOf = (kind: Kind, r: Record<string, unknown>) => distinctTerms(searchParts(kind, r));

async function actingOrg(tx: Tx, actor: Actor, orgId: string, path: string) {
  const org = await organisationById(tx, orgId);
  if (!org) throw fieldError(path, "market.org_unknown");
  if (!mayActFor(actor, orgId)) throw forbidden();
  return org;
}

/** The organisation a record belongs to (a patent may have none registered: then only admins manage it). */
function ownerOf(kind: Kind, r: AnyRow): string {
  if (kind === "achievement") return (r as typeof achievements.$inferSelect).ownerOrgId;
  if (kind === "patent") return (r as typeof patents.$inferSelect).ownerOrgId ?? "";
  return (r as typeof demands.$inferSelect | typeof experts.$inferSelect).orgId;
}
const publishedOf = (kind: Kind, r: AnyRow): boolean => (kind === "demand" ? (r as typeof demands.$inferSelect).status !== "draft" : r.published);

export async function createAchievement(ctx: Ctx, input: AchievementInput) {
  const actor = requireActor(ctx.actor);
  if (input.price == null && !input.negotiable) throw fieldError("price", "market.price_or_negotiable");
  return ctx.db.transaction(async (tx) => {
    const org = await actingOrg(tx, actor, input.ownerOrgId, "ownerOrgId");
    const [row] = await tx
      .insert(achievements)
      .values({ ...input, cityCode: org.cityCode, names: org.name, search: searchSql("achievement", input), createdBy: actor.userId })
      .returning({ id: achievements.id });
    if (!row) throw notFound();
    await adjustTerms(tx, "achievement", [termsOf("achievement", input)]);
    await appendAudit(tx, ctx, { action: "market.achievement_create", entityType: "market_achievement", entityId: row.id, after: input });
    return { id: row.id };
  });
}

export async function createDemand(ctx: Ctx, input: DemandInput) {
  const actor = requireActor(ctx.actor);
  if (input.budget == null && !input.negotiable) throw fieldError("budget", "market.budget_or_negotiable");
  return ctx.db.transaction(async (tx) => {
    const org = await actingOrg(tx, actor, input.orgId, "orgId");
    const [row] = await tx
      .insert(demands)
      .values({ ...input, cityCode: org.cityCode, names: org.name, search: searchSql("demand", input), createdBy: actor.userId })
      .returning({ id: demands.id });
    if (!row) throw notFound();
    await adjustTerms(tx, "demand", [termsOf("demand", input)]);
    await appendAudit(tx, ctx, { action: "market.demand_create", entityType: "market_demand", entityId: row.id, after: input });
    return { id: row.id };
  });
}

export async function createExpert(ctx: Ctx, input: ExpertInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const org = await actingOrg(tx, actor, input.orgId, "orgId");
    const [row] = await tx
      .insert(experts)
      .values({ ...input, cityCode: org.cityCode, names: `${input.name} ${org.name}`, search: searchSql("expert", input), createdBy: actor.userId })
      .returning({ id: experts.id });
    if (!row) throw notFound();
    await adjustTerms(tx, "expert", [termsOf("expert", input)]);
    await appendAudit(tx, ctx, { action: "market.expert_create", entityType: "market_expert", entityId: row.id, after: input });
    return { id: row.id };
  });
}

/**
 * A patent by its application number: a new number creates it; a number already present is refused (409) unless
 * the caller acts for its owner, in which case this is an update — never a second row.
 */
export async function upsertPatent(ctx: Ctx, input: PatentInput) {
  const actor = requireActor(ctx.actor);
  const checked = checkPatent(input);
  return ctx.db.transaction(async (tx) => {
    if (input.ownerOrgId) await actingOrg(tx, actor, input.ownerOrgId, "ownerOrgId");
    else if (!actor.isAdmin) throw fieldError("ownerOrgId", "market.owner_required");
    const [before] = await tx.select().from(patents).where(eq(patents.applicationNo, checked.applicationNo));
    if (before && !(before.ownerOrgId && mayActFor(actor, before.ownerOrgId)) && !actor.isAdmin) {
      throw new DomainError("conflict", "error.conflict", { detail: checked.applicationNo }, [{ path: "applicationNo", key: "market.patent_exists", params: { number: checked.applicationNo } }]);
    }
    const values = { ...input, ...checked, names: [...checked.applicants, ...checked.inventors].join(" "), search: searchSql("patent", { ...input, ipc: checked.ipc }), updatedAt: new Date() };
    const [row] = before
      ? await tx.update(patents).set(values).where(eq(patents.id, before.id)).returning({ id: patents.id })
      : await tx.insert(patents).values({ ...values, createdBy: actor.userId }).returning({ id: patents.id });
    if (!row) throw notFound();
    await adjustTerms(tx, "patent", [termsOf("patent", input)], before ? [termsOf("patent", before)] : []);
    await appendAudit(tx, ctx, { action: before ? "market.patent_update" : "market.patent_create", entityType: "market_patent", entityId: row.id, before: before ?? null, after: values });
    return { id: row.id, created: !before };
  });
}

/** Updates a record of any kind with the fields given (the owner's people, or an admin). */
export async function updateRecord(ctx: Ctx, kind: Exclude<Kind, "patent">, id: string, input: Partial<AchievementInput & DemandInput & ExpertInput>) {
  const actor = requireActor(ctx.actor);
  const table = TABLES[kind];
  return ctx.db.transaction(async (tx) => {
    const [before] = (await tx.select().from(table).where(eq(table.id, id))) as AnyRow[];
    if (!before || !canReadPublic(actor, { ownerOrgId: ownerOf(kind, before), cityCode: before.cityCode, published: publishedOf(kind, before) })) throw notFound();
    recordPolicy.authorize(actor, "manage", { ownerOrgId: ownerOf(kind, before), cityCode: before.cityCode, published: before.published });
    if ("ownerOrgId" in input || "orgId" in input) throw fieldError("orgId", "market.owner_fixed");
    const merged = { ...before, ...input } as Record<string, unknown>;
    const [after] = await tx
      .update(table)
      .set({ ...input, search: searchSql(kind, merged), updatedAt: new Date() } as never)
      .where(eq(table.id, id))
      .returning();
    await adjustTerms(tx, kind, [termsOf(kind, merged)], [termsOf(kind, before as Record<string, unknown>)]);
    await appendAudit(tx, ctx, { action: `market.${kind}_update`, entityType: `market_${kind}`, entityId: id, before, after: after ?? null });
    return { id };
  });
}

/** One record as the caller may see it: published ones by anyone, the rest by their owner's people. */
export async function getRecord(ctx: Ctx, kind: Kind, id: string) {
  const table = TABLES[kind];
  const [row] = (await ctx.db.select().from(table).where(eq(table.id, id))) as AnyRow[];
  if (!row) throw notFound();
  const owner = ownerOf(kind, row);
  const published = publishedOf(kind, row);
  if (!canReadPublic(ctx.actor, { ownerOrgId: owner, cityCode: row.cityCode, published })) throw notFound();
  const org = owner ? await organisationById(ctx.db, owner) : null;
  const { search: _search, names: _names, ...all } = row as AnyRow & { search: string; names: string; contactName?: string | null; contactPhone?: string | null; contactEmail?: string | null };
  void _search;
  void _names;
  // Contacts are for signed-in users: the public portal asks visitors to sign in first.
  const rest = ctx.actor ? all : { ...all, contactName: undefined, contactPhone: undefined, contactEmail: undefined };
  const manage = ctx.actor !== null && recordPolicy.can(ctx.actor, "manage", { ownerOrgId: owner, cityCode: row.cityCode, published });
  return { kind, ...rest, orgName: org?.name ?? null, abilities: { manage } };
}

export async function recordHistory(ctx: Ctx, kind: Kind, id: string) {
  requireActor(ctx.actor);
  await getRecord(ctx, kind, id);
  return entityHistory(ctx.db, `market_${kind}`, id);
}

/** The records of the caller's organisations, newest first. */
export async function myRecords(ctx: Ctx, kind: Kind, page: number, pageSize: number) {
  const actor = requireActor(ctx.actor);
  const orgIds = actor.memberships.map((m) => m.orgId);
  if (orgIds.length === 0) return { items: [], total: 0, page, pageSize };
  const table = TABLES[kind];
  const ownerColumn = kind === "achievement" ? achievements.ownerOrgId : kind === "patent" ? patents.ownerOrgId : kind === "demand" ? demands.orgId : experts.orgId;
  const where = inArray(ownerColumn, orgIds);
  const titleColumn = kind === "expert" ? experts.name : kind === "achievement" ? achievements.title : kind === "patent" ? patents.title : demands.title;
  const rows = await ctx.db
    .select({ id: table.id, title: titleColumn, cityCode: table.cityCode, domain: table.domain, published: table.published, updatedAt: table.updatedAt, status: kind === "demand" ? demands.status : sql<string>`null` })
    .from(table)
    .where(where)
    .orderBy(desc(table.updatedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(table).where(where);
  return { items: rows.map((r) => ({ ...r, kind, updatedAt: r.updatedAt.toISOString() })), total: total?.n ?? 0, page, pageSize };
}

/** Names of organisations by id (for lists and matches). */
export async function orgNames(q: Queryable, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await q.select({ id: organisations.id, name: organisations.name }).from(organisations).where(inArray(organisations.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

