/**
 * Synthetic marketplace records (synthetic.ts: seeded, deterministic, 示例数据) written through the import's writer:
 * owners found or created by name, patents merged by application number, search documents and document
 * frequencies as for any import. Used by `corridor seed --synthetic`, the demo data, the benchmarks and the
 * matching evaluation.
 */
import { sql } from "drizzle-orm";
import { syntheticAchievements, syntheticDemands, syntheticExperts, syntheticPatents, type SyntheticAchievement, type SyntheticDemand, type SyntheticExpert, type SyntheticPatent } from "./synthetic.ts";
import { writeRecords, type Owner } from "./service/import.ts";
import type { ImportedRecord } from "./import-sheet.ts";
import type { Kind } from "./contract.ts";
import { ensureOrganisationsByName, type NamedOrgInput } from "../orgs/index.ts";
import { ORG_KINDS } from "../../../shared/regions.ts";
import { todayInShanghai } from "../../platform/clock.ts";
import { rows, type Tx } from "../../platform/db.ts";
import type { Ctx } from "../../platform/context.ts";

export type SyntheticCounts = { patents: number; achievements: number; demands: number; experts: number };

const orgKind = (k: string) => ((ORG_KINDS as readonly string[]).includes(k) ? k : "enterprise");

export function patentValues(p: SyntheticPatent): Record<string, unknown> {
  return { applicationNo: p.applicationNo, title: p.title, abstract: p.abstract, applicants: p.applicants, inventors: p.inventors, type: p.type, legalStatus: p.legalStatus, ipc: p.ipc, cityCode: p.cityCode, domain: p.domain, filingDate: p.filingDate, grantDate: p.grantDate, strategicEmerging: p.strategicEmerging, overseasFamily: p.overseasFamily, pledgeAmount: null, nationalAward: false, chinaPatentAward: false };
}
export function achievementValues(a: SyntheticAchievement): Record<string, unknown> {
  return { title: a.title, summary: a.summary, domain: a.domain, trl: a.trl, transferModes: a.transferModes, price: a.price, negotiable: a.negotiable, contactName: null, contactPhone: null, published: true };
}
export function demandValues(d: SyntheticDemand): Record<string, unknown> {
  return { title: d.title, description: d.description, domain: d.domain, budget: d.budget, negotiable: d.negotiable, deadline: d.deadline, status: "published", published: true, publishedAt: new Date(`${d.publishedOn}T09:00:00+08:00`) };
}
export function expertValues(e: SyntheticExpert): Record<string, unknown> {
  return { name: e.name, title: e.title, fields: e.fields, bio: e.bio, domain: e.domain, published: true };
}

type Batch = { kind: Kind; records: ImportedRecord[]; owners: NamedOrgInput[] };

async function writeBatch(tx: Tx, ctx: Ctx, batch: Batch, demo: boolean): Promise<void> {
  const orgs = await ensureOrganisationsByName(tx, batch.owners);
  const ownerOf = (r: ImportedRecord): Owner | null => {
    const name = String(r.values.__owner ?? "");
    const o = orgs.get(name);
    return o ? { id: o.id, name: o.name, cityCode: o.cityCode } : null;
  };
  const clean = batch.records.map((r) => {
    const { __owner: _owner, ...values } = r.values;
    void _owner;
    return { row: r.row, values, owner: ownerOf(r) };
  });
  await writeRecords(tx, ctx, batch.kind, clean.map((c) => ({ row: c.row, values: c.values })), (r) => clean[r.row]?.owner ?? null, todayInShanghai(), () => undefined, { demo });
}

/** Writes `counts` synthetic records of each kind from `seed`, in transactions of `batchSize`, reporting progress. */
export async function seedSyntheticMarket(ctx: Ctx, opts: { counts: Partial<SyntheticCounts>; seed: number; demo: boolean; batchSize?: number; onProgress?: (kind: Kind, done: number, total: number) => void }): Promise<SyntheticCounts> {
  const size = opts.batchSize ?? 5000;
  const written: SyntheticCounts = { patents: 0, achievements: 0, demands: 0, experts: 0 };
  const run = async <T>(kind: Kind, key: keyof SyntheticCounts, source: Iterable<T>, total: number, values: (t: T) => Record<string, unknown>, owner: (t: T) => NamedOrgInput) => {
    let batch: Batch = { kind, records: [], owners: [] };
    const flush = async () => {
      if (batch.records.length === 0) return;
      const current = batch;
      batch = { kind, records: [], owners: [] };
      await ctx.db.transaction((tx) => writeBatch(tx, ctx, current, opts.demo));
      written[key] += current.records.length;
      opts.onProgress?.(kind, written[key], total);
    };
    for (const item of source) {
      const o = owner(item);
      batch.records.push({ row: batch.records.length, values: { ...values(item), __owner: o.name } });
      batch.owners.push(o);
      if (batch.records.length >= size) await flush();
    }
    await flush();
  };
  const c = opts.counts;
  if (c.patents) await run("patent", "patents", syntheticPatents(c.patents, opts.seed), c.patents, patentValues, (p) => ({ name: p.owner, kind: orgKind(p.ownerKind), cityCode: p.cityCode }));
  if (c.achievements) await run("achievement", "achievements", syntheticAchievements(c.achievements, opts.seed), c.achievements, achievementValues, (a) => ({ name: a.owner, kind: orgKind(a.ownerKind), cityCode: a.cityCode }));
  if (c.experts) await run("expert", "experts", syntheticExperts(c.experts, opts.seed), c.experts, expertValues, (e) => ({ name: e.organisation, kind: orgKind(e.organisationKind), cityCode: e.cityCode }));
  if (c.demands) await run("demand", "demands", syntheticDemands(c.demands, opts.seed + 1), c.demands, demandValues, (d) => ({ name: d.enterprise, kind: "enterprise", cityCode: d.cityCode }));
  // Fresh statistics, so the planner uses the search indexes (PGlite has no autovacuum).
  await ctx.db.execute(sql`analyze`);
  return written;
}

/** The demo marketplace (示例数据), once: a few thousand records so the portal and the pages have something to show. */
export async function seedMarketDemo(ctx: Ctx): Promise<void> {
  const [have] = await rows<{ n: number }>(ctx.db, sql`select count(*)::int as n from market_patents where is_demo`);
  if ((have?.n ?? 0) > 0) return;
  await seedSyntheticMarket(ctx, { counts: { patents: 400, achievements: 150, demands: 100, experts: 60 }, seed: 20261125, demo: true, batchSize: 1000 });
}
