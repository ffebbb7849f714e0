/** What the owner may do to a record from its page or its row: edit, 公开/取消公开, a demand's 发布/关闭. */
import { Button, Popconfirm, Space } from "antd";
import { EditOutlined } from "@ant-design/icons";
import { useNavigate } from "react-router-dom";
import { usePublishing } from "./usePublishing.ts";
import { KIND_PATH, type DemandStatus, type Kind } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";

type Props = { kind: Kind; id: string; published: boolean; status: DemandStatus | null; size?: "small" | "middle" };

export function OwnerActions({ kind, id, published, status, size = "middle" }: Props) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { publish, demand } = usePublishing();
  const busy = publish.isPending || demand.isPending;
  return (
    <Space wrap size="small">
      <Button size={size} icon={<EditOutlined />} onClick={() => navigate(`/market/${KIND_PATH[kind]}/${id}/edit`)}>
        {t("common.edit")}
      </Button>
      {kind === "demand" && status === "draft" ? (
        <Popconfirm title={t("mine.demandPublishConfirm")} onConfirm={() => demand.mutate({ id, action: "publish" })}>
          <Button size={size} type="primary" loading={busy} data-testid="demand-publish">
            {t("mine.demandPublish")}
          </Button>
        </Popconfirm>
      ) : null}
      {kind === "demand" && status === "published" ? (
        <Popconfirm title={t("mine.demandCloseConfirm")} onConfirm={() => demand.mutate({ id, action: "close" })}>
          <Button size={size} loading={busy} data-testid="demand-close">
            {t("mine.demandClose")}
          </Button>
        </Popconfirm>
      ) : null}
      {kind !== "demand" && !published ? (
        <Button size={size} type="primary" loading={busy} onClick={() => publish.mutate({ kind, id, published: true })} data-testid="record-publish">
          {t("mine.publish")}
        </Button>
      ) : null}
      {kind !== "demand" && published ? (
        <Popconfirm title={t("mine.unpublishConfirm")} onConfirm={() => publish.mutate({ kind, id, published: false })}>
          <Button size={size} loading={busy} data-testid="record-unpublish">
            {t("mine.unpublish")}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
