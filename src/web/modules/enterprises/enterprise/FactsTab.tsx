/**
 * 基本情况: the enterprise's profile (领域, 行业, 成立日期, 区县) and its standing facts — declarations, expert
 * judgements, awards — grouped, each with a short help text, checked as they are entered by the registry's own
 * checks (validateFacts), saved together (PATCH replaces the facts).
 */
import { useMemo, useState } from "react";
import { App, Button, Card, Col, Form, Input, Row, Select, Space, Tag, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { enterpriseKeys, updateEnterprise } from "../api.ts";
import { useEnterpriseLabels } from "../labels.ts";
import { FACT_GROUPS, FACT_SPECS, factFieldOf, factFormValues, factsPayload, givenCount, type FactFormValues } from "./facts.ts";
import { FactField } from "./FactField.tsx";
import type { EnterpriseDetail } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { ApiError, type FieldIssue } from "../../../platform/api/client.ts";
import { validateFacts } from "../../../../shared/enterprise/validate.ts";

const PROFILE_FIELDS = ["domain", "industry", "foundedOn", "districtCode"] as const;
type Values = FactFormValues & { domain?: string | null; industry?: string; foundedOn?: string; districtCode?: string };

const blank = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

function initialValues(e: EnterpriseDetail): Values {
  return { ...factFormValues(e.facts), domain: e.domain, industry: e.industry ?? "", foundedOn: e.foundedOn ?? "", districtCode: e.districtCode ?? "" };
}

/** Messages by form field: the live checks', then the server's (its paths on the facts are "facts.…"). */
function byField(issues: readonly { path: string; message: string }[]): { fields: Record<string, string[]>; other: FieldIssue[] } {
  const fields: Record<string, string[]> = {};
  const other: FieldIssue[] = [];
  for (const issue of issues) {
    const field = (PROFILE_FIELDS as readonly string[]).includes(issue.path) ? issue.path : factFieldOf(issue.path);
    if (field) (fields[field] ??= []).push(issue.message);
    else other.push(issue);
  }
  return { fields, other };
}

export function FactsTab({ enterprise }: { enterprise: EnterpriseDetail }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { domainOptions, issueText } = useEnterpriseLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const initial = useMemo(() => initialValues(enterprise), [enterprise]);
  const [values, setValues] = useState<Values>(initial);
  const editable = enterprise.abilities.edit;
  const live = useMemo(() => validateFacts(factsPayload(values)).map((i) => ({ path: i.path, message: issueText(i) })), [values, issueText]);
  const save = useMutation({
    mutationFn: (v: Values) =>
      updateEnterprise(enterprise.id, { domain: blank(v.domain), industry: blank(v.industry), foundedOn: blank(v.foundedOn), districtCode: blank(v.districtCode), facts: factsPayload(v) }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void message.success(t("enterprise.facts.saved"));
    },
  });
  const server = save.error instanceof ApiError ? save.error.fields : [];
  const { fields, other } = byField(live.length ? live : server);
  const status = (name: string) => (fields[name]?.length ? { validateStatus: "error" as const, help: fields[name].map((m) => <div key={m}>{m}</div>) } : {});

  return (
    <Form<Values>
      form={form}
      name="enterprise-facts"
      layout="vertical"
      initialValues={initial}
      disabled={!editable}
      onValuesChange={(_, all) => setValues(all)}
      onFinish={(v) => {
        if (live.length) void message.error(t("enterprise.fixErrors"));
        else save.mutate(v);
      }}
    >
      <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
        <ErrorAlert error={save.error} extra={other} />
        {!editable ? <Typography.Text type="secondary">{t("enterprise.readonly")}</Typography.Text> : null}
        <Card size="small" title={t("enterprise.profile.title")}>
          <Row gutter={16}>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="domain" label={t("enterprise.field.domain")} {...status("domain")}>
                <Select options={domainOptions} allowClear />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="industry" label={t("enterprise.field.industry")} {...status("industry")}>
                <Input maxLength={100} placeholder={t("enterprise.industryPlaceholder")} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="foundedOn" label={t("enterprise.field.foundedOn")} {...status("foundedOn")}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={24} md={12} xl={6}>
              <Form.Item name="districtCode" label={t("enterprise.field.districtCode")} extra={t("enterprise.districtHelp")} {...status("districtCode")}>
                <Input maxLength={6} inputMode="numeric" />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {FACT_GROUPS.map((group) => {
          const count = givenCount(values, group);
          return (
            <Card
              key={group}
              size="small"
              data-testid={`facts-${group}`}
              title={
                <Space>
                  <span>{t(`enterprise.facts.group.${group}`)}</span>
                  <Tag>{t("enterprise.facts.given", count)}</Tag>
                </Space>
              }
            >
              <Typography.Paragraph type="secondary">{t(`enterprise.facts.groupHelp.${group}`)}</Typography.Paragraph>
              <Row gutter={16}>
                {FACT_SPECS.filter((s) => s.group === group).map((spec) => (
                  <Col key={spec.path} xs={24} md={12} xl={8}>
                    <FactField spec={spec} errors={fields} />
                  </Col>
                ))}
              </Row>
            </Card>
          );
        })}
        {editable ? (
          <Space>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t("enterprise.facts.save")}
            </Button>
            <Typography.Text type="secondary">{t("enterprise.facts.unknownHelp")}</Typography.Text>
          </Space>
        ) : null}
      </Space>
    </Form>
  );
}
