/**
 * An indicator's values, city by year, each with its source kind, and the corridor figure the server computed
 * from them (a ratio of sums, never a mean of ratios). A writer opens a cell to 填报 or correct it.
 */
import { Button, Space, Table, Tooltip, Typography } from "antd";
import { EditOutlined } from "@ant-design/icons";
import { SourceTag } from "../components/SourceTag.tsx";
import { formatNumber } from "../labels.ts";
import type { CityValue, Indicator } from "../types.ts";
import type { ValueTarget } from "./ValueDialog.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { DemoBadge } from "../../../platform/DemoBadge.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { CITIES, PROVINCE } from "../../../../shared/regions.ts";

type Row = { key: string; label: string; cityCode: string | null; byYear: Map<number, CityValue> };

export function indicatorYears(indicator: Indicator): number[] {
  return [...new Set([...indicator.series.map((s) => s.year), ...indicator.cityValues.map((v) => v.year)])].sort((a, b) => a - b);
}

export function CityYearTable({ indicator, onEdit }: { indicator: Indicator; onEdit?: (target: ValueTarget) => void }) {
  const { t, lang } = useI18n();
  const { cityLabel } = useLabels();
  const years = indicatorYears(indicator);
  const regions = [PROVINCE.code, ...CITIES.map((c) => c.code)].filter((code) => code !== PROVINCE.code || indicator.cityValues.some((v) => v.cityCode === code));
  const rows: Row[] = regions.map((code) => ({
    key: code,
    label: cityLabel(code),
    cityCode: code,
    byYear: new Map(indicator.cityValues.filter((v) => v.cityCode === code && !v.reference).map((v) => [v.year, v])),
  }));
  const series = new Map(indicator.series.map((s) => [s.year, s]));

  const cell = (row: Row, year: number) => {
    if (row.cityCode === null) {
      const point = series.get(year);
      if (!point) return "—";
      return (
        <Space size={4}>
          <Tooltip title={point.missing.length ? t("indicator.missingCities", { cities: point.missing.map(cityLabel).join(t("common.listSeparator")) }) : undefined}>
            <Typography.Text strong>{formatNumber(point.value, lang)}</Typography.Text>
          </Tooltip>
          <DemoBadge show={point.demo} />
        </Space>
      );
    }
    const v = row.byYear.get(year);
    const edit = onEdit ? (
      <Button size="small" type="text" icon={<EditOutlined />} aria-label={t("indicator.editCell", { city: row.label, year })} onClick={() => onEdit({ indicator, cityCode: row.cityCode ?? undefined, year, current: v })} />
    ) : null;
    if (!v) return edit ?? "—";
    // A ratio given only by its parts is shown as its parts: the server, not the page, turns parts into figures.
    const shown = v.value !== null ? formatNumber(v.value, lang) : `${formatNumber(v.numerator, lang)} / ${formatNumber(v.denominator, lang)}`;
    return (
      <Space size={4} wrap>
        <span>{shown}</span>
        <SourceTag kind={v.sourceKind} source={v.source} sourceUrl={v.sourceUrl} note={v.note} />
        {edit}
      </Space>
    );
  };

  return (
    <Table<Row>
      rowKey="key"
      size="small"
      pagination={false}
      scroll={{ x: true }}
      dataSource={[...rows, { key: "corridor", label: t("indicator.corridor"), cityCode: null, byYear: new Map() }]}
      columns={[
        { title: t("indicator.city"), dataIndex: "label", fixed: "left", width: 120, render: (label: string, row) => (row.cityCode === null ? <Typography.Text strong>{label}</Typography.Text> : label) },
        ...years.map((year) => ({ title: String(year), key: String(year), render: (_: unknown, row: Row) => cell(row, year) })),
      ]}
    />
  );
}
