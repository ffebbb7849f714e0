/**
 * The organisation form, for creating and for editing. Required fields are checked here; everything else (the
 * credit code's check character, a city outside the corridor, a taken code) is the server's to say, and its
 * messages land under the field they concern.
 */
import { useState } from "react";
import { Button, Col, Form, Input, Row, Select, Space, Switch } from "antd";
import type { UseMutationResult } from "@tanstack/react-query";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";
import { OrgSelect } from "./OrgSelect.tsx";
import { ORG_FIELDS, ORG_STATUSES, orgFieldLabel, orgStatusLabel, toOrgFormValues, toOrgInput, type OrgFormValues } from "./fields.ts";
import type { Organisation, OrgInput } from "../types.ts";

type Props = {
  initial?: Organisation;
  parentName?: string;
  save: UseMutationResult<Organisation, Error, OrgInput>;
  onCancel: () => void;
};

export function OrgForm({ initial, parentName, save, onCancel }: Props) {
  const { t } = useI18n();
  const { kindOptions, cityOptions } = useLabels();
  const [form] = Form.useForm<OrgFormValues>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const label = (field: (typeof ORG_FIELDS)[number]) => orgFieldLabel(field, t);
  const required = [{ required: true, whitespace: true, message: t("form.required") }];

  const submit = (values: OrgFormValues) => {
    setExtra([]);
    save.mutate(toOrgInput(values), { onError: (error) => setExtra(applyServerErrors(form, error, ORG_FIELDS)) });
  };

  return (
    <Form<OrgFormValues>
      form={form}
      name="org"
      layout="vertical"
      initialValues={initial ? toOrgFormValues(initial) : { isZone: false, aliases: [] }}
      onFinish={submit}
      scrollToFirstError
    >
      <ErrorAlert error={save.error} extra={extra} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="name" label={label("name")} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="shortName" label={label("shortName")}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={label("kind")} rules={required}>
            <Select options={kindOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="cityCode" label={label("cityCode")} rules={required}>
            <Select options={cityOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="creditCode" label={label("creditCode")} extra={t("org.creditCodeHelp")}>
            <Input maxLength={64} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="parentId" label={label("parentId")}>
            <OrgSelect currentLabel={parentName} excludeId={initial?.id} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="aliases" label={label("aliases")} extra={t("org.aliasesHelp")}>
            <Select mode="tags" open={false} suffixIcon={null} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="districtCode" label={label("districtCode")}>
            <Input maxLength={6} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="isZone" label={label("isZone")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="address" label={label("address")}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="contactName" label={label("contactName")}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="contactPhone" label={label("contactPhone")}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="website" label={label("website")}>
            <Input maxLength={200} placeholder="https://" />
          </Form.Item>
        </Col>
        {initial ? (
          <Col xs={24} md={12}>
            <Form.Item name="status" label={label("status")}>
              <Select options={ORG_STATUSES.map((s) => ({ value: s, label: orgStatusLabel(s, t) }))} />
            </Form.Item>
          </Col>
        ) : null}
        <Col span={24}>
          <Form.Item name="description" label={label("description")}>
            <Input.TextArea rows={4} maxLength={2000} showCount />
          </Form.Item>
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("common.save")}
        </Button>
        <Button onClick={onCancel}>{t("common.cancel")}</Button>
      </Space>
    </Form>
  );
}
