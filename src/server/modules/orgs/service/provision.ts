/**
 * Users made by the operator, not by a signed-in user: the first administrator at first start, and
 * `corridor user create`. Whoever can run these has the database already, so no policy applies; the audit trail
 * still records them under the system name.
 */
import { eq } from "drizzle-orm";
import { randomBytes } from "node:crypto";
import { memberships, organisations } from "../schema.ts";
import { users } from "../../../platform/auth/schema.ts";
import { preparePassword } from "../../../platform/auth/service.ts";
import { randomPassword } from "../../../platform/auth/password-rules.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError } from "../../../platform/errors.ts";
import type { Ctx, Role } from "../../../platform/context.ts";
import { adminHomeOrgId } from "../seed.ts";

export type ProvisionInput = { username: string; password: string; role: Role; orgId?: string; displayName?: string };

export async function provisionUser(ctx: Ctx, input: ProvisionInput): Promise<{ id: string; orgId: string }> {
  if (!/^[A-Za-z][A-Za-z0-9_.-]{2,31}$/.test(input.username)) throw fieldError("username", "field.username");
  const passwordHash = await preparePassword(input.password, input.username);
  const orgId = input.orgId ?? (await adminHomeOrgId(ctx));
  return ctx.db.transaction(async (tx) => {
    const [org] = await tx.select().from(organisations).where(eq(organisations.id, orgId));
    if (!org) throw fieldError("org", "membership.org_not_found");
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
    if (taken) {
      throw new DomainError("conflict", "error.conflict", { detail: input.username }, [
        { path: "username", key: "field.unique", params: { value: input.username } },
      ]);
    }
    const [user] = await tx
      .insert(users)
      .values({ username: input.username, displayName: input.displayName ?? input.username, passwordHash })
      .returning();
    if (!user) throw new DomainError("internal", "error.internal");
    await tx.insert(memberships).values({ userId: user.id, orgId, role: input.role });
    await appendAudit(tx, ctx, {
      action: "user.create",
      entityType: "user",
      entityId: user.id,
      after: { username: user.username, orgId, orgName: org.name, role: input.role },
    });
    return { id: user.id, orgId };
  });
}

/** Creates the first administrator, with a random password, when no administrator exists yet. */
export async function ensureAdmin(ctx: Ctx): Promise<{ username: string; password: string } | null> {
  const [admin] = await ctx.db.select({ id: memberships.id }).from(memberships).where(eq(memberships.role, "admin")).limit(1);
  if (admin) return null;
  const password = randomPassword(randomBytes(16));
  let username = "admin";
  const [taken] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (taken) username = `admin-${randomBytes(3).toString("hex")}`;
  await provisionUser(ctx, { username, password, role: "admin", displayName: "平台管理员" });
  return { username, password };
}
