/**
 * The responses to a demand (联系对接 received): who answered, when, what they wrote and what they offer. The
 * demand's owner sees them all; a provider sees its own organisation's.
 */
import { Empty, List, Skeleton, Space, Tag, Typography } from "antd";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { listResponses, marketKeys } from "../api.ts";
import { useMarketLabels } from "../labels.ts";
import { isKind, KIND_PATH, type DemandResponse } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function useResponses(demandId: string) {
  return useQuery({ queryKey: marketKeys.responses(demandId), queryFn: () => listResponses(demandId) });
}

export function ResponsesList({ demandId }: { demandId: string }) {
  const { t, lang } = useI18n();
  const labels = useMarketLabels();
  const responses = useResponses(demandId);
  if (responses.isError) return <ErrorAlert error={responses.error} />;
  if (!responses.data) return <Skeleton active />;
  return (
    <List<DemandResponse>
      dataSource={responses.data.items}
      rowKey="id"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("responses.empty")} /> }}
      renderItem={(r) => (
        <List.Item data-testid="demand-response">
          <Space orientation="vertical" size={2} style={{ width: "100%" }}>
            <Space wrap>
              <Typography.Text strong data-testid="response-org">
                {r.orgName}
              </Typography.Text>
              <Typography.Text type="secondary">{formatDateTime(r.createdAt, lang)}</Typography.Text>
              {r.supplyKind && r.supplyId && isKind(r.supplyKind) ? (
                <Link to={`/market/${KIND_PATH[r.supplyKind]}/${r.supplyId}`}>
                  <Tag>{t("responses.supply", { kind: labels.kind(r.supplyKind) })}</Tag>
                </Link>
              ) : null}
            </Space>
            <Typography.Paragraph style={{ whiteSpace: "pre-wrap", marginBottom: 0 }}>{r.message}</Typography.Paragraph>
          </Space>
        </List.Item>
      )}
    />
  );
}
