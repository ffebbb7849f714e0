/** A user's memberships (organisation × role): revoke one, or grant another. */
import { useState } from "react";
import { App, Button, Card, Form, Popconfirm, Table } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { grantMembership, revokeMembership, userKeys } from "../api.ts";
import type { MembershipInput, User, UserMembership } from "../types.ts";
import { MembershipFields } from "./MembershipFields.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

type GrantForm = { memberships: MembershipInput[] };

export function MembershipsCard({ user, manage }: { user: User; manage: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { kindLabel, cityLabel, roleLabel } = useLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<GrantForm>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const updated = (next: User) => {
    queryClient.setQueryData(userKeys.one(user.id), next);
    void queryClient.invalidateQueries({ queryKey: userKeys.history(user.id) });
    void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
  };
  const grant = useMutation({
    mutationFn: (input: MembershipInput) => grantMembership(user.id, input),
    onSuccess: (next) => {
      updated(next);
      form.resetFields();
      setExtra([]);
      void message.success(t("user.membershipGranted"));
    },
    // The server names the single grant `memberships.0.*`, which is this form's only row.
    onError: (error) => setExtra(applyServerErrors(form, error, ["memberships"])),
  });
  const revoke = useMutation({
    mutationFn: (membershipId: string) => revokeMembership(user.id, membershipId),
    onSuccess: (next) => {
      updated(next);
      void message.success(t("user.membershipRevoked"));
    },
  });

  return (
    <Card title={t("user.memberships")}>
      <ErrorAlert error={grant.error ?? revoke.error} extra={extra} />
      <Table<UserMembership>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={user.memberships}
        columns={[
          { title: t("user.org"), dataIndex: "orgName", render: (name: string, row) => <Link to={`/orgs/${row.orgId}`}>{name}</Link> },
          { title: t("org.field.kind"), dataIndex: "orgKind", render: (kind: string) => kindLabel(kind) },
          { title: t("org.field.cityCode"), dataIndex: "cityCode", render: (code: string) => cityLabel(code) },
          { title: t("user.role"), dataIndex: "role", render: (role: string) => roleLabel(role) },
          ...(manage
            ? [
                {
                  title: t("common.actions"),
                  key: "actions",
                  render: (_: unknown, row: UserMembership) => (
                    <Popconfirm title={t("user.revokeConfirm")} onConfirm={() => revoke.mutate(row.id)}>
                      <Button size="small" danger>
                        {t("user.revokeMembership")}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      {manage ? (
        <Form<GrantForm>
          form={form}
          name="grant"
          layout="vertical"
          style={{ marginTop: 16, maxWidth: 640 }}
          initialValues={{ memberships: [{}] }}
          onFinish={(values) => {
            const first = values.memberships[0];
            if (first) grant.mutate(first);
          }}
        >
          <Form.List name="memberships">{() => <MembershipFields index={0} />}</Form.List>
          <Button htmlType="submit" loading={grant.isPending}>
            {t("user.addMembership")}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
