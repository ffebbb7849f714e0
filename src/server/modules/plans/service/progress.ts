/**
 * The supervision cycle: a unit 签收 (acknowledges) its task, reports per period, and the lead unit 复核 (approves or
 * returns with a reason). A task outside the caller's units is 404; a closed plan refuses every step.
 */
import { and, eq, isNull } from "drizzle-orm";
import { plans, planTasks, taskReports, taskUnits } from "../schema.ts";
import { reportingOrgIds, taskPolicy, planPolicy } from "../policy.ts";
import { parsePeriodKey, periodOf, type PeriodKind } from "../../../../shared/periods.ts";
import type { ReportBody } from "../contract.ts";
import { findVisibleTask, type LoadedTask } from "./tasks.ts";
import { appendAudit } from "../../../platform/audit/index.ts";
import { DomainError, fieldError, notFound } from "../../../platform/errors.ts";
import { ownFileIds } from "../../../platform/files/index.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import { translate, type Lang } from "../../../../shared/i18n/index.ts";
import type { Actor, Ctx } from "../../../platform/context.ts";
import type { Tx } from "../../../platform/db.ts";

function assertOpen(task: LoadedTask) {
  if (task.planStatus !== "active") throw new DomainError("conflict", "plan.closed");
}

/** The organisation the actor acts for: the one named, or the only one of theirs among `candidates`. */
function actingOrg(actor: Actor, candidates: string[], chosen: string | undefined, role: "lead" | "responsible", lang: Lang): string {
  const mine = actor.memberships.filter((m) => m.role !== "expert" && candidates.includes(m.orgId)).map((m) => m.orgId);
  const unique = [...new Set(mine)];
  if (chosen) {
    if (!unique.includes(chosen)) throw fieldError("orgId", "task.not_your_unit", { role: translate(lang, `role.${role}`) });
    return chosen;
  }
  if (unique.length > 1) throw fieldError("orgId", "task.unit_ambiguous");
  const only = unique[0];
  if (!only) throw new DomainError("forbidden", "task.not_your_unit", { role: translate(lang, `role.${role}`) });
  return only;
}

export async function acknowledgeTask(ctx: Ctx, taskId: string, orgId: string | undefined, lang: Lang) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const task = await findVisibleTask(tx, actor, taskId, lang);
    taskPolicy.authorize(actor, "acknowledge", task.record);
    assertOpen(task);
    const org = actingOrg(actor, [...task.record.leadOrgIds, ...task.record.responsibleOrgIds], orgId, "responsible", lang);
    const updated = await tx
      .update(taskUnits)
      .set({ acknowledgedAt: new Date(), acknowledgedBy: actor.userId })
      .where(and(eq(taskUnits.taskId, taskId), eq(taskUnits.orgId, org), isNull(taskUnits.acknowledgedAt)))
      .returning({ id: taskUnits.id });
    if (updated.length === 0) throw new DomainError("conflict", "task.already_acknowledged");
    await appendAudit(tx, ctx, { action: "task.acknowledge", entityType: "task", entityId: taskId, after: { orgId: org } });
    return findVisibleTask(tx, actor, taskId, lang);
  });
}

function checkPeriod(task: LoadedTask, periodKey: string, start: string, end: string, today: string) {
  const parsed = parsePeriodKey(task.periodKind, periodKey);
  if (!parsed.ok) throw fieldError("periodKey", "report.period_invalid", { value: periodKey });
  const p = parsed.period;
  if (p.end < start || p.start > end) throw fieldError("periodKey", "report.period_outside", { value: periodKey, start, end });
  if (p.start > today) throw fieldError("periodKey", "report.period_future", { value: periodKey });
}

