/**
 * Fields every record form has: the organisation the record belongs to (fixed once created), an amount in 万元 or
 * 面议 (a price or a budget: one of the two is needed, as the server says), the domain, and the buttons.
 */
import { Button, Checkbox, Col, Form, InputNumber, Select, Space } from "antd";
import type { Rule } from "antd/es/form/index.js";
import { actingOrgs } from "../access.ts";
import { useMarketLabels } from "../labels.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import type { WebMessageKey } from "../../../i18n/zh-CN.ts";

/**
 * The organisation select: the user's own organisations; the stored one (named by the record) when editing. Optional
 * only where the server lets a record have no owner (an admin's patent import), with `optionalHint` saying so.
 */
export function OrgField({ name, current, onPick, optionalHint }: { name: string; current?: { id: string; name: string | null }; onPick?: (org: { id: string; cityCode: string }) => void; optionalHint?: string }) {
  const { t } = useI18n();
  const me = useMe();
  const orgs = actingOrgs(me);
  const options = current ? [{ value: current.id, label: current.name ?? current.id }] : orgs.map((o) => ({ value: o.id, label: o.name }));
  const optional = optionalHint !== undefined;
  return (
    <Form.Item name={name} label={t("recordForm.org")} rules={optional ? [] : [{ required: true, message: t("form.required") }]} extra={current ? t("recordForm.orgFixed") : optionalHint}>
      <Select
        options={options}
        allowClear={optional}
        disabled={Boolean(current)}
        onChange={(id: string) => {
          const org = orgs.find((o) => o.id === id);
          if (org) onPick?.({ id: org.id, cityCode: org.cityCode });
        }}
      />
    </Form.Item>
  );
}

/** An amount (万元) with 面议 beside it: one of the two must be given. */
export function AmountField({ name, label, missing }: { name: string; label: WebMessageKey; missing: WebMessageKey }) {
  const { t } = useI18n();
  const rule: Rule = ({ getFieldValue }) => ({
    validator: async (_: unknown, value: number | null | undefined) => {
      if ((value === null || value === undefined) && getFieldValue("negotiable") !== true) throw new Error(t(missing));
    },
  });
  return (
    <>
      <Col xs={16} md={8}>
        <Form.Item name={name} label={t(label)} rules={[rule]} dependencies={["negotiable"]} extra={t("recordForm.amountHelp")}>
          <InputNumber min={0} max={1e9} precision={2} style={{ width: "100%" }} suffix={t("market.unit.wan")} />
        </Form.Item>
      </Col>
      <Col xs={8} md={4}>
        <Form.Item name="negotiable" valuePropName="checked" label=" ">
          <Checkbox>{t("market.negotiable")}</Checkbox>
        </Form.Item>
      </Col>
    </>
  );
}

export function DomainField({ required }: { required: boolean }) {
  const { t } = useI18n();
  const labels = useMarketLabels();
  return (
    <Form.Item name="domain" label={t("market.field.domain")} rules={required ? [{ required: true, message: t("form.required") }] : []}>
      <Select options={labels.domainOptions} allowClear={!required} />
    </Form.Item>
  );
}

export function FormButtons({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Space>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t("common.save")}
      </Button>
      <Button onClick={onCancel}>{t("common.cancel")}</Button>
    </Space>
  );
}
