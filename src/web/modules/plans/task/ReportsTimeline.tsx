/** A task's progress reports, newest first: period, unit, percentage, what was done, evidence, and the review. */
import { App, Button, Empty, Space, Tag, Timeline, Typography } from "antd";
import { PaperClipOutlined } from "@ant-design/icons";
import { ReviewActions } from "./ReviewActions.tsx";
import { downloadEvidence } from "../api.ts";
import { STATE_TAG, usePlanLabels } from "../labels.ts";
import type { Report, Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

const STATE_DOT = { submitted: "blue", approved: "green", returned: "red" } as const;

export function ReportsTimeline({ task, onDone }: { task: Task; onDone: (next: Task) => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const labels = usePlanLabels();
  const reports = [...(task.reports ?? [])].reverse();
  if (!reports.length) return <Empty description={t("report.none")} />;
  const fetchEvidence = (report: Report, fileId: string) => downloadEvidence(report.id, fileId).catch((e: unknown) => void message.error(errorMessage(e, t)));
  return (
    <Timeline
      items={reports.map((r) => ({
        key: r.id,
        color: STATE_DOT[r.state],
        content: (
          <div data-testid="report" data-state={r.state}>
            <Space wrap>
              <Typography.Text strong>{r.periodKey}</Typography.Text>
              <Typography.Text>{r.orgName}</Typography.Text>
              <Tag color="blue">{`${r.percent}%`}</Tag>
              <Tag color={STATE_TAG[r.state]}>{labels.state(r.state)}</Tag>
              <Typography.Text type="secondary">{formatDateTime(r.submittedAt, lang)}</Typography.Text>
            </Space>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", margin: "4px 0" }}>{r.statusText}</Typography.Paragraph>
            {r.evidenceFileIds.length ? (
              <Space wrap>
                {r.evidenceFileIds.map((fileId, i) => (
                  <Button key={fileId} size="small" type="link" icon={<PaperClipOutlined />} onClick={() => void fetchEvidence(r, fileId)}>
                    {t("report.evidenceN", { n: i + 1 })}
                  </Button>
                ))}
              </Space>
            ) : null}
            {r.state === "returned" && r.reviewReason ? (
              <Typography.Paragraph type="danger" style={{ margin: "4px 0" }} data-testid="return-reason">
                {t("report.returnedBecause", { reason: r.reviewReason })}
              </Typography.Paragraph>
            ) : null}
            {r.reviewedAt ? <Typography.Text type="secondary">{t("report.reviewedAt", { time: formatDateTime(r.reviewedAt, lang) })}</Typography.Text> : null}
            {r.state === "submitted" && task.abilities?.review ? (
              <div style={{ marginTop: 6 }}>
                <ReviewActions report={r} onDone={onDone} />
              </div>
            ) : null}
          </div>
        ),
      }))}
    />
  );
}
