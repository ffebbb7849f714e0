import { describe, expect, test } from "vitest";
import { yearChoices, yearOf } from "./years.ts";

describe("years", () => {
  test("this year and four before it, newest first; years ahead when asked", () => {
    expect(yearChoices(2026, 2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
    expect(yearChoices(2026, 2026, 1)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
  });

  test("a year chosen from the URL outside the range is offered too, in order", () => {
    expect(yearChoices(2026, 2019)).toEqual([2026, 2025, 2024, 2023, 2022, 2019]);
  });

  test("the URL's year when the server takes it, else this year", () => {
    expect(yearOf("2024", 2026)).toBe(2024);
    expect(yearOf(undefined, 2026)).toBe(2026);
    expect(yearOf("", 2026)).toBe(2026);
    expect(yearOf("20x4", 2026)).toBe(2026);
    expect(yearOf("1899", 2026)).toBe(2026);
  });
});
