/**
 * Who sees the deals, flows and SLA pages, from the abilities GET /auth/me serves (the server's market/policy.ts,
 * marketAbilities): the UI offers only these, and the server decides again on every request.
 */
import type { Me } from "../../../platform/auth/api.ts";
import { canMarket } from "../access.ts";

/** The governments and service agencies of a city, and the province: the flow matrix and the demand SLA. */
export type OversightAbility = "seeFlows" | "seeSla";
export const oversees = (me: Me, ability: OversightAbility): boolean => me.abilities[ability] === true;

/**
 * Deals are registered by a party (anyone acting for an organisation: publishSupply) or by the officers overseeing
 * either city (seeFlows); the list shows them what they are party to or oversee.
 */
export const seesDeals = (me: Me): boolean => canMarket(me, "publishSupply") || oversees(me, "seeFlows");
