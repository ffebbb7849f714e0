/**
 * Who may do what in the marketplace. Anyone, signed in or not, reads what owners published; an owner organisation's
 * people manage its records (an unpublished record is theirs alone, with admins); providers respond to published
 * demands of others; deals are registered by a party or by the officers of either city; the flow matrix and the
 * demand SLA belong to the governments and service agencies (their cities) and the province (every city).
 */
import { definePolicy } from "../../platform/policy.ts";
import { PROVINCE_CODE, type Actor, type Role } from "../../platform/context.ts";

const ACTING: readonly Role[] = ["admin", "officer", "member"];
const GOVERNMENT = ["provincial_department", "city_government", "district"];
const SERVICE = [...GOVERNMENT, "service_agency"];

const actsFor = (a: Actor, orgId: string) => a.memberships.some((m) => m.orgId === orgId && ACTING.includes(m.role));
const seesAll = (a: Actor) => a.isAdmin || a.memberships.some((m) => m.cityCode === PROVINCE_CODE && ["admin", "officer"].includes(m.role));

/** Cities an actor oversees for the market (SLA, deals, flows): null = every city. */
export function overseenCities(a: Actor): string[] | null {
  if (seesAll(a)) return null;
  return [...new Set(a.memberships.filter((m) => SERVICE.includes(m.orgKind) && ["admin", "officer", "member"].includes(m.role)).map((m) => m.cityCode))];
}

export type MarketRecord = { ownerOrgId: string; cityCode: string; published: boolean };

export const recordPolicy = definePolicy<MarketRecord, "read" | "manage">({
  read: (a, r) => r.published || a.isAdmin || actsFor(a, r.ownerOrgId),
  manage: (a, r) => a.isAdmin || actsFor(a, r.ownerOrgId),
});

/** Anonymous callers may read published records: the portal is public. */
export const canReadPublic = (a: Actor | null, r: MarketRecord) => r.published || (a !== null && recordPolicy.can(a, "read", r));

export const demandPolicy = definePolicy<MarketRecord & { status: string }, "respond" | "publish">({
  respond: (a, d) => d.status === "published" && a.memberships.some((m) => ACTING.includes(m.role) && m.orgId !== d.ownerOrgId),
  publish: (a, d) => a.isAdmin || actsFor(a, d.ownerOrgId),
});

export const dealPolicy = definePolicy<{ sellerOrgId: string; buyerOrgId: string; sellerCity: string; buyerCity: string }, "register" | "read">({
  register: (a, d) => a.isAdmin || actsFor(a, d.sellerOrgId) || actsFor(a, d.buyerOrgId) || oversees(a, d.sellerCity) || oversees(a, d.buyerCity),
  read: (a, d) => a.isAdmin || actsFor(a, d.sellerOrgId) || actsFor(a, d.buyerOrgId) || oversees(a, d.sellerCity) || oversees(a, d.buyerCity),
});

function oversees(a: Actor, cityCode: string): boolean {
  const cities = overseenCities(a);
  return cities === null || cities.includes(cityCode);
}

export const oversightPolicy = definePolicy<{ cityCode: string | null }, "read">({
  read: (a, c) => {
    const cities = overseenCities(a);
    return cities === null || (c.cityCode === null ? cities.length > 0 : cities.includes(c.cityCode));
  },
});

/** Whether the actor may act for the organisation (create its records, respond in its name). */
export const mayActFor = (a: Actor, orgId: string) => a.isAdmin || actsFor(a, orgId);

/** What the UI may offer this actor in the marketplace (GET /auth/me → abilities). */
export function marketAbilities(a: Actor): Record<string, boolean> {
  const cities = overseenCities(a);
  return {
    postDemand: a.memberships.some((m) => m.orgKind === "enterprise" && ACTING.includes(m.role)) || a.isAdmin,
    publishSupply: a.memberships.some((m) => ACTING.includes(m.role)),
    seeSla: cities === null || cities.length > 0,
    seeFlows: cities === null || cities.length > 0,
  };
}
