/** KPI indicators: definitions, city values with their sources, and the corridor summaries. */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { indicators, indicatorTargets, indicatorValues, plans } from "../schema.ts";
import { summarise, type KpiSummary, type TargetRow, type ValueRow } from "../kpi-summary.ts";
import { INDICATOR_CATALOG } from "../kpi-catalog.ts";
import { indicatorPolicy } from "../policy.ts";
import type { Indicator, SourceKind } from "../kpi.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { Queryable } from "../../../platform/db.ts";
import { highTechCounts } from "../../enterprises/index.ts";

type IndicatorRow = typeof indicators.$inferSelect;

const asIndicator = (r: IndicatorRow): Indicator => ({
  code: r.code,
  name: r.name,
  unit: r.unit,
  aggregation: r.aggregation as Indicator["aggregation"],
  numerator: r.numerator ?? undefined,
  denominator: r.denominator ?? undefined,
  scale: r.scale ?? undefined,
  projection: r.projection as Indicator["projection"],
});

/**
 * Values counted from the enterprise registry (the 高企 KPI): they replace whatever is stored for the indicator, which
 * stays visible as reference figures (e.g. the cities' published statistics) but never enters the summary.
 */
async function registryRows(q: Queryable, codes: Set<string>): Promise<ValueRow[]> {
  const counts = await highTechCounts(q);
  return [...codes].flatMap((code) => counts.map((c) => ({ indicatorCode: code, cityCode: c.cityCode, year: c.year, value: c.count, numerator: null, denominator: null, sourceKind: (c.demo ? "demo" : "registry") as SourceKind })));
}

async function loadAll(q: Queryable) {
  const [defs, values, targets] = await Promise.all([
    q.select().from(indicators).orderBy(asc(indicators.code)),
    q.select({ v: indicatorValues, code: indicators.code }).from(indicatorValues).innerJoin(indicators, eq(indicators.id, indicatorValues.indicatorId)),
    q
      .select({ t: indicatorTargets })
      .from(indicatorTargets)
      .innerJoin(plans, eq(plans.id, indicatorTargets.planId))
      .where(and(ne(plans.status, "archived")))
      .orderBy(asc(indicatorTargets.year)),
  ]);
  const computed = new Set(defs.filter((d) => d.computedFrom === "enterprise_registry").map((d) => d.code));
  const counted = computed.size > 0 ? await registryRows(q, computed) : [];
  const rows: ValueRow[] = values
    .filter(({ code }) => !computed.has(code))
    .map(({ v, code }) => ({ indicatorCode: code, cityCode: v.cityCode, year: v.year, value: v.value, numerator: v.numerator, denominator: v.denominator, sourceKind: v.sourceKind as SourceKind }))
    .concat(counted);
  return { defs, values, rows, targets: targets.map((t) => t.t) };
}

function targetOf(indicatorId: string, targets: (typeof indicatorTargets.$inferSelect)[]): TargetRow | null {
  const mine = targets.filter((t) => t.indicatorId === indicatorId && t.year !== null);
  const last = mine[mine.length - 1];
  return last ? { comparator: last.comparator as TargetRow["comparator"], value: last.value, year: last.year, text: last.text } : null;
}

export type IndicatorView = KpiSummary & {
  id: string;
  name: string;
  unit: string;
  aggregation: string;
  numerator: string | null;
  denominator: string | null;
  projectionMethod: string;
  definition: string | null;
  /** Where the value is counted (e.g. "enterprise_registry"); null: values are entered by the cities. */
  computedFrom: string | null;
  /** reference: a stored figure of a counted indicator (e.g. a published statistic), shown beside the count, not summarised. */
  cityValues: { cityCode: string; year: number; value: number | null; numerator: number | null; denominator: number | null; sourceKind: string; source: string; sourceUrl: string | null; note: string | null; reference: boolean }[];
};

