/**
 * The registry itself: register an enterprise, enter its facts and yearly figures, submit them, and have the city's
 * officer confirm or return them; certificates held. Each function: transaction → load within scope → policy →
 * rules (src/shared/enterprise/validate.ts) → write → recompute the assessment → audit.
 */
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from "drizzle-orm";
import { enterpriseAssessments, enterpriseCertificates, enterprises, enterpriseYears, reserveEntries } from "../schema.ts";
import { enterprisePolicy, enterpriseScope, registryPolicy, type EnterpriseRecord } from "../policy.ts";
import type { CertificateInput, EnterpriseCreate, EnterpriseListQuery, EnterpriseUpdate, YearFiguresInput } from "../contract.ts";
import { certificateOf, refreshAssessments, storedAssessments, yearFigures } from "./records.ts";
import { insertEnterpriseOrganisations, organisationById, organisations, organisationsByCreditCode, setOrganisationDistrict } from "../../orgs/index.ts";
import { validateCertificate, validateFacts, validateYear } from "../../../../shared/enterprise/validate.ts";
import type { EnterpriseFacts } from "../../../../shared/enterprise/record.ts";
import type { FieldIssue } from "../../../../shared/eligibility/index.ts";
import { appendAudit, entityHistory } from "../../../platform/audit/index.ts";
import { DomainError, fieldError, invalid, notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Queryable, Tx } from "../../../platform/db.ts";
import type { Page } from "../../../platform/http.ts";

export const fieldIssues = (issues: FieldIssue[]) => invalid(issues.map((i) => ({ path: i.path, key: i.key, ...(i.params ? { params: i.params } : {}) })));

function throwIfAny(issues: FieldIssue[]): void {
  if (issues.length > 0) throw fieldIssues(issues);
}

/** Drops null and undefined members so stored facts hold only what is known. */
export function compactFacts(facts: Record<string, unknown>): EnterpriseFacts {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    if (v === null || v === undefined) continue;
    out[k] = typeof v === "object" && !Array.isArray(v) ? compactFacts(v as Record<string, unknown>) : v;
  }
  return out as EnterpriseFacts;
}

/** The enterprise as the caller may see it, or 404. */
export async function findVisibleEnterprise(q: Queryable, actor: Actor, orgId: string) {
  const scope = enterpriseScope(actor);
  const [row] = await q
    .select({ e: enterprises, name: organisations.name, creditCode: organisations.creditCode, districtCode: organisations.districtCode })
    .from(enterprises)
    .innerJoin(organisations, eq(organisations.id, enterprises.orgId))
    .where(and(eq(enterprises.orgId, orgId), scope));
  if (!row) throw new DomainError("not_found", "enterprise.not_found");
  return row;
}

const recordOf = (e: { orgId: string; cityCode: string }): EnterpriseRecord => ({ orgId: e.orgId, cityCode: e.cityCode });

