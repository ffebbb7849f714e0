/** 复核 of a submitted report by the lead unit: 通过, or 退回 with a reason the reporting unit will read. */
import { useState } from "react";
import { App, Button, Form, Input, Modal, Popconfirm, Space } from "antd";
import { useMutation } from "@tanstack/react-query";
import { approveReport, returnReport } from "../api.ts";
import type { Report, Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

export function ReviewActions({ report, onDone }: { report: Report; onDone: (next: Task) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const approve = useMutation({
    mutationFn: () => approveReport(report.id),
    onSuccess: (next) => {
      void message.success(t("report.approvedDone"));
      onDone(next);
    },
    onError: (e) => void message.error(errorMessage(e, t)),
  });
  const giveBack = useMutation({
    mutationFn: (reason: string) => returnReport(report.id, reason),
    onSuccess: (next) => {
      setReturning(false);
      void message.success(t("report.returnedDone"));
      onDone(next);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, ["reason"])),
  });
  return (
    <Space>
      <Popconfirm title={t("report.approveConfirm")} onConfirm={() => approve.mutate()}>
        <Button type="primary" size="small" loading={approve.isPending}>
          {t("report.approve")}
        </Button>
      </Popconfirm>
      <Button danger size="small" onClick={() => setReturning(true)}>
        {t("report.return")}
      </Button>
      <Modal open={returning} title={t("report.returnTitle", { period: report.periodKey, org: report.orgName })} okText={t("report.return")} okButtonProps={{ danger: true, loading: giveBack.isPending }} onOk={() => form.submit()} onCancel={() => setReturning(false)} destroyOnHidden>
        <Form<{ reason: string }> form={form} name="return" layout="vertical" onFinish={(v) => giveBack.mutate(v.reason.trim())}>
          <ErrorAlert error={giveBack.error} extra={extra} />
          <Form.Item name="reason" label={t("report.returnReason")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
            <Input.TextArea rows={4} maxLength={1000} showCount />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
