/**
 * 资质证书: the certificates on record. The enterprise adds its own (confirmed later by its city); the city's
 * officer adds confirmed ones, confirms, and removes; the enterprise may withdraw an entry not yet confirmed.
 */
import { useState } from "react";
import { App, Button, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { confirmCertificate, enterpriseKeys, removeCertificate } from "../api.ts";
import { useEnterpriseLabels } from "../labels.ts";
import { CertificateDialog } from "./CertificateDialog.tsx";
import type { CertificateView, EnterpriseDetail } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

export function CertificatesTab({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState(false);
  const { abilities } = enterprise;
  const refresh = () => void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
  const confirm = useMutation({ mutationFn: (id: string) => confirmCertificate(enterprise.id, id), onSuccess: refresh, onError: (e) => void message.error(errorMessage(e, t)) });
  const remove = useMutation({ mutationFn: (id: string) => removeCertificate(enterprise.id, id), onSuccess: refresh, onError: (e) => void message.error(errorMessage(e, t)) });

  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
      <Space wrap>
        {abilities.edit ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t("enterprise.cert.add")}
          </Button>
        ) : null}
        <Typography.Text type="secondary">{t("enterprise.cert.pendingNote")}</Typography.Text>
      </Space>
      <Table<CertificateView>
        rowKey="id"
        size="small"
        data-testid="certificates-table"
        pagination={false}
        scroll={{ x: true }}
        dataSource={enterprise.certificates}
        locale={{ emptyText: t("enterprise.cert.empty") }}
        columns={[
          { title: t("enterprise.cert.tier"), dataIndex: "tier", render: (tier: string) => labels.tier(tier) },
          { title: t("enterprise.cert.number"), dataIndex: "number", render: (n: string | null) => n ?? "—" },
          { title: t("enterprise.cert.year"), dataIndex: "year" },
          { title: t("enterprise.cert.level"), dataIndex: "level", render: (l: string | null) => (l ? labels.level(l) : "—") },
          { title: t("enterprise.cert.validity"), key: "validity", render: (_, c) => (c.validFrom || c.validUntil ? `${c.validFrom ?? "…"} ~ ${c.validUntil ?? "…"}` : "—") },
          { title: t("common.status"), dataIndex: "confirmed", render: (ok: boolean) => (ok ? <Tag color="success">{t("enterprise.cert.confirmed")}</Tag> : <Tag color="warning">{t("enterprise.cert.pending")}</Tag>) },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_, c) => (
              <Space size={4}>
                {!c.confirmed && abilities.certify ? (
                  <Button size="small" type="link" loading={confirm.isPending && confirm.variables === c.id} onClick={() => confirm.mutate(c.id)}>
                    {t("enterprise.cert.confirm")}
                  </Button>
                ) : null}
                {(c.confirmed ? abilities.certify : abilities.edit) ? (
                  <Popconfirm title={t("enterprise.cert.removeConfirm")} onConfirm={() => remove.mutate(c.id)}>
                    <Button size="small" type="link" danger loading={remove.isPending && remove.variables === c.id}>
                      {t("enterprise.cert.remove")}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {adding ? <CertificateDialog enterpriseId={enterprise.id} onClose={() => setAdding(false)} /> : null}
    </Space>
  );
}
