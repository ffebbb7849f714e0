/** A record's form page: /market/<kind>/new creates, /market/<kind>/:id/edit edits the stored record. */
import type { ReactNode } from "react";
import { Alert, Card, Skeleton } from "antd";
import { useQuery } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { getRecord, marketKeys } from "../api.ts";
import { actingOrgs } from "../access.ts";
import type { Kind, MarketRecord } from "../types.ts";
import { DemandForm } from "./DemandForm.tsx";
import { AchievementForm } from "./AchievementForm.tsx";
import { PatentForm } from "./PatentForm.tsx";
import { ExpertForm } from "./ExpertForm.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

function formFor(kind: Kind, record: MarketRecord | undefined): ReactNode {
  switch (kind) {
    case "demand":
      return <DemandForm record={record?.kind === "demand" ? record : undefined} />;
    case "achievement":
      return <AchievementForm record={record?.kind === "achievement" ? record : undefined} />;
    case "patent":
      return <PatentForm record={record?.kind === "patent" ? record : undefined} />;
    case "expert":
      return <ExpertForm record={record?.kind === "expert" ? record : undefined} />;
  }
}

export function RecordFormPage({ kind }: { kind: Kind }) {
  const { id } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const record = useQuery({ queryKey: marketKeys.record(kind, id ?? ""), queryFn: () => getRecord(kind, id ?? ""), enabled: id !== undefined });
  const title = id ? t(`recordForm.edit.${kind}`) : t(`recordForm.new.${kind}`);
  if (record.isError) return <ErrorAlert error={record.error} />;
  if (!id && actingOrgs(me).length === 0) return <Alert type="warning" showIcon title={t("recordForm.noOrg")} />;
  return <Card title={title}>{id && !record.data ? <Skeleton active /> : formFor(kind, record.data)}</Card>;
}
