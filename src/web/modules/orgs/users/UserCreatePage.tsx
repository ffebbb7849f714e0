/** 新建用户: an account with its first memberships; the server checks the password rules and who may grant which role. */
import { useState } from "react";
import { Button, Card, Form, Input, Space } from "antd";
import { MinusCircleOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { createUser, userKeys } from "../api.ts";
import type { UserCreateInput } from "../types.ts";
import { MembershipFields } from "./MembershipFields.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

const FIELDS = ["username", "displayName", "password", "memberships"] as const;

export function UserCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UserCreateInput>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const save = useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      navigate(`/users/${user.id}`);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const required = [{ required: true, whitespace: true, message: t("form.required") }];

  return (
    <Card title={t("user.create")}>
      <Form<UserCreateInput>
        form={form}
        name="user"
        layout="vertical"
        style={{ maxWidth: 640 }}
        initialValues={{ memberships: [{}] }}
        onFinish={(values) => {
          setExtra([]);
          save.mutate({ ...values, username: values.username.trim(), displayName: values.displayName.trim() });
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Form.Item name="username" label={t("user.username")} rules={required} extra={t("user.usernameHelp")}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t("user.displayName")} rules={required}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="password" label={t("user.initialPassword")} rules={required} extra={t("user.passwordHelp")}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.List name="memberships">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row) => (
                <MembershipFields
                  key={row.key}
                  index={row.name}
                  extra={rows.length > 1 ? <MinusCircleOutlined aria-label={t("common.remove")} onClick={() => remove(row.name)} style={{ marginTop: row.name === 0 ? 38 : 8 }} /> : null}
                />
              ))}
              <Form.Item>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                  {t("user.addMembership")}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button onClick={() => navigate("/users")}>{t("common.cancel")}</Button>
        </Space>
      </Form>
    </Card>
  );
}
