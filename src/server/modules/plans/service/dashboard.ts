/** The supervision dashboard: KPIs against targets with projections, the five cities, tasks by light and lead unit. */
import { listIndicators } from "./indicators.ts";
import { loadTasks, taskView } from "./tasks.ts";
import { requireActor } from "../../../platform/policy.ts";
import type { Lang } from "../../../../shared/i18n/index.ts";
import type { Ctx } from "../../../platform/context.ts";

export async function dashboard(ctx: Ctx, lang: Lang) {
  const actor = requireActor(ctx.actor);
  const indicators = await listIndicators(ctx);
  // The summaries already say which indicators miss their targets: loadTasks need not summarise them again.
  const missed = new Set(indicators.filter((i) => i.assessment !== null && i.assessment !== "on_track").map((i) => i.id));
  const tasks = await loadTasks(ctx.db, actor, undefined, lang, { missed });
  const active = tasks.filter((t) => t.planStatus === "active");
  const byLead = new Map<string, { orgId: string; orgName: string; green: number; yellow: number; red: number }>();
  for (const t of active) {
    for (const u of t.units.filter((x) => x.role === "lead")) {
      const row = byLead.get(u.orgId) ?? { orgId: u.orgId, orgName: u.orgName, green: 0, yellow: 0, red: 0 };
      row[t.light]++;
      byLead.set(u.orgId, row);
    }
  }
  return {
    kpis: indicators.filter((i) => i.target !== null),
    indicators,
    tasksByLight: {
      green: active.filter((t) => t.light === "green").length,
      yellow: active.filter((t) => t.light === "yellow").length,
      red: active.filter((t) => t.light === "red").length,
    },
    tasksByLead: [...byLead.values()].sort((a, b) => b.red - a.red || b.yellow - a.yellow || a.orgName.localeCompare(b.orgName)),
    // The attention list shows each task's light, reasons, lead units and deadline: bodies and reports stay on the
    // task page (with 5,000 tasks they made the answer 13 MB; docs/benchmarks.md).
    attention: active
      .filter((t) => t.light !== "green")
      .sort((a, b) => (a.light === b.light ? a.dueDate.localeCompare(b.dueDate) : a.light === "red" ? -1 : 1))
      .map((t) => ({ ...taskView(t), body: "", units: t.units.filter((u) => u.role === "lead"), reports: undefined, targets: undefined })),
  };
}
