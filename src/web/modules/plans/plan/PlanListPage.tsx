/** 计划任务: the plans, each with its tasks counted by light; importing a plan for those who may. */
import { Button, Card, Table, Tag } from "antd";
import { ImportOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { LightCounts } from "./LightCounts.tsx";
import { listPlans, planKeys } from "../api.ts";
import { usePlanLabels } from "../labels.ts";
import type { Plan } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function PlanListPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const labels = usePlanLabels();
  const plans = useQuery({ queryKey: planKeys.list(), queryFn: listPlans });
  return (
    <Card
      title={t("nav.plans")}
      extra={
        can(me, "importPlan") ? (
          <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate("/plans/import")}>
            {t("import.title")}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={plans.error} />
      <Table<Plan>
        rowKey="id"
        loading={plans.isPending}
        dataSource={plans.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: t("plan.none") }}
        columns={[
          { title: t("plan.field.title"), dataIndex: "title", render: (title: string, row) => <Link to={`/plans/${row.id}`}>{title}</Link> },
          { title: t("plan.field.period"), key: "period", render: (_, row) => `${row.startDate} — ${row.endDate}` },
          { title: t("plan.field.periodKind"), dataIndex: "periodKind", render: (k: Plan["periodKind"]) => labels.periodKind(k) },
          { title: t("plan.field.status"), dataIndex: "status", render: (s: string) => <Tag color={s === "active" ? "blue" : "default"}>{labels.planStatus(s)}</Tag> },
          { title: t("plan.lights"), key: "counts", render: (_, row) => (row.counts ? <LightCounts counts={row.counts} /> : null) },
        ]}
      />
    </Card>
  );
}
