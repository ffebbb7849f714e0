/**
 * 我的发布: the records of the user's organisations, a tab per kind (in the URL, ?kind=), each with its state and
 * the owner's actions; a demand's row unfolds to the responses it received. New records by ability: demands for
 * enterprises (postDemand), supplies for anyone acting for an organisation (publishSupply), one by one or by file
 * (批量导入, opened on the tab's kind).
 */
import { Button, Card, Space, Table, Tabs, Tag } from "antd";
import { PlusOutlined, UploadOutlined } from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { marketKeys, myRecords } from "../api.ts";
import { canMarket } from "../access.ts";
import { DEMAND_STATUS_COLOR, useMarketLabels } from "../labels.ts";
import { isKind, KIND_PATH, KINDS, type Kind, type MineItem } from "../types.ts";
import { OwnerActions } from "../record/OwnerActions.tsx";
import { ResponsesList } from "../demand/ResponsesList.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const FILTERS = ["kind"] as const;

function StateTag({ row }: { row: MineItem }) {
  const { t } = useI18n();
  const labels = useMarketLabels();
  if (row.kind === "demand" && row.status) {
    return (
      <Tag color={DEMAND_STATUS_COLOR[row.status]} data-testid="row-state" data-state={row.status}>
        {labels.demandStatus(row.status)}
      </Tag>
    );
  }
  return (
    <Tag color={row.published ? "success" : "default"} data-testid="row-state" data-state={row.published ? "published" : "unpublished"}>
      {row.published ? t("market.published") : t("market.unpublished")}
    </Tag>
  );
}

export function MyRecordsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  const list = useListParams(FILTERS, 20);
  const mayCreate = (k: Kind) => canMarket(me, k === "demand" ? "postDemand" : "publishSupply");
  const kind: Kind = isKind(list.filters.kind) ? list.filters.kind : mayCreate("demand") ? "demand" : "achievement";
  const records = useQuery({ queryKey: marketKeys.mine(kind, list.page, list.pageSize), queryFn: () => myRecords(kind, list.page, list.pageSize), placeholderData: keepPreviousData });
  // While another tab's page is still shown (kept during the fetch), only rows of this tab's kind are listed.
  const rows = (records.data?.items ?? []).filter((r) => r.kind === kind);

  return (
    <Card
      title={t("mine.title")}
      extra={
        mayCreate(kind) ? (
          <Space>
            <Button icon={<UploadOutlined />} onClick={() => navigate(`/market/import?kind=${kind}`)} data-testid="mine-import">
              {t("mine.import")}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate(`/market/${KIND_PATH[kind]}/new`)} data-testid="mine-create">
              {t(`mine.create.${kind}`)}
            </Button>
          </Space>
        ) : null
      }
    >
      <Tabs activeKey={kind} onChange={(k) => list.set({ kind: k })} items={KINDS.map((k) => ({ key: k, label: labels.kind(k) }))} />
      <ErrorAlert error={records.error} />
      <Table<MineItem>
        rowKey="id"
        loading={records.isFetching}
        dataSource={rows}
        locale={{ emptyText: t("mine.empty", { kind: labels.kind(kind) }) }}
        expandable={kind === "demand" ? { expandedRowRender: (row) => <ResponsesList demandId={row.id} />, rowExpandable: (row) => row.status !== "draft" } : undefined}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: records.data?.total ?? 0,
          showTotal: (total) => t("common.total", { total }),
          onChange: (page, pageSize) => list.set({ page, pageSize }),
        }}
        columns={[
          {
            title: kind === "expert" ? t("market.field.name") : kind === "demand" ? t("market.field.demandTitle") : kind === "patent" ? t("market.field.patentTitle") : t("market.field.title"),
            dataIndex: "title",
            render: (title: string, row) => <Link to={`/market/${KIND_PATH[row.kind]}/${row.id}`}>{title}</Link>,
          },
          { title: t("market.field.domain"), dataIndex: "domain", render: (d: string | null) => labels.domain(d), width: 180 },
          { title: t("market.field.city"), dataIndex: "cityCode", render: (c: string) => cityLabel(c), width: 100 },
          { title: t("market.field.status"), key: "state", render: (_, row) => <StateTag row={row} />, width: 100 },
          { title: t("market.field.updatedAt"), dataIndex: "updatedAt", render: (at: string) => formatDateTime(at, lang), width: 180 },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_, row) => <OwnerActions kind={row.kind} id={row.id} published={row.published} status={row.status} size="small" />,
          },
        ]}
      />
    </Card>
  );
}
