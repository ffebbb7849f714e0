/** A plan's tasks counted by light, each count a link that filters the task list to that light. */
import { Space, Tag } from "antd";
import { LIGHT_TAG, usePlanLabels } from "../labels.ts";
import { LIGHTS, type Light, type LightCounts as Counts } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function LightCounts({ counts, onPick }: { counts: Counts; onPick?: (light: Light) => void }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  return (
    <Space wrap data-testid="light-counts">
      <Tag>{t("plan.taskCount", { count: counts.tasks })}</Tag>
      {LIGHTS.map((light) => (
        <Tag key={light} color={LIGHT_TAG[light]} style={{ cursor: onPick ? "pointer" : undefined }} onClick={() => onPick?.(light)} data-light={light}>
          {`${labels.light(light)} ${counts[light]}`}
        </Tag>
      ))}
    </Space>
  );
}
