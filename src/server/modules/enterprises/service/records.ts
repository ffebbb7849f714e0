/**
 * Loading registry records for the engines, and keeping the stored assessments in step: every write that changes
 * what an assessment reads recomputes that enterprise's five results in the same transaction.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { enterpriseAssessments, enterpriseCertificates, enterprises, enterpriseYears } from "../schema.ts";
import { assessRecord, withinReach, type RecordAssessment } from "../../../../shared/enterprise/inputs.ts";
import type { Certificate, CertificateTier, RegistryRecord, YearFigures } from "../../../../shared/enterprise/record.ts";
import { YEAR_COUNT_FIELDS, YEAR_MONEY_FIELDS } from "../../../../shared/enterprise/record.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";

type YearRow = typeof enterpriseYears.$inferSelect;
type CertRow = typeof enterpriseCertificates.$inferSelect;

export function yearFigures(r: YearRow): YearFigures {
  const out: YearFigures = { year: r.year, ip: r.ip ?? null };
  for (const f of YEAR_MONEY_FIELDS) out[f] = r[f];
  for (const f of YEAR_COUNT_FIELDS) out[f] = r[f];
  return out;
}

export function certificateOf(r: CertRow): Certificate {
  return { tier: r.tier as CertificateTier, number: r.number, year: r.year, level: r.level as Certificate["level"], validFrom: r.validFrom, validUntil: r.validUntil, confirmed: r.confirmed };
}

/** The registry records of the given enterprises, as the engines read them. */
export async function loadRecords(q: Queryable, orgIds: string[]): Promise<Map<string, RegistryRecord>> {
  const out = new Map<string, RegistryRecord>();
  if (orgIds.length === 0) return out;
  const [profiles, years, certs] = await Promise.all([
    q.select({ orgId: enterprises.orgId, foundedOn: enterprises.foundedOn, facts: enterprises.facts }).from(enterprises).where(inArray(enterprises.orgId, orgIds)),
    q.select().from(enterpriseYears).where(inArray(enterpriseYears.orgId, orgIds)).orderBy(enterpriseYears.year),
    q.select().from(enterpriseCertificates).where(inArray(enterpriseCertificates.orgId, orgIds)).orderBy(enterpriseCertificates.year),
  ]);
  for (const p of profiles) out.set(p.orgId, { foundedOn: p.foundedOn, facts: p.facts, years: [], certificates: [] });
  for (const y of years) out.get(y.orgId)?.years.push(yearFigures(y));
  for (const c of certs) out.get(c.orgId)?.certificates.push(certificateOf(c));
  return out;
}

export type StoredAssessment = typeof enterpriseAssessments.$inferInsert;

/** The rows to store for one enterprise's assessment. */
export function assessmentRows(orgId: string, a: RecordAssessment): StoredAssessment[] {
  const reach = withinReach(a);
  return a.tiers.map((t) => {
    const result = t.outcome.ok ? t.outcome.result : null;
    return {
      orgId,
      tier: t.tier,
      ruleSet: result?.ruleSet ?? null,
      assessedOn: a.assessedOn,
      eligible: result ? result.eligible : null,
      score: result?.score ?? null,
      unmet: result ? result.failedConditions.length : 0,
      incomplete: result ? result.incomplete : true,
      held: t.held !== null,
      withinReach: t.tier === "high-tech" && reach,
      computedAt: new Date(),
    };
  });
}

/** Stores rows (upsert on enterprise × tier), in chunks. */
export async function storeAssessments(tx: Tx, rows: StoredAssessment[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    await tx
      .insert(enterpriseAssessments)
      .values(rows.slice(i, i + 2000))
      .onConflictDoUpdate({
        target: [enterpriseAssessments.orgId, enterpriseAssessments.tier],
        set: {
          ruleSet: sql`excluded.rule_set`,
          assessedOn: sql`excluded.assessed_on`,
          eligible: sql`excluded.eligible`,
          score: sql`excluded.score`,
          unmet: sql`excluded.unmet`,
          incomplete: sql`excluded.incomplete`,
          held: sql`excluded.held`,
          withinReach: sql`excluded.within_reach`,
          computedAt: sql`excluded.computed_at`,
        },
      });
  }
}

/** Recomputes and stores the assessments of the given enterprises (today, Asia/Shanghai). */
export async function refreshAssessments(tx: Tx, orgIds: string[], assessedOn = todayInShanghai()): Promise<void> {
  const records = await loadRecords(tx, orgIds);
  const rows: StoredAssessment[] = [];
  for (const [orgId, record] of records) rows.push(...assessmentRows(orgId, assessRecord(record, assessedOn)));
  await storeAssessments(tx, rows);
}

export async function storedAssessments(q: Queryable, orgId: string) {
  return q.select().from(enterpriseAssessments).where(and(eq(enterpriseAssessments.orgId, orgId)));
}
