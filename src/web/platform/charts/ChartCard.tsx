/**
 * A chart's card: a chart (or a list), its numbers one click away as a table, and exports of both: the picture
 * as PNG (ECharts' getDataURL) and the numbers as CSV that Excel opens in Chinese.
 */
import { useState, type ReactNode } from "react";
import { Button, Card, Dropdown, Space, Switch, Table, Typography } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { EChart } from "./EChart.tsx";
import { toCsv, type CsvCell } from "./csv.ts";
import type { ChartOption, echarts } from "./echarts.ts";
import { saveBlob, saveUrl } from "../api/client.ts";
import { useI18n } from "../i18n.tsx";

export type ChartData = { columns: string[]; rows: CsvCell[][] };

type Props = {
  title: ReactNode;
  /** The file name for exports, without extension. */
  name: string;
  data: ChartData;
  option?: ChartOption;
  height?: number;
  extra?: ReactNode;
  children?: ReactNode;
  testId?: string;
};

function DataTable({ data }: { data: ChartData }) {
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: true }}
      rowKey="key"
      dataSource={data.rows.map((row, i) => ({ key: i, row }))}
      columns={data.columns.map((title, c) => ({ title, key: String(c), render: (_: unknown, r: { row: CsvCell[] }) => r.row[c] ?? "—" }))}
    />
  );
}

export function ChartCard({ title, name, data, option, height = 300, extra, children, testId }: Props) {
  const { t } = useI18n();
  const [chart, setChart] = useState<echarts.EChartsType | null>(null);
  const [showData, setShowData] = useState(false);
  const exportPng = () => {
    if (chart) saveUrl(chart.getDataURL({ type: "png", pixelRatio: 2, backgroundColor: "#fff" }), `${name}.png`);
  };
  const exportCsv = () => saveBlob(new Blob([toCsv([data.columns, ...data.rows])], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
  const menu = [
    ...(option ? [{ key: "png", label: t("chart.exportPng") }] : []),
    { key: "csv", label: t("chart.exportCsv") },
  ];
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <Space wrap>
          {extra}
          <Space size={4}>
            <Typography.Text type="secondary">{t("chart.data")}</Typography.Text>
            <Switch size="small" checked={showData} onChange={setShowData} aria-label={t("chart.data")} />
          </Space>
          <Dropdown menu={{ items: menu, onClick: ({ key }) => (key === "png" ? exportPng() : exportCsv()) }}>
            <Button size="small" icon={<DownloadOutlined />} aria-label={t("chart.export")}>
              {t("chart.export")}
            </Button>
          </Dropdown>
        </Space>
      }
    >
      {children}
      {option ? <EChart option={option} height={height} onChart={setChart} label={typeof title === "string" ? title : name} /> : null}
      {showData ? <DataTable data={data} /> : null}
    </Card>
  );
}
