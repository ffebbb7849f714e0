/**
 * 纳入后备库 by name: any registered enterprise of the caller's cities (searched in the registry, GET /enterprises?q=),
 * nominated by the officer for the year shown. The server refuses one already in the year's pool or holding a valid
 * 高企 certificate, and says so under the field.
 */
import { useState } from "react";
import { App, Form, Input, Modal, Select } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { nominate, reserveKeys, searchEnterprises } from "./api.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

type Values = { orgId: string; note?: string };
const FIELDS = ["orgId", "note"] as const;

export function NominateDialog({ year, cityCode, onClose }: { year: number; cityCode: string | undefined; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { cityLabel } = useLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const [q, setQ] = useState("");
  const found = useQuery({ queryKey: reserveKeys.search(q, cityCode), queryFn: () => searchEnterprises(q, cityCode), placeholderData: keepPreviousData });
  const items = found.data?.items ?? [];
  const options = items.map((e) => ({ value: e.id, label: `${e.name} · ${cityLabel(e.cityCode)}` }));
  const save = useMutation({
    mutationFn: (v: Values) => nominate({ orgId: v.orgId, year, source: "officer", note: v.note?.trim() ? v.note.trim() : null }),
    onSuccess: (_, v) => {
      void queryClient.invalidateQueries({ queryKey: ["enterprises"] });
      void message.success(t("cultivation.nominate.done", { year, name: items.find((e) => e.id === v.orgId)?.name ?? "" }));
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  return (
    <Modal open title={t("cultivation.nominate.title", { year })} onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: save.isPending }} destroyOnHidden>
      <Form<Values>
        form={form}
        name="reserve-nominate"
        layout="vertical"
        onFinish={(v) => {
          setExtra([]);
          save.mutate(v);
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Form.Item name="orgId" label={t("cultivation.nominate.enterprise")} extra={t("cultivation.nominate.searchHelp")} rules={[{ required: true, message: t("form.required") }]}>
          <Select
            showSearch={{ filterOption: false, onSearch: setQ }}
            options={options}
            loading={found.isFetching}
            notFoundContent={found.isFetching ? null : t("common.noMatch")}
            placeholder={t("cultivation.reserve.searchPlaceholder")}
          />
        </Form.Item>
        <Form.Item name="note" label={t("cultivation.nominate.note")}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
