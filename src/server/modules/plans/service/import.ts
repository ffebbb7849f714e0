/** Importing a plan from its official text: a preview first, then the officer's corrected version is created. */
import { inArray } from "drizzle-orm";
import { indicators, indicatorTargets, planChapters, plans, planTasks, taskUnits } from "../schema.ts";
import { parsePlanText } from "../plan-text/parse.ts";
import type { ParsedPlan } from "../plan-text/types.ts";
import { previewWarnings, textProblem, type ParsedUnitMatch } from "../preview.ts";
import { matchIndicator } from "../kpi-catalog.ts";
import { planPolicy } from "../policy.ts";
import type { PlanCreate } from "../contract.ts";
import { createPendingOrganisation, matchOrganisationNames, organisations } from "../../orgs/index.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { uploadedText } from "../../../platform/files/index.ts";
import { fieldError, notFound } from "../../../platform/errors.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";
import type { Tx } from "../../../platform/db.ts";

/** Parses and checks a text, refusing what cannot be a plan with a reason. */
export function parseChecked(text: string, path = "text"): ParsedPlan {
  const problem = textProblem(text);
  if (problem) throw fieldError(path, problem === "empty" ? "plan.empty" : "plan.binary");
  return parsePlanText(text);
}

export async function previewPlan(ctx: Ctx, text: string, lang: Lang) {
  planPolicy.authorize(ctx.actor, "create", {});
  const parsed = parseChecked(text);
  const names = [...new Set(parsed.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]))];
  const matches = new Map<string, ParsedUnitMatch>(
    (await matchOrganisationNames(ctx.db, names)).map((m) => [
      m.name,
      { name: m.name, org: m.org ? { id: m.org.id, name: m.org.name } : null, candidates: m.candidates.map((c) => ({ id: c.id, name: c.name })) },
    ]),
  );
  const unit = (name: string) => {
    const m = matches.get(name);
    return {
      name,
      orgId: m?.org?.id ?? null,
      orgName: m?.org?.name ?? null,
      match: m?.org ? ("matched" as const) : m && m.candidates.length > 1 ? ("ambiguous" as const) : ("unknown" as const),
      candidates: m?.candidates ?? [],
    };
  };
  const warnings = previewWarnings(parsed.tasks, matches).map((w) => ({ code: w.code, message: translate(lang, w.key, w.params), ...(w.task ? { task: w.task } : {}) }));
  if (parsed.tasks.length === 0) warnings.unshift({ code: "not_a_plan", message: translate(lang, "plan.not_a_plan") });
  const matched = names.filter((n) => matches.get(n)?.org).length;
  return {
    title: parsed.title,
    chapters: parsed.chapters,
    targets: parsed.targets,
    tasks: parsed.tasks.map((t) => ({ ...t, leadUnits: t.leadUnits.map(unit), responsibleUnits: t.responsibleUnits.map(unit) })),
    warnings,
    stats: {
      tasks: parsed.tasks.length,
      units: names.length,
      matched,
      unknown: names.length - matched,
      targets: parsed.targets.length + parsed.tasks.reduce((n, t) => n + t.targets.length, 0),
    },
  };
}

/** Preview of an uploaded .txt/.docx, with the text it was read as (the page then posts the confirmed plan). */
export async function previewUploadedPlan(ctx: Ctx, field: unknown, lang: Lang) {
  planPolicy.authorize(ctx.actor, "create", {});
  const text = await uploadedText(field);
  return { ...(await previewPlan(ctx, text, lang)), text };
}

/** Resolves every printed unit name to an organisation: the officer's choice, else the name match, else a new pending one. */
async function resolveUnits(tx: Tx, ctx: Ctx, input: PlanCreate): Promise<{ orgOf: (u: { name: string; orgId?: string | null }) => string; pending: string[] }> {
  const refs = input.tasks.flatMap((t) => [...t.leadUnits, ...t.responsibleUnits]);
  const chosen = [...new Set(refs.map((r) => r.orgId).filter((id): id is string => !!id))];
  if (chosen.length) {
    const found = await tx.select({ id: organisations.id }).from(organisations).where(inArray(organisations.id, chosen));
    const known = new Set(found.map((f) => f.id));
    const missing = chosen.find((id) => !known.has(id));
    if (missing) throw fieldError("tasks", "plan.unit_not_found");
  }
  const byName = new Map<string, string>();
  const unnamed = [...new Set(refs.filter((r) => !r.orgId).map((r) => r.name))];
  for (const m of await matchOrganisationNames(tx, unnamed)) if (m.org) byName.set(m.name, m.org.id);
  const pending: string[] = [];
  for (const name of unnamed) {
    if (byName.has(name)) continue;
    byName.set(name, await createPendingOrganisation(tx, ctx, name));
    pending.push(name);
  }
  return { orgOf: (u) => u.orgId ?? byName.get(u.name) ?? "", pending };
}

