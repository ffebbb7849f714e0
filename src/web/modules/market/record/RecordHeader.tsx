/** A record's title line: its kind, name, and what state it is in (公开 or not, a demand's status, 示例数据). */
import type { ReactNode } from "react";
import { Space, Tag, Typography } from "antd";
import { DEMAND_STATUS_COLOR, KIND_COLOR, useMarketLabels } from "../labels.ts";
import { recordTitle, type MarketRecord } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

export function RecordTitle({ record, showState }: { record: MarketRecord; showState: boolean }): ReactNode {
  const { t } = useI18n();
  const labels = useMarketLabels();
  return (
    <Space wrap>
      <Tag color={KIND_COLOR[record.kind]}>{labels.kind(record.kind)}</Tag>
      <Typography.Title level={4} style={{ margin: 0 }} data-testid="record-title">
        {recordTitle(record)}
      </Typography.Title>
      {record.kind === "patent" && record.highValue ? <Tag color="gold">{t("market.highValue")}</Tag> : null}
      {showState && record.kind === "demand" ? (
        <Tag color={DEMAND_STATUS_COLOR[record.status]} data-testid="demand-status" data-status={record.status}>
          {labels.demandStatus(record.status)}
        </Tag>
      ) : null}
      {showState && record.kind !== "demand" ? <Tag color={record.published ? "success" : "default"}>{record.published ? t("market.published") : t("market.unpublished")}</Tag> : null}
      {record.isDemo ? <Tag color="orange">{t("market.demo")}</Tag> : null}
    </Space>
  );
}
