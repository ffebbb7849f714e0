/** The enterprises module's public surface (企业培育): its router, its seed, and what other modules may call. */
import { eq } from "drizzle-orm";
import { enterpriseAssessments, enterpriseCertificates, enterprises, enterpriseYears, reserveEntries } from "./schema.ts";
import type { Tx } from "../../platform/db.ts";
import { DomainError } from "../../platform/errors.ts";

export { enterpriseRoutes } from "./routes.ts";
export { enterpriseAbilities } from "./policy.ts";
export { seedEnterpriseDemo, seedSyntheticEnterprises, writeSynthetic, DEMO_ENTERPRISES } from "./seed.ts";
export { highTechCounts, enterpriseFunnel, type HighTechCount, type FunnelRow } from "./service/funnel.ts";

/**
 * Merge hook for the orgs module: a merged organisation's registry profile moves to the one it merged into; when
 * both are registered the merge is refused (two sets of figures cannot be merged silently).
 */
export async function repointOrganisation(tx: Tx, fromId: string, intoId: string): Promise<void> {
  const [from] = await tx.select().from(enterprises).where(eq(enterprises.orgId, fromId));
  if (!from) return;
  const [into] = await tx.select({ orgId: enterprises.orgId }).from(enterprises).where(eq(enterprises.orgId, intoId));
  if (into) throw new DomainError("conflict", "enterprise.merge_both_registered");
  await tx.insert(enterprises).values({ ...from, orgId: intoId });
  for (const table of [enterpriseYears, enterpriseCertificates, enterpriseAssessments, reserveEntries]) {
    await tx.update(table).set({ orgId: intoId }).where(eq(table.orgId, fromId));
  }
  await tx.delete(enterprises).where(eq(enterprises.orgId, fromId));
}

