/**
 * 填报 a city's value for a year, with its source: a count as a value, a ratio as a value or as numerator and
 * denominator. The server says which cities this user may write for and what a value needs.
 */
import { useState } from "react";
import { App, Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { planKeys, setIndicatorValue } from "../api.ts";
import { usePlanLabels } from "../labels.ts";
import { SOURCE_KINDS, type CityValue, type Indicator, type SourceKind } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

export type ValueTarget = { indicator: Indicator; cityCode?: string; year?: number; current?: CityValue };

type Values = {
  cityCode: string;
  year: number | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  sourceKind: SourceKind;
  source: string;
  sourceUrl?: string;
  note?: string;
};

const FIELDS = ["cityCode", "year", "value", "numerator", "denominator", "sourceKind", "source", "sourceUrl", "note"] as const;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function ValueDialog({ target, onClose }: { target: ValueTarget; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = usePlanLabels();
  const { cityOptions } = useLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const { indicator, current } = target;
  const save = useMutation({
    mutationFn: (v: Values) =>
      setIndicatorValue(indicator.id, v.cityCode, v.year ?? 0, {
        value: v.value,
        numerator: v.numerator,
        denominator: v.denominator,
        sourceKind: v.sourceKind,
        source: v.source.trim(),
        sourceUrl: blank(v.sourceUrl),
        note: blank(v.note),
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.indicators() });
      void queryClient.invalidateQueries({ queryKey: planKeys.dashboard() });
      void message.success(t("common.saved"));
      onClose();
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const required = [{ required: true, message: t("form.required") }];
  const ratio = indicator.aggregation === "ratio_of_sums";
  return (
    <Modal open title={t("indicator.editTitle", { name: indicator.name })} onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: save.isPending }} width={640}>
      <Form<Values>
        form={form}
        name="indicator-value"
        layout="vertical"
        initialValues={{
          cityCode: target.cityCode,
          year: target.year ?? null,
          value: current?.value ?? null,
          numerator: current?.numerator ?? null,
          denominator: current?.denominator ?? null,
          sourceKind: current?.sourceKind ?? "official",
          source: current?.source ?? "",
          sourceUrl: current?.sourceUrl ?? "",
          note: current?.note ?? "",
        }}
        onFinish={(v) => {
          setExtra([]);
          save.mutate(v);
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="cityCode" label={t("indicator.city")} rules={required}>
              <Select options={cityOptions} disabled={target.cityCode !== undefined} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="year" label={t("indicator.year")} rules={required}>
              <InputNumber precision={0} style={{ width: "100%" }} disabled={target.year !== undefined} />
            </Form.Item>
          </Col>
          <Col span={ratio ? 8 : 24}>
            <Form.Item name="value" label={t("indicator.value", { unit: indicator.unit })}>
              <InputNumber style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          {ratio ? (
            <>
              <Col span={8}>
                <Form.Item name="numerator" label={indicator.numerator ?? t("indicator.numerator")}>
                  <InputNumber style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="denominator" label={indicator.denominator ?? t("indicator.denominator")}>
                  <InputNumber style={{ width: "100%" }} />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col span={8}>
            <Form.Item name="sourceKind" label={t("indicator.sourceKind")} rules={required}>
              <Select options={SOURCE_KINDS.map((k) => ({ value: k, label: labels.sourceKind(k) }))} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="source" label={t("indicator.source")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="sourceUrl" label={t("indicator.sourceUrl")}>
              <Input maxLength={500} placeholder="https://" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label={t("indicator.note")}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
