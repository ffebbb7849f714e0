/** 五市地图: the corridor cities coloured by a chosen indicator and year, with each value's source kind. */
import { useMemo, useState } from "react";
import { Select, Space } from "antd";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { cityValuesOf, mapOption, mapYears, mappable } from "./mapChart.ts";
import { usePlanLabels } from "../labels.ts";
import type { Indicator } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { DemoBadge } from "../../../platform/DemoBadge.tsx";
import { useLabels } from "../../../platform/labels.ts";

export function CityMapCard({ indicators }: { indicators: Indicator[] }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const { cityLabel } = useLabels();
  const choices = mappable(indicators);
  const [code, setCode] = useState(() => choices[0]?.code);
  const indicator = choices.find((i) => i.code === code) ?? choices[0];
  const years = mapYears(indicator);
  const [pickedYear, setYear] = useState<number | undefined>();
  const year = pickedYear !== undefined && years.includes(pickedYear) ? pickedYear : years[0];
  const unit = indicator?.unit ?? "";
  const option = useMemo(() => mapOption(indicator, year, unit), [indicator, year, unit]);
  const cities = cityValuesOf(indicator, year);
  return (
    <ChartCard
      testId="city-map"
      name={`${t("dashboard.map")}-${indicator?.name ?? ""}-${year ?? ""}`}
      title={
        <Space wrap>
          <span>{t("dashboard.map")}</span>
          <DemoBadge show={cities.some((c) => c.value?.sourceKind === "demo")} />
        </Space>
      }
      option={option}
      height={420}
      data={{
        columns: [t("indicator.city"), `${t("kpi.value")} (${unit})`, t("indicator.sourceKind"), t("indicator.source")],
        rows: cities.map((c) => [cityLabel(c.code), c.value?.value ?? null, c.value ? labels.sourceKind(c.value.sourceKind) : t("dashboard.noValue"), c.value?.source ?? ""]),
      }}
    >
      <Space wrap style={{ marginBottom: 8 }}>
        <Select
          size="small"
          value={indicator?.code}
          onChange={(next: string) => {
            setCode(next);
            setYear(undefined);
          }}
          options={choices.map((i) => ({ value: i.code, label: i.name }))}
          style={{ width: 220 }}
          aria-label={t("dashboard.mapIndicator")}
        />
        <Select size="small" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} style={{ width: 90 }} aria-label={t("indicator.year")} />
      </Space>
    </ChartCard>
  );
}