export async function submitProgressReport(ctx: Ctx, taskId: string, input: ReportBody, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const today = todayInShanghai();
  return ctx.db.transaction(async (tx) => {
    const task = await findVisibleTask(tx, actor, taskId, lang);
    taskPolicy.authorize(actor, "report", task.record);
    assertOpen(task);
    const org = actingOrg(actor, reportingOrgIds(task.record), input.orgId, "responsible", lang);
    const [plan] = await tx.select().from(plans).where(eq(plans.id, task.planId));
    if (!plan) throw notFound();
    checkPeriod(task, input.periodKey, plan.startDate, plan.endDate, today);
    if (!task.units.some((u) => u.orgId === org && u.acknowledgedAt)) throw new DomainError("conflict", "report.not_acknowledged");
    const own = await ownFileIds(tx, actor.userId, input.evidenceFileIds);
    const foreign = input.evidenceFileIds.find((id) => !own.has(id));
    if (foreign) throw fieldError("evidenceFileIds", "file.missing", { id: foreign });
    const open = task.reports?.find((r) => r.orgId === org && r.periodKey === input.periodKey && r.state !== "returned");
    if (open) {
      throw new DomainError("conflict", "report.exists", { period: input.periodKey, state: translate(lang, `state.${open.state}`) });
    }
    const [row] = await tx
      .insert(taskReports)
      .values({ taskId, orgId: org, periodKey: input.periodKey, statusText: input.statusText, percent: input.percent, evidenceFileIds: input.evidenceFileIds, submittedBy: actor.userId, submittedOn: today })
      .returning();
    if (!row) throw notFound();
    await appendAudit(tx, ctx, { action: "task.report", entityType: "task", entityId: taskId, after: row });
    return findVisibleTask(tx, actor, taskId, lang);
  });
}

async function loadReportTask(tx: Tx, actor: Actor, reportId: string, lang: Lang) {
  const [report] = await tx.select().from(taskReports).where(eq(taskReports.id, reportId));
  if (!report) throw notFound();
  const task = await findVisibleTask(tx, actor, report.taskId, lang);
  return { report, task };
}

export async function reviewProgressReport(ctx: Ctx, reportId: string, decision: { approve: true } | { approve: false; reason: string }, lang: Lang) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const { report, task } = await loadReportTask(tx, actor, reportId, lang);
    taskPolicy.authorize(actor, "review", task.record);
    assertOpen(task);
    if (report.state !== "submitted") {
      throw new DomainError("conflict", "report.already_reviewed", { state: translate(lang, `state.${report.state as "approved"}`) });
    }
    const state = decision.approve ? "approved" : "returned";
    // The guard in the WHERE makes a concurrent second review find nothing to change.
    const [after] = await tx
      .update(taskReports)
      .set({ state, reviewReason: decision.approve ? null : decision.reason, reviewedBy: actor.userId, reviewedAt: new Date() })
      .where(and(eq(taskReports.id, reportId), eq(taskReports.state, "submitted")))
      .returning();
    if (!after) throw new DomainError("conflict", "report.already_reviewed", { state: translate(lang, "state.approved") });
    if (decision.approve && report.percent === 100) await tx.update(planTasks).set({ completed: true }).where(eq(planTasks.id, task.id));
    await appendAudit(tx, ctx, { action: decision.approve ? "task.report_approve" : "task.report_return", entityType: "task", entityId: task.id, before: report, after });
    return findVisibleTask(tx, actor, task.id, lang);
  });
}

export async function closePlan(ctx: Ctx, planId: string) {
  const actor = requireActor(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.select().from(plans).where(eq(plans.id, planId));
    if (!before) throw notFound();
    planPolicy.authorize(actor, "close", {});
    if (before.status !== "active") throw new DomainError("conflict", "plan.closed");
    const [after] = await tx.update(plans).set({ status: "closed", updatedAt: new Date() }).where(eq(plans.id, planId)).returning();
    await appendAudit(tx, ctx, { action: "plan.close", entityType: "plan", entityId: planId, before: { status: before.status }, after: { status: after?.status } });
    return { id: planId, status: "closed" };
  });
}

/** The current reporting period of a plan as of today. */
export const currentPeriod = (kind: PeriodKind, today = todayInShanghai()) => periodOf(kind, today);
