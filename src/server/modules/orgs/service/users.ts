/** Use cases on users and their memberships (user × organisation × role). */
import { and, asc, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { memberships, organisations } from "../schema.ts";
import { users } from "../../../platform/auth/schema.ts";
import { membershipPolicy, mayCreateUsers, userPolicy, userScope } from "../policy.ts";
import type { MembershipInput, User, UserCreate, UserListQuery, UserUpdate } from "../contract.ts";
import { DomainError, forbidden, notFound } from "../../../platform/errors.ts";
import { appendAudit, entityHistory } from "../../../platform/audit/index.ts";
import { requireActor } from "../../../platform/policy.ts";
import { preparePassword } from "../../../platform/auth/service.ts";
import type { Actor, ActorMembership, Ctx, Role } from "../../../platform/context.ts";
import type { Page } from "../../../platform/http.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";
import { findVisibleOrg } from "./organisations.ts";
import { roleLabel } from "../../../../shared/roles.ts";

type UserRow = typeof users.$inferSelect;

/** Memberships with their organisations: what the actor of a session is built from. */
export async function loadMemberships(q: Queryable, userId: string): Promise<ActorMembership[]> {
  return (await loadMembershipsOf(q, [userId])).map(({ userId: _owner, ...m }) => m);
}

async function loadMembershipsOf(q: Queryable, userIds: string[]): Promise<(ActorMembership & { userId: string })[]> {
  if (userIds.length === 0) return [];
  const rows = await q
    .select({
      id: memberships.id,
      userId: memberships.userId,
      orgId: memberships.orgId,
      role: memberships.role,
      orgName: organisations.name,
      orgKind: organisations.kind,
      cityCode: organisations.cityCode,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.orgId))
    .where(inArray(memberships.userId, userIds))
    .orderBy(asc(memberships.createdAt));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

function view(row: UserRow, ms: ActorMembership[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    disabled: row.disabled,
    lockedUntil: row.lockedUntil?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    memberships: ms.map(({ id, orgId, orgName, orgKind, cityCode, role }) => ({ id, orgId, orgName, orgKind, cityCode, role })),
  };
}

export async function listUsers(ctx: Ctx, query: UserListQuery): Promise<Page<User>> {
  const actor = requireActor(ctx.actor);
  const filters: (SQL | undefined)[] = [userScope(actor)];
  if (query.q) {
    const p = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    filters.push(or(ilike(users.username, p), ilike(users.displayName, p)));
  }
  if (query.orgId) filters.push(sql`exists (select 1 from ${memberships} m where m.user_id = ${users.id} and m.org_id = ${query.orgId})`);
  const where = and(...filters);
  const [rows, [total]] = await Promise.all([
    ctx.db.select().from(users).where(where).orderBy(asc(users.username)).limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: count() }).from(users).where(where),
  ]);
  const ms = await loadMembershipsOf(ctx.db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => view(r, ms.filter((m) => m.userId === r.id))),
    total: total?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

async function findVisibleUser(q: Queryable, actor: Actor, id: string) {
  const [row] = await q.select().from(users).where(and(eq(users.id, id), userScope(actor)));
  if (!row) throw new DomainError("not_found", "user.not_found");
  const ms = await loadMemberships(q, id);
  return { row, ms, record: { id, cityCodes: ms.map((m) => m.cityCode) } };
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  const actor = requireActor(ctx.actor);
  const { row, ms } = await findVisibleUser(ctx.db, actor, id);
  return view(row, ms);
}

async function grant(tx: Tx, ctx: Ctx, actor: Actor, userId: string, input: MembershipInput, index: number) {
  const org = await findVisibleOrg(tx, actor, input.orgId).catch((e: unknown) => {
    if (!(e instanceof DomainError && e.code === "not_found")) throw e;
    throw new DomainError("validation_failed", "error.validation_failed", {}, [
      { path: `memberships.${index}.orgId`, key: "membership.org_not_found" },
    ]);
  });
  if (!membershipPolicy.can(actor, "grant", { cityCode: org.cityCode, role: input.role })) {
    throw new DomainError("forbidden", "error.forbidden", {}, [
      { path: `memberships.${index}.role`, key: "membership.role_not_allowed", params: { role: input.role } },
    ]);
  }
  const [existing] = await tx
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.orgId, org.id), eq(memberships.role, input.role)));
  if (existing) {
    throw new DomainError("conflict", "membership.exists", { role: roleLabel(input.role, "zh-CN") }, [
      { path: `memberships.${index}.role`, key: "membership.exists", params: { role: roleLabel(input.role, "zh-CN") } },
    ]);
  }
  const [row] = await tx.insert(memberships).values({ userId, orgId: org.id, role: input.role }).returning();
  if (!row) throw notFound();
  await appendAudit(tx, ctx, {
    action: "membership.grant",
    entityType: "user",
    entityId: userId,
    after: { membershipId: row.id, orgId: org.id, orgName: org.name, role: input.role },
  });
}

