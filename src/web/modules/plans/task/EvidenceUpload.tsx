/** Evidence files for a report: each is uploaded at once (POST /files); the form holds their ids. */
import { useState } from "react";
import { App, Button, Upload, type UploadFile } from "antd";
import { UploadOutlined } from "@ant-design/icons";
import { uploadFile } from "../api.ts";
import type { StoredFile } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

type Props = { id?: string; value?: string[]; onChange?: (ids: string[]) => void };

export function EvidenceUpload({ id, onChange }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [files, setFiles] = useState<UploadFile<StoredFile>[]>([]);
  return (
    <Upload<StoredFile>
      id={id}
      fileList={files}
      multiple
      customRequest={({ file, onSuccess, onError }) => {
        if (!(file instanceof File)) return;
        uploadFile(file).then(
          (stored) => onSuccess?.(stored),
          (error: unknown) => {
            void message.error(errorMessage(error, t));
            onError?.(error instanceof Error ? error : new Error(String(error)));
          },
        );
      }}
      onChange={({ fileList }) => {
        setFiles(fileList);
        onChange?.(fileList.flatMap((f) => (f.status === "done" && f.response ? [f.response.id] : [])));
      }}
    >
      <Button icon={<UploadOutlined />}>{t("report.addEvidence")}</Button>
    </Upload>
  );
}
