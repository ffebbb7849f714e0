/**
 * 登记企业: a new enterprise from its name, 统一社会信用代码 (checked as it is typed, GB 32100, by the same validator
 * the server runs) and city; or, from 我的企业, the caller's own enterprise organisation (`org`), which already has
 * them. The server's field errors land under their fields.
 */
import { useState } from "react";
import { Col, Form, Input, Modal, Row, Select, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { enterpriseKeys, registerEnterprise } from "../api.ts";
import { useEnterpriseLabels } from "../labels.ts";
import type { EnterpriseCreate, Ref } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";
import { validateCreditCode } from "../../../../shared/credit-code.ts";
import { translate } from "../../../../shared/i18n/index.ts";
import { CITIES } from "../../../../shared/regions.ts";

type Values = { name?: string; creditCode?: string; cityCode?: string; districtCode?: string; industry?: string; domain?: string; foundedOn?: string };
const FIELDS = ["name", "creditCode", "cityCode", "districtCode", "industry", "domain", "foundedOn"] as const;
const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

export function RegisterDialog({ org, onClose }: { org?: Ref; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { cityLabel } = useLabels();
  const { domainOptions } = useEnterpriseLabels();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const save = useMutation({
    mutationFn: (input: EnterpriseCreate) => registerEnterprise(input),
    onSuccess: ({ id }) => {
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      navigate(`/enterprises/${id}`);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const submit = (v: Values) => {
    setExtra([]);
    const profile = { districtCode: blank(v.districtCode), industry: blank(v.industry), domain: v.domain ?? null, foundedOn: blank(v.foundedOn) };
    save.mutate(org ? { orgId: org.id, ...profile } : { name: blank(v.name), creditCode: blank(v.creditCode), cityCode: v.cityCode ?? null, ...profile });
  };
  const required = [{ required: true, whitespace: true, message: t("form.required") }];
  const creditCodeRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return;
      const result = validateCreditCode(value);
      if (!result.valid) throw new Error(translate(lang, result.message.key, result.message.params));
    },
  };
  return (
    <Modal
      open
      title={org ? t("enterprise.registerOwnTitle", { name: org.name }) : t("enterprise.register")}
      okText={t("enterprise.registerOk")}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending }}
      width={680}
      destroyOnHidden
    >
      <Form<Values> form={form} name="enterprise-register" layout="vertical" onFinish={submit}>
        <ErrorAlert error={save.error} extra={extra} />
        {org ? <Typography.Paragraph type="secondary">{t("enterprise.registerOwnHint")}</Typography.Paragraph> : null}
        <Row gutter={16}>
          {org ? null : (
            <>
              <Col span={24}>
                <Form.Item name="name" label={t("enterprise.field.name")} rules={required}>
                  <Input maxLength={100} />
                </Form.Item>
              </Col>
              <Col xs={24} md={14}>
                <Form.Item name="creditCode" label={t("enterprise.field.creditCode")} rules={[...required, creditCodeRule]} extra={t("enterprise.creditCodeHelp")} validateFirst>
                  <Input maxLength={64} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} md={10}>
                <Form.Item name="cityCode" label={t("enterprise.field.cityCode")} rules={[{ required: true, message: t("form.required") }]}>
                  <Select options={CITIES.map((c) => ({ value: c.code, label: cityLabel(c.code) }))} />
                </Form.Item>
              </Col>
            </>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="domain" label={t("enterprise.field.domain")}>
              <Select options={domainOptions} allowClear />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="industry" label={t("enterprise.field.industry")}>
              <Input maxLength={100} placeholder={t("enterprise.industryPlaceholder")} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="districtCode" label={t("enterprise.field.districtCode")} extra={t("enterprise.districtHelp")} rules={[{ pattern: /^\d{6}$/, message: t("enterprise.districtInvalid") }]}>
              <Input maxLength={6} inputMode="numeric" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="foundedOn" label={t("enterprise.field.foundedOn")}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
