/** A rejected import: nothing was written; each row error (行, 列, 原因), and the list to download as .xlsx or CSV. */
import { Alert, Button, Space, Table } from "antd";
import { DownloadOutlined } from "@ant-design/icons";
import { errorFileBase, rowErrorsCsv, rowErrorsXlsx, type RowErrorHeaders } from "./rowErrors.ts";
import type { RowError } from "./sse.ts";
import { saveBlob } from "../api/client.ts";
import { useI18n } from "../i18n.tsx";

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function RowErrorsCard({ errors, fileName }: { errors: RowError[]; fileName: string }) {
  const { t } = useI18n();
  const headers: RowErrorHeaders = { row: t("import.col.row"), column: t("import.col.column"), message: t("import.col.message"), wholeFile: t("import.wholeFile") };
  const base = errorFileBase(fileName, t("import.errorsFile"));
  const saveXlsx = () => saveBlob(new Blob([rowErrorsXlsx(errors, headers, t("import.errorsFile"))], { type: XLSX_MIME }), `${base}.xlsx`);
  const saveCsv = () => saveBlob(new Blob([rowErrorsCsv(errors, headers)], { type: "text/csv;charset=utf-8" }), `${base}.csv`);
  return (
    <Space orientation="vertical" size="middle" style={{ width: "100%" }} data-testid="import-rejected">
      <Alert type="error" showIcon role="alert" title={t("import.rejected", { count: errors.length })} description={t("import.nothingWritten")} />
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={saveXlsx} data-testid="import-errors-xlsx">
          {t("import.downloadXlsx")}
        </Button>
        <Button icon={<DownloadOutlined />} onClick={saveCsv} data-testid="import-errors-csv">
          {t("import.downloadCsv")}
        </Button>
      </Space>
      <Table<RowError & { key: number }>
        size="small"
        data-testid="import-errors"
        dataSource={errors.map((e, key) => ({ ...e, key }))}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: headers.row, dataIndex: "row", width: 90, render: (row: number) => (row > 0 ? row : headers.wholeFile) },
          { title: headers.column, dataIndex: "column", width: 220, render: (c: string) => c || "—" },
          { title: headers.message, dataIndex: "message" },
        ]}
      />
    </Space>
  );
}
