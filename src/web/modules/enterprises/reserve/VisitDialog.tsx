/** 记录辅导: a coaching visit to an enterprise of the pool (date, who went, what was covered, what was found). */
import { useState } from "react";
import { App, Form, Input, Modal } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addVisit, reserveKeys, type ReserveEntry } from "./api.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

type Values = { visitedOn: string; visitors: string; topics: string; notes?: string };
const FIELDS = ["visitedOn", "visitors", "topics", "notes"] as const;

export function VisitDialog({ entry, onClose }: { entry: ReserveEntry; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const today = todayInShanghai();
  const save = useMutation({
    mutationFn: (v: Values) => addVisit(entry.id, { visitedOn: v.visitedOn, visitors: v.visitors.trim(), topics: v.topics.trim(), notes: v.notes?.trim() ? v.notes.trim() : null }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reserveKeys.all });
      void message.success(t("cultivation.visit.saved"));
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const required = [{ required: true, whitespace: true, message: t("form.required") }];
  return (
    <Modal open title={t("cultivation.visit.title", { name: entry.name })} onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      <Form<Values>
        form={form}
        name="coaching-visit"
        layout="vertical"
        initialValues={{ visitedOn: today }}
        onFinish={(v) => {
          setExtra([]);
          save.mutate(v);
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Form.Item name="visitedOn" label={t("cultivation.visit.visitedOn")} rules={required}>
          <Input type="date" max={today} />
        </Form.Item>
        <Form.Item name="visitors" label={t("cultivation.visit.visitors")} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="topics" label={t("cultivation.visit.topics")} rules={required}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="notes" label={t("cultivation.visit.notes")}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
