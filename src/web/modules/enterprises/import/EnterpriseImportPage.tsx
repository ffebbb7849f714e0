/**
 * 批量导入: download the template, upload a filled .xlsx, follow the server's progress (read → check → write →
 * assess) as it streams, then the summary, or the row errors of a file refused as a whole (nothing written).
 */
import { Button, Descriptions, Progress, Typography } from "antd";
import { useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { downloadImportTemplate, enterpriseKeys } from "../api.ts";
import { ENTERPRISE_IMPORT } from "./target.ts";
import type { ImportSummary } from "../types.ts";
import { importFile } from "../../../platform/import/upload.ts";
import { progressPercent } from "../../../platform/import/sse.ts";
import { ImportPanel } from "../../../platform/import/ImportPanel.tsx";
import { useI18n } from "../../../platform/i18n.tsx";

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
  return (
    <ImportPanel<ImportSummary>
      messages="enterprise.import"
      template={{ label: t("enterprise.import.template"), download: downloadImportTemplate }}
      accept=".xlsx"
      upload={{ text: t("enterprise.import.upload") }}
      run={(f, options) => importFile(ENTERPRISE_IMPORT, f, options)}
      onDone={() => void queryClient.invalidateQueries({ queryKey: enterpriseKeys.all })}
      progress={(progress) => (
        <>
          <Progress percent={progress ? progressPercent(progress) : 0} status="active" />
          <Typography.Text type="secondary">
            {progress ? t("enterprise.import.progress", { phase: t(`enterprise.import.phase.${progress.phase}`), done: progress.done, total: progress.total }) : t("enterprise.import.sending")}
          </Typography.Text>
        </>
      )}
      next={
        <Link to="/enterprises">
          <Button type="primary">{t("enterprise.import.toList")}</Button>
        </Link>
      }
      summary={(summary) => <Summary summary={summary} />}
    />
  );
}
