/** Step one of an import: paste the plan's text, or upload it as .txt or .docx; the server parses it into a preview. */
import { useState } from "react";
import { Button, Form, Input, Space, Tabs, Typography, Upload } from "antd";
import { InboxOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { previewPlanFile, previewPlanText } from "../api.ts";
import type { PlanPreview } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { fieldMessages, otherIssues } from "../../../platform/forms/serverErrors.ts";

export type PreviewSource = { name: string | null; text: string };

export function ImportSource({ onPreview }: { onPreview: (preview: PlanPreview, source: PreviewSource) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const fromText = useMutation({ mutationFn: previewPlanText, onSuccess: (preview) => onPreview(preview, { name: null, text }) });
  const fromFile = useMutation({
    mutationFn: previewPlanFile,
    onSuccess: (preview, file) => onPreview(preview, { name: file.name, text: preview.text ?? "" }),
  });
  const fileErrors = fieldMessages(fromFile.error, "file");
  const textErrors = fieldMessages(fromText.error, "text");
  return (
    <>
      <ErrorAlert error={fromText.error ?? fromFile.error} extra={otherIssues(fromText.error ?? fromFile.error, ["text", "file"])} />
      <Tabs
        items={[
          {
            key: "file",
            label: t("import.uploadTab"),
            children: (
              <Form.Item validateStatus={fileErrors.length ? "error" : undefined} help={fileErrors.length ? fileErrors.map((m) => <div key={m}>{m}</div>) : undefined}>
                <Upload.Dragger
                  accept=".txt,.docx"
                  multiple={false}
                  showUploadList={false}
                  disabled={fromFile.isPending}
                  beforeUpload={(file) => {
                    fromText.reset();
                    fromFile.mutate(file);
                    return false; // the preview call sends it; Upload itself posts nothing
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined />
                  </p>
                  <p className="ant-upload-text">{fromFile.isPending ? t("import.reading") : t("import.uploadHint")}</p>
                  <p className="ant-upload-hint">{t("import.uploadFormats")}</p>
                </Upload.Dragger>
              </Form.Item>
            ),
          },
          {
            key: "text",
            label: t("import.pasteTab"),
            children: (
              <Space orientation="vertical" style={{ width: "100%" }}>
                <Typography.Text type="secondary">{t("import.pasteHint")}</Typography.Text>
                <Form.Item validateStatus={textErrors.length ? "error" : undefined} help={textErrors.length ? textErrors.map((m) => <div key={m}>{m}</div>) : undefined} style={{ marginBottom: 0 }}>
                  <Input.TextArea rows={12} value={text} onChange={(e) => setText(e.target.value)} aria-label={t("import.pasteLabel")} />
                </Form.Item>
                <Button
                  type="primary"
                  disabled={!text.trim()}
                  loading={fromText.isPending}
                  onClick={() => {
                    fromFile.reset();
                    fromText.mutate(text);
                  }}
                >
                  {t("import.preview")}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
