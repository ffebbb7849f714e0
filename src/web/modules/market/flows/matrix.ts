/**
 * The flows as numbers: the matrix of 输出 (seller city, rows) × 吸纳 (buyer city, columns) with each city's totals,
 * and the share of the measure that crosses a city's border. Pure.
 */
import type { ChartData } from "../../../platform/charts/ChartCard.tsx";
import { CITIES } from "../../../../shared/regions.ts";
import { flowCities, roundAmount, type FlowCell, type Measure } from "./sankey.ts";

export type MatrixText = {
  city: (code: string) => string;
  /** The top-left cell: "输出＼吸纳". */
  corner: string;
  /** The last row's and column's heading: a city's 输出 total (row), 吸纳 total (column). */
  total: string;
};

/** The matrix's cities: always the five, so that an empty row or column reads as 0, then any other code named. */
export function matrixCities(cells: readonly FlowCell[]): string[] {
  const named = flowCities(cells);
  return [...CITIES.map((c) => c.code as string), ...named.filter((code) => !CITIES.some((c) => c.code === code))];
}

const tidy = (value: number, measure: Measure) => (measure === "amount" ? roundAmount(value) : value);

export function flowMatrix(cells: readonly FlowCell[], measure: Measure, text: MatrixText): ChartData {
  const cities = matrixCities(cells);
  const value = (from: string, to: string) => cells.filter((c) => c.from === from && c.to === to).reduce((s, c) => s + c[measure], 0);
  const rows = cities.map((from) => {
    const values = cities.map((to) => tidy(value(from, to), measure));
    return [text.city(from), ...values, tidy(values.reduce((s, v) => s + v, 0), measure)];
  });
  const columnTotals = cities.map((to) => tidy(cities.reduce((s, from) => s + value(from, to), 0), measure));
  const grand = tidy(cells.reduce((s, c) => s + c[measure], 0), measure);
  return {
    columns: [text.corner, ...cities.map(text.city), text.total],
    rows: [...rows, [text.total, ...columnTotals, grand]],
  };
}

/** The part of the measure flowing between two different cities, in percent with one decimal; null when nothing flows. */
export function crossCityShare(cells: readonly FlowCell[], measure: Measure): number | null {
  const total = cells.reduce((s, c) => s + c[measure], 0);
  if (total <= 0) return null;
  const cross = cells.filter((c) => c.from !== c.to).reduce((s, c) => s + c[measure], 0);
  return Math.round((cross / total) * 1000) / 10;
}
