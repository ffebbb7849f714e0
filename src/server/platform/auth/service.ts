/**
 * Sign-in, sessions and API tokens (等保 三级: lockout, idle and absolute session limits, hashed secrets).
 * Sessions live in the database, so any server process recognises any session.
 */
import { and, count, eq, gt, isNull } from "drizzle-orm";
import { apiTokens, loginFailures, sessions, users } from "./schema.ts";
import { dummyPasswordHash, hashPassword, randomToken, sha256, verifyPassword } from "./secrets.ts";
import { passwordProblem } from "./password-rules.ts";
import { DomainError, fieldError, notFound } from "../errors.ts";
import { appendAudit } from "../audit/index.ts";
import type { Actor, ActorMembership, Ctx } from "../context.ts";
import { buildActor } from "../context.ts";
import type { Db, Queryable, Tx } from "../db.ts";
import { requireActor } from "../policy.ts";

export const AUTH_LIMITS = {
  lockAfterFailures: 5,
  lockMinutes: 15,
  ipWindowMinutes: 15,
  ipMaxFailures: 20,
  idleMinutes: 30,
  absoluteHours: 12,
  /** lastSeen is refreshed at most this often, so reads do not each write. */
  touchSeconds: 60,
} as const;

const MINUTE = 60_000;

export type LoadMemberships = (q: Queryable, userId: string) => Promise<ActorMembership[]>;

export type LoginResult = { token: string; csrfToken: string; actor: Actor };

export async function login(ctx: Ctx, input: { username: string; password: string }, loadMemberships: LoadMemberships): Promise<LoginResult> {
  const now = new Date();
  const ip = ctx.clientIp ?? "unknown";
  const [{ failures } = { failures: 0 }] = await ctx.db
    .select({ failures: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.clientIp, ip), gt(loginFailures.at, new Date(now.getTime() - AUTH_LIMITS.ipWindowMinutes * MINUTE))));
  if (failures >= AUTH_LIMITS.ipMaxFailures) {
    throw new DomainError("rate_limited", "error.rate_limited", { minutes: AUTH_LIMITS.ipWindowMinutes });
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.username, input.username));
  // Verify before any lock is taken: argon2 is slow on purpose and must not hold a transaction open.
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const lockedFor = user?.lockedUntil && user.lockedUntil > now ? Math.ceil((user.lockedUntil.getTime() - now.getTime()) / MINUTE) : 0;

  if (!user || !user.passwordHash || !passwordOk || lockedFor > 0) {
    const outcome = await ctx.db.transaction(async (tx) => recordFailure(tx, ctx, ip, input.username, user, lockedFor, now));
    throw outcome;
  }
  if (user.disabled) throw new DomainError("forbidden", "auth.account_disabled");

  const token = randomToken();
  const csrfToken = randomToken(24);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    await tx.insert(sessions).values({ id: sha256(token), userId: user.id, csrfToken, clientIp: ip, createdAt: now, lastSeenAt: now });
    await appendAudit(tx, { ...ctx, actor: buildActor(user, []) }, {
      action: "auth.login",
      entityType: "user",
      entityId: user.id,
    });
  });
  const actor = buildActor(user, await loadMemberships(ctx.db, user.id));
  return { token, csrfToken, actor };
}

type UserRow = typeof users.$inferSelect;

/** Counts a failure (per account and per address) and returns the error to answer with. */
async function recordFailure(tx: Tx, ctx: Ctx, ip: string, username: string, user: UserRow | undefined, lockedFor: number, now: Date) {
  await tx.insert(loginFailures).values({ clientIp: ip, username, at: now });
  if (!user) {
    await appendAudit(tx, ctx, { action: "auth.login_failed", entityType: "username", entityId: username });
    return new DomainError("unauthenticated", "auth.invalid_credentials");
  }
  if (lockedFor > 0) {
    await appendAudit(tx, ctx, { action: "auth.login_refused_locked", entityType: "user", entityId: user.id });
    return new DomainError("account_locked", "auth.account_locked", { minutes: lockedFor });
  }
  const failed = user.failedLogins + 1;
  const locks = failed >= AUTH_LIMITS.lockAfterFailures;
  const lockedUntil = locks ? new Date(now.getTime() + AUTH_LIMITS.lockMinutes * MINUTE) : null;
  await tx.update(users).set({ failedLogins: locks ? 0 : failed, lockedUntil }).where(eq(users.id, user.id));
  await appendAudit(tx, ctx, {
    action: locks ? "auth.locked" : "auth.login_failed",
    entityType: "user",
    entityId: user.id,
    after: { failedLogins: failed, lockedUntil },
  });
  return locks
    ? new DomainError("account_locked", "auth.account_locked", { minutes: AUTH_LIMITS.lockMinutes })
    : new DomainError("unauthenticated", "auth.invalid_credentials");
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  const actor = requireActor(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.id, sessionId));
    await appendAudit(tx, ctx, { action: "auth.logout", entityType: "user", entityId: actor.userId });
  });
}

