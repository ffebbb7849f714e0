/** 技术需求: what the enterprise needs solved, the domain, a budget or 面议, a deadline; saved as a draft. */
import { Alert, Col, Form, Input, Row } from "antd";
import { useNavigate } from "react-router-dom";
import { AmountField, DomainField, FormButtons, OrgField } from "./fields.tsx";
import { useRecordSave } from "./useRecordSave.ts";
import { demandInput, demandValues, type DemandValues } from "./values.ts";
import type { Demand } from "../types.ts";
import { actingOrgs } from "../access.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const FIELDS = ["title", "description", "domain", "budget", "negotiable", "deadline", "orgId"] as const;

export function DemandForm({ record }: { record?: Demand }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [form] = Form.useForm<DemandValues>();
  const { save, extra, submit } = useRecordSave("demand", record?.id, form, FIELDS);
  // An enterprise posts demands: its enterprise organisation first.
  const orgs = actingOrgs(me);
  const firstOrg = (orgs.find((o) => o.kind === "enterprise") ?? orgs[0])?.id;
  const required = [{ required: true, whitespace: true, message: t("form.required") }];
  return (
    <Form<DemandValues>
      form={form}
      name="demand"
      layout="vertical"
      initialValues={record ? demandValues(record) : { orgId: firstOrg, negotiable: false }}
      onFinish={(v) => submit(demandInput(v))}
      scrollToFirstError
    >
      <ErrorAlert error={save.error} extra={extra} />
      {record ? null : <Alert type="info" showIcon title={t("recordForm.demandDraft")} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t("market.field.demandTitle")} rules={[...required, { min: 4, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <OrgField name="orgId" current={record ? { id: record.orgId, name: record.orgName } : undefined} />
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t("market.field.description")} rules={[...required, { min: 10, max: 5000 }]} extra={t("recordForm.descriptionHelp")}>
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <DomainField required />
        </Col>
        <AmountField name="budget" label="market.field.budget" missing="recordForm.budgetOrNegotiable" />
        <Col xs={24} md={4}>
          <Form.Item name="deadline" label={t("market.field.deadline")}>
            <Input type="date" />
          </Form.Item>
        </Col>
      </Row>
      <FormButtons saving={save.isPending} onCancel={() => navigate(record ? `/market/demands/${record.id}` : "/market/mine")} />
    </Form>
  );
}