export async function registerEnterprise(ctx: Ctx, input: EnterpriseCreate) {
  const actor = requireActor(ctx.actor);
  const issues = input.facts ? validateFacts(compactFacts(input.facts), "facts") : [];
  if (input.foundedOn && input.foundedOn > todayInShanghai()) issues.push({ path: "foundedOn", key: "enterprise.founded_future", params: { foundedOn: input.foundedOn, today: todayInShanghai() } });
  throwIfAny(issues);
  return ctx.db.transaction(async (tx) => {
    let orgId: string;
    let cityCode: string;
    if (input.orgId) {
      const org = await organisationById(tx, input.orgId);
      if (!org) throw notFound();
      if (org.kind !== "enterprise") throw fieldError("orgId", "enterprise.not_enterprise_org", { name: org.name });
      registryPolicy.authorize(actor, "register", { orgId: org.id, cityCode: org.cityCode });
      orgId = org.id;
      cityCode = org.cityCode;
    } else {
      const missing: FieldIssue[] = [];
      if (!input.name) missing.push({ path: "name", key: "enterprise.field_required" });
      if (!input.creditCode) missing.push({ path: "creditCode", key: "enterprise.field_required" });
      if (!input.cityCode) missing.push({ path: "cityCode", key: "enterprise.field_required" });
      throwIfAny(missing);
      const [name, creditCode, city] = [input.name ?? "", input.creditCode ?? "", input.cityCode ?? ""];
      registryPolicy.authorize(actor, "register", { orgId: null, cityCode: city });
      const existing = (await organisationsByCreditCode(tx, [creditCode])).get(creditCode);
      if (existing) throw new DomainError("conflict", "error.conflict", { detail: creditCode }, [{ path: "creditCode", key: "org.credit_code_taken", params: { value: creditCode, name: existing.name } }]);
      const ids = await insertEnterpriseOrganisations(tx, [{ name, creditCode, cityCode: city, districtCode: input.districtCode ?? null }]);
      const id = ids.get(creditCode);
      if (!id) throw notFound();
      await appendAudit(tx, ctx, { action: "organisation.create", entityType: "organisation", entityId: id, after: { name, creditCode, cityCode: city, kind: "enterprise" } });
      orgId = id;
      cityCode = city;
    }
    const [already] = await tx.select({ orgId: enterprises.orgId }).from(enterprises).where(eq(enterprises.orgId, orgId));
    if (already) throw new DomainError("conflict", "enterprise.already_registered");
    const [row] = await tx
      .insert(enterprises)
      .values({ orgId, cityCode, industry: input.industry ?? null, domain: input.domain ?? null, foundedOn: input.foundedOn ?? null, facts: compactFacts(input.facts ?? {}) })
      .returning();
    if (input.orgId && input.districtCode !== undefined) await setOrganisationDistrict(tx, orgId, input.districtCode ?? null);
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.register", entityType: "enterprise", entityId: orgId, after: row ?? null });
    return { id: orgId };
  });
}

export async function updateEnterprise(ctx: Ctx, orgId: string, input: EnterpriseUpdate) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const before = await findVisibleEnterprise(tx, actor, orgId);
    enterprisePolicy.authorize(actor, "edit", recordOf(before.e));
    const facts = input.facts ? compactFacts(input.facts) : before.e.facts;
    const issues = input.facts ? validateFacts(facts, "facts") : [];
    if (input.foundedOn && input.foundedOn > todayInShanghai()) issues.push({ path: "foundedOn", key: "enterprise.founded_future", params: { foundedOn: input.foundedOn, today: todayInShanghai() } });
    throwIfAny(issues);
    const [after] = await tx
      .update(enterprises)
      .set({
        industry: input.industry === undefined ? before.e.industry : input.industry,
        domain: input.domain === undefined ? before.e.domain : input.domain,
        foundedOn: input.foundedOn === undefined ? before.e.foundedOn : input.foundedOn,
        facts,
        updatedAt: new Date(),
      })
      .where(eq(enterprises.orgId, orgId))
      .returning();
    if (input.districtCode !== undefined) await setOrganisationDistrict(tx, orgId, input.districtCode ?? null);
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.update", entityType: "enterprise", entityId: orgId, before: before.e, after: after ?? null });
    return { id: orgId };
  });
}

/** Enters (or corrects) a year's figures. A confirmed year edited by the enterprise goes back to draft. */
export async function putYear(ctx: Ctx, orgId: string, year: number, input: YearFiguresInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, orgId);
    enterprisePolicy.authorize(actor, "edit", recordOf(e.e));
    throwIfAny(validateYear({ year, ...input }, { today: todayInShanghai(), foundedOn: e.e.foundedOn }));
    const [before] = await tx.select().from(enterpriseYears).where(and(eq(enterpriseYears.orgId, orgId), eq(enterpriseYears.year, year)));
    const officer = enterprisePolicy.can(actor, "confirm", recordOf(e.e));
    const values = {
      ...Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v ?? null])),
      // An officer's correction stays confirmed; the enterprise's own edit needs confirming again.
      status: officer && before?.status === "confirmed" ? "confirmed" : "draft",
      returnReason: null,
      updatedAt: new Date(),
    };
    const [after] = before
      ? await tx.update(enterpriseYears).set(values).where(eq(enterpriseYears.id, before.id)).returning()
      : await tx.insert(enterpriseYears).values({ orgId, year, ...values }).returning();
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.year_set", entityType: "enterprise", entityId: orgId, before: before ?? null, after: after ?? null });
    return { year, status: after?.status ?? "draft" };
  });
}

