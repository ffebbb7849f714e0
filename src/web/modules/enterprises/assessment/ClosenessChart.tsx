/** How close the enterprise is to each tier: the share of the deciding conditions met, coloured by its standing. */
import { useMemo } from "react";
import { Card, Space, Typography } from "antd";
import { closeness, standingOf, type Standing } from "./standing.ts";
import type { TierAssessment } from "../types.ts";
import { EChart } from "../../../platform/charts/EChart.tsx";
import type { ChartOption } from "../../../platform/charts/echarts.ts";
import { useI18n } from "../../../platform/i18n.tsx";

const STANDINGS: readonly Standing[] = ["held", "eligible", "notEligible", "undecided"];
const STANDING_COLOR: Record<Standing, string> = { held: "#1d5fbf", eligible: "#52c41a", notEligible: "#f5222d", undecided: "#bfbfbf" };

export function ClosenessChart({ tiers, nearest }: { tiers: TierAssessment[]; nearest: string | null }) {
  const { t } = useI18n();
  const option = useMemo<ChartOption>(() => {
    const rows = [...tiers].reverse().map((tier) => ({ tier, standing: standingOf(tier), c: closeness(tier) }));
    return {
      grid: { left: 24, right: 56, top: 8, bottom: 8, outerBoundsMode: "same", outerBoundsContain: "axisLabel" },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
      yAxis: { type: "category", data: rows.map((r) => (r.tier.tier === nearest ? `★ ${r.tier.tierName}` : r.tier.tierName)) },
      series: [
        {
          type: "bar",
          name: t("enterprise.assess.closeness"),
          barMaxWidth: 22,
          data: rows.map((r) => ({ value: r.c ? Math.round(r.c.share * 100) : 0, itemStyle: { color: STANDING_COLOR[r.standing] } })),
          label: { show: true, position: "right", formatter: (p: { dataIndex: number }) => {
            const c = rows[p.dataIndex]?.c;
            return c && c.total > 0 ? `${c.met}/${c.total}` : "";
          } },
        },
      ],
    };
  }, [tiers, nearest, t]);
  return (
    <Card size="small" title={t("enterprise.assess.chart")} data-testid="closeness-chart">
      <EChart option={option} height={240} label={t("enterprise.assess.chart")} />
      <Space wrap size="middle">
        {STANDINGS.map((s) => (
          <Space key={s} size={4}>
            <span style={{ display: "inline-block", width: 10, height: 10, borderRadius: 2, background: STANDING_COLOR[s] }} />
            <Typography.Text type="secondary">{t(`enterprise.assess.standing.${s}`)}</Typography.Text>
          </Space>
        ))}
        <Typography.Text type="secondary">{t("enterprise.assess.chartNote")}</Typography.Text>
      </Space>
    </Card>
  );
}
