/** One KPI on the dashboard: corridor figure against its target, the projection with its method named, the verdict. */
import { useMemo } from "react";
import { Space, Tag, Tooltip, Typography } from "antd";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { kpiData, kpiOption, type KpiText } from "./kpiChart.ts";
import { ASSESSMENT_TAG, formatNumber, usePlanLabels } from "../labels.ts";
import type { Indicator } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { DemoBadge } from "../../../platform/DemoBadge.tsx";
import { useLabels } from "../../../platform/labels.ts";

const COLORS = { line: "#1d5fbf", projection: "#8c8c8c", target: "#f5222d" };

export function KpiCard({ kpi }: { kpi: Indicator }) {
  const { t, lang } = useI18n();
  const labels = usePlanLabels();
  const { cityLabel } = useLabels();
  const method = labels.method(kpi.projectionMethod);
  const text: KpiText = useMemo(
    () => ({
      corridor: t("kpi.corridor"),
      projection: t("kpi.projectionBy", { method }),
      target: t("kpi.target"),
      year: t("indicator.year"),
      value: t("kpi.value"),
      sources: t("kpi.sources"),
      missing: t("kpi.missingCities"),
      projected: t("kpi.projected", { method }),
      sourceKinds: (kinds) => kinds.map(labels.sourceKind).join(t("common.listSeparator")),
      cities: (codes) => codes.map(cityLabel).join(t("common.listSeparator")),
    }),
    [t, method, labels, cityLabel],
  );
  const option = useMemo(() => kpiOption(kpi, text, COLORS), [kpi, text]);
  const demo = kpi.demo || kpi.series.some((s) => s.demo);
  const projection = kpi.projection;
  return (
    <ChartCard
      testId="kpi-card"
      name={kpi.name}
      title={
        <Space wrap>
          <span>{kpi.name}</span>
          <Tag color={kpi.assessment ? ASSESSMENT_TAG[kpi.assessment] : undefined} data-testid="kpi-verdict">
            {labels.assessment(kpi.assessment)}
          </Tag>
          <DemoBadge show={demo} />
        </Space>
      }
      option={option}
      data={kpiData(kpi, text)}
      height={260}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {projection ? (
          <Tooltip title={projection.otherMethodValue !== null ? t("kpi.otherMethod", { value: formatNumber(projection.otherMethodValue, lang), unit: kpi.unit }) : undefined}>
            {t("kpi.projectionLine", {
              year: projection.year,
              value: formatNumber(projection.value, lang),
              unit: projection.value === null ? "" : kpi.unit,
              method,
              target: kpi.target ? `${labels.comparator(kpi.target.comparator)} ${kpi.target.value}${kpi.unit}` : "—",
            })}
          </Tooltip>
        ) : (
          t("kpi.noProjection")
        )}
      </Typography.Text>
    </ChartCard>
  );
}
