/** An organisation's status as a tag: 正常 green, 待确认 orange (a name awaiting an admin), 已归档 grey. */
import { Tag } from "antd";
import { orgStatusLabel } from "./fields.ts";
import { useI18n } from "../../../platform/i18n.tsx";

const COLORS: Record<string, string> = { active: "green", pending: "orange" };

export function OrgStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  return (
    <Tag color={COLORS[status] ?? "default"} data-testid="org-status">
      {orgStatusLabel(status, t)}
    </Tag>
  );
}
