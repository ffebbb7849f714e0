/**
 * Enterprise organisations as the enterprise registry creates them (one by one, or in bulk from a spreadsheet):
 * found by unified social credit code, or inserted active with kind "enterprise". The caller authorizes and audits.
 */
import { eq, inArray } from "drizzle-orm";
import { organisations } from "../schema.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";

export type EnterpriseOrgInput = { name: string; creditCode: string; cityCode: string; districtCode?: string | null };
export type EnterpriseOrg = { id: string; name: string; kind: string; creditCode: string | null; cityCode: string; districtCode: string | null; status: string };

const columns = { id: organisations.id, name: organisations.name, kind: organisations.kind, creditCode: organisations.creditCode, cityCode: organisations.cityCode, districtCode: organisations.districtCode, status: organisations.status };

/** Organisations by credit code (normalised codes), for matching imported rows to what exists. */
export async function organisationsByCreditCode(q: Queryable, codes: string[]): Promise<Map<string, EnterpriseOrg>> {
  const out = new Map<string, EnterpriseOrg>();
  for (let i = 0; i < codes.length; i += 5000) {
    const rows = await q.select(columns).from(organisations).where(inArray(organisations.creditCode, codes.slice(i, i + 5000)));
    for (const r of rows) if (r.creditCode) out.set(r.creditCode, r);
  }
  return out;
}

export async function organisationById(q: Queryable, id: string): Promise<EnterpriseOrg | null> {
  const [row] = await q.select(columns).from(organisations).where(eq(organisations.id, id));
  return row ?? null;
}

/** Inserts enterprise organisations (in chunks); returns credit code → id. */
export async function insertEnterpriseOrganisations(tx: Tx, rows: EnterpriseOrgInput[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000).map((r) => ({ name: r.name, creditCode: r.creditCode, cityCode: r.cityCode, districtCode: r.districtCode ?? null, kind: "enterprise", status: "active" }));
    const inserted = await tx.insert(organisations).values(chunk).returning({ id: organisations.id, creditCode: organisations.creditCode });
    for (const r of inserted) if (r.creditCode) out.set(r.creditCode, r.id);
  }
  return out;
}

/** Keeps an enterprise organisation's district in step with its registry profile. */
export async function setOrganisationDistrict(tx: Tx, id: string, districtCode: string | null): Promise<void> {
  await tx.update(organisations).set({ districtCode, updatedAt: new Date() }).where(eq(organisations.id, id));
}
