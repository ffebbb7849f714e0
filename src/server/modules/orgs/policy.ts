/**
 * Who may do what in the orgs module. Administrators and provincial departments see every city; everyone else
 * sees the organisations of their own cities. Officers (and admins) manage organisations and users of their city.
 */
import { inArray, sql, type SQL } from "drizzle-orm";
import { definePolicy } from "../../platform/policy.ts";
import { hasRoleIn, type Actor, type Role } from "../../platform/context.ts";
import { organisations, memberships } from "./schema.ts";
import { users } from "../../platform/auth/schema.ts";

const MANAGERS: readonly Role[] = ["admin", "officer"];
const seesAll = (a: Actor) => a.isAdmin || a.provinceWide;

type OrgRecord = { cityCode: string };
export const orgPolicy = definePolicy<OrgRecord, "read" | "create" | "update">({
  read: (a, o) => seesAll(a) || a.cityCodes.includes(o.cityCode),
  create: (a, o) => a.isAdmin || hasRoleIn(a, o.cityCode, MANAGERS),
  update: (a, o) => a.isAdmin || hasRoleIn(a, o.cityCode, MANAGERS),
});

/** The list/read filter for organisations, in SQL: a record outside it is not found. */
export function orgScope(actor: Actor): SQL | undefined {
  if (seesAll(actor)) return undefined;
  return actor.cityCodes.length ? inArray(organisations.cityCode, actor.cityCodes) : sql`false`;
}

type UserRecord = { id: string; cityCodes: string[] };
const managesAnyOf = (a: Actor, cities: string[]) => cities.some((c) => hasRoleIn(a, c, MANAGERS));
export const userPolicy = definePolicy<UserRecord, "read" | "update">({
  read: (a, u) => a.isAdmin || a.userId === u.id || managesAnyOf(a, u.cityCodes),
  update: (a, u) => a.isAdmin || managesAnyOf(a, u.cityCodes),
});

type GrantRecord = { cityCode: string; role: Role };
export const membershipPolicy = definePolicy<GrantRecord, "grant" | "revoke">({
  grant: (a, g) => a.isAdmin || (g.role !== "admin" && hasRoleIn(a, g.cityCode, MANAGERS)),
  revoke: (a, g) => a.isAdmin || (g.role !== "admin" && hasRoleIn(a, g.cityCode, MANAGERS)),
});

/** May create users at all (each membership is then checked with membershipPolicy.grant). */
export const mayCreateUsers = (a: Actor) => a.isAdmin || a.memberships.some((m) => MANAGERS.includes(m.role));

/** Users the actor may see: self, and for managers the users with a membership in their cities. */
export function userScope(actor: Actor): SQL | undefined {
  if (actor.isAdmin) return undefined;
  const managed = actor.provinceWide && actor.memberships.some((m) => MANAGERS.includes(m.role))
    ? undefined
    : [...new Set(actor.memberships.filter((m) => MANAGERS.includes(m.role)).map((m) => m.cityCode))];
  if (managed === undefined) return undefined;
  if (managed.length === 0) return sql`${users.id} = ${actor.userId}`;
  return sql`(${users.id} = ${actor.userId} or exists (select 1 from ${memberships} m join ${organisations} o on o.id = m.org_id
    where m.user_id = ${users.id} and o.city_code in (${sql.join(managed.map((c) => sql`${c}`), sql`, `)})))`;
}

/** What the UI may offer this actor in the orgs module (GET /auth/me → abilities). */
export function orgAbilities(a: Actor): Record<string, boolean> {
  const managed = a.memberships.filter((m) => MANAGERS.includes(m.role)).map((m) => m.cityCode);
  return {
    createOrganisation: a.isAdmin || managed.length > 0,
    createUser: mayCreateUsers(a),
    mergeOrganisation: a.isAdmin,
    confirmOrganisation: a.isAdmin,
  };
}
