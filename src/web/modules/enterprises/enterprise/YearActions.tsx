/**
 * A year's way through the registry: 报送 by the enterprise (draft or returned), 确认 or 退回 with a reason by its
 * city's officer. Offered as the detail's abilities and the year's state allow; the server decides again.
 */
import { useState } from "react";
import { App, Button, Form, Input, Modal, Popconfirm } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { confirmYear, enterpriseKeys, returnYear, submitYear } from "../api.ts";
import type { EnterpriseAbilities, YearStatus } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

type Props = { enterpriseId: string; year: number; status: YearStatus; abilities: EnterpriseAbilities; dirty: boolean };

export function YearActions({ enterpriseId, year, status, abilities, dirty }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const done = (text: string) => {
    void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
    void message.success(text);
  };
  const submit = useMutation({ mutationFn: () => submitYear(enterpriseId, year), onSuccess: () => done(t("enterprise.years.submittedDone", { year })), onError: (e) => void message.error(errorMessage(e, t)) });
  const confirm = useMutation({ mutationFn: () => confirmYear(enterpriseId, year), onSuccess: () => done(t("enterprise.years.confirmedDone", { year })), onError: (e) => void message.error(errorMessage(e, t)) });
  const giveBack = useMutation({
    mutationFn: (reason: string) => returnYear(enterpriseId, year, reason),
    onSuccess: () => {
      setReturning(false);
      done(t("enterprise.years.returnedDone", { year }));
    },
    onError: (error) => setExtra(applyServerErrors(form, error, ["reason"])),
  });
  const canSubmit = abilities.edit && (status === "draft" || status === "returned");
  const canConfirm = abilities.confirm && (status === "submitted" || status === "draft");
  const canReturn = abilities.confirm && (status === "submitted" || status === "confirmed");
  return (
    <>
      {canSubmit ? (
        <Popconfirm title={t("enterprise.years.submitConfirm", { year })} onConfirm={() => submit.mutate()} disabled={dirty}>
          <Button loading={submit.isPending} disabled={dirty} title={dirty ? t("enterprise.years.saveFirst") : undefined}>
            {t("enterprise.years.submit")}
          </Button>
        </Popconfirm>
      ) : null}
      {canConfirm ? (
        <Popconfirm title={t("enterprise.years.confirmConfirm", { year })} onConfirm={() => confirm.mutate()} disabled={dirty}>
          <Button type="primary" ghost loading={confirm.isPending} disabled={dirty} title={dirty ? t("enterprise.years.saveFirst") : undefined}>
            {t("enterprise.years.confirm")}
          </Button>
        </Popconfirm>
      ) : null}
      {canReturn ? (
        <Button danger onClick={() => setReturning(true)}>
          {t("enterprise.years.return")}
        </Button>
      ) : null}
      <Modal
        open={returning}
        title={t("enterprise.years.returnTitle", { year })}
        okText={t("enterprise.years.return")}
        okButtonProps={{ danger: true, loading: giveBack.isPending }}
        onOk={() => form.submit()}
        onCancel={() => setReturning(false)}
        destroyOnHidden
      >
        <Form<{ reason: string }> form={form} name="year-return" layout="vertical" onFinish={(v) => giveBack.mutate(v.reason.trim())}>
          <ErrorAlert error={giveBack.error} extra={extra} />
          <Form.Item name="reason" label={t("enterprise.years.returnReasonLabel")} rules={[{ required: true, whitespace: true, message: t("form.required") }, { min: 2, message: t("enterprise.years.returnReasonShort") }]}>
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
