/** The task's units the signed-in user acts for (a membership other than expert), as the server's policy reads them. */
import type { Me } from "../../../platform/auth/api.ts";
import type { Task, TaskUnit } from "../types.ts";

export function myUnits(me: Me, units: TaskUnit[]): TaskUnit[] {
  const mine = new Set(me.memberships.filter((m) => m.role !== "expert").map((m) => m.orgId));
  return units.filter((u) => mine.has(u.orgId));
}

/** The units that report: the responsible units, or the lead units of a task that names no other. */
export function reportingUnits(task: Task): TaskUnit[] {
  const responsible = task.units.filter((u) => u.role === "responsible");
  return responsible.length ? responsible : task.units.filter((u) => u.role === "lead");
}
