/** Reading tasks with their units, reports and traffic light (computed, never stored). */
import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import { indicatorTargets, plans, planTasks, taskReports, taskUnits } from "../schema.ts";
import { taskPolicy, taskScope, type TaskRecord } from "../policy.ts";
import { taskStatus } from "../task-status.ts";
import type { PeriodKind } from "../../../../shared/periods.ts";
import type { Task } from "../contract.ts";
import { organisations } from "../../orgs/index.ts";
import { translate, type Lang, type MessageKey, type MessageParams } from "../../../../shared/i18n/index.ts";
import { notFound } from "../../../platform/errors.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Queryable } from "../../../platform/db.ts";
import { missedIndicatorIds } from "./indicators.ts";

export type LoadedTask = Task & { record: TaskRecord; planStatus: string; periodKind: PeriodKind; unitCityCodes: string[] };

type ReportRow = typeof taskReports.$inferSelect & { orgName: string };

export function reportView(r: ReportRow) {
  return {
    id: r.id,
    taskId: r.taskId,
    orgId: r.orgId,
    orgName: r.orgName,
    periodKey: r.periodKey,
    statusText: r.statusText,
    percent: r.percent,
    evidenceFileIds: r.evidenceFileIds,
    state: r.state as "submitted" | "approved" | "returned",
    reviewReason: r.reviewReason,
    submittedOn: r.submittedOn,
    submittedAt: r.submittedAt.toISOString(),
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
  };
}

/**
 * Tasks matching `where` that the actor may see, fully loaded. `missed` (indicators projected to miss their target)
 * is computed here unless the caller has it already, as the dashboard does from its indicator summaries.
 */
export async function loadTasks(
  q: Queryable,
  actor: Actor,
  where: SQL | undefined,
  lang: Lang,
  options: { today?: string; missed?: Set<string> } = {},
): Promise<LoadedTask[]> {
  const today = options.today ?? todayInShanghai();
  const rows = await q
    .select({ task: planTasks, periodKind: plans.periodKind, planStatus: plans.status })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(and(where, taskScope(actor)))
    .orderBy(asc(planTasks.planId), asc(planTasks.ord));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.task.id);
  const [units, reports, targets, missed] = await Promise.all([
    q
      .select({ unit: taskUnits, orgName: organisations.name, orgStatus: organisations.status, cityCode: organisations.cityCode })
      .from(taskUnits)
      .innerJoin(organisations, eq(organisations.id, taskUnits.orgId))
      .where(inArray(taskUnits.taskId, ids))
      .orderBy(asc(taskUnits.ord)),
    q
      .select({ report: taskReports, orgName: organisations.name })
      .from(taskReports)
      .innerJoin(organisations, eq(organisations.id, taskReports.orgId))
      .where(inArray(taskReports.taskId, ids))
      .orderBy(asc(taskReports.submittedAt)),
    q.select().from(indicatorTargets).where(inArray(indicatorTargets.taskId, ids)),
    options.missed ?? missedIndicatorIds(q),
  ]);
  const group = <T>(items: T[], key: (t: T) => string) => {
    const m = new Map<string, T[]>();
    for (const it of items) m.set(key(it), [...(m.get(key(it)) ?? []), it]);
    return m;
  };
  const unitsBy = group(units, (u) => u.unit.taskId);
  const reportsBy = group(reports, (r) => r.report.taskId);
  const targetsBy = group(targets, (t) => t.taskId ?? "");
  return rows.map(({ task, periodKind, planStatus }) => {
    const us = unitsBy.get(task.id) ?? [];
    const rs = (reportsBy.get(task.id) ?? []).map((r) => ({ ...r.report, orgName: r.orgName }));
    const ts = targetsBy.get(task.id) ?? [];
    const record: TaskRecord = {
      leadOrgIds: us.filter((u) => u.unit.role === "lead").map((u) => u.unit.orgId),
      responsibleOrgIds: us.filter((u) => u.unit.role === "responsible").map((u) => u.unit.orgId),
      unitCityCodes: [...new Set(us.map((u) => u.cityCode))],
    };
    const status = taskStatus({
      startDate: task.startDate,
      dueDate: task.dueDate,
      today,
      periodKind: periodKind as PeriodKind,
      reports: rs.map((r) => ({ periodKey: r.periodKey, percent: r.percent, state: r.state as "submitted", submittedOn: r.submittedOn })),
      returnedCount: rs.filter((r) => r.state === "returned").length,
      targetProjectedMiss: ts.some((t) => t.indicatorId !== null && missed.has(t.indicatorId)),
      completed: task.completed,
    });
    return {
      id: task.id,
      planId: task.planId,
      chapter: task.chapter,
      number: task.number,
      path: task.path,
      title: task.title,
      body: task.body,
      startDate: task.startDate,
      dueDate: task.dueDate,
      completed: task.completed,
      units: us.map((u) => ({
        id: u.unit.id,
        orgId: u.unit.orgId,
        orgName: u.orgName,
        orgStatus: u.orgStatus,
        printedName: u.unit.printedName,
        role: u.unit.role as "lead" | "responsible",
        acknowledgedAt: u.unit.acknowledgedAt?.toISOString() ?? null,
      })),
      light: status.light,
      reasons: status.reasons.map((r) => ({ code: r.code, message: translate(lang, `light.${r.code}` as MessageKey, r.params as MessageParams) })),
      plannedPercent: status.plannedPercent,
      actualPercent: status.actualPercent,
      reports: rs.map(reportView),
      targets: ts.map((t) => ({ text: t.text, indicator: t.indicatorText, comparator: t.comparator as ">", value: t.value, unit: t.unit, year: t.year })),
      abilities: taskPolicy.abilities(actor, record) as Task["abilities"] & { read: boolean },
      record,
      planStatus,
      periodKind: periodKind as PeriodKind,
      unitCityCodes: record.unitCityCodes,
    };
  });
}

export async function findVisibleTask(q: Queryable, actor: Actor, id: string, lang: Lang): Promise<LoadedTask> {
  const [task] = await loadTasks(q, actor, eq(planTasks.id, id), lang);
  if (!task) throw notFound();
  return task;
}

export async function getTask(ctx: Ctx, id: string, lang: Lang): Promise<LoadedTask> {
  return findVisibleTask(ctx.db, requireActor(ctx.actor), id, lang);
}

/** The public shape of a task (without the policy record and internals). */
export function taskView(t: LoadedTask): Task {
  const { record: _r, planStatus: _s, periodKind: _k, unitCityCodes: _c, abilities, ...rest } = t;
  return { ...rest, abilities: abilities && { acknowledge: abilities.acknowledge, report: abilities.report, review: abilities.review } };
}
