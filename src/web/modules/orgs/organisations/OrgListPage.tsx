/** 单位管理: organisations the user may see, with search, kind and city filters, and paging. */
import { Select, Table } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { listOrgs, orgKeys } from "../api.ts";
import type { Organisation } from "../types.ts";
import { orgFieldLabel, orgStatusLabel, ORG_STATUSES } from "./fields.ts";
import { OrgStatusTag } from "./OrgStatusTag.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { ListCard } from "../../../platform/list/ListCard.tsx";
import { download, withQuery } from "../../../platform/api/client.ts";

const FILTERS = ["kind", "cityCode", "status"] as const;

export function OrgListPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { kindLabel, cityLabel, kindOptions, cityOptions } = useLabels();
  const list = useListParams(FILTERS);
  const query = { q: list.q, ...list.filters, page: list.page, pageSize: list.pageSize };
  const orgs = useQuery({ queryKey: orgKeys.list(query), queryFn: () => listOrgs(query), placeholderData: keepPreviousData });
  const label = (field: string) => orgFieldLabel(field, t);

  return (
    <ListCard
      title={t("nav.orgs")}
      create={can(me, "createOrganisation") ? { label: t("org.create"), onClick: () => navigate("/orgs/new") } : null}
      onExport={() => void download(withQuery("/orgs.xlsx", { q: list.q, ...list.filters }), "orgs.xlsx")}
      search={{ value: list.q, placeholder: t("org.searchPlaceholder"), onSearch: (q) => list.set({ q }) }}
      filters={
        <>
        <Select
          value={list.filters.kind}
          onChange={(kind?: string) => list.set({ kind })}
          options={kindOptions}
          allowClear
          placeholder={label("kind")}
          style={{ width: 160 }}
          aria-label={label("kind")}
        />
        <Select
          value={list.filters.cityCode}
          onChange={(cityCode?: string) => list.set({ cityCode })}
          options={cityOptions}
          allowClear
          placeholder={label("cityCode")}
          style={{ width: 140 }}
          aria-label={label("cityCode")}
        />
        <Select
          value={list.filters.status}
          onChange={(status?: string) => list.set({ status })}
          options={ORG_STATUSES.map((s) => ({ value: s, label: orgStatusLabel(s, t) }))}
          allowClear
          placeholder={label("status")}
          style={{ width: 120 }}
          aria-label={label("status")}
        />
        </>
      }
    >
      <ErrorAlert error={orgs.error} />
      <Table<Organisation>
        rowKey="id"
        loading={orgs.isFetching}
        dataSource={orgs.data?.items ?? []}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: orgs.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t("common.total", { total }),
          onChange: (page, pageSize) => list.set({ page, pageSize }),
        }}
        columns={[
          { title: label("name"), dataIndex: "name", render: (name: string, row) => <Link to={`/orgs/${row.id}`}>{name}</Link> },
          { title: label("kind"), dataIndex: "kind", render: (kind: string) => kindLabel(kind) },
          { title: label("cityCode"), dataIndex: "cityCode", render: (code: string) => cityLabel(code) },
          { title: label("creditCode"), dataIndex: "creditCode", render: (code: string | null) => code ?? "—" },
          {
            title: label("status"),
            dataIndex: "status",
            render: (status: string) => <OrgStatusTag status={status} />,
          },
        ]}
      />
    </ListCard>
  );
}
