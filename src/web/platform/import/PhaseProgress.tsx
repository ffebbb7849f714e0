/** An import under way: one bar per phase it goes through (done, under way, or still to come), labelled by the page. */
import { Progress, Space, Typography } from "antd";
import { phaseShare, type ImportPhase, type ImportProgress } from "./sse.ts";

type Props<P extends ImportPhase> = { phases: readonly P[]; progress: ImportProgress | null; label: (phase: P) => string };

export function PhaseProgress<P extends ImportPhase>({ phases, progress, label }: Props<P>) {
  const at = progress ? (phases as readonly ImportPhase[]).indexOf(progress.phase) : -1;
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="import-phases">
      {phases.map((phase, i) => {
        const percent = i < at ? 100 : i === at && progress ? Math.round(100 * phaseShare(progress)) : 0;
        const current = i === at && progress;
        return (
          <div key={phase} data-testid="import-phase" data-phase={phase} data-state={i < at ? "done" : current ? "running" : "waiting"}>
            <Typography.Text type={i > at ? "secondary" : undefined}>
              {label(phase)}
              {current && current.total > 1 ? ` ${current.done} / ${current.total}` : ""}
            </Typography.Text>
            <Progress percent={percent} status={current ? "active" : i < at ? "success" : "normal"} size="small" />
          </div>
        );
      })}
    </Space>
  );
}
