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

export type NamedOrgInput = { name: string; kind: string; cityCode: string };

/**
 * Organisations by exact name, created (active, without a credit code) where missing: how synthetic and demo
 * records of universities, institutes and enterprises find their owners. Returns name → organisation.
 */
export async function ensureOrganisationsByName(tx: Tx, list: NamedOrgInput[]): Promise<Map<string, EnterpriseOrg>> {
  const wanted = [...new Map(list.map((o) => [o.name, o])).values()];
  const out = new Map<string, EnterpriseOrg>();
  for (let i = 0; i < wanted.length; i += 2000) {
    const names = wanted.slice(i, i + 2000).map((o) => o.name);
    for (const r of await tx.select(columns).from(organisations).where(inArray(organisations.name, names))) if (!out.has(r.name)) out.set(r.name, r);
  }
  const missing = wanted.filter((o) => !out.has(o.name));
  for (let i = 0; i < missing.length; i += 1000) {
    const rows = await tx
      .insert(organisations)
      .values(missing.slice(i, i + 1000).map((o) => ({ name: o.name, kind: o.kind, cityCode: o.cityCode, status: "active" })))
      .returning(columns);
    for (const r of rows) out.set(r.name, r);
  }
  return out;
}
