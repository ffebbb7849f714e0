/**
 * The numbers behind the charts, as a table for those who want them, exported in the browser as CSV (UTF-8 with a
 * byte-order mark, which Excel opens in Chinese) or as an .xlsx workbook; the server keeps no export of the funnel.
 */
import { Button, Card, Space, Table } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import type { ChartData } from "../../../platform/charts/ChartCard.tsx";
import { toCsv, type CsvCell } from "../../../platform/charts/csv.ts";
import { saveBlob } from "../../../platform/api/client.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { toXlsx } from "../../../platform/xlsx.ts";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function NumbersCard({ title, name, data, testId }: { title: string; name: string; data: ChartData; testId?: string }) {
  const { t } = useI18n();
  const exportCsv = () => saveBlob(new Blob([toCsv([data.columns, ...data.rows])], { type: "text/csv;charset=utf-8" }), `${name}.csv`);
  const exportXlsx = () => saveBlob(new Blob([toXlsx(name, [data.columns, ...data.rows])], { type: XLSX_MIME }), `${name}.xlsx`);
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <Space wrap>
          <Button size="small" icon={<DownloadOutlined />} onClick={exportCsv}>
            {t("cultivation.funnel.exportCsv")}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} onClick={exportXlsx}>
            {t("cultivation.funnel.exportXlsx")}
          </Button>
        </Space>
      }
    >
      <Table
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey="key"
        dataSource={data.rows.map((row, i) => ({ key: i, row }))}
        columns={data.columns.map((title, c) => ({
          title,
          key: String(c),
          align: c === 0 ? ("left" as const) : ("right" as const),
          render: (_: unknown, r: { row: CsvCell[] }) => r.row[c] ?? "—",
        }))}
      />
    </Card>
  );
}
