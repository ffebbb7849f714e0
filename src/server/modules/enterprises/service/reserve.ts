/**
 * 高企后备库: a city's officers nominate enterprises (or accept the engine's proposals of those within reach), record
 * coaching visits, and follow each to application (申报) and result (认定/未通过). A certified result records the
 * 高企 certificate, which is what the KPI counts.
 */
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { coachingVisits, enterpriseAssessments, enterpriseCertificates, enterprises, reserveEntries } from "../schema.ts";
import { cityPolicy, enterprisePolicy, visibleCities } from "../policy.ts";
import type { CandidateQuery, ReserveCreate, ReserveListQuery, ReserveUpdate, STAGES, VisitCreate } from "../contract.ts";
import { findVisibleEnterprise } from "./registry.ts";
import { NEXT_STAGES } from "../../../../shared/enterprise/reserve.ts";
import { refreshAssessments } from "./records.ts";
import { organisations } from "../../orgs/index.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError, notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Tx } from "../../../platform/db.ts";
import type { Page } from "../../../platform/http.ts";

type Stage = (typeof STAGES)[number];

const cityFilter = (actor: Actor, column: SQL | typeof reserveEntries.cityCode | typeof enterprises.cityCode, cityCode?: string): SQL | undefined => {
  const cities = visibleCities(actor);
  if (cityCode) {
    if (cities && !cities.includes(cityCode)) return sql`false`;
    return sql`${column} = ${cityCode}`;
  }
  return cities ? (cities.length ? sql`${column} in (${sql.join(cities.map((c) => sql`${c}`), sql`, `)})` : sql`false`) : undefined;
};

export async function nominate(ctx: Ctx, input: ReserveCreate) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, input.orgId);
    enterprisePolicy.authorize(actor, "nominate", { orgId: input.orgId, cityCode: e.e.cityCode });
    const [held] = await tx
      .select({ id: enterpriseCertificates.id })
      .from(enterpriseCertificates)
      .where(and(eq(enterpriseCertificates.orgId, input.orgId), eq(enterpriseCertificates.tier, "high-tech"), eq(enterpriseCertificates.confirmed, true), sql`coalesce(${enterpriseCertificates.validUntil}, make_date(${enterpriseCertificates.year} + 3, 12, 31)) > make_date(${input.year}, 12, 31)`));
    if (held) throw fieldError("orgId", "reserve.already_certified", { name: e.name });
    const [dup] = await tx.select({ id: reserveEntries.id }).from(reserveEntries).where(and(eq(reserveEntries.orgId, input.orgId), eq(reserveEntries.year, input.year)));
    if (dup) throw new DomainError("conflict", "reserve.duplicate", { name: e.name, year: input.year });
    const [row] = await tx
      .insert(reserveEntries)
      .values({ orgId: input.orgId, cityCode: e.e.cityCode, year: input.year, source: input.source, note: input.note ?? null, nominatedBy: actor.userId })
      .returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "reserve.nominate", entityType: "reserve_entry", entityId: row.id, after: row });
    return { id: row.id };
  });
}

async function findEntry(tx: Tx, actor: Actor, id: string) {
  const [row] = await tx.select().from(reserveEntries).where(and(eq(reserveEntries.id, id), cityFilter(actor, reserveEntries.cityCode)));
  if (!row) throw notFound();
  return row;
}

export async function updateEntry(ctx: Ctx, id: string, input: ReserveUpdate) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await findEntry(tx, actor, id);
    enterprisePolicy.authorize(actor, "nominate", { orgId: before.orgId, cityCode: before.cityCode });
    const stage = input.stage ?? (before.stage as Stage);
    if (stage !== before.stage && !NEXT_STAGES[before.stage as Stage].includes(stage)) {
      throw fieldError("stage", "reserve.bad_transition", { from: before.stage, to: stage });
    }
    const today = todayInShanghai();
    const appliedOn = input.appliedOn !== undefined ? input.appliedOn : before.appliedOn ?? (stage === "applied" ? today : null);
    const decidedOn = input.decidedOn !== undefined ? input.decidedOn : before.decidedOn ?? (stage === "certified" || stage === "rejected" ? today : null);
    if (appliedOn && appliedOn > today) throw fieldError("appliedOn", "reserve.date_in_future", { value: appliedOn });
    if (decidedOn && appliedOn && decidedOn < appliedOn) throw fieldError("decidedOn", "reserve.decided_before_applied", { decided: decidedOn, applied: appliedOn });
    if (stage === "certified" && before.stage !== "certified") {
      const cert = input.certificate;
      if (!cert?.number) throw fieldError("certificate.number", "reserve.certificate_required");
      const [taken] = await tx.select({ id: enterpriseCertificates.id }).from(enterpriseCertificates).where(and(eq(enterpriseCertificates.tier, "high-tech"), eq(enterpriseCertificates.number, cert.number)));
      if (taken) throw new DomainError("conflict", "error.conflict", { detail: cert.number }, [{ path: "certificate.number", key: "reserve.certificate_taken", params: { number: cert.number } }]);
      await tx.insert(enterpriseCertificates).values({
        orgId: before.orgId,
        cityCode: before.cityCode,
        tier: "high-tech",
        number: cert.number,
        year: cert.year,
        level: "national",
        validFrom: cert.validFrom ?? decidedOn,
        validUntil: cert.validUntil ?? null,
        confirmed: true,
        createdBy: actor.userId,
      });
      await refreshAssessments(tx, [before.orgId]);
    }
    const [after] = await tx
      .update(reserveEntries)
      .set({ stage, appliedOn, decidedOn, note: input.note === undefined ? before.note : input.note, updatedAt: new Date() })
      .where(eq(reserveEntries.id, id))
      .returning();
    await appendAudit(tx, ctx, { action: "reserve.update", entityType: "reserve_entry", entityId: id, before, after: after ?? null });
    return { id, stage };
  });
}

