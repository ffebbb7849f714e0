/**
 * What GET /auth/me lets this user do in enterprise cultivation (the server's enterprises/policy.ts,
 * enterpriseAbilities): the UI offers only these, and the server decides again on every request.
 */
import type { Me } from "../../platform/auth/api.ts";

export type EnterpriseAbility = "manageRegistry" | "seeFunnel" | "ownEnterprise";

export const canEnterprise = (me: Me, ability: EnterpriseAbility): boolean => me.abilities[ability] === true;
