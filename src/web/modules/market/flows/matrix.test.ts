import { describe, expect, test } from "vitest";
import { crossCityShare, flowMatrix, type MatrixText } from "./matrix.ts";
import type { FlowCell } from "./sankey.ts";

const NAMES: Record<string, string> = { "420100": "武汉", "420200": "黄石", "420700": "鄂州", "421100": "黄冈", "421200": "咸宁" };
const text: MatrixText = { city: (code) => NAMES[code] ?? code, corner: "输出＼吸纳", total: "合计" };
const cell = (from: string, to: string, amount: number, count: number): FlowCell => ({ from, to, amount, count });

describe("the flow matrix", () => {
  const cells = [cell("420200", "420100", 120, 1), cell("420100", "420100", 300, 3), cell("420100", "421200", 80.25, 2)];

  test("rows are sellers, columns buyers, the five cities always, totals last", () => {
    const matrix = flowMatrix(cells, "amount", text);
    expect(matrix.columns).toEqual(["输出＼吸纳", "武汉", "黄石", "鄂州", "黄冈", "咸宁", "合计"]);
    expect(matrix.rows).toEqual([
      ["武汉", 300, 0, 0, 0, 80.25, 380.25],
      ["黄石", 120, 0, 0, 0, 0, 120],
      ["鄂州", 0, 0, 0, 0, 0, 0],
      ["黄冈", 0, 0, 0, 0, 0, 0],
      ["咸宁", 0, 0, 0, 0, 0, 0],
      ["合计", 420, 0, 0, 0, 80.25, 500.25],
    ]);
  });

  test("by count", () => {
    expect(flowMatrix(cells, "count", text).rows.at(-1)).toEqual(["合计", 4, 0, 0, 0, 2, 6]);
  });

  test("an empty matrix is all zeros", () => {
    const matrix = flowMatrix([], "amount", text);
    expect(matrix.rows).toHaveLength(6);
    expect(matrix.rows.every((row) => row.slice(1).every((v) => v === 0))).toBe(true);
  });

  test("the cross-city share leaves out deals inside one city; none when nothing flows", () => {
    expect(crossCityShare(cells, "amount")).toBe(40);
    expect(crossCityShare(cells, "count")).toBe(50);
    expect(crossCityShare([], "amount")).toBeNull();
    expect(crossCityShare([cell("420100", "420100", 5, 1)], "amount")).toBe(0);
  });
});
