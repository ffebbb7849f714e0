/**
 * 批量导入 (技术市场): choose the kind (专利, 科技成果, 技术需求, 专家) and the organisation the records belong to,
 * download that kind's template, upload a filled .xlsx or .csv, follow the server's phases (读取, 校验, 写入) as
 * they stream, then the summary (新增, 更新), or the row errors of a file refused as a whole (nothing imported).
 */
import { useState } from "react";
import { Alert, Button, Card, Form, Radio, Result, Space, Typography, Upload } from "antd";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router-dom";
import { marketKeys } from "../api.ts";
import { actingOrgs, canMarket } from "../access.ts";
import { OrgField } from "../forms/fields.tsx";
import { isKind, type Kind } from "../types.ts";
import { IMPORT_KINDS, MARKET_IMPORT_PHASES, marketImport, templatePath, type MarketImportSummary } from "./target.ts";
import { download } from "../../../platform/api/client.ts";
import { importFile, ImportInterrupted } from "../../../platform/import/upload.ts";
import { useImport } from "../../../platform/import/useImport.ts";
import { PhaseProgress } from "../../../platform/import/PhaseProgress.tsx";
import { RowErrorsCard } from "../../../platform/import/RowErrorsCard.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert, errorMessage } from "../../../platform/ErrorAlert.tsx";

type Choice = { kind: Kind; orgId?: string };

export function MarketImportPage() {
  const { t } = useI18n();
  const me = useMe();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Choice>();
  const kinds = IMPORT_KINDS.filter((k) => canMarket(me, k === "demand" ? "postDemand" : "publishSupply"));
  const asked = params.get("kind");
  const kind: Kind | undefined = isKind(asked) && kinds.includes(asked) ? asked : kinds[0];
  const orgId = Form.useWatch("orgId", form);
  // The server lets an admin import patents that belong to no organisation; everyone else names one of theirs.
  const ownerOptional = kind === "patent" && me.isAdmin;
  const { state, start, reset } = useImport<MarketImportSummary>(() => void queryClient.invalidateQueries({ queryKey: marketKeys.all }));
  const [templateError, setTemplateError] = useState<unknown>(null);

  if (!kind || (actingOrgs(me).length === 0 && !ownerOptional)) return <Alert type="warning" showIcon title={t("recordForm.noOrg")} />;
  const kindName = t(`marketImport.kind.${kind}`);
  const ready = Boolean(orgId) || ownerOptional;
  const again = (
    <Button key="again" onClick={reset} data-testid="import-again">
      {t("marketImport.again")}
    </Button>
  );

  return (
    <Card
      title={t("marketImport.title")}
      extra={
        <Button
          icon={<DownloadOutlined />}
          data-testid="import-template"
          onClick={() => {
            setTemplateError(null);
            download(templatePath(kind), t("marketImport.templateFile", { kind: kindName })).catch(setTemplateError);
          }}
        >
          {t("marketImport.template", { kind: kindName })}
        </Button>
      }
    >
      <ErrorAlert error={templateError} />
      <Typography.Paragraph type="secondary">{t("marketImport.intro")}</Typography.Paragraph>
      <Form<Choice> form={form} layout="vertical" initialValues={{ orgId: actingOrgs(me)[0]?.id }} disabled={state.at !== "idle"} style={{ maxWidth: 560 }}>
        <Form.Item label={t("marketImport.kind")}>
          <Radio.Group
            optionType="button"
            value={kind}
            data-testid="import-kind"
            onChange={(e) => {
              const next: unknown = e.target.value;
              if (typeof next === "string" && isKind(next)) setParams({ kind: next }, { replace: true });
            }}
            options={kinds.map((k) => ({ value: k, label: t(`marketImport.kind.${k}`) }))}
          />
        </Form.Item>
        <OrgField name="orgId" optionalHint={ownerOptional ? t("marketImport.orgOptional") : undefined} />
      </Form>
      {state.at === "idle" ? (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={!ready}
          beforeUpload={(file) => {
            start(file, (f, options) => importFile(marketImport(kind, orgId ?? null), f, options));
            return false; // importFile sends it; Upload itself posts nothing
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{ready ? t("marketImport.upload", { kind: kindName }) : t("marketImport.orgFirst")}</p>
          <p className="ant-upload-hint">{t("marketImport.uploadHint")}</p>
        </Upload.Dragger>
      ) : null}
      {state.at === "running" ? (
        <Space orientation="vertical" style={{ width: "100%" }} data-testid="import-progress">
          <Typography.Text>{t("marketImport.running", { name: state.name })}</Typography.Text>
          {state.progress ? null : <Typography.Text type="secondary">{t("marketImport.sending")}</Typography.Text>}
          <PhaseProgress phases={MARKET_IMPORT_PHASES} progress={state.progress} label={(phase) => t(`marketImport.phase.${phase}`)} />
        </Space>
      ) : null}
      {state.at === "done" ? (
        <Result
          status="success"
          title={t("marketImport.done")}
          subTitle={state.name}
          extra={[
            <Link key="mine" to={`/market/mine?kind=${kind}`}>
              <Button type="primary" data-testid="import-to-mine">
                {t("marketImport.toMine")}
              </Button>
            </Link>,
            again,
          ]}
        >
          <Typography.Paragraph style={{ textAlign: "center" }} data-testid="import-summary" data-created={state.summary.created} data-updated={state.summary.updated}>
            {t("marketImport.summary", { kind: kindName, rows: state.summary.rows, created: state.summary.created, updated: state.summary.updated })}
          </Typography.Paragraph>
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
          title={t("marketImport.failed")}
          subTitle={state.error instanceof ImportInterrupted ? t("marketImport.interrupted") : errorMessage(state.error, t)}
          extra={[again]}
        />
      ) : null}
    </Card>
  );
}
