/** 用户管理: the users this user may see (managers see their cities' users), with search, an organisation filter and paging. */
import { Button, Card, Input, Space, Table, Tag } from "antd";
import { PlusOutlined } from "@ant-design/icons";
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
    <Card
      title={t("nav.users")}
      extra={
        can(me, "createUser") ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/users/new")}>
            {t("user.create")}
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={list.q}
          defaultValue={list.q}
          placeholder={t("user.searchPlaceholder")}
          allowClear
          onSearch={(q) => list.set({ q })}
          style={{ width: 260 }}
          aria-label={t("common.search")}
        />
        <div style={{ width: 280 }}>
          <OrgSelect value={list.filters.orgId ?? null} onChange={(orgId) => list.set({ orgId: orgId ?? undefined })} />
        </div>
      </Space>
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
    </Card>
  );
}
