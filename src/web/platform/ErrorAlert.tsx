/** Shows a failed request: the server's message (already in the UI language) and any field issues no field took. */
import { Alert } from "antd";
import { ApiError, type FieldIssue } from "./api/client.ts";
import { useI18n, type Translate } from "./i18n.tsx";

export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    if (error.message) return error.message;
    return error.status === 0 ? t("error.network") : t("error.http", { status: error.status });
  }
  return t("error.unexpected");
}

export function ErrorAlert({ error, extra = [] }: { error: unknown; extra?: FieldIssue[] }) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={errorMessage(error, t)}
      description={extra.length ? extra.map((f) => <div key={f.path}>{`${f.path}: ${f.message}`}</div>) : undefined}
      style={{ marginBottom: 16 }}
    />
  );
}
