/**
 * Who may do what in enterprise cultivation (企业培育). An enterprise's own people enter its figures and facts and
 * see its gap report; the officers of its city's government (市/区 科技部门) confirm figures and certificates, run the
 * 高企后备库 and see the city's funnel; the province sees every city. Records outside scope are 404, never 403.
 */
import { sql, type SQL } from "drizzle-orm";
import { definePolicy } from "../../platform/policy.ts";
import { PROVINCE_CODE, type Actor, type Role } from "../../platform/context.ts";
import { enterprises } from "./schema.ts";

const GOVERNMENT_KINDS = ["provincial_department", "city_government", "district"];
const MANAGERS: readonly Role[] = ["admin", "officer"];
const ENTERPRISE_ROLES: readonly Role[] = ["admin", "officer", "member"];

/** The cities whose registry the actor manages as a government officer ("420000" stands for every city). */
export function officerCities(a: Actor): string[] {
  if (a.isAdmin) return [PROVINCE_CODE];
  return [...new Set(a.memberships.filter((m) => MANAGERS.includes(m.role) && GOVERNMENT_KINDS.includes(m.orgKind)).map((m) => m.cityCode))];
}

const managesCity = (a: Actor, cityCode: string) => officerCities(a).some((c) => c === PROVINCE_CODE || c === cityCode);
const seesAllCities = (a: Actor) => a.isAdmin || a.provinceWide;
const belongsTo = (a: Actor, orgId: string) => a.memberships.some((m) => m.orgId === orgId && ENTERPRISE_ROLES.includes(m.role));

export type EnterpriseRecord = { orgId: string; cityCode: string };

export const enterprisePolicy = definePolicy<EnterpriseRecord, "read" | "edit" | "confirm" | "certify" | "nominate">({
  read: (a, e) => seesAllCities(a) || belongsTo(a, e.orgId) || managesCity(a, e.cityCode),
  edit: (a, e) => belongsTo(a, e.orgId) || managesCity(a, e.cityCode),
  confirm: (a, e) => managesCity(a, e.cityCode),
  certify: (a, e) => managesCity(a, e.cityCode),
  nominate: (a, e) => managesCity(a, e.cityCode),
});

/** Registering: an enterprise's own people register it; a city's officers register enterprises of their city. */
export const registryPolicy = definePolicy<{ orgId: string | null; cityCode: string }, "register" | "import">({
  register: (a, e) => (e.orgId !== null && belongsTo(a, e.orgId)) || managesCity(a, e.cityCode),
  import: (a, e) => managesCity(a, e.cityCode),
});

/** The funnel and the reserve pool of a city: its officers and the province. */
export const cityPolicy = definePolicy<{ cityCode: string | null }, "read">({
  read: (a, c) => seesAllCities(a) || (c.cityCode === null ? officerCities(a).length > 0 : managesCity(a, c.cityCode)),
});

const list = (xs: string[]) => (xs.length ? sql.join(xs.map((x) => sql`${x}`), sql`, `) : sql`null`);

/** The SQL filter of enterprises an actor may see (mirrors enterprisePolicy.read). */
export function enterpriseScope(a: Actor): SQL | undefined {
  if (seesAllCities(a)) return undefined;
  const cities = officerCities(a);
  if (cities.includes(PROVINCE_CODE)) return undefined;
  const orgs = a.memberships.filter((m) => ENTERPRISE_ROLES.includes(m.role)).map((m) => m.orgId);
  return sql`(${enterprises.orgId}::text in (${list(orgs)}) or ${enterprises.cityCode} in (${list(cities)}))`;
}

/** The cities whose reserve pool and funnel an actor may see; null: every city. */
export function visibleCities(a: Actor): string[] | null {
  if (seesAllCities(a)) return null;
  const cities = officerCities(a);
  return cities.includes(PROVINCE_CODE) ? null : cities;
}

/** What the UI may offer this actor in enterprise cultivation (GET /auth/me → abilities). */
export function enterpriseAbilities(a: Actor): Record<string, boolean> {
  const manages = officerCities(a).length > 0;
  return {
    manageRegistry: manages,
    seeFunnel: seesAllCities(a) || manages,
    ownEnterprise: a.memberships.some((m) => m.orgKind === "enterprise" && ENTERPRISE_ROLES.includes(m.role)),
  };
}
