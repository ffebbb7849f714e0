/** 登记资质证书: tier, number, year, level and validity, checked as entered (validateCertificate) and by the server. */
import { useMemo, useState } from "react";
import { Col, Form, Input, InputNumber, Modal, Row, Select } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { addCertificate, enterpriseKeys } from "../api.ts";
import { useEnterpriseLabels } from "../labels.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import type { CertificateInput } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { ApiError } from "../../../platform/api/client.ts";
import { validateCertificate } from "../../../../shared/enterprise/validate.ts";
import type { CertificateLevel, CertificateTier } from "../../../../shared/enterprise/record.ts";

type Values = { tier?: CertificateTier; number?: string; year?: number | null; level?: CertificateLevel | null; validFrom?: string; validUntil?: string };
const FIELDS = ["tier", "number", "year", "level", "validFrom", "validUntil"] as const;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The certificate the form describes, once its required tier and year are given (until then the form's rules speak). */
function inputOf(v: Values): CertificateInput | null {
  if (!v.tier || typeof v.year !== "number") return null;
  return { tier: v.tier, number: blank(v.number), year: v.year, level: v.level ?? null, validFrom: blank(v.validFrom), validUntil: blank(v.validUntil) };
}

export function CertificateDialog({ enterpriseId, onClose }: { enterpriseId: string; onClose: () => void }) {
  const { t } = useI18n();
  const labels = useEnterpriseLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [values, setValues] = useState<Values>({});
  const save = useMutation({
    mutationFn: (input: CertificateInput) => addCertificate(enterpriseId, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      onClose();
    },
  });
  const live = useMemo(() => {
    const input = inputOf(values);
    return input ? validateCertificate(input, { today: todayInShanghai() }).map((i) => ({ path: i.path, message: labels.issueText(i) })) : [];
  }, [values, labels]);
  const issues = live.length ? live : save.error instanceof ApiError ? save.error.fields : [];
  const status = (name: string) => {
    const messages = issues.filter((i) => i.path === name).map((i) => i.message);
    return messages.length ? { validateStatus: "error" as const, help: messages.map((m) => <div key={m}>{m}</div>) } : {};
  };
  const required = [{ required: true, message: t("form.required") }];
  return (
    <Modal open title={t("enterprise.cert.add")} onOk={() => form.submit()} onCancel={onClose} okButtonProps={{ loading: save.isPending }} okText={t("common.save")} width={640} destroyOnHidden>
      <Form<Values>
        form={form}
        name="certificate"
        layout="vertical"
        onValuesChange={(_, all) => {
          setValues(all);
          save.reset();
        }}
        onFinish={(v) => {
          const input = inputOf(v);
          if (input && live.length === 0) save.mutate(input);
        }}
      >
        <ErrorAlert error={save.error} extra={save.error instanceof ApiError ? save.error.fields.filter((f) => !(FIELDS as readonly string[]).includes(f.path)) : []} />
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="tier" label={t("enterprise.cert.tier")} rules={required} {...status("tier")}>
              <Select options={labels.tierOptions} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="number" label={t("enterprise.cert.number")} extra={t("enterprise.cert.numberHelp")} {...status("number")}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="year" label={t("enterprise.cert.year")} rules={required} {...status("year")}>
              <InputNumber precision={0} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="level" label={t("enterprise.cert.level")} {...status("level")}>
              <Select options={labels.levelOptions} allowClear />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="validFrom" label={t("enterprise.cert.validFrom")} {...status("validFrom")}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={12}>
            <Form.Item name="validUntil" label={t("enterprise.cert.validUntil")} {...status("validUntil")}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
