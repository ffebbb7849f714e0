/** 用户管理: the users this user may see (managers see their cities' users), with search, an organisation filter and paging. */
import { Table, Tag } from "antd";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router-dom";
import { listUsers, userKeys } from "../api.ts";
import type { User } from "../types.ts";
import { OrgSelect } from "../organisations/OrgSelect.tsx";
import { UserStatusTag } from "./UserStatusTag.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { useListParams } from "../../../platform/useListParams.ts";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { ListCard } from "../../../platform/list/ListCard.tsx";
import { download, withQuery } from "../../../platform/api/client.ts";

const FILTERS = ["orgId"] as const;

export function UserListPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { roleLabel } = useLabels();
  const list = useListParams(FILTERS);
  const query = { q: list.q, orgId: list.filters.orgId, page: list.page, pageSize: list.pageSize };
  const users = useQuery({ queryKey: userKeys.list(query), queryFn: () => listUsers(query), placeholderData: keepPreviousData });

  return (
    <ListCard
      title={t("nav.users")}
      create={can(me, "createUser") ? { label: t("user.create"), onClick: () => navigate("/users/new") } : null}
      onExport={() => void download(withQuery("/users.xlsx", { q: list.q, orgId: list.filters.orgId }), "users.xlsx")}
      search={{ value: list.q, placeholder: t("user.searchPlaceholder"), onSearch: (q) => list.set({ q }), width: 260 }}
      filters={
        <div style={{ width: 280 }}>
          <OrgSelect value={list.filters.orgId ?? null} onChange={(orgId) => list.set({ orgId: orgId ?? undefined })} />
        </div>
      }
    >
      <ErrorAlert error={users.error} />
      <Table<User>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={{
          current: list.page,
          pageSize: list.pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t("common.total", { total }),
          onChange: (page, pageSize) => list.set({ page, pageSize }),
        }}
        columns={[
          { title: t("user.username"), dataIndex: "username", render: (name: string, row) => <Link to={`/users/${row.id}`}>{name}</Link> },
          { title: t("user.displayName"), dataIndex: "displayName" },
          {
            title: t("user.memberships"),
            key: "memberships",
            render: (_, row) => row.memberships.map((m) => <Tag key={m.id}>{`${m.orgName} · ${roleLabel(m.role)}`}</Tag>),
          },
          {
            title: t("common.status"),
            key: "status",
            render: (_, row) => <UserStatusTag user={row} />,
          },
          { title: t("common.createdAt"), dataIndex: "createdAt", render: (v: string) => formatDateTime(v, lang) },
        ]}
      />
    </ListCard>
  );
}
