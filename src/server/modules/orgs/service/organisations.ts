/** Use cases on organisations: list, read, create, update, history. */
import { and, asc, count, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { organisations, regions } from "../schema.ts";
import { orgPolicy, orgScope } from "../policy.ts";
import type { Organisation, OrgCreate, OrgListQuery, OrgUpdate } from "../contract.ts";
import { DomainError, fieldError, forbidden, notFound } from "../../../platform/errors.ts";
import { appendAudit, entityHistory } from "../../../platform/audit/index.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Page } from "../../../platform/http.ts";
import type { Queryable } from "../../../platform/db.ts";

type OrgRow = typeof organisations.$inferSelect;

function view(row: OrgRow, actor?: Actor): Organisation {
  return {
    ...row,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    ...(actor ? { abilities: { read: orgPolicy.can(actor, "read", row), update: orgPolicy.can(actor, "update", row) } } : {}),
  };
}

export async function listRegions(ctx: Ctx) {
  requireActor(ctx.actor);
  return ctx.db.select().from(regions).orderBy(asc(regions.code));
}

/** Escapes LIKE wildcards in user text. */
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listOrganisations(ctx: Ctx, query: OrgListQuery): Promise<Page<Organisation>> {
  const actor = requireActor(ctx.actor);
  const filters: (SQL | undefined)[] = [orgScope(actor)];
  if (query.q) {
    const p = likePattern(query.q);
    filters.push(or(ilike(organisations.name, p), ilike(organisations.creditCode, p), sql`array_to_string(${organisations.aliases}, ' ') ilike ${p}`));
  }
  if (query.kind) filters.push(eq(organisations.kind, query.kind));
  if (query.cityCode) filters.push(eq(organisations.cityCode, query.cityCode));
  if (query.status) filters.push(eq(organisations.status, query.status));
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db
      .select()
      .from(organisations)
      .where(where)
      .orderBy(asc(organisations.cityCode), asc(organisations.name), asc(organisations.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(organisations).where(where),
  ]);
  return { items: rows.map((r) => view(r, actor)), total: total?.n ?? 0, page: query.page, pageSize: query.pageSize };
}

/** Loads an organisation the actor may see; anything else is not found. */
export async function findVisibleOrg(q: Queryable, actor: Actor, id: string): Promise<OrgRow> {
  const [row] = await q.select().from(organisations).where(and(eq(organisations.id, id), orgScope(actor)));
  if (!row) throw notFound();
  return row;
}

export async function getOrganisation(ctx: Ctx, id: string): Promise<Organisation> {
  const actor = requireActor(ctx.actor);
  return view(await findVisibleOrg(ctx.db, actor, id), actor);
}

async function assertCreditCodeFree(q: Queryable, creditCode: string | null | undefined, exceptId?: string) {
  if (!creditCode) return;
  const [other] = await q.select().from(organisations).where(eq(organisations.creditCode, creditCode));
  if (other && other.id !== exceptId) {
    throw new DomainError("conflict", "error.conflict", { detail: creditCode }, [
      { path: "creditCode", key: "org.credit_code_taken", params: { value: creditCode, name: other.name } },
    ]);
  }
}

function assertZoneRule(kind: string | undefined, isZone: boolean | undefined) {
  if (isZone && kind !== "district") throw fieldError("isZone", "org.zone_only_district");
}

async function assertParent(q: Queryable, actor: Actor, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw fieldError("parentId", "org.parent_cycle");
  const [parent] = await q.select().from(organisations).where(and(eq(organisations.id, parentId), orgScope(actor)));
  if (!parent) throw fieldError("parentId", "org.parent_not_found");
  // Walk up from the new parent: reaching this organisation would make a cycle.
  let cursor: string | null = parent.parentId;
  for (let depth = 0; cursor && depth < 50; depth++) {
    if (cursor === selfId) throw fieldError("parentId", "org.parent_cycle");
    const [up] = await q.select({ parentId: organisations.parentId }).from(organisations).where(eq(organisations.id, cursor));
    cursor = up?.parentId ?? null;
  }
}

export async function createOrganisation(ctx: Ctx, input: OrgCreate): Promise<Organisation> {
  const actor = requireActor(ctx.actor);
  orgPolicy.authorize(actor, "create", input);
  assertZoneRule(input.kind, input.isZone);
  return ctx.db.transaction(async (tx) => {
    await assertCreditCodeFree(tx, input.creditCode);
    await assertParent(tx, actor, input.parentId);
    const [row] = await tx
      .insert(organisations)
      .values({ ...input, aliases: input.aliases ?? [], isZone: input.isZone ?? false })
      .returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "organisation.create", entityType: "organisation", entityId: row.id, after: view(row) });
    return view(row, actor);
  });
}

export async function updateOrganisation(ctx: Ctx, id: string, input: OrgUpdate): Promise<Organisation> {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await findVisibleOrg(tx, actor, id);
    orgPolicy.authorize(actor, "update", before);
    // A pending organisation (an unknown name from an imported document) is confirmed by an admin only.
    if (before.status === "pending" && input.status && input.status !== "pending" && !actor.isAdmin) throw forbidden();
    // Moving an organisation to another city needs the right to manage that city too.
    if (input.cityCode && input.cityCode !== before.cityCode) orgPolicy.authorize(actor, "create", { cityCode: input.cityCode });
    assertZoneRule(input.kind ?? before.kind, input.isZone ?? before.isZone);
    await assertCreditCodeFree(tx, input.creditCode, id);
    await assertParent(tx, actor, input.parentId, id);
    const [row] = await tx
      .update(organisations)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(organisations.id, id))
      .returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "organisation.update", entityType: "organisation", entityId: id, before: view(before), after: view(row) });
    return view(row, actor);
  });
}

export async function organisationHistory(ctx: Ctx, id: string) {
  const actor = requireActor(ctx.actor);
  await findVisibleOrg(ctx.db, actor, id);
  return entityHistory(ctx.db, "organisation", id);
}
