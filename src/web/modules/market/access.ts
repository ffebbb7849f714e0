/**
 * What GET /auth/me lets this user do in the marketplace (the server's market/policy.ts, marketAbilities), and the
 * organisations they may act for (a member, officer or admin of it: an expert role does not publish or respond).
 * The UI offers only these; the server decides again on every request.
 */
import type { Me } from "../../platform/auth/api.ts";

export type MarketAbility = "postDemand" | "publishSupply";
export const canMarket = (me: Me, ability: MarketAbility): boolean => me.abilities[ability] === true;

const ACTING_ROLES = ["admin", "officer", "member"];
export type ActingOrg = { id: string; name: string; kind: string; cityCode: string };

export function actingOrgs(me: Me): ActingOrg[] {
  const seen = new Map<string, ActingOrg>();
  for (const m of me.memberships) {
    if (ACTING_ROLES.includes(m.role) && !seen.has(m.orgId)) seen.set(m.orgId, { id: m.orgId, name: m.orgName, kind: m.orgKind, cityCode: m.cityCode });
  }
  return [...seen.values()];
}

/** Whether the record's owner is one of the user's organisations (any role). */
export const ownsRecord = (me: Me, ownerOrgId: string | null): boolean => ownerOrgId !== null && me.memberships.some((m) => m.orgId === ownerOrgId);
