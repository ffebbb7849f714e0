/**
 * 响应需求 (联系对接 on a demand): a provider answers in the name of one of its organisations — never the demand's
 * own — with a message, and, when it answers from an achievement's page, the achievement it offers. The first answer
 * stops the demand's 48-hour clock; the enterprise sees the answer on the demand's page.
 */
import { useState } from "react";
import { Alert, App, Form, Input, Modal, Select, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { marketKeys, respondToDemand } from "../api.ts";
import { actingOrgs } from "../access.ts";
import { useMarketLabels } from "../labels.ts";
import type { Kind, ResponseInput } from "../types.ts";
import type { Me } from "../../../platform/auth/api.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

export type Supply = { kind: Exclude<Kind, "demand">; id: string; title: string };
type Values = { orgId?: string; message?: string };

/** The demand's organisation, when known, is left out of the organisations offered (it may not answer itself). */
type Props = { me: Me; demand: { id: string; title: string; orgId?: string }; supply?: Supply; onClose: () => void; onSent?: () => void };

export function RespondDialog({ me, demand, supply, onClose, onSent }: Props) {
  const { t } = useI18n();
  const labels = useMarketLabels();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const orgs = actingOrgs(me).filter((o) => o.id !== demand.orgId);
  const send = useMutation({
    mutationFn: (input: ResponseInput) => respondToDemand(demand.id, input),
    onSuccess: () => {
      void message.success(t("respond.done"));
      void queryClient.invalidateQueries({ queryKey: marketKeys.responses(demand.id) });
      void queryClient.invalidateQueries({ queryKey: marketKeys.record("demand", demand.id) });
      onSent?.();
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, ["orgId", "message"])),
  });
  const submit = (v: Values) => {
    setExtra([]);
    send.mutate({ orgId: v.orgId ?? "", message: v.message?.trim() ?? "", ...(supply ? { supplyKind: supply.kind, supplyId: supply.id } : {}) });
  };
  return (
    <Modal
      open
      title={t("respond.title", { title: demand.title })}
      okText={t("respond.submit")}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: send.isPending, disabled: orgs.length === 0 }}
      destroyOnHidden
    >
      {orgs.length === 0 ? (
        <Alert type="info" showIcon title={t("respond.noOrg")} />
      ) : (
        <Form<Values> form={form} name="respond" layout="vertical" initialValues={{ orgId: orgs[0]?.id }} onFinish={submit}>
          <ErrorAlert error={send.error} extra={extra} />
          {supply ? <Typography.Paragraph type="secondary">{t("respond.supply", { kind: labels.kind(supply.kind), title: supply.title })}</Typography.Paragraph> : null}
          <Form.Item name="orgId" label={t("respond.org")} rules={[{ required: true, message: t("form.required") }]}>
            <Select options={orgs.map((o) => ({ value: o.id, label: o.name }))} />
          </Form.Item>
          <Form.Item name="message" label={t("respond.message")} rules={[{ required: true, whitespace: true, message: t("form.required") }, { min: 2 }]}>
            <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t("respond.messagePlaceholder")} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
