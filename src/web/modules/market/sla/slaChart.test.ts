import { describe, expect, test } from "vitest";
import { bucketLabels, distributionOption, distributionTable, overdueTotal, type SlaText } from "./slaChart.ts";
import type { CitySla } from "./api.ts";

const text: SlaText = {
  city: (code) => ({ "420100": "武汉", "420200": "黄石" })[code] ?? code,
  bucket: (id) => `b:${id}`,
  cityColumn: "城市",
  responded: "已响应",
  waiting: "未响应",
  overdue: "超时",
  p50: "P50",
  p90: "P90",
};

const buckets = (a: number, b: number, c: number, d: number) => [
  { label: "≤4h", count: a },
  { label: "4–24h", count: b },
  { label: "24–48h", count: c },
  { label: ">48h", count: d },
];
const wuhan: CitySla = { cityCode: "420100", responded: 10, waiting: 3, overdue: 1, p50Hours: 5.5, p90Hours: 40, buckets: buckets(4, 3, 2, 1) };
const huangshi: CitySla = { cityCode: "420200", responded: 0, waiting: 0, overdue: 0, p50Hours: null, p90Hours: null, buckets: buckets(0, 0, 0, 0) };

describe("the response-time distribution", () => {
  test("one stacked bar per city, one segment per bucket, fastest first", () => {
    const option = distributionOption([wuhan, huangshi], text);
    expect(option.xAxis).toEqual(expect.objectContaining({ data: ["武汉", "黄石"] }));
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series.map((s) => s.name)).toEqual(["b:le4", "b:4to24", "b:24to48", "b:gt48"]);
    expect(series.every((s) => s.type === "bar" && "stack" in s && s.stack === "responded")).toBe(true);
    expect(series.map((s) => s.data)).toEqual([[4, 0], [3, 0], [2, 0], [1, 0]]);
  });

  test("the numbers: buckets, answered, not answered, overdue, P50, P90 (none when nothing was answered)", () => {
    const table = distributionTable([wuhan, huangshi], text);
    expect(table.columns).toEqual(["城市", "b:le4", "b:4to24", "b:24to48", "b:gt48", "已响应", "未响应", "超时", "P50", "P90"]);
    expect(table.rows).toEqual([
      ["武汉", 4, 3, 2, 1, 10, 3, 1, 5.5, 40],
      ["黄石", 0, 0, 0, 0, 0, 0, 0, null, null],
    ]);
  });

  test("a label the page does not know is shown as the server gives it, after the known ones", () => {
    const odd: CitySla = { ...wuhan, buckets: [{ label: "新", count: 1 }, ...buckets(1, 0, 0, 0)] };
    expect(bucketLabels([odd])).toEqual(["≤4h", "4–24h", "24–48h", ">48h", "新"]);
    expect(distributionTable([odd], text).columns).toContain("新");
  });

  test("the overdue count adds up every city's", () => {
    expect(overdueTotal([wuhan, huangshi, { ...huangshi, cityCode: "420700", overdue: 4 }])).toBe(5);
    expect(overdueTotal([])).toBe(0);
  });

  test("no cities, no bars", () => {
    const option = distributionOption([], text);
    expect(option.series).toEqual([]);
  });
});
