/**
 * 需求首次响应时效 on the 督办 dashboard: the first-response times per city (the SLA page's chart), the demands
 * waiting past the SLA, and the way to the SLA page. Shown only to readers who oversee a city's demands (the
 * market index's SlaDashboardCard decides); a refusal from the server hides it rather than show an error.
 */
import { useMemo } from "react";
import { Card, Skeleton, Space, Tag, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { getSla, slaKeys } from "./api.ts";
import { distributionOption, distributionTable, overdueTotal } from "./slaChart.ts";
import { useSlaText } from "./useSlaText.ts";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { ApiError } from "../../../platform/api/client.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { DemoBadge } from "../../../platform/DemoBadge.tsx";
import { useI18n } from "../../../platform/i18n.tsx";

export function SlaCard() {
  const { t } = useI18n();
  const text = useSlaText();
  // The same query as the SLA page's view of every city, so the page opens from the cache.
  const sla = useQuery({ queryKey: slaKeys.one(undefined), queryFn: () => getSla(undefined) });
  const rows = useMemo(() => sla.data?.distribution ?? [], [sla.data]);
  const option = useMemo(() => distributionOption(rows, text), [rows, text]);
  const title = t("sla.card.title");

  if (sla.error instanceof ApiError && (sla.error.status === 403 || sla.error.status === 404)) return null;
  if (!sla.data) {
    return <Card title={title}>{sla.error ? <ErrorAlert error={sla.error} /> : <Skeleton active />}</Card>;
  }
  const overdue = overdueTotal(rows);
  return (
    <ChartCard
      testId="sla-card"
      title={
        <Space wrap>
          <span>{title}</span>
          <DemoBadge show={sla.data.demo} />
        </Space>
      }
      name={t("sla.file.distribution")}
      option={option}
      data={distributionTable(rows, text)}
      height={260}
      extra={<Link to="/market/sla">{t("sla.card.open")}</Link>}
    >
      <Space>
        <Typography.Text>{t("sla.overdue", { hours: sla.data.hours })}</Typography.Text>
        <Tag color={overdue ? "red" : "green"} data-testid="sla-card-overdue">
          {overdue}
        </Tag>
      </Space>
    </ChartCard>
  );
}
