/**
 * 需求响应时效, for service agencies and city governments (their cities) and the province (all five): the published
 * demands nobody has answered within the SLA (48 hours), longest waiting first, with the enterprise that posted each;
 * and per city how long first responses took (≤4h, 4–24h, 24–48h, >48h, stacked), with P50 and P90.
 */
import { useMemo } from "react";
import { Alert, Card, Empty, Select, Skeleton, Space, Table, Tag, Typography } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getSla, slaKeys, type OverdueDemand } from "./api.ts";
import { distributionOption, distributionTable } from "./slaChart.ts";
import { useSlaText } from "./useSlaText.ts";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { PageHeading } from "../../../platform/PageHeading.tsx";

const PARAMS = ["city"] as const;

export function SlaPage() {
  const { t, lang } = useI18n();
  const { cityLabel } = useLabels();
  const params = useListParams(PARAMS);
  // Every city this reader oversees, for the choice of city; then the chosen city's view (the same one when none).
  const all = useQuery({ queryKey: slaKeys.one(undefined), queryFn: () => getSla(undefined) });
  const cities = useMemo(() => (all.data?.distribution ?? []).map((d) => d.cityCode), [all.data]);
  const city = cities.length > 1 && cities.includes(params.filters.city ?? "") ? params.filters.city : undefined;
  const chosen = useQuery({ queryKey: slaKeys.one(city), queryFn: () => getSla(city), enabled: city !== undefined, placeholderData: keepPreviousData });
  const view = city ? chosen.data : all.data;
  const text = useSlaText();
  const rows = useMemo(() => view?.distribution ?? [], [view]);
  const option = useMemo(() => distributionOption(rows, text), [rows, text]);

  const error = all.error ?? chosen.error;
  if (error) return <ErrorAlert error={error} />;
  if (!view) return <Skeleton active />;
  const hours = (h: number | null) => (h === null ? "—" : t("sla.hours", { hours: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(h) }));
  const table = distributionTable(rows, text);

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }} data-testid="sla-page">
      <PageHeading
        title={t("sla.title")}
        demo={view.demo}
        extra={
          cities.length > 1 ? (
            <Select
              value={city}
              onChange={(next?: string) => params.set({ city: next })}
              options={cities.map((code) => ({ value: code, label: cityLabel(code) }))}
              allowClear
              placeholder={t("sla.allCities")}
              aria-label={t("sla.city")}
              style={{ width: 140 }}
            />
          ) : null
        }
      />
      {view.demo ? <Alert type="warning" showIcon title={t("sla.demoNote")} /> : null}
      <Card
        title={
          <Space>
            <span>{t("sla.overdue", { hours: view.hours })}</span>
            <Tag color={view.overdue.length ? "red" : "green"} data-testid="overdue-count">
              {view.overdue.length}
            </Tag>
          </Space>
        }
      >
        <Table<OverdueDemand>
          rowKey="id"
          size="small"
          data-testid="overdue-table"
          dataSource={view.overdue}
          pagination={view.overdue.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: true }}
          locale={{ emptyText: <Empty description={t("sla.overdueNone", { hours: view.hours })} /> }}
          columns={[
            { title: t("sla.field.title"), dataIndex: "title" },
            { title: t("sla.field.orgName"), dataIndex: "orgName" },
            { title: t("sla.field.cityCode"), dataIndex: "cityCode", render: (code: string) => <span style={{ whiteSpace: "nowrap" }}>{cityLabel(code)}</span> },
            { title: t("sla.field.publishedAt"), dataIndex: "publishedAt", render: (iso: string) => <span style={{ whiteSpace: "nowrap" }}>{formatDateTime(iso, lang)}</span> },
            {
              title: t("sla.field.hoursWaiting"),
              dataIndex: "hoursWaiting",
              align: "right",
              defaultSortOrder: "descend",
              sorter: (a, b) => a.hoursWaiting - b.hoursWaiting,
              render: (h: number) => <Typography.Text type="danger">{hours(h)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <ChartCard testId="sla-distribution" title={t("sla.distribution")} name={t("sla.file.distribution")} option={option} height={320} data={table}>
        <Typography.Paragraph type="secondary">{t("sla.distributionNote")}</Typography.Paragraph>
      </ChartCard>
      <Card title={t("sla.numbers")} data-testid="sla-numbers">
        <Table
          size="small"
          pagination={false}
          scroll={{ x: true }}
          rowKey="cityCode"
          dataSource={rows}
          columns={[
            { title: t("sla.city"), dataIndex: "cityCode", render: (code: string) => cityLabel(code) },
            { title: t("sla.responded"), dataIndex: "responded", align: "right" },
            { title: t("sla.waiting"), dataIndex: "waiting", align: "right" },
            { title: t("sla.overdueCount"), dataIndex: "overdue", align: "right", render: (n: number) => (n ? <Typography.Text type="danger">{n}</Typography.Text> : n) },
            { title: t("sla.p50"), dataIndex: "p50Hours", align: "right", render: hours },
            { title: t("sla.p90"), dataIndex: "p90Hours", align: "right", render: hours },
          ]}
        />
      </Card>
    </Space>
  );
}
