/**
 * The scope's figures at the year's end beside the funnel: valid 高企 (what the KPI counts) and the certificates
 * expiring that year as a warning (those enterprises must be certified again or drop out of the count), then the
 * 统计口径 of every figure as the server defines it.
 */
import { Card, Col, Descriptions, Row, Statistic, Typography } from "antd";
import { WarningOutlined } from "@ant-design/icons";
import { FUNNEL_STAGES, type CountName, type Counts } from "./funnelCharts.ts";
import { useI18n } from "../../../platform/i18n.tsx";

const WARNING = "#d46b08";
const DEFINED: CountName[] = [...FUNNEL_STAGES, "validHighTech", "expiring"];

type Props = { counts: Counts; year: number; definitions: Record<string, string>; countName: (name: CountName) => string };

export function KeyFigures({ counts, year, definitions, countName }: Props) {
  const { t } = useI18n();
  const expiring = counts.expiring > 0;
  return (
    <Card style={{ height: "100%" }}>
      <Row gutter={16}>
        <Col span={12}>
          <Statistic title={t("cultivation.funnel.validNow", { year })} value={counts.validHighTech} data-testid="valid-high-tech" />
        </Col>
        <Col span={12} data-testid="expiring" data-count={counts.expiring}>
          <Statistic
            title={t("cultivation.funnel.expiring", { year })}
            value={counts.expiring}
            suffix={t("cultivation.funnel.expiringUnit")}
            prefix={expiring ? <WarningOutlined /> : undefined}
            styles={expiring ? { content: { color: WARNING }, prefix: { color: WARNING } } : undefined}
          />
          {expiring ? <Typography.Text type="warning">{t("cultivation.funnel.expiringHelp")}</Typography.Text> : null}
        </Col>
      </Row>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t("cultivation.funnel.definitions")}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        data-testid="funnel-definitions"
        items={DEFINED.filter((name) => definitions[name]).map((name) => ({ key: name, label: countName(name), children: definitions[name] }))}
      />
    </Card>
  );
}
