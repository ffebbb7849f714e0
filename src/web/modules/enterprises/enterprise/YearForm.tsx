/**
 * One year's figures (年度数据): every YearFigures field, money in 万元 and staff in 人, IP by type and how it was
 * obtained; checked as it is typed by the registry's own checks (validateYear), with the growth rates the figures
 * give beside the year before. 保存 writes the year; 报送 / 确认 / 退回 move it on.
 */
import { useMemo, useState } from "react";
import { Alert, App, Button, Card, Col, Descriptions, Form, InputNumber, Row, Space, Tag, Typography } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { enterpriseKeys, putYear } from "../api.ts";
import { useEnterpriseLabels, YEAR_STATUS_COLOR } from "../labels.ts";
import { IP_SUBSETS, IP_WAYS, ipField, issuesByField, subsetField, unitOf, YEAR_SECTIONS, yearFiguresOf, yearFormValues, yearPayload, type YearFormValues } from "./figures.ts";
import { YearActions } from "./YearActions.tsx";
import { todayInShanghai } from "../../../platform/format.ts";
import type { EnterpriseDetail, YearView } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { ApiError } from "../../../platform/api/client.ts";
import { validateYear } from "../../../../shared/enterprise/validate.ts";
import { growthRates, type YearGrowth } from "../../../../shared/enterprise/growth.ts";
import { IP_TYPES } from "../../../../shared/enterprise/record.ts";

type Props = { enterprise: EnterpriseDetail; year: number; stored: YearView | undefined; onClose: () => void };

const GROWTH_KEYS = ["revenueGrowth", "mainBusinessGrowth", "netAssetsGrowth", "rdRatio"] as const;

export function formatRate(rate: number | null, lang: string): string {
  return rate === null ? "—" : new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}

function GrowthRow({ growth }: { growth: YearGrowth | undefined }) {
  const { t, lang } = useI18n();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 4 }}
      title={<Typography.Text type="secondary">{t("enterprise.years.growth")}</Typography.Text>}
      items={GROWTH_KEYS.map((k) => ({ key: k, label: t(`enterprise.growth.${k}`), children: formatRate(growth?.[k] ?? null, lang) }))}
      data-testid="year-growth"
    />
  );
}

export function YearForm({ enterprise, year, stored, onClose }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const labels = useEnterpriseLabels();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<YearFormValues>();
  const initial = useMemo(() => yearFormValues(stored), [stored]);
  const [values, setValues] = useState<YearFormValues>(initial);
  const [dirty, setDirty] = useState(false);
  const editable = enterprise.abilities.edit;
  const figures = useMemo(() => yearFiguresOf(year, values), [year, values]);
  const live = useMemo(
    () => validateYear(figures, { today: todayInShanghai(), foundedOn: enterprise.foundedOn }).map((i) => ({ path: i.path, message: labels.issueText(i) })),
    [figures, enterprise.foundedOn, labels],
  );
  const growth = useMemo(() => growthRates([figures, ...enterprise.years.filter((y) => y.year !== year)]).find((g) => g.year === year), [figures, enterprise.years, year]);
  const save = useMutation({
    mutationFn: (v: YearFormValues) => putYear(enterprise.id, year, yearPayload(v)),
    onSuccess: () => {
      setDirty(false);
      void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all });
      void message.success(t("enterprise.years.saved", { year }));
    },
  });
  const serverIssues = save.error instanceof ApiError ? save.error.fields : [];
  const errors = issuesByField(live.length ? live : serverIssues);
  const status = (name: string) => (errors[name]?.length ? { validateStatus: "error" as const, help: errors[name].map((m) => <div key={m}>{m}</div>) } : {});
  /** A figure's field; `shown` is a shorter visible label where the accessible one needs its context (发明专利 自主研发). */
  const number = (name: string, label: string, unit: string, integer: boolean, shown = label) => (
    <Form.Item name={name} label={shown} {...status(name)}>
      <InputNumber style={{ width: "100%" }} precision={integer ? 0 : undefined} suffix={unit} aria-label={label} />
    </Form.Item>
  );

  const ipSection = (
    <>
      <Typography.Title level={5}>{t("enterprise.years.section.ip")}</Typography.Title>
      <Typography.Paragraph type="secondary">{t("enterprise.ip.help")}</Typography.Paragraph>
      <Row gutter={16}>
        {IP_TYPES.map((type) => (
          <Col key={type} xs={24} md={12} xl={6}>
            <Typography.Text strong>{t(`enterprise.ip.type.${type}`)}</Typography.Text>
            <Row gutter={8}>
              {IP_WAYS.map((way) => (
                <Col key={way} span={12}>
                  {number(ipField(type, way), `${t(`enterprise.ip.type.${type}`)} ${t(`enterprise.ip.way.${way}`)}`, t("enterprise.unit.pieces"), true, t(`enterprise.ip.way.${way}`))}
                </Col>
              ))}
            </Row>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        {IP_SUBSETS.map((x) => (
          <Col key={x} xs={24} md={12} xl={8}>
            {number(subsetField(x), t(`enterprise.ip.subset.${x}`), t("enterprise.unit.pieces"), true)}
          </Col>
        ))}
      </Row>
    </>
  );

  return (
    <Card
      data-testid="year-form"
      title={
        <Space>
          <span>{t("enterprise.years.formTitle", { year })}</span>
          {stored ? <Tag color={YEAR_STATUS_COLOR[stored.status]}>{labels.yearStatus(stored.status)}</Tag> : <Tag>{t("enterprise.years.new")}</Tag>}
        </Space>
      }
      extra={<Button onClick={onClose}>{t("enterprise.years.close")}</Button>}
    >
      <Form<YearFormValues>
        form={form}
        name={`year-${year}`}
        layout="vertical"
        initialValues={initial}
        disabled={!editable}
        onValuesChange={(_, all) => {
          setValues(all);
          setDirty(true);
          save.reset();
        }}
        onFinish={(v) => {
          if (live.length) void message.error(t("enterprise.fixErrors"));
          else save.mutate(v);
        }}
      >
        {stored?.status === "returned" && stored.returnReason ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t("enterprise.years.returnedBecause", { reason: stored.returnReason })} /> : null}
        {stored?.status === "confirmed" && editable && !enterprise.abilities.confirm ? <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("enterprise.years.confirmedEditNote")} /> : null}
        <ErrorAlert error={save.error} />
        {errors[""]?.length ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errors[""].map((m) => <div key={m}>{m}</div>)} /> : null}
        {YEAR_SECTIONS.map((section) => (
          <div key={section.id}>
            {/* 知识产权 comes before 标准与成果, as in the statistical forms. */}
            {section.id === "results" ? ipSection : null}
            <Typography.Title level={5}>{t(`enterprise.years.section.${section.id}`)}</Typography.Title>
            <Row gutter={16}>
              {section.fields.map((f) => {
                const unit = unitOf(f);
                return (
                  <Col key={f} xs={24} md={12} xl={6}>
                    {number(f, t(`enterprise.year.${f}`), t(`enterprise.unit.${unit}`), unit !== "wan")}
                  </Col>
                );
              })}
            </Row>
          </div>
        ))}
        <GrowthRow growth={growth} />
      </Form>
      <Space wrap style={{ marginTop: 16 }}>
        {editable ? (
          <Button type="primary" onClick={() => form.submit()} loading={save.isPending}>
            {t("enterprise.years.save")}
          </Button>
        ) : null}
        {stored ? <YearActions enterpriseId={enterprise.id} year={year} status={stored.status} abilities={enterprise.abilities} dirty={dirty} /> : null}
      </Space>
    </Card>
  );
}
