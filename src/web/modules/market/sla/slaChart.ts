/**
 * The first-response times per city as a stacked bar (one bar per city, one segment per time bucket, fastest first)
 * and as numbers (answered, not answered, overdue, P50, P90). Pure: the server's distribution in, option and table out.
 */
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import type { ChartData } from "../../../platform/charts/ChartCard.tsx";
import type { CitySla } from "./api.ts";

/** The server's bucket labels (service/demands.ts BUCKETS) and the name each has in the dictionaries. */
export const BUCKETS = [
  { label: "≤4h", id: "le4", color: "#52c41a" },
  { label: "4–24h", id: "4to24", color: "#1d5fbf" },
  { label: "24–48h", id: "24to48", color: "#faad14" },
  { label: ">48h", id: "gt48", color: "#cf1322" },
] as const;
export type BucketId = (typeof BUCKETS)[number]["id"];

export type SlaText = {
  city: (code: string) => string;
  bucket: (id: BucketId) => string;
  /** Column headings of the numbers. */
  cityColumn: string;
  responded: string;
  waiting: string;
  overdue: string;
  p50: string;
  p90: string;
};

/** The bucket labels in the order the server gives them, known ones first in their own order; unknown labels after. */
export function bucketLabels(rows: readonly CitySla[]): string[] {
  const given = [...new Set(rows.flatMap((r) => r.buckets.map((b) => b.label)))];
  const known: string[] = BUCKETS.map((b) => b.label).filter((label) => given.includes(label));
  return [...known, ...given.filter((label) => !known.includes(label))];
}

const countIn = (row: CitySla, label: string) => row.buckets.find((b) => b.label === label)?.count ?? 0;

export function bucketName(label: string, text: SlaText): string {
  const known = BUCKETS.find((b) => b.label === label);
  return known ? text.bucket(known.id) : label;
}

export function distributionOption(rows: readonly CitySla[], text: SlaText): ChartOption {
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: rows.map((r) => text.city(r.cityCode)) },
    yAxis: { type: "value", minInterval: 1 },
    series: bucketLabels(rows).map((label) => ({
      name: bucketName(label, text),
      type: "bar" as const,
      stack: "responded",
      barMaxWidth: 56,
      itemStyle: { color: BUCKETS.find((b) => b.label === label)?.color },
      data: rows.map((r) => countIn(r, label)),
    })),
  };
}

export function distributionTable(rows: readonly CitySla[], text: SlaText): ChartData {
  const labels = bucketLabels(rows);
  return {
    columns: [text.cityColumn, ...labels.map((l) => bucketName(l, text)), text.responded, text.waiting, text.overdue, text.p50, text.p90],
    rows: rows.map((r) => [text.city(r.cityCode), ...labels.map((l) => countIn(r, l)), r.responded, r.waiting, r.overdue, r.p50Hours, r.p90Hours]),
  };
}

/** The demands waiting past the SLA in all the rows' cities (the overdue list itself is cut at 200). */
export const overdueTotal = (rows: readonly CitySla[]): number => rows.reduce((sum, r) => sum + r.overdue, 0);