export type ResolvedSession =
  | { kind: "ok"; actor: Actor; session: { id: string; csrfToken: string } }
  | { kind: "expired" }
  | { kind: "none" };

export async function resolveSession(db: Db, token: string, loadMemberships: LoadMemberships, now = new Date()): Promise<ResolvedSession> {
  const id = sha256(token);
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return { kind: "none" };
  const idle = now.getTime() - row.session.lastSeenAt.getTime() > AUTH_LIMITS.idleMinutes * MINUTE;
  const tooOld = now.getTime() - row.session.createdAt.getTime() > AUTH_LIMITS.absoluteHours * 60 * MINUTE;
  if (idle || tooOld || row.user.disabled) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return { kind: "expired" };
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > AUTH_LIMITS.touchSeconds * 1000) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const actor = buildActor(row.user, await loadMemberships(db, row.user.id));
  return { kind: "ok", actor, session: { id, csrfToken: row.session.csrfToken } };
}

export const API_TOKEN_PREFIX = "crd_";

export async function resolveApiToken(db: Db, token: string, loadMemberships: LoadMemberships, now = new Date()): Promise<Actor | null> {
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt)));
  if (!row || row.user.disabled) return null;
  if (!row.token.lastUsedAt || now.getTime() - row.token.lastUsedAt.getTime() > AUTH_LIMITS.touchSeconds * 1000) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return buildActor(row.user, await loadMemberships(db, row.user.id));
}

export async function changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }, keepSessionId: string | null): Promise<void> {
  const actor = requireActor(ctx.actor);
  const [user] = await ctx.db.select().from(users).where(eq(users.id, actor.userId));
  if (!user?.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError("currentPassword", "auth.wrong_current_password");
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) throw fieldError("newPassword", problem.key, problem.params);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() }).where(eq(users.id, user.id));
    // Every other session of this user ends with the old password.
    const others = await tx.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    for (const s of others) if (s.id !== keepSessionId) await tx.delete(sessions).where(eq(sessions.id, s.id));
    await appendAudit(tx, ctx, { action: "user.password_change", entityType: "user", entityId: user.id });
  });
}

/** Checks the password rules and hashes: what any module that creates users calls. */
export async function preparePassword(password: string, username: string, path = "password"): Promise<string> {
  const problem = passwordProblem(password, username);
  if (problem) throw fieldError(path, problem.key, problem.params);
  return hashPassword(password);
}

export type ApiTokenView = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null; revokedAt: string | null };

const tokenView = (t: typeof apiTokens.$inferSelect): ApiTokenView => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  revokedAt: t.revokedAt?.toISOString() ?? null,
});

export async function createApiToken(ctx: Ctx, name: string): Promise<ApiTokenView & { token: string }> {
  const actor = requireActor(ctx.actor);
  const token = API_TOKEN_PREFIX + randomToken();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.userId, name, tokenHash: sha256(token), prefix: token.slice(0, 10) })
      .returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "token.create", entityType: "api_token", entityId: row.id, after: { name, prefix: row.prefix } });
    return { ...tokenView(row), token };
  });
}

export async function listApiTokens(ctx: Ctx): Promise<ApiTokenView[]> {
  const actor = requireActor(ctx.actor);
  const rows = await ctx.db.select().from(apiTokens).where(eq(apiTokens.userId, actor.userId)).orderBy(apiTokens.createdAt);
  return rows.map(tokenView);
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<void> {
  const actor = requireActor(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, actor.userId), isNull(apiTokens.revokedAt)))
      .returning();
    if (!row) throw new DomainError("not_found", "token.not_found");
    await appendAudit(tx, ctx, { action: "token.revoke", entityType: "api_token", entityId: id });
  });
}