export type CreatedPlan = { id: string; tasks: number; pendingOrganisations: string[] };

export async function createPlan(ctx: Ctx, input: PlanCreate): Promise<CreatedPlan> {
  planPolicy.authorize(ctx.actor, "create", {});
  return insertPlan(ctx, input);
}

/** The import itself, for callers that decided already (the policy above; the operator's CLI and seed). */
export async function insertPlan(ctx: Ctx, input: PlanCreate): Promise<CreatedPlan> {
  return ctx.db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({ title: input.title, periodKind: input.periodKind, startDate: input.startDate, endDate: input.endDate, sourceName: input.sourceName ?? null, sourceText: input.sourceText ?? null })
      .returning();
    if (!plan) throw notFound();
    if (input.chapters.length) {
      await tx.insert(planChapters).values(input.chapters.map((c, ord) => ({ planId: plan.id, number: c.number, title: c.title, ord })));
    }
    const { orgOf, pending } = await resolveUnits(tx, ctx, input);
    const catalog = await tx.select({ id: indicators.id, code: indicators.code, name: indicators.name }).from(indicators);
    const indicatorIdOf = (text: string) => {
      const code = matchIndicator(text);
      return catalog.find((i) => i.code === code)?.id ?? null;
    };
    const targetRow = (t: PlanCreate["targets"][number], taskId: string | null) => ({
      planId: plan.id,
      taskId,
      indicatorId: indicatorIdOf(t.indicator),
      text: t.text,
      indicatorText: t.indicator,
      comparator: t.comparator,
      value: t.value,
      unit: t.unit,
      year: t.year,
    });
    if (input.targets.length) await tx.insert(indicatorTargets).values(input.targets.map((t) => targetRow(t, null)));

    const CHUNK = 500;
    for (let start = 0; start < input.tasks.length; start += CHUNK) {
      const chunk = input.tasks.slice(start, start + CHUNK);
      const rows = await tx
        .insert(planTasks)
        .values(
          chunk.map((t, i) => ({
            planId: plan.id,
            chapter: t.chapter,
            number: t.number,
            path: t.path,
            title: t.title,
            body: t.body,
            ord: start + i,
            startDate: input.startDate,
            dueDate: t.dueDate ?? input.endDate,
          })),
        )
        .returning({ id: planTasks.id });
      const units = chunk.flatMap((t, i) => {
        const taskId = rows[i]?.id ?? "";
        const seen = new Set<string>();
        const entries = [...t.leadUnits.map((u) => ({ u, role: "lead" })), ...t.responsibleUnits.map((u) => ({ u, role: "responsible" }))];
        return entries.flatMap(({ u, role }, ord) => {
          const orgId = orgOf(u);
          const k = `${orgId}/${role}`;
          if (seen.has(k)) return [];
          seen.add(k);
          return [{ taskId, orgId, role, printedName: u.name, ord }];
        });
      });
      if (units.length) await tx.insert(taskUnits).values(units);
      const targets = chunk.flatMap((t, i) => t.targets.map((target) => targetRow(target, rows[i]?.id ?? null)));
      if (targets.length) await tx.insert(indicatorTargets).values(targets);
    }
    await appendAudit(tx, ctx, {
      action: "plan.import",
      entityType: "plan",
      entityId: plan.id,
      after: { title: plan.title, periodKind: plan.periodKind, startDate: plan.startDate, endDate: plan.endDate, tasks: input.tasks.length, pendingOrganisations: pending },
    });
    return { id: plan.id, tasks: input.tasks.length, pendingOrganisations: pending };
  });
}