export async function listIndicators(ctx: Ctx): Promise<IndicatorView[]> {
  requireActor(ctx.actor);
  const { defs, values, rows, targets } = await loadAll(ctx.db);
  const REGISTRY_SOURCE = "企业培育登记库（自动计数）";
  return defs.map((d) => ({
    ...summarise(asIndicator(d), rows, targetOf(d.id, targets)),
    id: d.id,
    name: d.name,
    unit: d.unit,
    aggregation: d.aggregation,
    numerator: d.numerator,
    denominator: d.denominator,
    projectionMethod: d.projection,
    definition: d.definition,
    computedFrom: d.computedFrom,
    cityValues: values
      .filter((v) => v.v.indicatorId === d.id)
      .map(({ v }) => ({ cityCode: v.cityCode, year: v.year, value: v.value, numerator: v.numerator, denominator: v.denominator, sourceKind: v.sourceKind, source: v.source, sourceUrl: v.sourceUrl, note: v.note, reference: d.computedFrom !== null }))
      .concat(
        d.computedFrom === null
          ? []
          : rows
              .filter((r) => r.indicatorCode === d.code)
              .map((r) => ({ cityCode: r.cityCode, year: r.year, value: r.value, numerator: null, denominator: null, sourceKind: r.sourceKind, source: REGISTRY_SOURCE, sourceUrl: null, note: d.definition, reference: false })),
      )
      .sort((a, b) => a.year - b.year || a.cityCode.localeCompare(b.cityCode)),
  }));
}

/** Indicators whose target is projected to be missed: a task serving one of them turns red. */
export async function missedIndicatorIds(q: Queryable): Promise<Set<string>> {
  const { defs, rows, targets } = await loadAll(q);
  const out = new Set<string>();
  for (const d of defs) {
    const s = summarise(asIndicator(d), rows, targetOf(d.id, targets));
    if (s.assessment && s.assessment !== "on_track") out.add(d.id);
  }
  return out;
}

export type ValueInput = { value?: number | null; numerator?: number | null; denominator?: number | null; sourceKind: SourceKind; source: string; sourceUrl?: string | null; note?: string | null };

export async function setIndicatorValue(ctx: Ctx, indicatorId: string, cityCode: string, year: number, input: ValueInput) {
  const actor = requireActor(ctx.actor);
  indicatorPolicy.authorize(actor, "write", { cityCode });
  if ((input.value === null || input.value === undefined) && (input.numerator == null || input.denominator == null)) {
    throw fieldError("value", "indicator.value_required");
  }
  return ctx.db.transaction(async (tx) => {
    const [def] = await tx.select().from(indicators).where(eq(indicators.id, indicatorId));
    if (!def) throw new DomainError("not_found", "indicator.not_found");
    if (def.computedFrom) throw fieldError("value", "indicator.computed");
    const [before] = await tx.select().from(indicatorValues).where(and(eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.cityCode, cityCode), eq(indicatorValues.year, year)));
    const values = { value: input.value ?? null, numerator: input.numerator ?? null, denominator: input.denominator ?? null, sourceKind: input.sourceKind, source: input.source, sourceUrl: input.sourceUrl ?? null, note: input.note ?? null, updatedAt: new Date() };
    const [after] = before
      ? await tx.update(indicatorValues).set(values).where(eq(indicatorValues.id, before.id)).returning()
      : await tx.insert(indicatorValues).values({ indicatorId, cityCode, year, ...values }).returning();
    await appendAudit(tx, ctx, { action: "indicator.value_set", entityType: "indicator", entityId: indicatorId, before: before ?? null, after });
    return after;
  });
}

/** Ensures the catalog's indicators exist (idempotent); returns code → id. */
export async function ensureIndicators(ctx: Ctx): Promise<Map<string, string>> {
  return ctx.db.transaction(async (tx) => {
    const existing = await tx.select({ id: indicators.id, code: indicators.code }).from(indicators).where(inArray(indicators.code, INDICATOR_CATALOG.map((i) => i.code)));
    const have = new Set(existing.map((e) => e.code));
    for (const i of INDICATOR_CATALOG.filter((c) => !have.has(c.code))) {
      const [row] = await tx
        .insert(indicators)
        .values({ code: i.code, name: i.name, unit: i.unit, aggregation: i.aggregation, numerator: i.numerator ?? null, denominator: i.denominator ?? null, scale: i.scale ?? null, projection: i.projection, definition: i.definition, computedFrom: i.computedFrom ?? null })
        .returning();
      if (row) {
        existing.push({ id: row.id, code: row.code });
        await appendAudit(tx, ctx, { action: "indicator.create", entityType: "indicator", entityId: row.id, after: row });
      }
    }
    return new Map(existing.map((e) => [e.code, e.id]));
  });
}