type Transition = "submit" | "confirm" | "return";
const FROM: Record<Transition, string[]> = { submit: ["draft", "returned"], confirm: ["submitted", "draft"], return: ["submitted", "confirmed"] };
const TO: Record<Transition, string> = { submit: "submitted", confirm: "confirmed", return: "returned" };

/** 报送 → 确认 / 退回: the enterprise submits a year; its city's officer confirms it or returns it with a reason. */
export async function moveYear(ctx: Ctx, orgId: string, year: number, transition: Transition, reason?: string) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, orgId);
    enterprisePolicy.authorize(actor, transition === "submit" ? "edit" : "confirm", recordOf(e.e));
    const [before] = await tx.select().from(enterpriseYears).where(and(eq(enterpriseYears.orgId, orgId), eq(enterpriseYears.year, year)));
    if (!before) throw new DomainError("not_found", "enterprise.year_not_found", { year });
    if (!FROM[transition].includes(before.status)) throw new DomainError("conflict", "enterprise.year_bad_state", { year, status: before.status });
    const now = new Date();
    const [after] = await tx
      .update(enterpriseYears)
      .set({
        status: TO[transition],
        returnReason: transition === "return" ? (reason ?? null) : null,
        submittedAt: transition === "submit" ? now : before.submittedAt,
        confirmedBy: transition === "confirm" ? actor.userId : null,
        confirmedAt: transition === "confirm" ? now : null,
        updatedAt: now,
      })
      .where(eq(enterpriseYears.id, before.id))
      .returning();
    await appendAudit(tx, ctx, { action: `enterprise.year_${transition}`, entityType: "enterprise", entityId: orgId, before, after: after ?? null });
    return { year, status: after?.status ?? before.status };
  });
}

/** A certificate entered by the city's officer is confirmed at once; one entered by the enterprise waits for it. */
export async function addCertificate(ctx: Ctx, orgId: string, input: CertificateInput) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, orgId);
    enterprisePolicy.authorize(actor, "edit", recordOf(e.e));
    throwIfAny(validateCertificate({ ...input, confirmed: false }, { today: todayInShanghai() }));
    const confirmed = enterprisePolicy.can(actor, "certify", recordOf(e.e));
    const [row] = await tx
      .insert(enterpriseCertificates)
      .values({ orgId, cityCode: e.e.cityCode, tier: input.tier, number: input.number ?? null, year: input.year, level: input.level ?? null, validFrom: input.validFrom ?? null, validUntil: input.validUntil ?? null, confirmed, createdBy: actor.userId })
      .returning();
    if (!row) throw notFound();
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.certificate_add", entityType: "enterprise", entityId: orgId, after: row });
    return { id: row.id, ...certificateOf(row) };
  });
}

async function findCertificate(tx: Tx, orgId: string, certificateId: string) {
  const [row] = await tx.select().from(enterpriseCertificates).where(and(eq(enterpriseCertificates.id, certificateId), eq(enterpriseCertificates.orgId, orgId)));
  if (!row) throw notFound();
  return row;
}

export async function confirmCertificate(ctx: Ctx, orgId: string, certificateId: string) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, orgId);
    enterprisePolicy.authorize(actor, "certify", recordOf(e.e));
    const before = await findCertificate(tx, orgId, certificateId);
    const [after] = await tx.update(enterpriseCertificates).set({ confirmed: true }).where(eq(enterpriseCertificates.id, certificateId)).returning();
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.certificate_confirm", entityType: "enterprise", entityId: orgId, before, after: after ?? null });
    return { id: certificateId, confirmed: true };
  });
}

