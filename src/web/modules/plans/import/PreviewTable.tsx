/** The preview's tasks, editable: title, lead and responsible units; the body and targets when a row is opened. */
import { Input, Space, Table, Tag, Tooltip, Typography } from "antd";
import { UnitChip } from "./UnitChip.tsx";
import { chooseOrg, removeUnit, retitle, type Draft, type DraftTask, type Role } from "./draft.ts";
import { usePlanLabels } from "../labels.ts";
import type { PlanPreview } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = { preview: PlanPreview; draft: Draft; onChange: (next: Draft) => void };

export function PreviewTable({ preview, draft, onChange }: Props) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const chapterTitle = (number: string) => preview.chapters.find((c) => c.number === number)?.title ?? "";
  const units = (task: DraftTask, role: Role) =>
    task[role].length ? (
      <div>
        {task[role].map((name) => (
          <UnitChip
            key={name}
            name={name}
            choice={draft.choices[name]}
            onChoose={(org) => onChange(chooseOrg(draft, name, org))}
            onRemove={() => onChange(removeUnit(draft, task.key, role, name))}
          />
        ))}
      </div>
    ) : (
      <Typography.Text type="warning">{t("import.noUnits")}</Typography.Text>
    );

  return (
    <Table<DraftTask>
      rowKey="key"
      size="small"
      dataSource={draft.tasks}
      scroll={{ x: 1100 }}
      pagination={draft.tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      expandable={{
        expandedRowRender: (task) => (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{task.body || "—"}</Typography.Paragraph>
            {task.targets.map((target) => (
              <Tag key={target.text} color="purple">{`${target.indicator} ${labels.comparator(target.comparator)} ${target.value}${target.unit}${target.year ? ` (${target.year})` : ""}`}</Tag>
            ))}
          </Space>
        ),
      }}
      columns={[
        {
          title: t("task.number"),
          key: "number",
          width: 90,
          render: (_, task) => <Tooltip title={`${task.chapter} ${chapterTitle(task.chapter)}`}>{task.path.join(" ")}</Tooltip>,
        },
        {
          title: t("task.title"),
          key: "title",
          width: 280,
          render: (_, task) => (
            <Input
              value={task.title}
              aria-label={t("import.taskTitle", { number: task.path.join(" ") })}
              status={task.title.trim() ? undefined : "error"}
              onChange={(e) => onChange(retitle(draft, task.key, e.target.value))}
            />
          ),
        },
        { title: t("task.leadUnits"), key: "lead", width: 240, render: (_, task) => units(task, "leadUnits") },
        { title: t("task.responsibleUnits"), key: "responsible", width: 320, render: (_, task) => units(task, "responsibleUnits") },
        { title: t("task.targets"), key: "targets", width: 70, render: (_, task) => task.targets.length || "—" },
      ]}
    />
  );
}
