import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, periodOf, type PeriodKind } from "../../../shared/periods.ts";
import { taskStatus, type TaskReport, type TaskStatusInput } from "./task-status.ts";

/** A year-long monthly task with nothing wrong on 2024-03-10: February reported above its plan. */
function task(overrides: Partial<TaskStatusInput> = {}): TaskStatusInput {
  return {
    startDate: "2024-01-01",
    dueDate: "2024-12-31",
    today: "2024-03-10",
    periodKind: "monthly",
    reports: [report("2024-02", 20)],
    returnedCount: 0,
    targetProjectedMiss: false,
    completed: false,
    ...overrides,
  };
}

function report(periodKey: string, percent: number, state: TaskReport["state"] = "submitted", submittedOn = "2024-03-01"): TaskReport {
  return { periodKey, percent, state, submittedOn };
}

const codes = (input: TaskStatusInput) => taskStatus(input).reasons.map((r) => r.code);

describe("green", () => {
  it("is green with no rule firing", () => {
    expect(taskStatus(task())).toEqual({ light: "green", reasons: [], plannedPercent: 18.9, actualPercent: 20 });
  });
});

describe("red", () => {
  it("is overdue the day after the due date, not on it", () => {
    expect(taskStatus(task({ today: "2024-12-31", reports: [report("2024-11", 100)] })).light).not.toBe("red");
    const after = taskStatus(task({ today: "2025-01-01", reports: [report("2024-11", 100)] }));
    expect(after.light).toBe("red");
    expect(after.reasons).toContainEqual({ code: "overdue", params: { dueDate: "2024-12-31", daysOverdue: 1 } });
  });

  it("is not overdue once completed", () => {
    expect(taskStatus(task({ today: "2025-02-01", completed: true, reports: [report("2024-12", 100)] }))).toMatchObject({ light: "green", reasons: [] });
  });

  it("is red when returned twice or more, not once", () => {
    expect(codes(task({ returnedCount: 1 }))).toEqual([]);
    expect(taskStatus(task({ returnedCount: 2 }))).toMatchObject({ light: "red", reasons: [{ code: "returned_twice", params: { returnedCount: 2 } }] });
    expect(taskStatus(task({ returnedCount: 3 })).light).toBe("red");
  });

  it("is red when its target is projected to be missed, even once completed (the KPI is still open)", () => {
    expect(taskStatus(task({ targetProjectedMiss: true }))).toMatchObject({ light: "red", reasons: [{ code: "target_at_risk" }] });
    expect(taskStatus(task({ targetProjectedMiss: true, completed: true })).light).toBe("red");
  });

  it("drops returns from a completed task: its work needs nothing more", () => {
    expect(taskStatus(task({ returnedCount: 2, completed: true })).light).toBe("green");
  });

  it("lists every rule that fired, red and yellow together", () => {
    const status = taskStatus(task({ today: "2025-01-10", returnedCount: 2, targetProjectedMiss: true, reports: [report("2024-11", 80)] }));
    expect(status.light).toBe("red");
    expect(status.reasons.map((r) => r.code)).toEqual(["overdue", "returned_twice", "target_at_risk", "behind_plan"]);
  });
});

describe("yellow: report due soon", () => {
  it("fires 7 days before the period's last day without a report, not 8", () => {
    const seven = taskStatus(task({ today: "2024-03-24" }));
    expect(seven.light).toBe("yellow");
    expect(seven.reasons).toEqual([{ code: "due_soon_no_report", params: { periodKey: "2024-03", reportDueDate: "2024-03-31", daysLeft: 7 } }]);
    expect(codes(task({ today: "2024-03-23" }))).toEqual([]);
  });

  it("still fires on the last day itself", () => {
    expect(taskStatus(task({ today: "2024-03-31" })).reasons).toContainEqual({
      code: "due_soon_no_report",
      params: { periodKey: "2024-03", reportDueDate: "2024-03-31", daysLeft: 0 },
    });
  });

  it("is quiet once the period is reported, but not if that report was returned", () => {
    expect(codes(task({ today: "2024-03-28", reports: [report("2024-02", 20), report("2024-03", 25)] }))).toEqual([]);
    expect(codes(task({ today: "2024-03-28", reports: [report("2024-02", 20), report("2024-03", 25, "returned")] }))).toEqual(["due_soon_no_report"]);
  });

  it("takes the task's due date when the task ends inside the period", () => {
    const status = taskStatus(task({ dueDate: "2024-03-10", today: "2024-03-05", reports: [report("2024-02", 95)] }));
    expect(status.reasons).toContainEqual({ code: "due_soon_no_report", params: { periodKey: "2024-03", reportDueDate: "2024-03-10", daysLeft: 5 } });
  });

  it("follows the plan's quarters", () => {
    const input = task({ periodKind: "quarterly", today: "2024-03-25", reports: [] });
    expect(taskStatus(input).reasons).toEqual([{ code: "due_soon_no_report", params: { periodKey: "2024-Q1", reportDueDate: "2024-03-31", daysLeft: 6 } }]);
    expect(codes({ ...input, today: "2024-03-10" })).toEqual([]);
  });

  it("asks nothing of a task that has not started", () => {
    expect(taskStatus(task({ startDate: "2024-04-01", today: "2024-03-28", reports: [] }))).toMatchObject({ light: "green", plannedPercent: 0 });
  });
});