export async function createUser(ctx: Ctx, input: UserCreate): Promise<User> {
  const actor = requireActor(ctx.actor);
  if (!mayCreateUsers(actor)) throw forbidden();
  const passwordHash = await preparePassword(input.password, input.username);
  const id = await ctx.db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) {
      throw new DomainError("conflict", "error.conflict", { detail: input.username }, [
        { path: "username", key: "field.unique", params: { value: input.username } },
      ]);
    }
    const [row] = await tx.insert(users).values({ username: input.username, displayName: input.displayName, passwordHash }).returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, {
      action: "user.create",
      entityType: "user",
      entityId: row.id,
      after: { username: row.username, displayName: row.displayName },
    });
    for (const [i, m] of input.memberships.entries()) await grant(tx, ctx, actor, row.id, m, i);
    // A manager must be able to see whom they just created (a user with no membership is the admin's alone).
    if (input.memberships.length === 0 && !actor.isAdmin) throw forbidden();
    return row.id;
  });
  return getUser(ctx, id);
}

export async function updateUser(ctx: Ctx, id: string, input: UserUpdate): Promise<User> {
  const actor = requireActor(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const { row, record } = await findVisibleUser(tx, actor, id);
    userPolicy.authorize(actor, "update", record);
    const [after] = await tx.update(users).set({ ...input, updatedAt: new Date() }).where(eq(users.id, id)).returning();
    await appendAudit(tx, ctx, {
      action: "user.update",
      entityType: "user",
      entityId: id,
      before: { displayName: row.displayName, disabled: row.disabled },
      after: { displayName: after?.displayName, disabled: after?.disabled },
    });
  });
  return getUser(ctx, id);
}

export async function addMembership(ctx: Ctx, userId: string, input: MembershipInput): Promise<User> {
  const actor = requireActor(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    await findVisibleUser(tx, actor, userId);
    await grant(tx, ctx, actor, userId, input, 0);
  });
  return getUser(ctx, userId);
}

export async function removeMembership(ctx: Ctx, userId: string, membershipId: string): Promise<User> {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const { row, ms } = await findVisibleUser(tx, actor, userId);
    const m = ms.find((x) => x.id === membershipId);
    if (!m) throw notFound();
    membershipPolicy.authorize(actor, "revoke", m);
    await tx.delete(memberships).where(eq(memberships.id, membershipId));
    await appendAudit(tx, ctx, {
      action: "membership.revoke",
      entityType: "user",
      entityId: userId,
      before: { membershipId, orgId: m.orgId, orgName: m.orgName, role: m.role },
    });
    // Answered from inside the transaction: revoking the last membership in the caller's city takes the user out of their scope.
    return view(row, ms.filter((x) => x.id !== membershipId));
  });
}

export async function userHistory(ctx: Ctx, id: string) {
  const actor = requireActor(ctx.actor);
  await findVisibleUser(ctx.db, actor, id);
  return entityHistory(ctx.db, "user", id);
}
