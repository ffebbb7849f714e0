/** A task's traffic light as a coloured tag; the server's reasons (why not green) in its tooltip. */
import { Tag, Tooltip } from "antd";
import { LIGHT_COLORS, LIGHT_TAG, usePlanLabels } from "../labels.ts";
import type { Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function LightTag({ task }: { task: Pick<Task, "light" | "reasons"> }) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const tag = (
    <Tag color={LIGHT_TAG[task.light]} data-testid="task-light" data-light={task.light}>
      <span style={{ display: "inline-block", width: 8, height: 8, borderRadius: 4, background: LIGHT_COLORS[task.light], marginRight: 6 }} />
      {labels.light(task.light)}
    </Tag>
  );
  const reasons = task.reasons.length ? task.reasons.map((r) => <div key={r.code}>{r.message}</div>) : t("light.onSchedule");
  return <Tooltip title={reasons}>{tag}</Tooltip>;
}
