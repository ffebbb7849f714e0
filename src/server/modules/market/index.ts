/** The marketplace module's public surface (技术交易市场): its router, abilities, and what other modules may call. */
import { eq } from "drizzle-orm";
import { achievements, deals, demands, experts, patents, responses } from "./schema.ts";
import type { Tx } from "../../platform/db.ts";

export { marketRoutes } from "./routes.ts";
export { marketAbilities } from "./policy.ts";
export { flagOverdue } from "./service/demands.ts";

/** Merge hook for the orgs module: a merged organisation's market records, responses and deals move with it. */
export async function repointOrganisation(tx: Tx, fromId: string, intoId: string): Promise<void> {
  await tx.update(achievements).set({ ownerOrgId: intoId }).where(eq(achievements.ownerOrgId, fromId));
  await tx.update(patents).set({ ownerOrgId: intoId }).where(eq(patents.ownerOrgId, fromId));
  await tx.update(demands).set({ orgId: intoId }).where(eq(demands.orgId, fromId));
  await tx.update(experts).set({ orgId: intoId }).where(eq(experts.orgId, fromId));
  await tx.update(responses).set({ orgId: intoId }).where(eq(responses.orgId, fromId));
  await tx.update(deals).set({ sellerOrgId: intoId }).where(eq(deals.sellerOrgId, fromId));
  await tx.update(deals).set({ buyerOrgId: intoId }).where(eq(deals.buyerOrgId, fromId));
}
export { seedMarketDemo, seedSyntheticMarket, type SyntheticCounts } from "./seed.ts";
