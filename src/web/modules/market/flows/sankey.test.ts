import { describe, expect, test } from "vitest";
import { flowCities, sankeyLinks, sankeyOption, type FlowCell, type SankeyText } from "./sankey.ts";

const SHORT: Record<string, string> = { "420100": "武汉", "420200": "黄石", "420700": "鄂州", "421100": "黄冈", "421200": "咸宁", "420000": "湖北省" };
const text: SankeyText = {
  outNode: (code) => `${SHORT[code] ?? code}（输出）`,
  inNode: (code) => `${SHORT[code] ?? code}（吸纳）`,
  unit: (measure) => (measure === "amount" ? "万元" : "项"),
};

const cell = (from: string, to: string, amount: number, count: number): FlowCell => ({ from, to, amount, count });
const cells = [cell("420200", "420100", 120, 1), cell("420100", "420100", 300.5, 3), cell("420100", "421200", 0.1, 1), cell("421100", "420100", 0.2, 2)];

function seriesOf(option: ReturnType<typeof sankeyOption>) {
  const series = Array.isArray(option.series) ? option.series[0] : option.series;
  if (series?.type !== "sankey") throw new Error("no sankey series");
  return series;
}

describe("the flows Sankey", () => {
  test("no node is linked to itself, even for deals inside one city", () => {
    const series = seriesOf(sankeyOption(cells, "amount", text));
    expect(series.links?.length).toBe(4);
    for (const link of series.links ?? []) expect(link.source).not.toBe(link.target);
    expect(series.links).toContainEqual({ source: "武汉（输出）", target: "武汉（吸纳）", value: 300.5 });
  });

  test("every link joins a seller node at depth 0 to a buyer node at depth 1, and node names are unique", () => {
    const series = seriesOf(sankeyOption(cells, "amount", text));
    const nodes = series.data ?? [];
    const names = nodes.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    const depth = new Map(nodes.map((n) => [n.name, n.depth]));
    for (const link of series.links ?? []) {
      expect(depth.get(String(link.source))).toBe(0);
      expect(depth.get(String(link.target))).toBe(1);
    }
    // Only cities with a link are nodes, in the corridor's order: 武汉, 黄石, 黄冈 sell; 武汉, 咸宁 buy.
    expect(names).toEqual(["武汉（输出）", "黄石（输出）", "黄冈（输出）", "武汉（吸纳）", "咸宁（吸纳）"]);
  });

  test("the measure switches between amount and count", () => {
    expect(sankeyLinks(cells, "amount", text).find((l) => l.from === "420200")).toMatchObject({ source: "黄石（输出）", target: "武汉（吸纳）", value: 120 });
    expect(sankeyLinks(cells, "count", text).find((l) => l.from === "420200")?.value).toBe(1);
    expect(sankeyLinks(cells, "count", text).find((l) => l.from === "421100")?.value).toBe(2);
  });

  test("an empty matrix gives an empty but valid option", () => {
    const option = sankeyOption([], "amount", text);
    const series = seriesOf(option);
    expect(series.data).toEqual([]);
    expect(series.links).toEqual([]);
    expect(() => JSON.stringify(option)).not.toThrow();
    expect(option.tooltip).toBeDefined();
  });

  test("cells with nothing to draw make no link and no node", () => {
    const series = seriesOf(sankeyOption([cell("420700", "420100", 0, 0)], "amount", text));
    expect(series.links).toEqual([]);
    expect(series.data).toEqual([]);
  });

  test("repeated cells are summed, and sums of 万元 stay at 0.01", () => {
    const links = sankeyLinks([cell("420200", "420100", 0.1, 1), cell("420200", "420100", 0.2, 1)], "amount", text);
    expect(links).toEqual([{ from: "420200", to: "420100", source: "黄石（输出）", target: "武汉（吸纳）", value: 0.3 }]);
  });

  test("a code outside the five cities (a provincial department's 420000) comes after them", () => {
    expect(flowCities([cell("420000", "420200", 1, 1), cell("421200", "420100", 1, 1)])).toEqual(["420100", "420200", "421200", "420000"]);
  });
});
