/**
 * 批量导入 (技术市场): choose the kind (专利, 科技成果, 技术需求, 专家) and the organisation the records belong to,
 * download that kind's template, upload a filled .xlsx or .csv, follow the server's phases (读取, 校验, 写入) as
 * they stream, then the summary (新增, 更新), or the row errors of a file refused as a whole (nothing imported).
 */
import { Alert, Button, Form, Radio, Typography } from "antd";
import { useQueryClient } from "@tanstack/react-query";
import { Link, useSearchParams } from "react-router-dom";
import { marketKeys } from "../api.ts";
import { actingOrgs, canMarket } from "../access.ts";
import { OrgField } from "../forms/fields.tsx";
import { isKind, type Kind } from "../types.ts";
import { IMPORT_KINDS, MARKET_IMPORT_PHASES, marketImport, templatePath, type MarketImportSummary } from "./target.ts";
import { download } from "../../../platform/api/client.ts";
import { importFile } from "../../../platform/import/upload.ts";
import { ImportPanel } from "../../../platform/import/ImportPanel.tsx";
import { PhaseProgress } from "../../../platform/import/PhaseProgress.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";

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
  const kindOptions = kinds.map((k) => ({ value: k, label: t(`marketImport.kind.${k}`) }));

  if (!kind || (actingOrgs(me).length === 0 && !ownerOptional)) return <Alert type="warning" showIcon title={t("recordForm.noOrg")} />;
  const kindName = t(`marketImport.kind.${kind}`);
  const ready = Boolean(orgId) || ownerOptional;

  return (
    <ImportPanel<MarketImportSummary>
      messages="marketImport"
      template={{ label: t("marketImport.template", { kind: kindName }), download: () => download(templatePath(kind), t("marketImport.templateFile", { kind: kindName })) }}
      choices={(busy) => (
        <Form<Choice> form={form} layout="vertical" initialValues={{ orgId: actingOrgs(me)[0]?.id }} disabled={busy} style={{ maxWidth: 560 }}>
          <Form.Item label={t("marketImport.kind")}>
            <Radio.Group
              optionType="button"
              value={kind}
              data-testid="import-kind"
              onChange={(e) => {
                const next: unknown = e.target.value;
                if (typeof next === "string" && isKind(next)) setParams({ kind: next }, { replace: true });
              }}
              options={kindOptions}
            />
          </Form.Item>
          <OrgField name="orgId" optionalHint={ownerOptional ? t("marketImport.orgOptional") : undefined} />
        </Form>
      )}
      accept=".xlsx,.csv"
      upload={{ text: ready ? t("marketImport.upload", { kind: kindName }) : t("marketImport.orgFirst"), disabled: !ready }}
      run={(f, options) => importFile(marketImport(kind, orgId ?? null), f, options)}
      onDone={() => void queryClient.invalidateQueries({ queryKey: marketKeys.all })}
      progress={(progress) => (
        <>
          {progress ? null : <Typography.Text type="secondary">{t("marketImport.sending")}</Typography.Text>}
          <PhaseProgress phases={MARKET_IMPORT_PHASES} progress={progress} label={(phase) => t(`marketImport.phase.${phase}`)} />
        </>
      )}
      next={
        <Link to={`/market/mine?kind=${kind}`}>
          <Button type="primary" data-testid="import-to-mine">
            {t("marketImport.toMine")}
          </Button>
        </Link>
      }
      summary={(summary) => (
        <Typography.Paragraph style={{ textAlign: "center" }} data-testid="import-summary" data-created={summary.created} data-updated={summary.updated}>
          {t("marketImport.summary", { kind: kindName, rows: summary.rows, created: summary.created, updated: summary.updated })}
        </Typography.Paragraph>
      )}
    />
  );
}
