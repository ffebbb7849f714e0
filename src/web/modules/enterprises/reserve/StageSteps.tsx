/** An entry's round as a step indicator: 后备 → 已申报 → 已认定 / 未通过 / 已退出, with the dates known. */
import { Steps } from "antd";
import { stageSteps } from "./stages.ts";
import { useReserveLabels } from "./labels.ts";
import type { ReserveEntry } from "./api.ts";

export function StageSteps({ entry }: { entry: ReserveEntry }) {
  const labels = useReserveLabels();
  const steps = stageSteps(entry);
  return (
    <div data-testid="reserve-stage" data-stage={entry.stage} style={{ minWidth: 260 }}>
      <Steps
        size="small"
        type="dot"
        current={Math.max(0, steps.findLastIndex((s) => s.status !== "wait"))}
        items={steps.map((s) => ({ key: s.stage, title: labels.stage(s.stage), status: s.status, content: s.date ?? undefined }))}
      />
    </div>
  );
}
