/** A task's lead or responsible units as tags: the organisation's name, a pending one marked 待确认. */
import { Space, Tag, Tooltip } from "antd";
import { Link } from "react-router-dom";
import type { TaskUnit } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function UnitTags({ units }: { units: TaskUnit[] }) {
  const { t } = useI18n();
  if (!units.length) return <>—</>;
  return (
    <Space size={[0, 4]} wrap>
      {units.map((u) => (
        <Tooltip key={u.id} title={u.printedName !== u.orgName ? t("task.printedAs", { name: u.printedName }) : undefined}>
          <Tag color={u.orgStatus === "pending" ? "orange" : undefined}>
            <Link to={`/orgs/${u.orgId}`}>{u.orgName}</Link>
            {u.orgStatus === "pending" ? ` · ${t("org.status.pending")}` : ""}
          </Tag>
        </Tooltip>
      ))}
    </Space>
  );
}
