import { describe, expect, test } from "vitest";
import { periodOf, periodsBetween, reportablePeriods } from "./periods.ts";

describe("periods offered by the pages", () => {
  test("month and quarter of a date", () => {
    expect(periodOf("monthly", "2024-02-10")).toEqual({ key: "2024-02", start: "2024-02-01", end: "2024-02-29" });
    expect(periodOf("quarterly", "2024-11-25")).toEqual({ key: "2024-Q4", start: "2024-10-01", end: "2024-12-31" });
  });

  test("periods between two dates cross the year", () => {
    expect(periodsBetween("quarterly", "2024-08-15", "2025-01-02").map((p) => p.key)).toEqual(["2024-Q3", "2024-Q4", "2025-Q1"]);
    expect(periodsBetween("monthly", "2024-12-31", "2024-12-01")).toEqual([]);
  });

  test("a task's reportable periods run to today's, newest first, and stop at its due date", () => {
    expect(reportablePeriods("quarterly", "2025-01-01", "2026-12-31", "2026-05-03").map((p) => p.key)).toEqual(["2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3", "2025-Q2", "2025-Q1"]);
    expect(reportablePeriods("monthly", "2024-01-01", "2024-02-15", "2026-01-01").map((p) => p.key)).toEqual(["2024-02", "2024-01"]);
  });
});
