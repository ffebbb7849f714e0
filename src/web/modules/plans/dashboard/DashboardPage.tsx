/**
 * 督办驾驶舱: the plan's KPIs against their targets with projections and verdicts, the five cities on the map,
 * tasks by light and by lead unit, the tasks that need attention, and (for those who oversee a city's demands) the
 * marketplace's demand first-response times. Every card shows its numbers and exports.
 */
import { Col, Empty, Row, Skeleton, Space, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { AttentionCard } from "./AttentionCard.tsx";
import { CityMapCard } from "./CityMapCard.tsx";
import { KpiCard } from "./KpiCard.tsx";
import { LeadBarCard, LightPieCard } from "./TaskCharts.tsx";
import { getDashboard, planKeys } from "../api.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { SlaDashboardCard } from "../../market/index.ts";

export function DashboardPage() {
  const { t } = useI18n();
  const dashboard = useQuery({ queryKey: planKeys.dashboard(), queryFn: getDashboard });
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} />;
  if (!dashboard.data) return <Skeleton active />;
  const data = dashboard.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("nav.dashboard")}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {data.kpis.length ? (
          data.kpis.map((kpi) => (
            <Col key={kpi.id} xs={24} xl={12}>
              <KpiCard kpi={kpi} />
            </Col>
          ))
        ) : (
          <Col span={24}>
            <Empty description={t("dashboard.noKpis")} />
          </Col>
        )}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <CityMapCard indicators={data.indicators} />
        </Col>
        <Col xs={24} xl={12}>
          <Space orientation="vertical" size="large" style={{ width: "100%" }}>
            <LightPieCard counts={data.tasksByLight} />
            <LeadBarCard rows={data.tasksByLead} />
          </Space>
        </Col>
      </Row>
      <AttentionCard tasks={data.attention} />
      <SlaDashboardCard />
    </Space>
  );
}
