/**
 * Moves an entry on: 申报 (with the application date), 认定通过 (with the 高企 certificate that came of it: number,
 * year, validity), 未通过 (with the result date), 退出 or 重新纳入 (with a note). The server checks the move and the
 * dates; its reasons land under the field they concern.
 */
import { useState } from "react";
import { App, Col, Form, Input, InputNumber, Modal, Row, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { moveEntry, type ReserveEntry } from "./api.ts";
import { moveForm, moveOf, type MoveValues } from "./stages.ts";
import { useReserveLabels } from "./labels.ts";
import type { ReserveStage } from "../../../../shared/enterprise/reserve.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

const FIELDS = ["appliedOn", "decidedOn", "note", "certificate"] as const;

export function MoveDialog({ entry, to, onClose }: { entry: ReserveEntry; to: ReserveStage; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useReserveLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MoveValues>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const today = todayInShanghai();
  const save = useMutation({
    mutationFn: (v: MoveValues) => moveEntry(entry.id, moveOf(to, v)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ["enterprises"] });
      void message.success(t("cultivation.move.done", { stage: labels.stage(to) }));
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const required = [{ required: true, whitespace: true, message: t("form.required") }];
  const kind = moveForm(to);
  return (
    <Modal
      open
      title={t("cultivation.move.title", { action: labels.move(to), name: entry.name })}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending }}
      destroyOnHidden
      width={kind === "certificate" ? 640 : 480}
    >
      <Form<MoveValues>
        form={form}
        name="reserve-move"
        layout="vertical"
        initialValues={{ appliedOn: today, decidedOn: today, certificate: { year: entry.year } }}
        onFinish={(v) => {
          setExtra([]);
          save.mutate(v);
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        {kind === "appliedOn" ? (
          <Form.Item name="appliedOn" label={t("cultivation.move.appliedOn")} rules={required}>
            <Input type="date" max={today} />
          </Form.Item>
        ) : null}
        {kind === "decidedOn" || kind === "certificate" ? (
          <Form.Item name="decidedOn" label={t("cultivation.move.decidedOn")} rules={required}>
            <Input type="date" max={today} />
          </Form.Item>
        ) : null}
        {kind === "certificate" ? (
          <Row gutter={12}>
            <Col span={16}>
              <Form.Item name={["certificate", "number"]} label={t("cultivation.move.certificateNumber")} rules={required}>
                <Input maxLength={50} placeholder="GR2025420001234" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={["certificate", "year"]} label={t("cultivation.move.certificateYear")} rules={[{ required: true, message: t("form.required") }]}>
                <InputNumber precision={0} min={1990} max={2100} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={["certificate", "validFrom"]} label={t("cultivation.move.validFrom")}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={["certificate", "validUntil"]} label={t("cultivation.move.validUntil")}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Typography.Text type="secondary">{t("cultivation.move.validityHelp")}</Typography.Text>
            </Col>
          </Row>
        ) : null}
        {kind === "note" ? (
          <Form.Item name="note" label={t("cultivation.move.note")}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
