/** Tasks at a glance: how many are green, yellow and red, and the same split for each lead unit (牵头单位). */
import { useMemo } from "react";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import { LIGHT_COLORS, usePlanLabels } from "../labels.ts";
import { LIGHTS, type Dashboard } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function LightPieCard({ counts }: { counts: Dashboard["tasksByLight"] }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const option: ChartOption = useMemo(
    () => ({
      tooltip: { trigger: "item", formatter: "{b}: {c} ({d}%)" },
      legend: { bottom: 0 },
      series: [
        {
          type: "pie",
          radius: ["40%", "68%"],
          label: { formatter: "{b}\n{c}" },
          data: LIGHTS.map((l) => ({ name: labels.light(l), value: counts[l], itemStyle: { color: LIGHT_COLORS[l] } })),
        },
      ],
    }),
    [counts, labels],
  );
  return (
    <ChartCard
      testId="light-pie"
      name={t("dashboard.byLight")}
      title={t("dashboard.byLight")}
      option={option}
      data={{ columns: [t("task.light"), t("dashboard.taskCount")], rows: LIGHTS.map((l) => [labels.light(l), counts[l]]) }}
    />
  );
}

export function LeadBarCard({ rows }: { rows: Dashboard["tasksByLead"] }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const option: ChartOption = useMemo(() => {
    // Horizontal bars read top-down in the server's order (most red first), so the axis runs bottom-up reversed.
    const ordered = [...rows].reverse();
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: ordered.map((r) => r.orgName) },
      series: LIGHTS.map((l) => ({ name: labels.light(l), type: "bar" as const, stack: "tasks", itemStyle: { color: LIGHT_COLORS[l] }, data: ordered.map((r) => r[l]) })),
    };
  }, [rows, labels]);
  return (
    <ChartCard
      testId="lead-bar"
      name={t("dashboard.byLead")}
      title={t("dashboard.byLead")}
      option={option}
      height={Math.max(240, rows.length * 32 + 60)}
      data={{ columns: [t("task.leadUnits"), ...LIGHTS.map((l) => labels.light(l))], rows: rows.map((r) => [r.orgName, ...LIGHTS.map((l) => r[l])]) }}
    />
  );
}
