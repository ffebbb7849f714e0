/**
 * The technology flows between the corridor cities as a Sankey: seller city (输出, left) → buyer city (吸纳, right),
 * by amount (万元) or by number of deals. Each city is two nodes, "武汉（输出）" and "武汉（吸纳）": a Sankey cannot
 * draw a link from a node to itself, and deals inside one city are flows all the same (tech-contracts.md §5 counts
 * 输出 by the seller's city and 吸纳 by the buyer's, never summed). Pure: cells in, option out.
 */
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import { CITIES } from "../../../../shared/regions.ts";

export type FlowCell = { from: string; to: string; amount: number; count: number };
export type Measure = "amount" | "count";

export type SankeyText = {
  /** The left node of a city: "武汉（输出）". */
  outNode: (cityCode: string) => string;
  /** The right node of a city: "武汉（吸纳）". */
  inNode: (cityCode: string) => string;
  /** The measure's unit after a value: "万元", "项". */
  unit: (measure: Measure) => string;
};

export type SankeyLink = { from: string; to: string; source: string; target: string; value: number };

const PALETTE = ["#1d5fbf", "#13a8a8", "#d48806", "#722ed1", "#389e0d", "#c41d7f", "#8c8c8c"];

/** Money in 万元 to the 0.01 (the server's precision); sums of floats otherwise show 0.30000000000000004. */
export const roundAmount = (value: number) => Math.round(value * 100) / 100;

/** The cities the cells name: the five corridor cities in their usual order, then any other code (the province's). */
export function flowCities(cells: readonly FlowCell[]): string[] {
  const named = new Set(cells.flatMap((c) => [c.from, c.to]));
  const corridor: string[] = CITIES.map((c) => c.code).filter((code) => named.has(code));
  const others = [...named].filter((code) => !corridor.includes(code)).sort();
  return [...corridor, ...others];
}

/** One link per seller city → buyer city with something to draw (a positive value), in the cities' order. */
export function sankeyLinks(cells: readonly FlowCell[], measure: Measure, text: SankeyText): SankeyLink[] {
  const order = flowCities(cells);
  const sums = new Map<string, { from: string; to: string; value: number }>();
  for (const cell of cells) {
    const key = `${cell.from}→${cell.to}`;
    const before = sums.get(key)?.value ?? 0;
    sums.set(key, { from: cell.from, to: cell.to, value: before + cell[measure] });
  }
  return [...sums.values()]
    .map((s) => ({ ...s, value: measure === "amount" ? roundAmount(s.value) : s.value }))
    .filter((s) => s.value > 0)
    .sort((a, b) => order.indexOf(a.from) - order.indexOf(b.from) || order.indexOf(a.to) - order.indexOf(b.to))
    .map((s) => ({ ...s, source: text.outNode(s.from), target: text.inNode(s.to) }));
}

/**
 * The Sankey's option. Nodes are only the cities with a link (a node without one has no height to draw), sellers at
 * depth 0 and buyers at depth 1, each city in one colour on both sides; no cells, or none with a value, give a
 * series with no nodes and no links, which ECharts draws as an empty chart.
 */
export function sankeyOption(cells: readonly FlowCell[], measure: Measure, text: SankeyText): ChartOption {
  const links = sankeyLinks(cells, measure, text);
  const cities = flowCities(cells);
  const colour = (code: string) => PALETTE[cities.indexOf(code) % PALETTE.length];
  const sellers = cities.filter((code) => links.some((l) => l.from === code));
  const buyers = cities.filter((code) => links.some((l) => l.to === code));
  const nodes = [
    ...sellers.map((code) => ({ name: text.outNode(code), depth: 0, itemStyle: { color: colour(code) } })),
    ...buyers.map((code) => ({ name: text.inNode(code), depth: 1, itemStyle: { color: colour(code) } })),
  ];
  const unit = text.unit(measure);
  return {
    tooltip: { trigger: "item", valueFormatter: (value) => `${String(value)} ${unit}` },
    series: [
      {
        type: "sankey",
        left: 8,
        right: 96,
        top: 16,
        bottom: 16,
        nodeWidth: 16,
        nodeGap: 12,
        // Keep the cities in their usual order on both sides rather than let the layout shuffle them.
        layoutIterations: 0,
        draggable: false,
        emphasis: { focus: "adjacency" },
        lineStyle: { color: "gradient", curveness: 0.5, opacity: 0.45 },
        label: { color: "#262626" },
        data: nodes,
        links: links.map((l) => ({ source: l.source, target: l.target, value: l.value })),
      },
    ],
  };
}
