/**
 * An import page's body, the same for every module: the template to download, the page's own choices, the upload
 * area, the import under way, then the summary, the row errors of a file refused as a whole, or the failure. The page
 * passes what is its own: how to send the file, how to show progress and the summary, and its texts.
 */
import { Fragment, useState, type ReactNode } from "react";
import { Button, Card, Result, Space, Typography, Upload } from "antd";
import { DownloadOutlined, InboxOutlined } from "@ant-design/icons";
import type { ImportProgress } from "./sse.ts";
import { ImportInterrupted } from "./upload.ts";
import { useImport, type RunImport } from "./useImport.ts";
import { RowErrorsCard } from "./RowErrorsCard.tsx";
import { useI18n } from "../i18n.tsx";
import { ErrorAlert, errorMessage } from "../ErrorAlert.tsx";
import type { WebMessageKey } from "../../i18n/zh-CN.ts";

type Suffix = "title" | "intro" | "uploadHint" | "running" | "done" | "again" | "failed" | "interrupted";

type Complete<P extends string> = [`${P}.${Suffix}`] extends [WebMessageKey] ? P : never;
/** A prefix P of messages such that every `${P}.${Suffix}` is a message: "marketImport", "enterprise.import". */
type Prefixes<K> = K extends `${infer P}.again` ? Complete<P> : never;
export type ImportMessages = Prefixes<WebMessageKey>;

type Props<S> = {
  messages: ImportMessages;
  template: { label: string; download: () => Promise<unknown> };
  /** The page's own inputs above the upload area (kind, owner); `busy` once a file is sent. */
  choices?: (busy: boolean) => ReactNode;
  accept: string;
  upload: { text: string; disabled?: boolean };
  run: RunImport<S>;
  onDone: (summary: S) => void;
  /** Under "正在导入：name": the progress as the page shows it (null until the server's first event). */
  progress: (progress: ImportProgress | null) => ReactNode;
  /** The success page's primary action, beside "重新上传". */
  next: ReactNode;
  summary: (summary: S) => ReactNode;
};

export function ImportPanel<S>({ messages, template, choices, accept, upload, run, onDone, progress, next, summary }: Props<S>) {
  const { t } = useI18n();
  const { state, start, reset } = useImport<S>(onDone);
  const [templateError, setTemplateError] = useState<unknown>(null);
  const again = (
    <Button key="again" onClick={reset} data-testid="import-again">
      {t(`${messages}.again`)}
    </Button>
  );

  return (
    <Card
      title={t(`${messages}.title`)}
      extra={
        <Button
          icon={<DownloadOutlined />}
          data-testid="import-template"
          onClick={() => {
            setTemplateError(null);
            template.download().catch(setTemplateError);
          }}
        >
          {template.label}
        </Button>
      }
    >
      <ErrorAlert error={templateError} />
      <Typography.Paragraph type="secondary">{t(`${messages}.intro`)}</Typography.Paragraph>
      {choices?.(state.at !== "idle")}
      {state.at === "idle" ? (
        <Upload.Dragger
          accept={accept}
          multiple={false}
          showUploadList={false}
          disabled={upload.disabled}
          beforeUpload={(file) => {
            start(file, run);
            return false; // run sends it; Upload itself posts nothing
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{upload.text}</p>
          <p className="ant-upload-hint">{t(`${messages}.uploadHint`)}</p>
        </Upload.Dragger>
      ) : null}
      {state.at === "running" ? (
        <Space orientation="vertical" style={{ width: "100%" }} data-testid="import-progress">
          <Typography.Text>{t(`${messages}.running`, { name: state.name })}</Typography.Text>
          {progress(state.progress)}
        </Space>
      ) : null}
      {state.at === "done" ? (
        <Result status="success" title={t(`${messages}.done`)} subTitle={state.name} extra={[<Fragment key="next">{next}</Fragment>, again]}>
          {summary(state.summary)}
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
          title={t(`${messages}.failed`)}
          subTitle={state.error instanceof ImportInterrupted ? t(`${messages}.interrupted`) : errorMessage(state.error, t)}
          extra={[again]}
        />
      ) : null}
    </Card>
  );
}
