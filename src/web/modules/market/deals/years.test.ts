import { describe, expect, test } from "vitest";
import { recentYears, yearParam } from "./years.ts";

describe("filter years", () => {
  test("six years to this one, newest first; an older chosen year is kept", () => {
    expect(recentYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(recentYears(2026, 2018)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2018]);
  });

  test("a year in the URL counts only when the server takes it", () => {
    expect(yearParam("2025")).toBe(2025);
    expect(yearParam(undefined)).toBeUndefined();
    expect(yearParam("1999")).toBeUndefined();
    expect(yearParam("20x5")).toBeUndefined();
  });
});
