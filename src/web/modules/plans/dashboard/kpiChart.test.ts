import { describe, expect, test } from "vitest";
import { niceBounds } from "./kpiChart.ts";

describe("niceBounds", () => {
  test("rounds outward to 1, 2 or 5 × 10ⁿ steps and includes every value", () => {
    expect(niceBounds([22.15, 28.8, 36])).toEqual({ min: 20, max: 40 });
    expect(niceBounds([7570, 23099.55, 15000])).toEqual({ min: 5000, max: 25000 });
    expect(niceBounds([2.71, 3.27, 4.2])).toEqual({ min: 2.5, max: 4.5 });
    expect(niceBounds([2.65, 3.3])).toEqual({ min: 2.6, max: 3.4 });
  });

  test("a single value still gets a span; nothing gives no bounds", () => {
    const one = niceBounds([5]);
    expect(one && one.min <= 5 && one.max >= 5).toBe(true);
    expect(niceBounds([])).toBeNull();
  });
});
