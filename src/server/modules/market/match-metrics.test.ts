/** nDCG@k and recall@k against examples computed by hand. */
import { describe, expect, it } from "vitest";
import { dcgAtK, meanDefined, ndcgAtK, recallAtK } from "./match-metrics.ts";

const grades = new Map([
  ["a", 3],
  ["b", 2],
  ["c", 1],
  ["d", 0],
]);

describe("dcgAtK", () => {
  it("sums (2^g − 1) / log2(rank + 1)", () => {
    // d(0) at 1, a(7) at 2, x(0) at 3, b(3) at 4: 7/log2(3) + 3/log2(5) = 4.41651 + 1.29203 = 5.70854
    expect(dcgAtK(["d", "a", "x", "b"], grades, 4)).toBeCloseTo(7 / Math.log2(3) + 3 / Math.log2(5), 10);
    expect(dcgAtK(["d", "a", "x", "b"], grades, 4)).toBeCloseTo(5.70854, 5);
  });
  it("uses the grade itself with linear gain, and stops at k", () => {
    expect(dcgAtK(["a", "b", "c"], grades, 2, "linear")).toBeCloseTo(3 + 2 / Math.log2(3), 10);
  });
});

describe("ndcgAtK", () => {
  it("is 1 for the ideal order and less for any other", () => {
    expect(ndcgAtK(["a", "b", "c", "d"], grades, 3)).toBe(1);
    // ranking c, b, a: 1 + 3/1.58496 + 7/2 = 6.39279; ideal a, b, c: 7 + 3/1.58496 + 1/2 = 9.39279
    expect(ndcgAtK(["c", "b", "a"], grades, 3)).toBeCloseTo(6.39279 / 9.39279, 5);
  });
  it("takes the ideal DCG from all judgements, not from the ranked ones", () => {
    // only b is found, at rank 1: 3 / (7 + 3/log2 3) = 3 / 8.89279
    expect(ndcgAtK(["b"], grades, 2)).toBeCloseTo(3 / (7 + 3 / Math.log2(3)), 10);
    expect(ndcgAtK(["b"], grades, 2)).toBeCloseTo(0.33735, 5);
  });
  it("counts a repeated item once, and is undefined without relevant items", () => {
    expect(ndcgAtK(["a", "a", "b"], grades, 2)).toBe(ndcgAtK(["a", "b"], grades, 2));
    expect(ndcgAtK(["a"], new Map([["a", 0]]), 5)).toBeNull();
  });
});

describe("recallAtK", () => {
  it("counts the items at or above the grade found in the first k", () => {
    expect(recallAtK(["x", "c", "a", "b"], grades, 3, 1)).toBeCloseTo(2 / 3, 10);
    expect(recallAtK(["x", "c", "a", "b"], grades, 3, 3)).toBe(1);
    expect(recallAtK(["x", "c", "a", "b"], grades, 3, 2)).toBe(0.5);
    expect(recallAtK(["d"], grades, 10, 3)).toBe(0);
  });
  it("is undefined when nothing reaches the grade", () => {
    expect(recallAtK(["a"], new Map([["a", 1]]), 5, 2)).toBeNull();
  });
});

describe("meanDefined", () => {
  it("averages the defined values only", () => {
    expect(meanDefined([0.5, null, 1])).toBe(0.75);
    expect(meanDefined([null])).toBeNull();
  });
});
