/** Change one's own password; the server's password rules answer under the field they concern. */
import { useState } from "react";
import { App, Button, Card, Form, Input } from "antd";
import { useMutation } from "@tanstack/react-query";
import { changePassword } from "./api.ts";
import { useI18n } from "../i18n.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { applyServerErrors } from "../forms/serverErrors.ts";
import type { FieldIssue } from "../api/client.ts";

type Values = { currentPassword: string; newPassword: string; confirm: string };
const FIELDS = ["currentPassword", "newPassword"] as const;

export function PasswordCard() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const save = useMutation({
    mutationFn: (v: Values) => changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword }),
    onSuccess: () => {
      form.resetFields();
      setExtra([]);
      void message.success(t("account.passwordChanged"));
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  return (
    <Card title={t("account.password")}>
      <ErrorAlert error={save.error} extra={extra} />
      <Form<Values> form={form} name="password" layout="vertical" style={{ maxWidth: 420 }} onFinish={(v) => save.mutate(v)}>
        <Form.Item name="currentPassword" label={t("account.currentPassword")} rules={[{ required: true, message: t("form.required") }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t("account.newPassword")} rules={[{ required: true, message: t("form.required") }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("account.confirmPassword")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("form.required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value ? Promise.resolve() : Promise.reject(new Error(t("account.passwordMismatch"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("account.changePassword")}
        </Button>
      </Form>
    </Card>
  );
}
