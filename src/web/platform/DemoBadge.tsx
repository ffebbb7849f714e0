/** The 示例数据 badge for anything shown from demo values: no invented figure passes for an official one. */
import { Tag } from "antd";
import { useI18n } from "./i18n.tsx";

export function DemoBadge({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? (
    <Tag color="orange" data-testid="demo-badge">
      {t("common.demo")}
    </Tag>
  ) : null;
}
