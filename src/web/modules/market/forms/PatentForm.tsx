/**
 * 专利: checked as it is typed with the rules the server runs (patentChecks.ts): the application number names the
 * check character it should end with, the type must agree with the number, the legal state and dates must agree,
 * IPC symbols and names are read from text. The 高价值 answer is previewed with the same rule; the server decides
 * it on saving. The same application number saved again updates the record, so it is fixed once stored.
 */
import { Alert, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Switch, Typography } from "antd";
import type { Rule } from "antd/es/form/index.js";
import { useNavigate } from "react-router-dom";
import { DomainField, FormButtons, OrgField } from "./fields.tsx";
import { useRecordSave } from "./useRecordSave.ts";
import { patentInput, patentValues, type PatentValues } from "./values.ts";
import { highValuePreview, patentIssues, typeFromNumber, type PATENT_CHECKED_FIELDS } from "./patentChecks.ts";
import { useMarketLabels } from "../labels.ts";
import type { Patent } from "../types.ts";
import { actingOrgs } from "../access.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { CITIES } from "../../../../shared/regions.ts";

const FIELDS = [
  "applicationNo",
  "title",
  "abstract",
  "applicants",
  "inventors",
  "type",
  "legalStatus",
  "ipc",
  "ownerOrgId",
  "cityCode",
  "domain",
  "filingDate",
  "grantDate",
  "strategicEmerging",
  "overseasFamily",
  "pledgeAmount",
  "nationalAward",
  "chinaPatentAward",
  "published",
] as const;
type Checked = (typeof PATENT_CHECKED_FIELDS)[number];
/** Fields whose check reads another field: changing that one checks this one again. */
const DEPENDS: Partial<Record<Checked, Checked[]>> = { type: ["applicationNo"], grantDate: ["legalStatus", "filingDate"], filingDate: ["applicationNo"] };

function HighValuePreview({ values, today }: { values: PatentValues; today: string }) {
  const { t } = useI18n();
  const labels = useMarketLabels();
  const result = highValuePreview(values, today);
  if (!result) return null;
  return (
    <Alert
      type={result.highValue ? "success" : "info"}
      showIcon
      data-testid="high-value-preview"
      title={t("recordForm.hvPreview")}
      description={
        <Space orientation="vertical" size={4}>
          <span>{result.highValue ? t("recordForm.hvYes", { categories: result.categories.map(labels.highValueCategory).join("、") }) : t("recordForm.hvNo")}</span>
          {result.unconfirmed.map((u) => (
            <Typography.Text key={u} type="secondary">
              {labels.issue({ key: `market.hvp.unconfirmed.${u}`, params: { threshold: result.pledge.thresholdYuan, basis: t(`market.hvBasis.${result.maintenance.basis}`) } })}
            </Typography.Text>
          ))}
          <span>{t("recordForm.hvNote")}</span>
        </Space>
      }
      style={{ marginBottom: 16 }}
    />
  );
}

export function PatentForm({ record }: { record?: Patent }) {
  const { t } = useI18n();
  const me = useMe();
  const labels = useMarketLabels();
  const { cityLabel } = useLabels();
  const navigate = useNavigate();
  const [form] = Form.useForm<PatentValues>();
  const { save, extra, submit } = useRecordSave("patent", record?.id, form, FIELDS);
  const today = todayInShanghai();
  const values = Form.useWatch([], form) ?? {};
  const numberType = values.applicationNo ? typeFromNumber(values.applicationNo, today) : null;
  const firstOrg = actingOrgs(me)[0];

  /** The shared record check's issues for one field, in the words the server would use. */
  const checked = (field: Checked): Rule => ({
    validator: async () => {
      const issues = patentIssues(form.getFieldsValue(true) as PatentValues, today).get(field) ?? [];
      if (issues.length) throw new Error(issues.map(labels.issue).join("；"));
    },
  });
  const item = (field: Checked) => ({ name: field, rules: [checked(field)], dependencies: DEPENDS[field] ?? [] });
  const required = { required: true, whitespace: true, message: t("form.required") };

  return (
    <Form<PatentValues>
      form={form}
      name="patent"
      layout="vertical"
      initialValues={record ? patentValues(record) : { ownerOrgId: firstOrg?.id, cityCode: firstOrg?.cityCode, published: true }}
      onFinish={(v) => submit(patentInput(v))}
      scrollToFirstError
    >
      <ErrorAlert error={save.error} extra={extra} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            {...item("applicationNo")}
            rules={[required, checked("applicationNo")]}
            label={t("market.field.applicationNo")}
            extra={record ? t("recordForm.applicationNoFixed") : t("recordForm.applicationNoHelp")}
            validateFirst
          >
            <Input maxLength={40} disabled={Boolean(record)} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item name="title" label={t("market.field.patentTitle")} rules={[required, { min: 2, max: 300 }]}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("type")} label={t("market.field.type")} extra={numberType ? t("recordForm.typeFromNumber", { type: labels.patentType(numberType) }) : undefined}>
            <Select options={labels.patentTypeOptions} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("legalStatus")} rules={[{ required: true, message: t("form.required") }, checked("legalStatus")]} label={t("market.field.legalStatus")}>
            <Select options={labels.legalStatusOptions} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item {...item("ipc")} label={t("market.field.ipc")} extra={t("recordForm.ipcHelp")}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("applicants")} rules={[required, checked("applicants")]} label={t("market.field.applicants")} extra={t("recordForm.namesHelp")}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item("inventors")} label={t("market.field.inventors")} extra={t("recordForm.namesHelp")}>
            <Input maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item {...item("filingDate")} label={t("market.field.filingDate")}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item {...item("grantDate")} label={t("market.field.grantDate")}>
            <Input type="date" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <OrgField
            name="ownerOrgId"
            current={record?.ownerOrgId ? { id: record.ownerOrgId, name: record.orgName } : undefined}
            onPick={(org) => form.setFieldValue("cityCode", org.cityCode)}
          />
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="cityCode" label={t("market.field.city")} rules={[{ required: true, message: t("form.required") }]}>
            <Select options={CITIES.map((c) => ({ value: c.code, label: cityLabel(c.code) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <DomainField required={false} />
        </Col>
        <Col span={24}>
          <Form.Item name="abstract" label={t("market.field.abstract")}>
            <Input.TextArea rows={5} maxLength={10000} showCount />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Space wrap size="large" style={{ marginBottom: 16 }}>
            {(["strategicEmerging", "overseasFamily", "nationalAward", "chinaPatentAward"] as const).map((name) => (
              <Form.Item key={name} name={name} valuePropName="checked" noStyle>
                <Checkbox>{t(`market.field.${name}`)}</Checkbox>
              </Form.Item>
            ))}
          </Space>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="pledgeAmount" label={t("market.field.pledgeAmount")}>
            <InputNumber min={0} max={1e12} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <HighValuePreview values={values} today={today} />
        </Col>
        <Col span={24}>
          <Form.Item name="published" label={t("market.field.published")} valuePropName="checked" extra={t("recordForm.publishedHelp")}>
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <FormButtons saving={save.isPending} onCancel={() => navigate(record ? `/market/patents/${record.id}` : "/market/mine?kind=patent")} />
    </Form>
  );
}
