/**
 * One membership row (organisation + role) at memberships[index]: the same name path the server uses in its
 * field errors (`memberships.0.role`), so its messages land under the right select.
 */
import type { ReactNode } from "react";
import { Col, Form, Row, Select } from "antd";
import { OrgSelect } from "../organisations/OrgSelect.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";

export function MembershipFields({ index, extra }: { index: number; extra?: ReactNode }) {
  const { t } = useI18n();
  const { roleOptions } = useLabels();
  const required = [{ required: true, message: t("form.required") }];
  return (
    <Row gutter={12} align="top" wrap={false}>
      <Col flex="auto">
        <Form.Item name={[index, "orgId"]} label={index === 0 ? t("user.org") : undefined} rules={required}>
          <OrgSelect />
        </Form.Item>
      </Col>
      <Col flex="160px">
        <Form.Item name={[index, "role"]} label={index === 0 ? t("user.role") : undefined} rules={required}>
          <Select options={roleOptions} />
        </Form.Item>
      </Col>
      {extra ? <Col flex="none">{extra}</Col> : null}
    </Row>
  );
}
