/** API tokens for machine clients: list, create (the secret is shown once), revoke. */
import { useState } from "react";
import { Alert, App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createToken, listTokens, revokeToken, TOKENS_KEY, type ApiToken } from "./api.ts";
import { useI18n } from "../i18n.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { formatDateTime } from "../format.ts";

export function TokensCard() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ name: string }>();
  const [secret, setSecret] = useState<string | null>(null);
  const tokens = useQuery({ queryKey: TOKENS_KEY, queryFn: listTokens });
  const refresh = () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
  const create = useMutation({
    mutationFn: (v: { name: string }) => createToken(v.name),
    onSuccess: (created) => {
      form.resetFields();
      setSecret(created.token);
      void refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: revokeToken,
    onSuccess: () => {
      void message.success(t("account.tokenRevoked"));
      void refresh();
    },
  });

  return (
    <Card title={t("account.tokens")}>
      <Typography.Paragraph type="secondary">{t("account.tokensHelp")}</Typography.Paragraph>
      <ErrorAlert error={create.error ?? revoke.error ?? tokens.error} />
      <Form<{ name: string }> form={form} name="token" layout="inline" onFinish={(v) => create.mutate(v)} style={{ marginBottom: 16 }}>
        <Form.Item name="name" label={t("account.tokenName")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending}>
          {t("account.createToken")}
        </Button>
      </Form>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        loading={tokens.isPending}
        dataSource={tokens.data?.items ?? []}
        pagination={false}
        columns={[
          { title: t("account.tokenName"), dataIndex: "name" },
          { title: t("account.tokenPrefix"), dataIndex: "prefix", render: (p: string) => <Typography.Text code>{p}…</Typography.Text> },
          { title: t("common.createdAt"), dataIndex: "createdAt", render: (v: string) => formatDateTime(v, lang) },
          { title: t("account.lastUsedAt"), dataIndex: "lastUsedAt", render: (v: string | null) => formatDateTime(v, lang) || "—" },
          {
            title: t("common.status"),
            key: "status",
            render: (_, row) => (row.revokedAt ? <Tag>{t("account.tokenRevokedTag")}</Tag> : <Tag color="green">{t("account.tokenActive")}</Tag>),
          },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_, row) =>
              row.revokedAt ? null : (
                <Popconfirm title={t("account.revokeConfirm")} onConfirm={() => revoke.mutate(row.id)}>
                  <Button size="small" danger>
                    {t("account.revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal open={secret !== null} title={t("account.tokenCreated")} onOk={() => setSecret(null)} onCancel={() => setSecret(null)} cancelButtonProps={{ style: { display: "none" } }}>
        <Space orientation="vertical" style={{ width: "100%" }}>
          <Alert type="warning" showIcon title={t("account.tokenShownOnce")} />
          <Typography.Paragraph copyable={{ text: secret ?? "" }} code>
            {secret}
          </Typography.Paragraph>
        </Space>
      </Modal>
    </Card>
  );
}
