import { describe, expect, test } from "vitest";
import { hashText, mix32, permute, Rng } from "./random.ts";

describe("the seeded generator", () => {
  // Values recorded from the generators' own copies before they moved here: the synthetic data depend on them.
  test("gives the recorded numbers for a seed and stream", () => {
    const rng = new Rng(20261125, 3);
    expect([rng.u32(), rng.u32(), rng.u32(), rng.u32()]).toEqual([139360599, 1310324926, 2556606101, 189143155]);
    expect(mix32(12345)).toBe(1011272156);
    expect(hashText("光谷")).toBe(4282312361);
  });

  test("permute is a bijection of its range", () => {
    const values = Array.from({ length: 64 }, (_, v) => permute(v, 3, 7));
    expect(values.slice(0, 4)).toEqual([23, 0, 46, 62]);
    expect(new Set(values).size).toBe(64);
    expect(Math.max(...values)).toBeLessThan(64);
  });

  test("sample draws distinct items, all of them when asked for more", () => {
    const rng = new Rng(1, 1);
    expect(new Set(rng.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
    expect(rng.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});
