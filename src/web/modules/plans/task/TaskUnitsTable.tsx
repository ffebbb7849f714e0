/** A task's units: lead (牵头) and responsible (责任), as printed and as matched, and whether each has signed (签收). */
import { Table, Tag } from "antd";
import { Link } from "react-router-dom";
import type { TaskUnit } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";

export function TaskUnitsTable({ units }: { units: TaskUnit[] }) {
  const { t, lang } = useI18n();
  return (
    <Table<TaskUnit>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={units}
      columns={[
        { title: t("task.unitRole"), dataIndex: "role", width: 100, render: (role: TaskUnit["role"]) => <Tag color={role === "lead" ? "geekblue" : undefined}>{t(`task.role.${role}`)}</Tag> },
        {
          title: t("task.unit"),
          key: "org",
          render: (_, u) => (
            <>
              <Link to={`/orgs/${u.orgId}`}>{u.orgName}</Link>
              {u.orgStatus === "pending" ? <Tag color="orange" style={{ marginLeft: 8 }}>{t("org.status.pending")}</Tag> : null}
            </>
          ),
        },
        { title: t("task.printedName"), dataIndex: "printedName" },
        {
          title: t("task.acknowledgement"),
          key: "ack",
          width: 220,
          render: (_, u) =>
            u.acknowledgedAt ? (
              <Tag color="green" data-testid="acknowledged">{t("task.acknowledgedAt", { time: formatDateTime(u.acknowledgedAt, lang) })}</Tag>
            ) : (
              <Tag>{t("task.notAcknowledged")}</Tag>
            ),
        },
      ]}
    />
  );
}