/** The enterprise may withdraw its own unconfirmed entry; a confirmed certificate is removed by the officer only. */
export async function removeCertificate(ctx: Ctx, orgId: string, certificateId: string) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const e = await findVisibleEnterprise(tx, actor, orgId);
    const before = await findCertificate(tx, orgId, certificateId);
    enterprisePolicy.authorize(actor, before.confirmed ? "certify" : "edit", recordOf(e.e));
    await tx.delete(enterpriseCertificates).where(eq(enterpriseCertificates.id, certificateId));
    await refreshAssessments(tx, [orgId]);
    await appendAudit(tx, ctx, { action: "enterprise.certificate_remove", entityType: "enterprise", entityId: orgId, before });
  });
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export async function getEnterprise(ctx: Ctx, orgId: string) {
  const actor = requireActor(ctx.actor);
  const e = await findVisibleEnterprise(ctx.db, actor, orgId);
  const [years, certs, assessments, reserve] = await Promise.all([
    ctx.db.select().from(enterpriseYears).where(eq(enterpriseYears.orgId, orgId)).orderBy(asc(enterpriseYears.year)),
    ctx.db.select().from(enterpriseCertificates).where(eq(enterpriseCertificates.orgId, orgId)).orderBy(desc(enterpriseCertificates.year)),
    storedAssessments(ctx.db, orgId),
    ctx.db.select({ id: reserveEntries.id, year: reserveEntries.year, stage: reserveEntries.stage }).from(reserveEntries).where(eq(reserveEntries.orgId, orgId)).orderBy(desc(reserveEntries.year)),
  ]);
  const record = recordOf(e.e);
  return {
    id: orgId,
    name: e.name,
    creditCode: e.creditCode,
    cityCode: e.e.cityCode,
    districtCode: e.districtCode,
    industry: e.e.industry,
    domain: e.e.domain,
    foundedOn: e.e.foundedOn,
    isDemo: e.e.isDemo,
    facts: e.e.facts as Record<string, unknown>,
    years: years.map((y) => ({ ...yearFigures(y), ip: y.ip ?? null, status: y.status as "draft", returnReason: y.returnReason, submittedAt: iso(y.submittedAt), confirmedAt: iso(y.confirmedAt), updatedAt: y.updatedAt.toISOString() })),
    certificates: certs.map((c) => ({ id: c.id, tier: c.tier, number: c.number, year: c.year, level: c.level, validFrom: c.validFrom, validUntil: c.validUntil, confirmed: c.confirmed })),
    assessments: assessments.map((a) => ({ tier: a.tier, eligible: a.eligible, score: a.score, unmet: a.unmet, incomplete: a.incomplete, held: a.held, withinReach: a.withinReach })),
    reserve,
    abilities: {
      edit: enterprisePolicy.can(actor, "edit", record),
      confirm: enterprisePolicy.can(actor, "confirm", record),
      certify: enterprisePolicy.can(actor, "certify", record),
      nominate: enterprisePolicy.can(actor, "nominate", record),
    },
    updatedAt: e.e.updatedAt.toISOString(),
  };
}

/** The enterprises the caller belongs to that are in the registry (an enterprise user's way in). */
export async function myEnterprises(ctx: Ctx) {
  const actor = requireActor(ctx.actor);
  const ids = actor.memberships.filter((m) => m.orgKind === "enterprise").map((m) => m.orgId);
  if (ids.length === 0) return { items: [], unregistered: [] };
  const rows = await ctx.db
    .select({ id: enterprises.orgId })
    .from(enterprises)
    .where(sql`${enterprises.orgId}::text in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})`);
  const registered = new Set(rows.map((r) => r.id));
  const named = actor.memberships.filter((m) => m.orgKind === "enterprise");
  return {
    items: named.filter((m) => registered.has(m.orgId)).map((m) => ({ id: m.orgId, name: m.orgName })),
    unregistered: named.filter((m) => !registered.has(m.orgId)).map((m) => ({ id: m.orgId, name: m.orgName })),
  };
}

