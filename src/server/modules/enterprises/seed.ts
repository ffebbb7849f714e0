/**
 * Demo and synthetic enterprises for the registry (synthetic.ts: deterministic, seeded), written in bulk: the
 * organisations, profiles, confirmed years and certificates, the stored assessments, and for the demo a few
 * 高企后备库 entries with coaching visits. Demo records are flagged is_demo and labelled 示例数据 wherever counted.
 */
import { sql } from "drizzle-orm";
import { coachingVisits, enterpriseCertificates, enterprises, enterpriseYears, reserveEntries } from "./schema.ts";
import { syntheticEnterprises, type SyntheticEnterprise } from "./synthetic.ts";
import { assessmentRows, storeAssessments, type StoredAssessment } from "./service/records.ts";
import { insertEnterpriseOrganisations, organisationsByCreditCode } from "../orgs/index.ts";
import { assessRecord } from "../../../shared/enterprise/inputs.ts";
import { appendAudit } from "../../platform/audit/index.ts";
import { todayInShanghai } from "../../platform/clock.ts";
import { rows } from "../../platform/db.ts";
import type { Ctx } from "../../platform/context.ts";
import type { Tx } from "../../platform/db.ts";

export const DEMO_ENTERPRISES = 240;
const DEMO_SEED = 20260601;

/** Writes a batch of synthetic enterprises (skipping credit codes already present); returns how many were written. */
export async function writeSynthetic(tx: Tx, batch: SyntheticEnterprise[], opts: { demo: boolean; assessedOn?: string }): Promise<string[]> {
  const existing = await organisationsByCreditCode(tx, batch.map((e) => e.creditCode));
  const fresh = batch.filter((e) => !existing.has(e.creditCode));
  if (fresh.length === 0) return [];
  const ids = await insertEnterpriseOrganisations(tx, fresh.map((e) => ({ name: e.name, creditCode: e.creditCode, cityCode: e.cityCode })));
  const idOf = (e: SyntheticEnterprise) => ids.get(e.creditCode) ?? "";
  await tx.insert(enterprises).values(fresh.map((e) => ({ orgId: idOf(e), cityCode: e.cityCode, industry: e.industry, domain: e.domain, foundedOn: e.foundedOn, facts: e.record.facts, isDemo: opts.demo })));
  const years = fresh.flatMap((e) => e.record.years.map(({ year, ...figures }) => ({ orgId: idOf(e), year, ...figures, ip: figures.ip ?? null, status: "confirmed", confirmedAt: new Date() })));
  for (let i = 0; i < years.length; i += 1000) await tx.insert(enterpriseYears).values(years.slice(i, i + 1000));
  const certs = fresh.flatMap((e) =>
    e.record.certificates.map((c) => ({ orgId: idOf(e), cityCode: e.cityCode, tier: c.tier, number: c.number ?? null, year: c.year, level: c.level ?? null, validFrom: c.validFrom ?? null, validUntil: c.validUntil ?? null, confirmed: c.confirmed ?? true })),
  );
  for (let i = 0; i < certs.length; i += 1000) await tx.insert(enterpriseCertificates).values(certs.slice(i, i + 1000)).onConflictDoNothing();
  const assessedOn = opts.assessedOn ?? todayInShanghai();
  const stored: StoredAssessment[] = [];
  for (const e of fresh) stored.push(...assessmentRows(idOf(e), assessRecord(e.record, assessedOn)));
  await storeAssessments(tx, stored);
  return fresh.map(idOf);
}

/** `count` synthetic enterprises from `seed`, in transactions of `batch`; progress after each. */
export async function seedSyntheticEnterprises(ctx: Ctx, opts: { count: number; seed: number; demo: boolean; batch?: number; onProgress?: (done: number, total: number) => void }): Promise<number> {
  const size = opts.batch ?? 2000;
  let batch: SyntheticEnterprise[] = [];
  let written = 0;
  let seen = 0;
  const flush = async () => {
    const current = batch;
    batch = [];
    written += (await ctx.db.transaction(async (tx) => {
      const ids = await writeSynthetic(tx, current, { demo: opts.demo });
      await appendAudit(tx, ctx, { action: "enterprise.seed_synthetic", entityType: "enterprise_import", entityId: ids[0] ?? "none", after: { count: ids.length, seed: opts.seed, demo: opts.demo } });
      return ids;
    })).length;
    opts.onProgress?.(seen, opts.count);
  };
  for (const e of syntheticEnterprises(opts.count, opts.seed)) {
    batch.push(e);
    seen++;
    if (batch.length >= size) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}

/**
 * The demo registry (示例数据), once: DEMO_ENTERPRISES synthetic enterprises, and this year's 高企后备库 in each city
 * filled from the engine's proposals, with a coaching visit each.
 */
export async function seedEnterpriseDemo(ctx: Ctx): Promise<void> {
  const [have] = await rows<{ n: number }>(ctx.db, sql`select count(*)::int as n from enterprises where is_demo`);
  if ((have?.n ?? 0) > 0) return;
  await seedSyntheticEnterprises(ctx, { count: DEMO_ENTERPRISES, seed: DEMO_SEED, demo: true, batch: DEMO_ENTERPRISES });
  const year = Number(todayInShanghai().slice(0, 4));
  await ctx.db.transaction(async (tx) => {
    const picks = await rows<{ org_id: string; city_code: string }>(
      tx,
      sql`select org_id, city_code from (
            select a.org_id, e.city_code, row_number() over (partition by e.city_code order by a.eligible is true desc, a.unmet, o.name) as n
            from enterprise_assessments a join enterprises e on e.org_id = a.org_id join organisations o on o.id = e.org_id
            where a.tier = 'high-tech' and a.within_reach and e.is_demo) ranked
          where n <= 4`,
    );
    if (picks.length === 0) return;
    const entries = await tx
      .insert(reserveEntries)
      .values(picks.map((p, i) => ({ orgId: p.org_id, cityCode: p.city_code, year, source: i % 2 === 0 ? "engine" : "officer", stage: i % 3 === 0 ? "applied" : "reserve", appliedOn: i % 3 === 0 ? `${year}-06-30` : null, note: "示例数据" })))
      .returning({ id: reserveEntries.id });
    await tx.insert(coachingVisits).values(entries.map((e) => ({ entryId: e.id, visitedOn: `${year}-04-15`, visitors: "市科技局高企服务专班（示例）", topics: "研发费用归集、高新技术产品（服务）收入核算、知识产权布局", notes: "示例数据" })));
    await appendAudit(tx, ctx, { action: "reserve.seed_demo", entityType: "reserve_entry", entityId: entries[0]?.id ?? "none", after: { count: entries.length, year } });
  });
}
