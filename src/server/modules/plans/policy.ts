/**
 * Who may do what in plan supervision (督办). The province (admins, provincial departments) sees every task; a unit
 * sees the tasks it is named in; a city's officers also see the tasks of their city's units. Responsible units
 * acknowledge (签收) and report; lead units review (复核). Experts only read.
 */
import { sql, type SQL } from "drizzle-orm";
import { definePolicy } from "../../platform/policy.ts";
import type { Actor, Role } from "../../platform/context.ts";
import { planTasks } from "./schema.ts";

const ACTING: readonly Role[] = ["admin", "officer", "member"];
const MANAGERS: readonly Role[] = ["admin", "officer"];
const seesAll = (a: Actor) => a.isAdmin || a.provinceWide;
const orgsWith = (a: Actor, roles: readonly Role[]) => a.memberships.filter((m) => roles.includes(m.role)).map((m) => m.orgId);

export type TaskRecord = { leadOrgIds: string[]; responsibleOrgIds: string[]; unitCityCodes: string[] };

/** The units that report: the responsible units, or the lead units of a task that names no other (“A负责”). */
export const reportingOrgIds = (t: TaskRecord) => (t.responsibleOrgIds.length ? t.responsibleOrgIds : t.leadOrgIds);

export const taskPolicy = definePolicy<TaskRecord, "read" | "acknowledge" | "report" | "review">({
  read: (a, t) =>
    seesAll(a) ||
    [...t.leadOrgIds, ...t.responsibleOrgIds].some((id) => a.memberships.some((m) => m.orgId === id)) ||
    a.memberships.some((m) => MANAGERS.includes(m.role) && t.unitCityCodes.includes(m.cityCode)),
  acknowledge: (a, t) => orgsWith(a, ACTING).some((id) => [...t.leadOrgIds, ...t.responsibleOrgIds].includes(id)),
  report: (a, t) => orgsWith(a, ACTING).some((id) => reportingOrgIds(t).includes(id)),
  review: (a, t) => orgsWith(a, MANAGERS).some((id) => t.leadOrgIds.includes(id)),
});

/** Plans as wholes: the province imports and closes them; every signed-in user may read them. */
export const planPolicy = definePolicy<Record<string, never>, "read" | "create" | "close">({
  read: () => true,
  create: (a) => a.isAdmin || (a.provinceWide && a.memberships.some((m) => MANAGERS.includes(m.role))),
  close: (a) => a.isAdmin || (a.provinceWide && a.memberships.some((m) => MANAGERS.includes(m.role))),
});

/** The SQL filter of tasks an actor may see (mirrors taskPolicy.read). */
export function taskScope(a: Actor): SQL | undefined {
  if (seesAll(a)) return undefined;
  const orgIds = a.memberships.map((m) => m.orgId);
  const cities = [...new Set(a.memberships.filter((m) => MANAGERS.includes(m.role)).map((m) => m.cityCode))];
  const list = (xs: string[]) => (xs.length ? sql.join(xs.map((x) => sql`${x}`), sql`, `) : sql`null`);
  return sql`exists (select 1 from task_units tu join organisations o on o.id = tu.org_id
    where tu.task_id = ${planTasks.id} and (tu.org_id::text in (${list(orgIds)}) or o.city_code in (${list(cities)})))`;
}

/** Indicator values: the province and admins for every city, a city's officers for their own city. */
export const indicatorPolicy = definePolicy<{ cityCode: string }, "read" | "write">({
  read: () => true,
  write: (a, v) => a.isAdmin || a.memberships.some((m) => MANAGERS.includes(m.role) && (m.cityCode === v.cityCode || m.cityCode === "420000")),
});

/** What the UI may offer this actor in plan supervision (GET /auth/me → abilities). */
export function planAbilities(a: Actor): Record<string, boolean> {
  return {
    importPlan: planPolicy.can(a, "create", {}),
    closePlan: planPolicy.can(a, "close", {}),
    seeAllTasks: a.isAdmin || a.provinceWide,
    writeIndicatorValues: a.isAdmin || a.memberships.some((m) => MANAGERS.includes(m.role)),
  };
}
