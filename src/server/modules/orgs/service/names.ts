/**
 * Organisations by the names documents print: matching (through aliases), pending organisations for unknown names,
 * and merging a pending organisation into the one it really is. Other modules that reference organisations register
 * a merge hook, so a merge repoints their rows in the same transaction.
 */
import { and, eq, ne, sql } from "drizzle-orm";
import { memberships, organisations } from "../schema.ts";
import { guessFromName, matchNames, type NameMatch } from "../org-names.ts";
import { orgPolicy } from "../policy.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError, forbidden, notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";
import { findVisibleOrg } from "./organisations.ts";

export type { NameMatch };

export async function matchOrganisationNames(q: Queryable, names: string[]): Promise<NameMatch[]> {
  const orgs = await q
    .select({ id: organisations.id, name: organisations.name, shortName: organisations.shortName, aliases: organisations.aliases, status: organisations.status })
    .from(organisations)
    .where(ne(organisations.status, "archived"));
  return matchNames(names, orgs);
}

/** A pending organisation for a name no organisation answers to: visible, usable, and awaiting an admin. */
export async function createPendingOrganisation(tx: Tx, ctx: Ctx, name: string): Promise<string> {
  const guess = guessFromName(name);
  const [row] = await tx
    .insert(organisations)
    .values({ name, kind: guess.kind, cityCode: guess.cityCode, status: "pending", description: "导入文件中出现的未知单位，待管理员确认或合并" })
    .returning();
  if (!row) throw notFound();
  await appendAudit(tx, ctx, { action: "organisation.create_pending", entityType: "organisation", entityId: row.id, after: row });
  return row.id;
}

export type MergeHook = (tx: Tx, fromId: string, intoId: string) => Promise<void>;
const mergeHooks: MergeHook[] = [];

/** Modules whose rows reference organisations register here (in app.ts), so merges repoint them. */
export function onOrganisationMerge(hook: MergeHook): void {
  if (!mergeHooks.includes(hook)) mergeHooks.push(hook);
}

export async function mergeOrganisation(ctx: Ctx, fromId: string, intoId: string) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const from = await findVisibleOrg(tx, actor, fromId);
    if (!actor.isAdmin) throw forbidden();
    if (fromId === intoId) throw fieldError("intoId", "org.parent_cycle");
    const into = await findVisibleOrg(tx, actor, intoId).catch((e: unknown) => {
      if (e instanceof DomainError && e.code === "not_found") throw fieldError("intoId", "membership.org_not_found");
      throw e;
    });
    orgPolicy.authorize(actor, "update", into);
    for (const hook of mergeHooks) await hook(tx, fromId, intoId);
    // Memberships move too; one the target already has (same user and role) is dropped rather than duplicated.
    await tx.execute(sql`delete from ${memberships} m using ${memberships} t
      where m.org_id = ${fromId} and t.org_id = ${intoId} and t.user_id = m.user_id and t.role = m.role`);
    await tx.update(memberships).set({ orgId: intoId }).where(eq(memberships.orgId, fromId));
    const aliases = [...new Set([...into.aliases, from.name, ...from.aliases])].filter((a) => a !== into.name);
    const [after] = await tx.update(organisations).set({ aliases, updatedAt: new Date() }).where(eq(organisations.id, intoId)).returning();
    await tx
      .update(organisations)
      .set({ status: "archived", description: `已合并到“${into.name}”`, updatedAt: new Date() })
      .where(and(eq(organisations.id, fromId)));
    await appendAudit(tx, ctx, { action: "organisation.merge", entityType: "organisation", entityId: fromId, before: from, after: { mergedInto: intoId } });
    await appendAudit(tx, ctx, { action: "organisation.absorb", entityType: "organisation", entityId: intoId, before: into, after });
    return { id: intoId };
  });
}
