/** 指标: each indicator's 统计口径, its target and projection, and its values city by year with their sources. */
import { useState } from "react";
import { Button, Card, Collapse, Descriptions, Skeleton, Space, Tag, Typography } from "antd";
import { Link } from "react-router-dom";
import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { CityYearTable } from "./CityYearTable.tsx";
import { ValueDialog, type ValueTarget } from "./ValueDialog.tsx";
import { listIndicators, planKeys } from "../api.ts";
import { ASSESSMENT_TAG, formatNumber, usePlanLabels } from "../labels.ts";
import type { Indicator } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { DemoBadge } from "../../../platform/DemoBadge.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { useLabels } from "../../../platform/labels.ts";

function Definition({ indicator }: { indicator: Indicator }) {
  const { t, lang } = useI18n();
  const labels = usePlanLabels();
  const { target, projection } = indicator;
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      items={[
        { key: "definition", label: t("indicator.definition"), span: "filled", children: indicator.definition ?? "—" },
        { key: "numerator", label: t("indicator.numerator"), children: indicator.numerator ?? "—" },
        { key: "denominator", label: t("indicator.denominator"), children: indicator.denominator ?? "—" },
        { key: "aggregation", label: t("indicator.aggregation"), children: t(`indicator.aggregation.${indicator.aggregation}`) },
        { key: "method", label: t("indicator.projectionMethod"), children: labels.method(indicator.projectionMethod) },
        { key: "target", label: t("indicator.target"), children: target ? `${labels.comparator(target.comparator)} ${formatNumber(target.value, lang)}${indicator.unit}${target.year ? ` (${target.year})` : ""}` : "—" },
        {
          key: "projection",
          label: t("indicator.projection"),
          children: projection ? (
            <Space wrap>
              <span>{`${projection.year}: ${formatNumber(projection.value, lang)}${projection.value === null ? "" : indicator.unit}`}</span>
              <Tag color={indicator.assessment ? ASSESSMENT_TAG[indicator.assessment] : undefined}>{labels.assessment(indicator.assessment)}</Tag>
              <DemoBadge show={indicator.demo} />
            </Space>
          ) : (
            "—"
          ),
        },
      ]}
    />
  );
}

export function IndicatorsPage() {
  const { t } = useI18n();
  const me = useMe();
  const writer = can(me, "writeIndicatorValues");
  const [editing, setEditing] = useState<ValueTarget | null>(null);
  const indicators = useQuery({ queryKey: planKeys.indicators(), queryFn: listIndicators });
  if (indicators.isError) return <ErrorAlert error={indicators.error} />;
  if (!indicators.data) return <Skeleton active />;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Paragraph type="secondary">{t("indicator.intro")}</Typography.Paragraph>
      {/* The plan's KPIs (those with a target) first, then the figures they are made of. */}
      {[...indicators.data.items].sort((a, b) => Number(b.target !== null) - Number(a.target !== null)).map((indicator) => (
        <Card
          key={indicator.id}
          data-testid="indicator"
          title={
            <Space>
              <span>{`${indicator.name} (${indicator.unit})`}</span>
              <DemoBadge show={indicator.demo || indicator.cityValues.some((v) => v.sourceKind === "demo")} />
            </Space>
          }
          extra={
            indicator.computedFrom ? (
              <Link to="/enterprises/funnel">
                <Tag color="geekblue">{t("indicator.computedFromRegistry")}</Tag>
              </Link>
            ) : writer ? (
              <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ indicator })}>
                {t("indicator.addValue")}
              </Button>
            ) : null
          }
        >
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Definition indicator={indicator} />
            <CityYearTable indicator={indicator} onEdit={writer && !indicator.computedFrom ? setEditing : undefined} />
            {indicator.cityValues.some((v) => v.reference) ? <ReferenceValues indicator={indicator} /> : null}
          </Space>
        </Card>
      ))}
      {editing ? <ValueDialog target={editing} onClose={() => setEditing(null)} /> : null}
    </Space>
  );
}

/** A counted indicator's stored figures (e.g. the cities' published statistics), beside the count and not part of it. */
function ReferenceValues({ indicator }: { indicator: Indicator }) {
  const { t } = useI18n();
  const { cityLabel } = useLabels();
  const refs = indicator.cityValues.filter((v) => v.reference);
  return (
    <Collapse
      size="small"
      items={[
        {
          key: "refs",
          label: t("indicator.referenceValues", { count: refs.length }),
          children: (
            <Space orientation="vertical" size={2}>
              {refs.map((v) => (
                <Typography.Text key={`${v.cityCode}-${v.year}`} type="secondary">
                  {`${v.year} · ${cityLabel(v.cityCode)}：${v.value ?? "—"} ${indicator.unit}（${v.source}）`}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}
