/**
 * 批量导入: download the template, upload a filled .xlsx, follow the server's progress (read → check → write →
 * assess) as it streams, then the summary, or the row errors of a file refused as a whole (nothing written).
 */
import { useState } from "react";
import { Button, Card, Descriptions, Progress, Result, Space, Typography, Upload } from "antd";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { downloadImportTemplate, enterpriseKeys } from "../api.ts";
import { ENTERPRISE_IMPORT } from "./target.ts";
import type { ImportSummary } from "../types.ts";
import { importFile, ImportInterrupted } from "../../../platform/import/upload.ts";
import { progressPercent } from "../../../platform/import/sse.ts";
import { useImport } from "../../../platform/import/useImport.ts";
import { RowErrorsCard } from "../../../platform/import/RowErrorsCard.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";

function Summary({ summary }: { summary: ImportSummary }) {
  const { t } = useI18n();
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 5 }}
      data-testid="import-summary"
      items={(["rows", "created", "updated", "years", "certificates"] as const).map((k) => ({ key: k, label: t(`enterprise.import.summary.${k}`), children: summary[k] }))}
    />
  );
}

export function EnterpriseImportPage() {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const { state, start, reset } = useImport<ImportSummary>(() => void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }));
  const [templateError, setTemplateError] = useState<unknown>(null);

  const again = (
    <Button key="again" onClick={reset}>
      {t("enterprise.import.again")}
    </Button>
  );

  return (
    <Card
      title={t("enterprise.import.title")}
      extra={
        <Button
          icon={<DownloadOutlined />}
          onClick={() => {
            setTemplateError(null);
            downloadImportTemplate().catch(setTemplateError);
          }}
        >
          {t("enterprise.import.template")}
        </Button>
      }
    >
      <ErrorAlert error={templateError} />
      <Typography.Paragraph type="secondary">{t("enterprise.import.intro")}</Typography.Paragraph>
      {state.at === "idle" ? (
        <Upload.Dragger
          accept=".xlsx"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            start(file, (f, options) => importFile(ENTERPRISE_IMPORT, f, options));
            return false; // importFile sends it; Upload itself posts nothing
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t("enterprise.import.upload")}</p>
          <p className="ant-upload-hint">{t("enterprise.import.uploadHint")}</p>
        </Upload.Dragger>
      ) : null}
      {state.at === "running" ? (
        <Space orientation="vertical" style={{ width: "100%" }} data-testid="import-progress">
          <Typography.Text>{t("enterprise.import.running", { name: state.name })}</Typography.Text>
          <Progress percent={state.progress ? progressPercent(state.progress) : 0} status="active" />
          <Typography.Text type="secondary">
            {state.progress ? t("enterprise.import.progress", { phase: t(`enterprise.import.phase.${state.progress.phase}`), done: state.progress.done, total: state.progress.total }) : t("enterprise.import.sending")}
          </Typography.Text>
        </Space>
      ) : null}
      {state.at === "done" ? (
        <Result
          status="success"
          title={t("enterprise.import.done")}
          subTitle={state.name}
          extra={[
            <Link key="list" to="/enterprises">
              <Button type="primary">{t("enterprise.import.toList")}</Button>
            </Link>,
            again,
          ]}
        >
          <Summary summary={state.summary} />
        </Result>
      ) : null}
      {state.at === "rejected" ? (
        <Space orientation="vertical" style={{ width: "100%" }}>
          <RowErrorsCard errors={state.errors} fileName={state.name} />
          {again}
        </Space>
      ) : null}
      {state.at === "failed" ? (
        <Result
          status="error"
          title={t("enterprise.import.failed")}
          subTitle={state.error instanceof ImportInterrupted ? t("enterprise.import.interrupted") : errorMessage(state.error, t)}
          extra={[again]}
        />
      ) : null}
    </Card>
  );
}
