/** A plan's tasks: number, title, units, due date, planned against actual progress, and the light with its reasons. */
import { Progress, Space, Table, Typography } from "antd";
import { Link } from "react-router-dom";
import { LightTag } from "../components/LightTag.tsx";
import { UnitTags } from "../components/UnitTags.tsx";
import type { Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = {
  tasks: Task[];
  loading: boolean;
  pagination: { current: number; pageSize: number; total: number; onChange: (page: number, pageSize: number) => void } | false;
};

export function ProgressCell({ task }: { task: Pick<Task, "plannedPercent" | "actualPercent"> }) {
  const { t } = useI18n();
  return (
    <Space orientation="vertical" size={0} style={{ width: 150 }}>
      {/* Neutral: whether the task is behind is the light's to say (the server's rule), not the bar's. */}
      <Progress percent={task.actualPercent} size="small" status="normal" format={(p) => `${p ?? 0}%`} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("task.progressVsPlan", { actual: task.actualPercent, planned: task.plannedPercent })}
      </Typography.Text>
    </Space>
  );
}

export function TasksTable({ tasks, loading, pagination }: Props) {
  const { t } = useI18n();
  const units = (task: Task, role: "lead" | "responsible") => task.units.filter((u) => u.role === role);
  return (
    <Table<Task>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      scroll={{ x: 1140 }}
      pagination={pagination && { ...pagination, showSizeChanger: true, showTotal: (total) => t("common.total", { total }) }}
      columns={[
        { title: t("task.number"), key: "number", width: 90, render: (_, task) => task.path.join(" ") },
        { title: t("task.light"), key: "light", width: 90, render: (_, task) => <LightTag task={task} /> },
        { title: t("task.title"), dataIndex: "title", width: 240, render: (title: string, task) => <Link to={`/tasks/${task.id}`}>{title}</Link> },
        { title: t("task.leadUnits"), key: "lead", width: 180, render: (_, task) => <UnitTags units={units(task, "lead")} /> },
        { title: t("task.responsibleUnits"), key: "responsible", width: 260, render: (_, task) => <UnitTags units={units(task, "responsible")} /> },
        { title: t("task.dueDate"), dataIndex: "dueDate", width: 110 },
        { title: t("task.progress"), key: "progress", width: 170, render: (_, task) => <ProgressCell task={task} /> },
      ]}
    />
  );
}