describe("yellow: behind plan", () => {
  it("holds the latest report against the plan at the last report deadline that has passed", () => {
    // 2024-02-29 is day 59 of 365: 16.2 % planned.
    const status = taskStatus(task({ reports: [report("2024-02", 10)] }));
    expect(status.light).toBe("yellow");
    expect(status.reasons).toEqual([{ code: "behind_plan", params: { actualPercent: 10, expectedPercent: 16.2, asOf: "2024-02-29" } }]);
    expect(codes(task({ reports: [report("2024-02", 16.2)] }))).toEqual([]);
  });

  it("does not fall behind between deadlines just because days pass", () => {
    // On plan at the end of February; by 2024-03-20 today's plan (21.6 %) has moved on, the report deadline has not.
    const status = taskStatus(task({ today: "2024-03-20", reports: [report("2024-02", 16.2)] }));
    expect(status).toMatchObject({ light: "green", plannedPercent: 21.6, actualPercent: 16.2 });
  });

  it("falls behind after a skipped report", () => {
    expect(codes(task({ today: "2024-04-05", reports: [report("2024-02", 16.2)] }))).toEqual(["behind_plan"]);
  });

  it("ignores returned reports and takes the latest period, then the latest submission", () => {
    const reports = [report("2024-01", 30), report("2024-02", 50, "returned"), report("2024-02", 12, "approved", "2024-03-02"), report("2024-02", 18, "submitted", "2024-03-05")];
    expect(taskStatus(task({ reports }))).toMatchObject({ light: "green", actualPercent: 18 });
    expect(taskStatus(task({ reports: reports.slice(0, 3) }))).toMatchObject({ light: "yellow", actualPercent: 12 });
  });

  it("counts 0 % before any report, which the first period does not hold against the unit", () => {
    expect(taskStatus(task({ today: "2024-01-20", reports: [] }))).toMatchObject({ light: "green", actualPercent: 0 });
    expect(codes(task({ today: "2024-02-10", reports: [] }))).toEqual(["behind_plan"]);
  });
});

describe("plannedPercent", () => {
  it("runs linearly from 0 at the start to 100 at the due date, clamped", () => {
    expect(taskStatus(task({ today: "2023-12-01" })).plannedPercent).toBe(0);
    expect(taskStatus(task({ today: "2024-01-01" })).plannedPercent).toBe(0);
    expect(taskStatus(task({ startDate: "2024-01-01", dueDate: "2024-01-11", today: "2024-01-06" })).plannedPercent).toBe(50);
    expect(taskStatus(task({ today: "2024-12-31" })).plannedPercent).toBe(100);
    expect(taskStatus(task({ today: "2025-06-01" })).plannedPercent).toBe(100);
  });

  it("jumps from 0 to 100 on the day for a one-day task", () => {
    expect(taskStatus(task({ startDate: "2024-05-05", dueDate: "2024-05-05", today: "2024-05-04" })).plannedPercent).toBe(0);
    expect(taskStatus(task({ startDate: "2024-05-05", dueDate: "2024-05-05", today: "2024-05-05" })).plannedPercent).toBe(100);
  });

  it("stays within 0..100 and never decreases as days pass", () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 30 }), (offset, length, step) => {
        const base = { startDate: "2024-01-01", dueDate: addDays("2024-01-01", length) };
        const a = taskStatus(task({ ...base, today: addDays("2024-01-01", offset) })).plannedPercent;
        const b = taskStatus(task({ ...base, today: addDays("2024-01-01", offset + step) })).plannedPercent;
        expect(a >= 0 && b <= 100 && a <= b).toBe(true);
      }),
    );
  });
});

describe("boundaries (properties)", () => {
  const period = fc
    .tuple(fc.constantFrom<PeriodKind>("monthly", "quarterly"), fc.integer({ min: 2000, max: 2060 }), fc.integer({ min: 1, max: 12 }))
    .map(([kind, year, month]) => ({ kind, period: periodOf(kind, `${year}-${String(month).padStart(2, "0")}-15`) }));

  it("a report due in exactly 7 days without a report is due soon; in 8 days it is not", () => {
    fc.assert(
      fc.property(period, ({ kind, period: p }) => {
        const base = { periodKind: kind, startDate: addDays(p.start, -400), dueDate: addDays(p.end, 400), reports: [] };
        expect(codes(task({ ...base, today: addDays(p.end, -7) }))).toContain("due_soon_no_report");
        expect(codes(task({ ...base, today: addDays(p.end, -8) }))).not.toContain("due_soon_no_report");
      }),
    );
  });

  it("today == dueDate is not overdue; the day after is, and is red", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 1000 }), (day, length) => {
        const dueDate = addDays("2000-01-01", day);
        const base = { startDate: addDays(dueDate, -length), dueDate, reports: [report(periodOf("monthly", dueDate).key, 100)] };
        expect(codes(task({ ...base, today: dueDate }))).not.toContain("overdue");
        const after = taskStatus(task({ ...base, today: addDays(dueDate, 1) }));
        expect(after.light).toBe("red");
        expect(after.reasons).toContainEqual({ code: "overdue", params: { dueDate, daysOverdue: 1 } });
      }),
    );
  });

  it("the light is red exactly when a red rule fired, yellow when only yellow ones did", () => {
    const input = fc.record({
      today: fc.integer({ min: -30, max: 420 }).map((d) => addDays("2024-01-01", d)),
      returnedCount: fc.integer({ min: 0, max: 3 }),
      targetProjectedMiss: fc.boolean(),
      completed: fc.boolean(),
      percent: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(input, ({ percent, ...rest }) => {
        const status = taskStatus(task({ ...rest, reports: [report("2024-02", percent)] }));
        const red = status.reasons.some((r) => ["overdue", "returned_twice", "target_at_risk"].includes(r.code));
        expect(status.light).toBe(red ? "red" : status.reasons.length > 0 ? "yellow" : "green");
      }),
    );
  });
});
