import { describe, expect, test } from "vitest";
import { registeredTotal, techAmountExcess } from "./amounts.ts";

describe("技术交易额 ≤ 合同成交额", () => {
  test("the registered amount is the limit when given, else the deal's amount", () => {
    expect(registeredTotal(100, 80)).toBe(80);
    expect(registeredTotal(100, null)).toBe(100);
    expect(registeredTotal(undefined, undefined)).toBeNull();
  });

  test("equal is within, more is not", () => {
    expect(techAmountExcess(80, 100, 80)).toBeNull();
    expect(techAmountExcess(80.01, 100, 80)).toEqual({ tech: 80.01, total: 80 });
    expect(techAmountExcess(120, 100, null)).toEqual({ tech: 120, total: 100 });
    expect(techAmountExcess(0, 0, null)).toBeNull();
  });

  test("nothing to say until both sides are typed", () => {
    expect(techAmountExcess(null, 100, 80)).toBeNull();
    expect(techAmountExcess(50, null, null)).toBeNull();
  });
});
