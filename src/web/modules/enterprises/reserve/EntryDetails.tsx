/** An entry unfolded: its note and its coaching visits, newest first, with 记录辅导 for those who run the pool. */
import { Button, Descriptions, Empty, Space, Timeline, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import type { ReserveEntry } from "./api.ts";
import { useReserveLabels } from "./labels.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function EntryDetails({ entry, onAddVisit }: { entry: ReserveEntry; onAddVisit: (() => void) | null }) {
  const { t } = useI18n();
  const labels = useReserveLabels();
  return (
    <Space orientation="vertical" style={{ width: "100%" }} data-testid="reserve-details">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          { key: "source", label: t("cultivation.reserve.source"), children: labels.source(entry.source) },
          { key: "applied", label: t("cultivation.move.appliedOn"), children: entry.appliedOn ?? "—" },
          { key: "decided", label: t("cultivation.move.decidedOn"), children: entry.decidedOn ?? "—" },
          { key: "note", label: t("cultivation.reserve.note"), children: entry.note ?? "—", span: { xs: 1, md: 3 } },
        ]}
      />
      <Space>
        <Typography.Text strong>{t("cultivation.visit.history")}</Typography.Text>
        {onAddVisit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAddVisit}>
            {t("cultivation.visit.add")}
          </Button>
        ) : null}
      </Space>
      {entry.visits.length ? (
        <Timeline
          items={entry.visits.map((v) => ({
            key: v.id,
            content: (
              <div data-testid="coaching-visit">
                <Typography.Text strong>{`${v.visitedOn} · ${v.visitors}`}</Typography.Text>
                <div>{v.topics}</div>
                {v.notes ? <Typography.Text type="secondary">{v.notes}</Typography.Text> : null}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("cultivation.visit.none")} />
      )}
    </Space>
  );
}
