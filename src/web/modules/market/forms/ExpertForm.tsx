/** 专家: name, title, fields of research, biography, domain, organisation, 公开 or not. */
import { Col, Form, Input, Row, Select, Switch } from "antd";
import { useNavigate } from "react-router-dom";
import { DomainField, FormButtons, OrgField } from "./fields.tsx";
import { useRecordSave } from "./useRecordSave.ts";
import { expertInput, expertValues, type ExpertValues } from "./values.ts";
import type { Expert } from "../types.ts";
import { actingOrgs } from "../access.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const FIELDS = ["name", "title", "fields", "bio", "domain", "orgId", "published"] as const;

export function ExpertForm({ record }: { record?: Expert }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<ExpertValues>();
  const { save, extra, submit } = useRecordSave("expert", record?.id, form, FIELDS);
  return (
    <Form<ExpertValues>
      form={form}
      name="expert"
      layout="vertical"
      initialValues={record ? expertValues(record) : { orgId: actingOrgs(me)[0]?.id, published: true, fields: [] }}
      onFinish={(v) => submit(expertInput(v))}
      scrollToFirstError
    >
      <ErrorAlert error={save.error} extra={extra} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="name" label={t("market.field.name")} rules={[{ required: true, whitespace: true, message: t("form.required") }, { min: 2, max: 50 }]}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="title" label={t("market.field.expertTitle")}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <OrgField name="orgId" current={record ? { id: record.orgId, name: record.orgName } : undefined} />
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="fields" label={t("market.field.fields")} extra={t("recordForm.fieldsHelp")} rules={[{ required: true, type: "array", min: 1, message: t("form.required") }]}>
            <Select mode="tags" open={false} suffixIcon={null} maxCount={20} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <DomainField required={false} />
        </Col>
        <Col span={24}>
          <Form.Item name="bio" label={t("market.field.bio")}>
            <Input.TextArea rows={5} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="published" label={t("market.field.published")} valuePropName="checked" extra={t("recordForm.publishedHelp")}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <FormButtons saving={save.isPending} onCancel={() => navigate(record ? `/market/experts/${record.id}` : "/market/mine?kind=expert")} />
    </Form>
  );
}
