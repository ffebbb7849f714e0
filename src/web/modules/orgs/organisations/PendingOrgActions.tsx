/**
 * A pending organisation (待确认: a name from an imported plan that matched none) is settled by an admin: confirmed
 * as a new organisation, or merged into the existing one it stands for (its tasks and people move with it).
 */
import { useState } from "react";
import { App, Button, Form, Modal, Popconfirm, Space } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { mergeOrg, orgKeys, updateOrg } from "../api.ts";
import type { Organisation } from "../types.ts";
import { OrgSelect } from "./OrgSelect.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

export function PendingOrgActions({ org }: { org: Organisation }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [merging, setMerging] = useState(false);
  const [form] = Form.useForm<{ intoId: string }>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const confirm = useMutation({
    mutationFn: () => updateOrg(org.id, { status: "active" }),
    onSuccess: (saved) => {
      queryClient.setQueryData(orgKeys.one(org.id), saved);
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void message.success(t("org.confirmed"));
    },
    onError: (e) => void message.error(errorMessage(e, t)),
  });
  const merge = useMutation({
    mutationFn: (intoId: string) => mergeOrg(org.id, intoId),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      void queryClient.invalidateQueries({ queryKey: ["plans"] });
      setMerging(false);
      void message.success(t("org.merged"));
      navigate(`/orgs/${id}`);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, ["intoId"])),
  });
  if (org.status !== "pending") return null;
  return (
    <Space>
      {can(me, "confirmOrganisation") ? (
        <Popconfirm title={t("org.confirmQuestion", { name: org.name })} onConfirm={() => confirm.mutate()}>
          <Button type="primary" loading={confirm.isPending}>
            {t("org.confirm")}
          </Button>
        </Popconfirm>
      ) : null}
      {can(me, "mergeOrganisation") ? <Button onClick={() => setMerging(true)}>{t("org.mergeInto")}</Button> : null}
      <Modal open={merging} title={t("org.mergeTitle", { name: org.name })} okText={t("org.merge")} okButtonProps={{ loading: merge.isPending }} onOk={() => form.submit()} onCancel={() => setMerging(false)} destroyOnHidden>
        <Form<{ intoId: string }> form={form} name="merge" layout="vertical" onFinish={(v) => merge.mutate(v.intoId)}>
          <ErrorAlert error={merge.error} extra={extra} />
          <Form.Item name="intoId" label={t("org.mergeTarget")} rules={[{ required: true, message: t("form.required") }]} extra={t("org.mergeHelp")}>
            <OrgSelect excludeId={org.id} status="active" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
