/**
 * A task (督办事项): its text, units and their 签收, targets, the light with its reasons, the reports, and what this
 * user may do now (the server's `task.abilities`): sign for it, report progress, review a report.
 */
import { Card, Descriptions, Skeleton, Space, Tag, Typography } from "antd";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link, useParams } from "react-router-dom";
import { AcknowledgeButton } from "./AcknowledgeButton.tsx";
import { ReportForm } from "./ReportForm.tsx";
import { ReportsTimeline } from "./ReportsTimeline.tsx";
import { TaskUnitsTable } from "./TaskUnitsTable.tsx";
import { ProgressCell } from "../plan/TasksTable.tsx";
import { LightTag } from "../components/LightTag.tsx";
import { getPlan, getTask, planKeys } from "../api.ts";
import { usePlanLabels } from "../labels.ts";
import type { Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function TaskPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const labels = usePlanLabels();
  const queryClient = useQueryClient();
  const task = useQuery({ queryKey: planKeys.task(id), queryFn: () => getTask(id) });
  const planId = task.data?.planId ?? "";
  const plan = useQuery({ queryKey: planKeys.one(planId), queryFn: () => getPlan(planId), enabled: planId !== "" });
  // Every answer to an action is the task as it now stands; lists, counts and the dashboard follow.
  const updated = (next: Task) => {
    queryClient.setQueryData(planKeys.task(id), next);
    void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === "plans" && q.queryKey[1] !== "task" });
  };

  if (task.isError) return <ErrorAlert error={task.error} />;
  if (!task.data) return <Skeleton active />;
  const record = task.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card
        title={
          <Space>
            <span>{`${record.path.join(" ")} ${record.title}`}</span>
            <LightTag task={record} />
          </Space>
        }
        extra={<AcknowledgeButton task={record} onDone={updated} />}
      >
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: "plan", label: t("task.plan"), children: plan.data ? <Link to={`/plans/${planId}`}>{plan.data.title}</Link> : "…" },
            { key: "dates", label: t("task.dates"), children: `${record.startDate} — ${record.dueDate}` },
            { key: "progress", label: t("task.progress"), children: <ProgressCell task={record} /> },
            {
              key: "reasons",
              label: t("task.lightReasons"),
              span: "filled",
              children: record.reasons.length ? (
                <div data-testid="light-reasons">
                  {record.reasons.map((r) => (
                    <div key={r.code}>{r.message}</div>
                  ))}
                </div>
              ) : (
                t("light.onSchedule")
              ),
            },
          ]}
        />
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginTop: 16 }}>{record.body}</Typography.Paragraph>
        {record.targets?.length ? (
          <Space wrap>
            <Typography.Text type="secondary">{t("task.targets")}</Typography.Text>
            {record.targets.map((target) => (
              <Tag key={target.text} color="purple">{`${target.indicator} ${labels.comparator(target.comparator)} ${target.value}${target.unit}${target.year ? ` (${target.year})` : ""}`}</Tag>
            ))}
          </Space>
        ) : null}
      </Card>
      <Card title={t("task.units")}>
        <TaskUnitsTable units={record.units} />
      </Card>
      {plan.data ? <ReportForm task={record} plan={plan.data} onDone={updated} /> : null}
      <Card title={t("report.list")}>
        <ReportsTimeline task={record} onDone={updated} />
      </Card>
    </Space>
  );
}
