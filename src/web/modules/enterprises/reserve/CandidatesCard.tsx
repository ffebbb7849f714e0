/**
 * 系统推荐: the engine's proposals for the year's pool (enterprises within reach of 高企, none holding a valid
 * certificate, none in the pool yet), best first, each taken in with one click (source "engine").
 */
import { useState } from "react";
import { App, Button, Card, Table, Typography } from "antd";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "react-router-dom";
import { listCandidates, nominate, reserveKeys, type Candidate } from "./api.ts";
import { ReadinessTag } from "./ReadinessTag.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";

export function CandidatesCard({ year, cityCode }: { year: number; cityCode: string | undefined }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { cityLabel } = useLabels();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const query = { year, cityCode, page, pageSize: 10 };
  const candidates = useQuery({ queryKey: reserveKeys.candidates(query), queryFn: () => listCandidates(query), placeholderData: keepPreviousData });
  const accept = useMutation({
    mutationFn: (c: Candidate) => nominate({ orgId: c.orgId, year, source: "engine" }),
    onSuccess: (_, c) => {
      void queryClient.invalidateQueries({ queryKey: ["enterprises"] });
      void message.success(t("cultivation.nominate.done", { year, name: c.name }));
    },
  });
  return (
    <Card title={t("cultivation.candidates.title")} data-testid="reserve-candidates">
      <Typography.Paragraph type="secondary">{t("cultivation.candidates.help", { year })}</Typography.Paragraph>
      <ErrorAlert error={candidates.error ?? accept.error} />
      <Table<Candidate>
        size="small"
        rowKey="orgId"
        loading={candidates.isFetching}
        dataSource={candidates.data?.items ?? []}
        locale={{ emptyText: t("cultivation.candidates.empty") }}
        pagination={{ current: page, pageSize: 10, total: candidates.data?.total ?? 0, hideOnSinglePage: true, onChange: setPage, showTotal: (total) => t("common.total", { total }) }}
        columns={[
          { title: t("cultivation.reserve.enterprise"), dataIndex: "name", render: (name: string, c) => <Link to={`/enterprises/${c.orgId}`}>{name}</Link> },
          { title: t("cultivation.city"), dataIndex: "cityCode", render: (code: string) => cityLabel(code) },
          {
            title: t("cultivation.reserve.readiness"),
            key: "readiness",
            render: (_: unknown, c) => <ReadinessTag summary={{ eligible: c.eligible, score: c.score, unmet: c.unmet, incomplete: c.incomplete, held: false, withinReach: true }} />,
          },
          {
            title: t("common.actions"),
            key: "actions",
            render: (_: unknown, c) => (
              <Button size="small" type="primary" ghost loading={accept.isPending && accept.variables.orgId === c.orgId} onClick={() => accept.mutate(c)}>
                {t("cultivation.nominate.button")}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
