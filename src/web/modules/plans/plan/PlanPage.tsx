/** A plan: its dates and rhythm, tasks counted by light, and the task list filtered by light, unit or words. */
import { Card, Descriptions, Input, Select, Skeleton, Space, Tag } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { LightCounts } from "./LightCounts.tsx";
import { PlanActions } from "./PlanActions.tsx";
import { TasksTable } from "./TasksTable.tsx";
import { getPlan, listPlanTasks, planKeys } from "../api.ts";
import { usePlanLabels } from "../labels.ts";
import { LIGHTS } from "../types.ts";
import { OrgSelect } from "../../orgs/organisations/OrgSelect.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useListParams } from "../../../platform/useListParams.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { formatDateTime } from "../../../platform/format.ts";

const FILTERS = ["light", "orgId"] as const;

export function PlanPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const labels = usePlanLabels();
  const list = useListParams(FILTERS, 50);
  const filters = { q: list.q || undefined, light: list.filters.light, orgId: list.filters.orgId };
  const query = { ...filters, page: list.page, pageSize: list.pageSize };
  const plan = useQuery({ queryKey: planKeys.one(id), queryFn: () => getPlan(id) });
  const tasks = useQuery({ queryKey: planKeys.tasks(id, query), queryFn: () => listPlanTasks(id, query), placeholderData: keepPreviousData });

  if (plan.isError) return <ErrorAlert error={plan.error} />;
  if (!plan.data) return <Skeleton active />;
  const record = plan.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card title={record.title} extra={<PlanActions plan={record} filters={filters} />}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "period", label: t("plan.field.period"), children: `${record.startDate} — ${record.endDate}` },
            { key: "kind", label: t("plan.field.periodKind"), children: labels.periodKind(record.periodKind) },
            { key: "status", label: t("plan.field.status"), children: <Tag color={record.status === "active" ? "blue" : "default"}>{labels.planStatus(record.status)}</Tag> },
            { key: "source", label: t("plan.field.source"), children: record.sourceName ?? "—" },
            { key: "created", label: t("common.createdAt"), children: formatDateTime(record.createdAt, lang) },
          ]}
        />
        {record.counts ? <LightCounts counts={record.counts} onPick={(light) => list.set({ light })} /> : null}
      </Card>
      <Card title={t("plan.tasks")}>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search
            key={list.q}
            defaultValue={list.q}
            placeholder={t("plan.searchPlaceholder")}
            allowClear
            onSearch={(q) => list.set({ q })}
            style={{ width: 260 }}
            aria-label={t("common.search")}
          />
          <Select
            value={list.filters.light}
            onChange={(light?: string) => list.set({ light })}
            options={LIGHTS.map((l) => ({ value: l, label: labels.light(l) }))}
            allowClear
            placeholder={t("task.light")}
            style={{ width: 120 }}
            aria-label={t("task.light")}
          />
          <div style={{ width: 280 }}>
            <OrgSelect value={list.filters.orgId ?? null} onChange={(orgId) => list.set({ orgId: orgId ?? undefined })} />
          </div>
        </Space>
        <ErrorAlert error={tasks.error} />
        <TasksTable
          tasks={tasks.data?.items ?? []}
          loading={tasks.isFetching}
          pagination={{ current: list.page, pageSize: list.pageSize, total: tasks.data?.total ?? 0, onChange: (page, pageSize) => list.set({ page, pageSize }) }}
        />
      </Card>
    </Space>
  );
}
