import { describe, expect, test } from "vitest";
import { cityBarOption, conversion, funnelOption, funnelTable, scopeCounts, trendOption, trendTable, validByYear, yearTable, type FunnelText } from "./funnelCharts.ts";
import type { FunnelRow } from "./api.ts";

const row = (cityCode: string, year: number, n: Partial<FunnelRow> = {}): FunnelRow => ({
  cityCode,
  year,
  registered: 0,
  techSme: 0,
  reserve: 0,
  applied: 0,
  certified: 0,
  validHighTech: 0,
  expiring: 0,
  ...n,
});

const text: FunnelText = {
  count: (name) => name,
  city: (code) => ({ "420100": "武汉", "420700": "鄂州" })[code] ?? code,
  cityColumn: "城市",
  year: "年度",
  stage: "阶段",
  enterprises: "企业数",
  conversion: "转化率",
  corridor: "走廊",
};

const wuhan = row("420100", 2025, { registered: 100, techSme: 60, reserve: 20, applied: 10, certified: 6, validHighTech: 40, expiring: 3 });
const ezhou = row("420700", 2025, { registered: 10, techSme: 4, reserve: 2, applied: 1, certified: 1, validHighTech: 5, expiring: 1 });

describe("scope counts", () => {
  test("the corridor is the sum of the cities; a city is its own row", () => {
    expect(scopeCounts([wuhan, ezhou], undefined)).toEqual({ registered: 110, techSme: 64, reserve: 22, applied: 11, certified: 7, validHighTech: 45, expiring: 4 });
    expect(scopeCounts([wuhan, ezhou], "420700").reserve).toBe(2);
    expect(scopeCounts([wuhan], "421200").registered).toBe(0);
  });

  test("each stage as a share of the stage before it; none after an empty stage", () => {
    expect(conversion(scopeCounts([wuhan], "420100"))).toEqual([null, 60, 33.3, 50, 60]);
    expect(conversion(scopeCounts([row("420100", 2025, { reserve: 3 })], undefined))).toEqual([null, null, null, 0, null]);
  });
});

describe("charts", () => {
  test("the funnel keeps the stages' order and draws each count", () => {
    const option = funnelOption(scopeCounts([wuhan, ezhou], undefined), text);
    const series = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(series?.type).toBe("funnel");
    expect(series && "sort" in series ? series.sort : undefined).toBe("none");
    expect(series?.data).toEqual([
      expect.objectContaining({ name: "registered", value: 110 }),
      expect.objectContaining({ name: "techSme", value: 64 }),
      expect.objectContaining({ name: "reserve", value: 22 }),
      expect.objectContaining({ name: "applied", value: 11 }),
      expect.objectContaining({ name: "certified", value: 7 }),
    ]);
  });

  test("the bars: one group per city, one bar per stage", () => {
    const option = cityBarOption([wuhan, ezhou], text);
    expect(option.xAxis).toEqual(expect.objectContaining({ data: ["武汉", "鄂州"] }));
    const series = Array.isArray(option.series) ? option.series : [];
    expect(series.map((s) => s.name)).toEqual(["registered", "techSme", "reserve", "applied", "certified"]);
    expect(series[2]?.data).toEqual([20, 2]);
  });

  test("the trend sums valid 高企 per year, oldest first, for the scope", () => {
    const trend = [row("420100", 2025, { validHighTech: 40 }), row("420700", 2024, { validHighTech: 4 }), row("420100", 2024, { validHighTech: 30 }), row("420700", 2025, { validHighTech: 5 })];
    expect(validByYear(trend, undefined)).toEqual([{ year: 2024, value: 34 }, { year: 2025, value: 45 }]);
    expect(validByYear(trend, "420700")).toEqual([{ year: 2024, value: 4 }, { year: 2025, value: 5 }]);
    const option = trendOption(trend, undefined, "走廊", text);
    expect(option.xAxis).toEqual(expect.objectContaining({ data: ["2024", "2025"] }));
    const series = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(series?.data).toEqual([34, 45]);
    expect(series?.name).toBe("走廊 validHighTech");
  });
});

describe("tables", () => {
  test("the year's table has a row per city and the corridor's sum last", () => {
    const table = yearTable([wuhan, ezhou], text);
    expect(table.columns).toEqual(["城市", "registered", "techSme", "reserve", "applied", "certified", "validHighTech", "expiring"]);
    expect(table.rows).toEqual([
      ["武汉", 100, 60, 20, 10, 6, 40, 3],
      ["鄂州", 10, 4, 2, 1, 1, 5, 1],
      ["走廊", 110, 64, 22, 11, 7, 45, 4],
    ]);
  });

  test("the funnel's table gives counts and conversion", () => {
    expect(funnelTable(scopeCounts([wuhan], undefined), text).rows[2]).toEqual(["reserve", 20, 33.3]);
  });

  test("the trend's table has a column per city and the corridor's sum", () => {
    const trend = [row("420100", 2024, { validHighTech: 30 }), row("420700", 2024, { validHighTech: 4 }), row("420100", 2025, { validHighTech: 40 }), row("420700", 2025, { validHighTech: 5 })];
    expect(trendTable(trend, text)).toEqual({ columns: ["年度", "武汉", "鄂州", "走廊"], rows: [[2024, 30, 4, 34], [2025, 40, 5, 45]] });
  });

  test("one city alone gets no sum beside it", () => {
    expect(yearTable([wuhan], text).rows).toEqual([["武汉", 100, 60, 20, 10, 6, 40, 3]]);
    expect(trendTable([row("420100", 2025, { validHighTech: 40 })], text)).toEqual({ columns: ["年度", "武汉"], rows: [[2025, 40]] });
  });
});
