/** The plans module's public surface (督办): its router, its seed, and what other modules may call. */
import { eq } from "drizzle-orm";
import { taskReports, taskUnits } from "./schema.ts";
import type { Tx } from "../../platform/db.ts";

export { planRoutes } from "./routes.ts";
export { planAbilities } from "./policy.ts";
export { seedPlanData, SEED_PLAN_FILE } from "./seed.ts";
export { parsePlanText } from "./plan-text/parse.ts";
export { insertPlan, parseChecked, previewPlan } from "./service/import.ts";

/** Merge hook for the orgs module: a merged organisation's task units and reports move to the one it merged into. */
export async function repointOrganisation(tx: Tx, fromId: string, intoId: string): Promise<void> {
  await tx.update(taskUnits).set({ orgId: intoId }).where(eq(taskUnits.orgId, fromId));
  await tx.update(taskReports).set({ orgId: intoId }).where(eq(taskReports.orgId, fromId));
}
