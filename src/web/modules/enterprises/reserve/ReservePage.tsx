/**
 * 高企后备库 of the caller's cities: the year's entries with their stage as steps, 高企 readiness and coaching
 * visits; officers move entries on (申报 → 认定通过/未通过, 退出), record visits, nominate any registered enterprise by
 * name, and take in the engine's proposals (系统推荐). The cities offered are those the funnel serves this reader.
 */
import { useState } from "react";
import { Button, Select, Space, Table, Typography } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { exportReserve, listReserve, reserveKeys, type ReserveEntry } from "./api.ts";
import { movesFrom } from "./stages.ts";
import { yearChoices, yearOf } from "./years.ts";
import { useReserveLabels } from "./labels.ts";
import { StageSteps } from "./StageSteps.tsx";
import { ReadinessTag } from "./ReadinessTag.tsx";
import { EntryDetails } from "./EntryDetails.tsx";
import { MoveDialog } from "./MoveDialog.tsx";
import { VisitDialog } from "./VisitDialog.tsx";
import { NominateDialog } from "./NominateDialog.tsx";
import { CandidatesCard } from "./CandidatesCard.tsx";
import { funnelKeys, getFunnel } from "../funnel/api.ts";
import { canEnterprise } from "../access.ts";
import type { ReserveStage } from "../../../../shared/enterprise/reserve.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useMe } from "../../../platform/auth/session.tsx";
import { useListParams } from "../../../platform/useListParams.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { ListCard } from "../../../platform/list/ListCard.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

const FILTERS = ["cityCode", "year", "stage"] as const;
const NOWRAP = { whiteSpace: "nowrap" } as const;
const MOVE_BUTTON: Partial<Record<ReserveStage, { type?: "primary"; danger?: boolean }>> = { certified: { type: "primary" }, rejected: { danger: true } };

export function ReservePage() {
  const { t } = useI18n();
  const me = useMe();
  const labels = useReserveLabels();
  const { cityLabel } = useLabels();
  const list = useListParams(FILTERS);
  const manage = canEnterprise(me, "manageRegistry");
  const thisYear = Number(todayInShanghai().slice(0, 4));
  const year = yearOf(list.filters.year, thisYear);
  const filters = { q: list.q || undefined, cityCode: list.filters.cityCode, year, stage: list.filters.stage };
  const query = { ...filters, page: list.page, pageSize: list.pageSize };
  const entries = useQuery({ queryKey: reserveKeys.list(query), queryFn: () => listReserve(query), placeholderData: keepPreviousData });
  const cities = useQuery({ queryKey: funnelKeys.one(year), queryFn: () => getFunnel(year), placeholderData: keepPreviousData });
  const [nominating, setNominating] = useState(false);
  const [moving, setMoving] = useState<{ entry: ReserveEntry; to: ReserveStage } | null>(null);
  const [visiting, setVisiting] = useState<ReserveEntry | null>(null);

  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <ListCard
        title={t("cultivation.reserve.title")}
        create={manage ? { label: t("cultivation.nominate.button"), onClick: () => setNominating(true) } : null}
        onExport={() => void exportReserve(filters)}
        search={{ value: list.q, placeholder: t("cultivation.reserve.searchPlaceholder"), onSearch: (q) => list.set({ q }) }}
        filters={
          <>
            <Select
              value={year}
              onChange={(next: number) => list.set({ year: next })}
              options={yearChoices(thisYear, year, 1).map((y) => ({ value: y, label: t("cultivation.yearOption", { year: y }) }))}
              style={{ width: 110 }}
              aria-label={t("cultivation.year")}
            />
            <Select
              value={list.filters.cityCode}
              onChange={(cityCode?: string) => list.set({ cityCode })}
              options={(cities.data?.rows ?? []).map((r) => ({ value: r.cityCode, label: cityLabel(r.cityCode) }))}
              allowClear
              placeholder={t("cultivation.allCities")}
              style={{ width: 140 }}
              aria-label={t("cultivation.city")}
            />
            <Select
              value={list.filters.stage}
              onChange={(stage?: string) => list.set({ stage })}
              options={labels.stageOptions}
              allowClear
              placeholder={t("cultivation.reserve.stageFilter")}
              style={{ width: 120 }}
              aria-label={t("cultivation.reserve.stageFilter")}
            />
          </>
        }
      >
        <ErrorAlert error={entries.error} />
        <Table<ReserveEntry>
          rowKey="id"
          loading={entries.isFetching}
          dataSource={entries.data?.items ?? []}
          locale={{ emptyText: t("cultivation.reserve.empty", { year }) }}
          scroll={{ x: true }}
          expandable={{ expandedRowRender: (entry) => <EntryDetails entry={entry} onAddVisit={manage ? () => setVisiting(entry) : null} /> }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t("common.total", { total }),
            onChange: (page, pageSize) => list.set({ page, pageSize }),
          }}
          columns={[
            {
              title: t("cultivation.reserve.enterprise"),
              dataIndex: "name",
              render: (name: string, entry) => (
                <Space orientation="vertical" size={0} style={{ minWidth: 200 }}>
                  <Link to={`/enterprises/${entry.orgId}`}>{name}</Link>
                  {entry.creditCode ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{entry.creditCode}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: t("cultivation.city"), dataIndex: "cityCode", render: (code: string) => <span style={NOWRAP}>{cityLabel(code)}</span> },
            { title: t("cultivation.reserve.progress"), key: "stage", render: (_: unknown, entry) => <StageSteps entry={entry} /> },
            { title: t("cultivation.reserve.readiness"), dataIndex: "highTech", render: (_: unknown, entry) => <ReadinessTag summary={entry.highTech} /> },
            { title: <span style={NOWRAP}>{t("cultivation.reserve.visits")}</span>, key: "visits", render: (_: unknown, entry) => <span style={NOWRAP}>{t("cultivation.reserve.visitCount", { count: entry.visits.length })}</span> },
            ...(manage
              ? [
                  {
                    title: t("common.actions"),
                    key: "actions",
                    render: (_: unknown, entry: ReserveEntry) => (
                      <Space wrap size={4}>
                        {movesFrom(entry.stage).map((to) => (
                          <Button key={to} size="small" {...MOVE_BUTTON[to]} onClick={() => setMoving({ entry, to })}>
                            {labels.move(to)}
                          </Button>
                        ))}
                        <Button size="small" type="link" onClick={() => setVisiting(entry)}>
                          {t("cultivation.visit.add")}
                        </Button>
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </ListCard>
      {manage ? <CandidatesCard year={year} cityCode={filters.cityCode} /> : null}
      {nominating ? <NominateDialog year={year} cityCode={filters.cityCode} onClose={() => setNominating(false)} /> : null}
      {moving ? <MoveDialog entry={moving.entry} to={moving.to} onClose={() => setMoving(null)} /> : null}
      {visiting ? <VisitDialog entry={visiting} onClose={() => setVisiting(null)} /> : null}
    </Space>
  );
}
