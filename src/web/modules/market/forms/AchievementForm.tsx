/** 科技成果: what it is, its domain and TRL, how it may change hands, a price or 面议, who to contact, 公开 or not. */
import { Checkbox, Col, Form, Input, Row, Select, Switch } from "antd";
import { useNavigate } from "react-router-dom";
import { AmountField, DomainField, FormButtons, OrgField } from "./fields.tsx";
import { useRecordSave } from "./useRecordSave.ts";
import { achievementInput, achievementValues, type AchievementValues } from "./values.ts";
import { useMarketLabels } from "../labels.ts";
import type { Achievement } from "../types.ts";
import { actingOrgs } from "../access.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const FIELDS = ["title", "summary", "domain", "trl", "transferModes", "price", "negotiable", "ownerOrgId", "contactName", "contactPhone", "contactEmail", "published"] as const;

export function AchievementForm({ record }: { record?: Achievement }) {
  const { t } = useI18n();
  const me = useMe();
  const labels = useMarketLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<AchievementValues>();
  const { save, extra, submit } = useRecordSave("achievement", record?.id, form, FIELDS);
  const required = [{ required: true, message: t("form.required") }];
  const text = [{ required: true, whitespace: true, message: t("form.required") }];
  return (
    <Form<AchievementValues>
      form={form}
      name="achievement"
      layout="vertical"
      initialValues={record ? achievementValues(record) : { ownerOrgId: actingOrgs(me)[0]?.id, negotiable: false, published: true, transferModes: [] }}
      onFinish={(v) => submit(achievementInput(v))}
      scrollToFirstError
    >
      <ErrorAlert error={save.error} extra={extra} />
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t("market.field.title")} rules={[...text, { min: 4, max: 200 }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <OrgField name="ownerOrgId" current={record ? { id: record.ownerOrgId, name: record.orgName } : undefined} />
        </Col>
        <Col span={24}>
          <Form.Item name="summary" label={t("market.field.summary")} rules={[...text, { min: 10, max: 5000 }]} extra={t("recordForm.summaryHelp")}>
            <Input.TextArea rows={6} maxLength={5000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <DomainField required />
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="trl" label={t("market.field.trl")} rules={required}>
            <Select options={labels.trlOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="transferModes" label={t("market.field.transferModes")} rules={[{ required: true, type: "array", min: 1, message: t("form.required") }]}>
            <Checkbox.Group options={labels.transferModeOptions} />
          </Form.Item>
        </Col>
        <AmountField name="price" label="market.field.price" missing="recordForm.priceOrNegotiable" />
        <Col xs={24} md={4}>
          <Form.Item name="contactName" label={t("market.field.contactName")}>
            <Input maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="contactPhone" label={t("market.field.contactPhone")} rules={[{ pattern: /^[0-9+\-() ]{5,30}$/, message: t("recordForm.phoneInvalid") }]}>
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="contactEmail" label={t("market.field.contactEmail")} rules={[{ type: "email", message: t("recordForm.emailInvalid") }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="published" label={t("market.field.published")} valuePropName="checked" extra={t("recordForm.publishedHelp")}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <FormButtons saving={save.isPending} onCancel={() => navigate(record ? `/market/achievements/${record.id}` : "/market/mine?kind=achievement")} />
    </Form>
  );
}