export async function addVisit(ctx: Ctx, entryId: string, input: VisitCreate) {
  const actor = requireActor(ctx.actor);
  if (input.visitedOn > todayInShanghai()) throw fieldError("visitedOn", "reserve.date_in_future", { value: input.visitedOn });
  return ctx.db.transaction(async (tx) => {
    const entry = await findEntry(tx, actor, entryId);
    enterprisePolicy.authorize(actor, "nominate", { orgId: entry.orgId, cityCode: entry.cityCode });
    const [row] = await tx.insert(coachingVisits).values({ entryId, visitedOn: input.visitedOn, visitors: input.visitors, topics: input.topics, notes: input.notes ?? null, createdBy: actor.userId }).returning();
    if (!row) throw notFound();
    await tx.update(reserveEntries).set({ updatedAt: new Date() }).where(eq(reserveEntries.id, entryId));
    await appendAudit(tx, ctx, { action: "reserve.visit", entityType: "reserve_entry", entityId: entryId, after: row });
    return { id: row.id };
  });
}

export async function listReserve(ctx: Ctx, q: ReserveListQuery, limit: number | null = q.pageSize) {
  const actor = requireActor(ctx.actor);
  cityPolicy.authorize(actor, "read", { cityCode: q.cityCode ?? null });
  const where = and(
    cityFilter(actor, reserveEntries.cityCode, q.cityCode),
    q.year ? eq(reserveEntries.year, q.year) : undefined,
    q.stage ? eq(reserveEntries.stage, q.stage) : undefined,
    q.q ? sql`${organisations.name} ilike ${`%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}` : undefined,
  );
  const base = ctx.db
    .select({ r: reserveEntries, name: organisations.name, creditCode: organisations.creditCode, a: enterpriseAssessments })
    .from(reserveEntries)
    .innerJoin(organisations, eq(organisations.id, reserveEntries.orgId))
    .leftJoin(enterpriseAssessments, and(eq(enterpriseAssessments.orgId, reserveEntries.orgId), eq(enterpriseAssessments.tier, "high-tech")))
    .where(where)
    .orderBy(desc(reserveEntries.year), asc(reserveEntries.cityCode), asc(organisations.name));
  const rows = limit === null ? await base : await base.limit(limit).offset((q.page - 1) * limit);
  const [total] = await ctx.db.select({ n: count() }).from(reserveEntries).innerJoin(organisations, eq(organisations.id, reserveEntries.orgId)).where(where);
  const ids = rows.map((r) => r.r.id);
  const visits = ids.length ? await ctx.db.select().from(coachingVisits).where(inArray(coachingVisits.entryId, ids)).orderBy(desc(coachingVisits.visitedOn)) : [];
  return {
    items: rows.map(({ r, name, creditCode, a }) => ({
      id: r.id,
      orgId: r.orgId,
      name,
      creditCode,
      cityCode: r.cityCode,
      year: r.year,
      source: r.source,
      stage: r.stage as Stage,
      appliedOn: r.appliedOn,
      decidedOn: r.decidedOn,
      note: r.note,
      visits: visits.filter((v) => v.entryId === r.id).map((v) => ({ id: v.id, visitedOn: v.visitedOn, visitors: v.visitors, topics: v.topics, notes: v.notes, createdAt: v.createdAt.toISOString() })),
      highTech: a ? { tier: a.tier, eligible: a.eligible, score: a.score, unmet: a.unmet, incomplete: a.incomplete, held: a.held, withinReach: a.withinReach } : null,
      updatedAt: r.updatedAt.toISOString(),
    })),
    total: total?.n ?? 0,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * The engine's proposals: enterprises of the city within reach of 高企 (src/shared/enterprise/inputs.ts withinReach:
 * eligible now, or at most two data thresholds short, each by at most 25 %) that hold no valid 高企 certificate and
 * are not yet in the pool for the year. Eligible ones first, then the fewest conditions short.
 */
export async function candidates(ctx: Ctx, q: CandidateQuery): Promise<Page<{ orgId: string; name: string; cityCode: string; eligible: boolean | null; unmet: number; score: number | null; incomplete: boolean }>> {
  const actor = requireActor(ctx.actor);
  cityPolicy.authorize(actor, "read", { cityCode: q.cityCode ?? null });
  const year = q.year ?? Number(todayInShanghai().slice(0, 4));
  const where = and(
    eq(enterpriseAssessments.tier, "high-tech"),
    eq(enterpriseAssessments.withinReach, true),
    cityFilter(actor, enterprises.cityCode, q.cityCode),
    sql`not exists (select 1 from reserve_entries r where r.org_id = ${enterprises.orgId} and r.year = ${year})`,
  );
  const rows = await ctx.db
    .select({ orgId: enterprises.orgId, name: organisations.name, cityCode: enterprises.cityCode, eligible: enterpriseAssessments.eligible, unmet: enterpriseAssessments.unmet, score: enterpriseAssessments.score, incomplete: enterpriseAssessments.incomplete })
    .from(enterpriseAssessments)
    .innerJoin(enterprises, eq(enterprises.orgId, enterpriseAssessments.orgId))
    .innerJoin(organisations, eq(organisations.id, enterprises.orgId))
    .where(where)
    .orderBy(sql`${enterpriseAssessments.eligible} is true desc`, asc(enterpriseAssessments.unmet), desc(enterpriseAssessments.score), asc(organisations.name))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [total] = await ctx.db.select({ n: count() }).from(enterpriseAssessments).innerJoin(enterprises, eq(enterprises.orgId, enterpriseAssessments.orgId)).where(where);
  return { items: rows, total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}
