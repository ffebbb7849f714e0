/**
 * A record inside the app (/market/<kind>/:id): its fields and state, the owner's actions (or 联系对接 for others),
 * and its history. A demand's owner also sees its 48-hour response clock, the responses and the explained matches;
 * an achievement's owner sees the demands it could serve. Others reading a demand see their own responses.
 */
import { Alert, Button, Card, Collapse, Skeleton, Space } from "antd";
import { GlobalOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router-dom";
import { getRecord, marketKeys, recordHistory } from "../api.ts";
import { isPublic, KIND_PATH, recordTitle, type Demand, type Kind, type MarketRecord } from "../types.ts";
import { RecordDetails } from "./RecordDetails.tsx";
import { RecordTitle } from "./RecordHeader.tsx";
import { OwnerActions } from "./OwnerActions.tsx";
import { ContactAction } from "./ContactAction.tsx";
import { ResponseClock } from "../demand/ResponseClock.tsx";
import { ResponsesList, useResponses } from "../demand/ResponsesList.tsx";
import { MatchesCard } from "../matches/MatchesCard.tsx";
import { useMarketLabels } from "../labels.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { HistoryTimeline, type FieldFormat } from "../../../platform/history/HistoryTimeline.tsx";
import { isWebMessageKey } from "../../../platform/i18n.tsx";

// Bookkeeping and the search document are not a reader's business; the owner never changes.
const HIDDEN = ["search", "names", "createdBy", "isDemo", "orgId", "ownerOrgId", "highValueCategories", "filingYear", "publishedAt", "firstResponseAt", "slaFlaggedAt", "userId"];

function useHistoryFormat(): FieldFormat {
  const { t } = useI18n();
  const labels = useMarketLabels();
  return {
    hidden: HIDDEN,
    label: (field) => {
      const key = `market.field.${field === "cityCode" ? "city" : field}`;
      return isWebMessageKey(key) ? t(key) : field;
    },
    value: (field, value) => {
      if (typeof value !== "string") return null;
      if (field === "domain") return labels.domain(value);
      if (field === "status") return labels.demandStatus(value);
      if (field === "legalStatus") return labels.legalStatus(value);
      if (field === "type") return labels.patentType(value);
      return null;
    },
  };
}

function History({ kind, id }: { kind: Kind; id: string }) {
  const fields = useHistoryFormat();
  const history = useQuery({ queryKey: marketKeys.history(kind, id), queryFn: () => recordHistory(kind, id) });
  if (history.isError) return <ErrorAlert error={history.error} />;
  if (!history.data) return <Skeleton active />;
  return <HistoryTimeline events={history.data.items} fields={fields} />;
}

function DemandResponses({ demand }: { demand: Demand }) {
  const { t } = useI18n();
  const responses = useResponses(demand.id);
  const count = responses.data?.items.length ?? 0;
  return (
    <Card
      title={
        <span data-testid="responses-title" data-count={count}>
          {`${t("responses.title")} · ${t("responses.count", { count })}`}
        </span>
      }
      extra={demand.abilities.manage ? null : t("responses.mineOnly")}
    >
      <ResponsesList demandId={demand.id} />
    </Card>
  );
}

function Sections({ record }: { record: MarketRecord }) {
  const manage = record.abilities.manage;
  if (record.kind === "demand") {
    return (
      <>
        {record.status === "draft" && !manage ? null : <DemandResponses demand={record} />}
        {manage ? <MatchesCard subject={{ kind: "demand", id: record.id, title: record.title, domain: record.domain, draft: record.status === "draft" }} /> : null}
      </>
    );
  }
  if (record.kind === "achievement" && manage) {
    return <MatchesCard subject={{ kind: "achievement", id: record.id, title: record.title, domain: record.domain, draft: !record.published }} />;
  }
  return null;
}

export function RecordPage({ kind }: { kind: Kind }) {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const record = useQuery({ queryKey: marketKeys.record(kind, id), queryFn: () => getRecord(kind, id) });
  if (record.isError) return <ErrorAlert error={record.error} />;
  const r = record.data;
  if (!r) return <Skeleton active />;
  const actions = r.abilities.manage ? (
    <OwnerActions kind={r.kind} id={r.id} published={r.published} status={r.kind === "demand" ? r.status : null} />
  ) : (
    <ContactAction record={r} me={me} />
  );
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card title={<RecordTitle record={r} showState />} extra={actions}>
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          {r.kind === "demand" ? <ResponseClock demand={r} /> : null}
          <RecordDetails record={r} />
          {r.kind === "demand" || isPublic(r) ? null : <Alert type="info" showIcon title={t("record.notPublic")} />}
          {isPublic(r) ? (
            <Button type="link" icon={<GlobalOutlined />} style={{ paddingLeft: 0 }} onClick={() => navigate(`/portal/${KIND_PATH[r.kind]}/${r.id}`)}>
              {t("record.portalLink")}
            </Button>
          ) : null}
        </Space>
      </Card>
      <Sections record={r} />
      <Collapse items={[{ key: "history", label: t("record.history"), children: <History kind={r.kind} id={r.id} /> }]} aria-label={recordTitle(r)} />
    </Space>
  );
}
