/**
 * 五市技术流向: where technology goes between the corridor's cities — a Sankey of seller city (输出) → buyer city
 * (吸纳) by amount or by number of deals, for a year and a domain; the same flows as a matrix with each city's
 * output and absorption; the totals and the share that crosses a city's border; the flows as the server's .xlsx.
 */
import "./registerSankey.ts";
import { useMemo } from "react";
import { Alert, App, Button, Card, Col, Empty, Row, Segmented, Select, Skeleton, Space, Statistic, Table, Tooltip, Typography } from "antd";
import { DownloadOutlined, QuestionCircleOutlined } from "@ant-design/icons";
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { exportFlows, flowKeys, getFlows, type FlowFilters } from "./api.ts";
import { sankeyLinks, sankeyOption, type Measure, type SankeyText } from "./sankey.ts";
import { crossCityShare, flowMatrix } from "./matrix.ts";
import { useDealLabels } from "../deals/labels.ts";
import { recentYears, yearParam } from "../deals/years.ts";
import { ChartCard, type ChartData } from "../../../platform/charts/ChartCard.tsx";
import { toCsv, type CsvCell } from "../../../platform/charts/csv.ts";
import { saveBlob } from "../../../platform/api/client.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useListParams } from "../../../platform/useListParams.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";
import { PageHeading } from "../../../platform/PageHeading.tsx";
import { PLAN_DOMAINS } from "../../../../shared/market/domains.ts";

const PARAMS = ["year", "domain", "measure"] as const;
const isMeasure = (value: string | undefined): value is Measure => value === "amount" || value === "count";

export function FlowsPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const labels = useDealLabels();
  const params = useListParams(PARAMS);
  const year = yearParam(params.filters.year);
  const domain = PLAN_DOMAINS.some((d) => d.name === params.filters.domain) ? params.filters.domain : undefined;
  const measure: Measure = isMeasure(params.filters.measure) ? params.filters.measure : "amount";
  const filters: FlowFilters = { year, domain };
  const flows = useQuery({ queryKey: flowKeys.one(filters), queryFn: () => getFlows(filters), placeholderData: keepPreviousData });
  const exporting = useMutation({ mutationFn: () => exportFlows(filters), onError: (error) => void message.error(errorMessage(error, t)) });

  const cells = useMemo(() => flows.data?.cells ?? [], [flows.data]);
  const text: SankeyText = useMemo(
    () => ({
      outNode: (code) => t("flows.outNode", { city: labels.shortCity(code) }),
      inNode: (code) => t("flows.inNode", { city: labels.shortCity(code) }),
      unit: (m) => t(`flows.unit.${m}`),
    }),
    [t, labels],
  );
  const option = useMemo(() => sankeyOption(cells, measure, text), [cells, measure, text]);
  const links = useMemo(() => sankeyLinks(cells, measure, text), [cells, measure, text]);
  const matrix = useMemo(() => flowMatrix(cells, measure, { city: labels.shortCity, corner: t("flows.corner"), total: t("flows.total") }), [cells, measure, labels, t]);

  if (flows.isError) return <ErrorAlert error={flows.error} />;
  const view = flows.data;
  if (!view) return <Skeleton active />;
  const measureName = t(`flows.measure.${measure}`);
  const unit = t(`flows.unit.${measure}`);
  const scope = [year ? t("deals.yearOption", { year }) : t("flows.allYears"), domain ? labels.domain(domain) : t("flows.allDomains")].join("-");
  const share = crossCityShare(cells, measure);
  const number = (n: number, digits: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(n);

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }} data-testid="flows-page" data-measure={measure}>
      <PageHeading
        title={t("flows.title")}
        demo={view.demo}
        extra={
          <Space wrap>
            <Select
              value={year}
              onChange={(next?: number) => params.set({ year: next })}
              options={recentYears(Number(todayInShanghai().slice(0, 4)), year).map((y) => ({ value: y, label: t("deals.yearOption", { year: y }) }))}
              allowClear
              placeholder={t("flows.allYears")}
              aria-label={t("flows.year")}
              style={{ width: 120 }}
            />
            <Select
              value={domain}
              onChange={(next?: string) => params.set({ domain: next })}
              options={labels.domainOptions}
              allowClear
              placeholder={t("flows.allDomains")}
              aria-label={t("flows.domain")}
              style={{ width: 220 }}
            />
            <Segmented<Measure>
              value={measure}
              onChange={(next) => params.set({ measure: next })}
              options={(["amount", "count"] as const).map((m) => ({ value: m, label: t(`flows.measure.${m}`) }))}
              aria-label={t("flows.measure")}
            />
            <Button icon={<DownloadOutlined />} loading={exporting.isPending} onClick={() => exporting.mutate()}>
              {t("flows.export")}
            </Button>
          </Space>
        }
      />
      {view.demo ? <Alert type="warning" showIcon title={t("flows.demoNote")} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t("flows.total.amount")} value={number(view.totals.amount, 2)} suffix={t("flows.unit.amount")} data-testid="total-amount" />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t("flows.total.count")} value={view.totals.count} suffix={t("flows.unit.count")} data-testid="total-count" />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={
                <Space size={4}>
                  {t("flows.total.crossCity")}
                  <Tooltip title={t("flows.crossHelp", { measure: measureName })}>
                    <QuestionCircleOutlined />
                  </Tooltip>
                </Space>
              }
              value={share === null ? "—" : number(share, 1)}
              suffix={share === null ? undefined : "%"}
              data-testid="cross-city-share"
            />
          </Card>
        </Col>
      </Row>
      <ChartCard
        testId="flow-sankey"
        title={t("flows.sankey", { measure: measureName })}
        name={t("flows.file.sankey", { scope })}
        option={links.length ? option : undefined}
        height={Math.max(320, 70 * Math.max(new Set(links.map((l) => l.from)).size, new Set(links.map((l) => l.to)).size))}
        data={{ columns: [t("flows.from"), t("flows.to"), t("flows.value", { measure: measureName, unit })], rows: links.map((l): CsvCell[] => [l.source, l.target, l.value]) }}
      >
        {links.length ? null : <Empty description={t("flows.none")} />}
      </ChartCard>
      <MatrixCard title={t("flows.matrix", { measure: measureName, unit })} name={t("flows.file.matrix", { scope })} data={matrix} format={(n) => number(n, 2)} />
    </Space>
  );
}

/** The matrix as a table (every figure visible at once), with its CSV export for Excel. */
function MatrixCard({ title, name, data, format }: { title: string; name: string; data: ChartData; format: (n: number) => string }) {
  const { t } = useI18n();
  const exportCsv = () => saveBlob(new Blob([toCsv([data.columns, ...data.rows])], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
  return (
    <Card
      title={title}
      data-testid="flow-matrix"
      extra={
        <Button size="small" icon={<DownloadOutlined />} onClick={exportCsv}>
          {t("chart.exportCsv")}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t("flows.matrixNote")}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey="key"
        dataSource={data.rows.map((row, i) => ({ key: i, row }))}
        columns={data.columns.map((heading, c) => ({
          title: heading,
          key: String(c),
          align: c === 0 ? ("left" as const) : ("right" as const),
          render: (_: unknown, r: { row: CsvCell[] }) => {
            const value = r.row[c];
            return typeof value === "number" ? format(value) : (value ?? "—");
          },
        }))}
      />
    </Card>
  );
}
