/** Plans, their task lists and each unit's to-do list. */
import { asc, desc, eq } from "drizzle-orm";
import { planChapters, plans, planTasks } from "../schema.ts";
import { taskScope } from "../policy.ts";
import type { TaskListQuery, TodoItem as TodoItemSchema } from "../contract.ts";
import type { z } from "../../../platform/validation.ts";
import { periodOf, type PeriodKind } from "../../../../shared/periods.ts";
import { loadTasks, taskView, type LoadedTask } from "./tasks.ts";
import { notFound } from "../../../platform/errors.ts";
import { requireActor } from "../../../platform/policy.ts";
import { todayInShanghai } from "../../../platform/clock.ts";
import type { Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";

const planView = (p: typeof plans.$inferSelect) => ({
  id: p.id,
  title: p.title,
  status: p.status,
  periodKind: p.periodKind,
  startDate: p.startDate,
  endDate: p.endDate,
  sourceName: p.sourceName,
  createdAt: p.createdAt.toISOString(),
});

const countLights = (tasks: LoadedTask[]) => ({
  tasks: tasks.length,
  green: tasks.filter((t) => t.light === "green").length,
  yellow: tasks.filter((t) => t.light === "yellow").length,
  red: tasks.filter((t) => t.light === "red").length,
});

export async function listPlans(ctx: Ctx, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const rows = await ctx.db.select().from(plans).orderBy(desc(plans.createdAt));
  const tasks = await loadTasks(ctx.db, actor, undefined, lang);
  return rows.map((p) => ({ ...planView(p), counts: countLights(tasks.filter((t) => t.planId === p.id)) }));
}

export async function getPlan(ctx: Ctx, planId: string, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const [plan] = await ctx.db.select().from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound();
  const chapters = await ctx.db.select({ number: planChapters.number, title: planChapters.title }).from(planChapters).where(eq(planChapters.planId, planId)).orderBy(asc(planChapters.ord));
  const tasks = await loadTasks(ctx.db, actor, eq(planTasks.planId, planId), lang);
  return { ...planView(plan), chapters, counts: countLights(tasks) };
}

export async function listPlanTasks(ctx: Ctx, planId: string, query: TaskListQuery, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const [plan] = await ctx.db.select({ id: plans.id }).from(plans).where(eq(plans.id, planId));
  if (!plan) throw notFound();
  let tasks = await loadTasks(ctx.db, actor, eq(planTasks.planId, planId), lang);
  if (query.light) tasks = tasks.filter((t) => t.light === query.light);
  if (query.orgId) tasks = tasks.filter((t) => t.units.some((u) => u.orgId === query.orgId));
  if (query.q) {
    const q = query.q;
    tasks = tasks.filter((t) => t.title.includes(q) || t.body.includes(q) || t.units.some((u) => u.orgName.includes(q) || u.printedName.includes(q)));
  }
  const total = tasks.length;
  const page = tasks.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  return { items: page.map(taskView), total, page: query.page, pageSize: query.pageSize, all: tasks };
}

export type TodoItem = z.infer<typeof TodoItemSchema>;

/** What the caller's units must do now: sign for tasks, report for the current period, review submitted reports. */
export async function todoList(ctx: Ctx, lang: Lang): Promise<TodoItem[]> {
  const actor = requireActor(ctx.actor);
  const mine = new Map(actor.memberships.filter((m) => m.role !== "expert").map((m) => [m.orgId, m]));
  const managing = new Set(actor.memberships.filter((m) => m.role === "admin" || m.role === "officer").map((m) => m.orgId));
  const today = todayInShanghai();
  const tasks = (await loadTasks(ctx.db, actor, taskScope({ ...actor, isAdmin: false, provinceWide: false }), lang)).filter(
    (t) => t.planStatus === "active" && !t.completed,
  );
  const items: TodoItem[] = [];
  for (const t of tasks) {
    const base = { taskId: t.id, planId: t.planId, taskTitle: t.title, taskNumber: t.path.join(" "), light: t.light };
    const period = periodOf(t.periodKind as PeriodKind, today);
    const reporting = t.record.responsibleOrgIds.length ? t.record.responsibleOrgIds : t.record.leadOrgIds;
    for (const u of t.units) {
      const m = mine.get(u.orgId);
      if (!m) continue;
      if (!u.acknowledgedAt) items.push({ ...base, kind: "acknowledge", orgName: u.orgName });
      else if (reporting.includes(u.orgId) && u.role === (t.record.responsibleOrgIds.length ? "responsible" : "lead") && !t.reports?.some((r) => r.orgId === u.orgId && r.periodKey === period.key && r.state !== "returned")) {
        items.push({ ...base, kind: "report", orgName: u.orgName, periodKey: period.key, dueDate: period.end < t.dueDate ? period.end : t.dueDate });
      }
    }
    if (t.record.leadOrgIds.some((id) => managing.has(id))) {
      for (const r of t.reports ?? []) if (r.state === "submitted") items.push({ ...base, kind: "review", orgName: r.orgName, periodKey: r.periodKey, reportId: r.id });
    }
  }
  return items;
}
