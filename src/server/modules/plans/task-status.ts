/**
 * The traffic light of a 督办 task: computed from dates and reports, never typed in (issue: "Overdue and due-soon
 * work is computed, not typed"). Pure: `today` is an argument.
 *
 * red    overdue (today after dueDate) · returned twice or more · its KPI target projected to be missed
 *        (once completed, only the last: the work needs nothing more, the KPI it served may)
 * yellow the current period's report is due within 7 days and absent · the latest report is behind plan
 * green  otherwise
 * Every rule that fires is listed in `reasons`, so the page can say why without recomputing anything.
 */
import { addDays, daysBetween, periodOf, reportDueDate, type PeriodKind } from "../../../shared/periods.ts";

/** Issue: "due within 7 days". Inclusive: a report due in exactly 7 days is due soon, in 8 it is not. */
const DUE_SOON_DAYS = 7;
/** Issue: "returned twice" turns a task red. */
const RED_RETURN_COUNT = 2;

/** One progress report (进度报告) as far as the light needs it. */
export type TaskReport = {
  /** The period it reports for, a key of the plan's kind ("2024-03" or "2024-Q1"). */
  periodKey: string;
  /** Cumulative completion the unit claims, 0..100. */
  percent: number;
  /** 复核 state: a returned report (退回) does not count as reported until it is submitted again. */
  state: "submitted" | "approved" | "returned";
  /** Breaks ties between several reports for one period: the later submission is the current one. */
  submittedOn: string;
};

export type TaskStatusInput = {
  /** Planned start; planned progress is 0 % on this day. */
  startDate: string;
  /** 完成时限; planned progress is 100 % on this day, and the task is overdue from the day after. */
  dueDate: string;
  today: string;
  /** The plan's reporting rhythm. */
  periodKind: PeriodKind;
  reports: readonly TaskReport[];
  /**
   * How many times the lead unit has returned this task's reports, over the task's life. Kept apart from `reports`
   * because a returned report is usually resubmitted, after which its state no longer shows the return.
   */
  returnedCount: number;
  /** The caller's verdict on the KPI this task serves: true when its projection misses the target (kpi.ts `assessTarget` is not "on_track"). */
  targetProjectedMiss: boolean;
  /** The lead unit has accepted the task as done (办结). */
  completed: boolean;
};

export type TaskLight = "green" | "yellow" | "red";

export type TaskStatusReason =
  | { code: "overdue"; params: { dueDate: string; daysOverdue: number } }
  | { code: "returned_twice"; params: { returnedCount: number } }
  | { code: "target_at_risk"; params: Record<string, never> }
  | { code: "due_soon_no_report"; params: { periodKey: string; reportDueDate: string; daysLeft: number } }
  | { code: "behind_plan"; params: { actualPercent: number; expectedPercent: number; asOf: string } };

export type TaskStatus = {
  light: TaskLight;
  reasons: TaskStatusReason[];
  /** Linear in time from startDate (0) to dueDate (100) as of today, clamped, one decimal. */
  plannedPercent: number;
  /** The latest report that was not returned (by period, then submission day); 0 before any. */
  actualPercent: number;
};

const RED_CODES: ReadonlySet<TaskStatusReason["code"]> = new Set(["overdue", "returned_twice", "target_at_risk"]);

/**
 * Planned percentage on `date`, linear from start to due, clamped to 0..100 and rounded to one decimal, the precision
 * the page shows, so that the number compared is the number seen. A task whose start is its due date is 0 before that
 * day and 100 from it.
 */
function plannedPercentOn(startDate: string, dueDate: string, date: string): number {
  const total = daysBetween(startDate, dueDate);
  const elapsed = daysBetween(startDate, date);
  const fraction = total <= 0 ? (elapsed >= total ? 1 : 0) : elapsed / total;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 10;
}

/** Same-kind keys of four-digit years sort as text in time order, so no parsing is needed. */
function latestCounted(reports: readonly TaskReport[]): TaskReport | undefined {
  let latest: TaskReport | undefined;
  for (const r of reports) {
    if (r.state === "returned") continue;
    if (!latest || r.periodKey > latest.periodKey || (r.periodKey === latest.periodKey && r.submittedOn > latest.submittedOn)) latest = r;
  }
  return latest;
}

export function taskStatus(input: TaskStatusInput): TaskStatus {
  const { startDate, dueDate, today, periodKind, reports, completed } = input;
  const reasons: TaskStatusReason[] = [];
  const actualPercent = latestCounted(reports)?.percent ?? 0;
  const plannedPercent = plannedPercentOn(startDate, dueDate, today);

  // A completed task needs no more work, so only the KPI it served can still call for attention.
  const daysOverdue = daysBetween(dueDate, today);
  if (!completed && daysOverdue > 0) reasons.push({ code: "overdue", params: { dueDate, daysOverdue } });
  if (!completed && input.returnedCount >= RED_RETURN_COUNT) reasons.push({ code: "returned_twice", params: { returnedCount: input.returnedCount } });
  if (input.targetProjectedMiss) reasons.push({ code: "target_at_risk", params: {} });

  if (!completed && today >= startDate) {
    const current = periodOf(periodKind, today);
    // The last report of a task that ends mid-period is due with the task, not at the period's end.
    const due = dueDate < reportDueDate(current) ? dueDate : reportDueDate(current);
    const daysLeft = daysBetween(today, due);
    const reported = reports.some((r) => r.periodKey === current.key && r.state !== "returned");
    if (!reported && daysLeft >= 0 && daysLeft <= DUE_SOON_DAYS) {
      reasons.push({ code: "due_soon_no_report", params: { periodKey: current.key, reportDueDate: due, daysLeft } });
    }

    // Progress is reported once a period, so it is held against the plan as of the last report deadline that has
    // passed (the previous period's end). Held against today it would fall behind the day after every report and the
    // light would be yellow nearly always; a unit that skips a report still falls behind, one deadline later.
    const asOf = addDays(current.start, -1);
    const expectedPercent = plannedPercentOn(startDate, dueDate, asOf);
    if (actualPercent < expectedPercent) reasons.push({ code: "behind_plan", params: { actualPercent, expectedPercent, asOf } });
  }

  const light: TaskLight = reasons.some((r) => RED_CODES.has(r.code)) ? "red" : reasons.length > 0 ? "yellow" : "green";
  return { light, reasons, plannedPercent, actualPercent };
}
