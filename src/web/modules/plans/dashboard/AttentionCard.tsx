/** 需关注事项: the red and yellow tasks, red first, each with its lead units and the reasons for its light. */
import { Table } from "antd";
import { Link } from "react-router-dom";
import { ChartCard } from "../../../platform/charts/ChartCard.tsx";
import { LightTag } from "../components/LightTag.tsx";
import { UnitTags } from "../components/UnitTags.tsx";
import { usePlanLabels } from "../labels.ts";
import type { Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function AttentionCard({ tasks }: { tasks: Task[] }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const leads = (task: Task) => task.units.filter((u) => u.role === "lead");
  return (
    <ChartCard
      testId="attention"
      name={t("dashboard.attention")}
      title={t("dashboard.attentionCount", { count: tasks.length })}
      data={{
        columns: [t("task.number"), t("task.title"), t("task.leadUnits"), t("task.dueDate"), t("task.light"), t("task.lightReasons")],
        rows: tasks.map((task) => [task.path.join(" "), task.title, leads(task).map((u) => u.orgName).join(t("common.listSeparator")), task.dueDate, labels.light(task.light), task.reasons.map((r) => r.message).join(t("common.clauseSeparator"))]),
      }}
    >
      <Table<Task>
        rowKey="id"
        size="small"
        dataSource={tasks}
        pagination={tasks.length > 10 ? { pageSize: 10 } : false}
        locale={{ emptyText: t("dashboard.noAttention") }}
        columns={[
          { title: t("task.light"), key: "light", width: 90, render: (_, task) => <LightTag task={task} /> },
          { title: t("task.title"), key: "title", render: (_, task) => <Link to={`/tasks/${task.id}`}>{`${task.path.join(" ")} ${task.title}`}</Link> },
          { title: t("task.leadUnits"), key: "lead", width: 220, render: (_, task) => <UnitTags units={leads(task)} /> },
          { title: t("task.dueDate"), dataIndex: "dueDate", width: 110 },
          { title: t("task.lightReasons"), key: "reasons", render: (_, task) => task.reasons.map((r) => <div key={r.code}>{r.message}</div>) },
        ]}
      />
    </ChartCard>
  );
}