function listWhere(actor: Actor, q: EnterpriseListQuery): SQL | undefined {
  const today = todayInShanghai();
  const like = q.q ? `%${q.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return and(
    enterpriseScope(actor),
    q.cityCode ? eq(enterprises.cityCode, q.cityCode) : undefined,
    like ? or(ilike(organisations.name, like), ilike(organisations.creditCode, like)) : undefined,
    q.status ? sql`exists (select 1 from enterprise_years y where y.org_id = ${enterprises.orgId} and y.status = ${q.status})` : undefined,
    q.holds
      ? sql`exists (select 1 from enterprise_certificates c where c.org_id = ${enterprises.orgId} and c.tier = ${q.holds} and c.confirmed
          and coalesce(c.valid_from, make_date(c.year, 1, 1)) <= ${today}::date and (c.valid_until is null or c.valid_until >= ${today}::date))`
      : undefined,
    q.eligibleFor ? sql`exists (select 1 from enterprise_assessments a where a.org_id = ${enterprises.orgId} and a.tier = ${q.eligibleFor} and a.eligible)` : undefined,
  );
}

export type EnterpriseListRow = {
  id: string;
  name: string;
  creditCode: string | null;
  cityCode: string;
  industry: string | null;
  domain: string | null;
  foundedOn: string | null;
  latestYear: number | null;
  latestStatus: string | null;
  certificates: string[];
  eligible: string[];
  isDemo: boolean;
};

/** A page of the registry in the caller's scope, ordered by city and name. limit null: every row (exports). */
export async function listEnterprises(ctx: Ctx, q: EnterpriseListQuery, limit: number | null = q.pageSize): Promise<Page<EnterpriseListRow>> {
  const actor = requireActor(ctx.actor);
  const where = listWhere(actor, q);
  const today = todayInShanghai();
  const base = ctx.db
    .select({
      id: enterprises.orgId,
      name: organisations.name,
      creditCode: organisations.creditCode,
      cityCode: enterprises.cityCode,
      industry: enterprises.industry,
      domain: enterprises.domain,
      foundedOn: enterprises.foundedOn,
      isDemo: enterprises.isDemo,
      latestYear: sql<number | null>`(select max(y.year) from enterprise_years y where y.org_id = ${enterprises.orgId})`,
      latestStatus: sql<string | null>`(select y.status from enterprise_years y where y.org_id = ${enterprises.orgId} order by y.year desc limit 1)`,
      certificates: sql<string[]>`coalesce((select array_agg(distinct c.tier) from enterprise_certificates c where c.org_id = ${enterprises.orgId} and c.confirmed
          and coalesce(c.valid_from, make_date(c.year, 1, 1)) <= ${today}::date and (c.valid_until is null or c.valid_until >= ${today}::date)), '{}')`,
      eligible: sql<string[]>`coalesce((select array_agg(a.tier) from enterprise_assessments a where a.org_id = ${enterprises.orgId} and a.eligible and not a.held), '{}')`,
    })
    .from(enterprises)
    .innerJoin(organisations, eq(organisations.id, enterprises.orgId))
    .where(where)
    .orderBy(asc(enterprises.cityCode), asc(organisations.name), asc(enterprises.orgId));
  const items = limit === null ? await base : await base.limit(limit).offset((q.page - 1) * limit);
  const [total] = await ctx.db.select({ n: count() }).from(enterprises).innerJoin(organisations, eq(organisations.id, enterprises.orgId)).where(where);
  return { items: items.map((r) => ({ ...r, latestYear: r.latestYear === null ? null : Number(r.latestYear) })), total: total?.n ?? 0, page: q.page, pageSize: q.pageSize };
}

export async function enterpriseHistory(ctx: Ctx, orgId: string) {
  const actor = requireActor(ctx.actor);
  await findVisibleEnterprise(ctx.db, actor, orgId);
  return entityHistory(ctx.db, "enterprise", orgId);
}

/** Ids of stored assessments' tiers an enterprise is eligible for (for tests and the list). */
export async function eligibleTiers(q: Queryable, orgId: string): Promise<string[]> {
  const rows = await q.select({ tier: enterpriseAssessments.tier }).from(enterpriseAssessments).where(and(eq(enterpriseAssessments.orgId, orgId), eq(enterpriseAssessments.eligible, true)));
  return rows.map((r) => r.tier);
}
