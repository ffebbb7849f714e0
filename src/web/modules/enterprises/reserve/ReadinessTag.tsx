/** 符合 / 差 N 项 / 数据不全 for an enterprise, as the engine's stored 高企 assessment has it. */
import { Tag } from "antd";
import { readiness } from "./stages.ts";
import { READINESS_COLOR, useReserveLabels } from "./labels.ts";
import type { HighTechSummary } from "./api.ts";

export function ReadinessTag({ summary }: { summary: HighTechSummary | null }) {
  const labels = useReserveLabels();
  const r = readiness(summary);
  return (
    <Tag color={READINESS_COLOR[r.kind]} data-testid="readiness" data-kind={r.kind} style={{ marginInlineEnd: 0 }}>
      {labels.readiness(r)}
    </Tag>
  );
}
