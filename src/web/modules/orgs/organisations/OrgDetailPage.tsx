/** An organisation: its record, its people, and its history from the audit log. */
import { Button, Card, Descriptions, Skeleton, Space, Table, Tag } from "antd";
import { EditOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate, useParams } from "react-router-dom";
import { getOrg, listUsers, orgHistory, orgKeys, userKeys } from "../api.ts";
import type { Organisation, User } from "../types.ts";
import { ORG_FIELDS, orgFieldLabel, orgStatusLabel } from "./fields.ts";
import { OrgStatusTag } from "./OrgStatusTag.tsx";
import { PendingOrgActions } from "./PendingOrgActions.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { HistoryTimeline, type FieldFormat } from "../../../platform/history/HistoryTimeline.tsx";

function useOrgFieldFormat(): FieldFormat {
  const { t } = useI18n();
  const { kindLabel, cityLabel } = useLabels();
  return {
    order: ORG_FIELDS,
    label: (field) => orgFieldLabel(field, t),
    value: (field, value) => {
      if (typeof value !== "string") return null;
      if (field === "kind") return kindLabel(value);
      if (field === "cityCode") return cityLabel(value);
      if (field === "status") return orgStatusLabel(value, t);
      return null;
    },
  };
}

function OrgDescriptions({ org, parent }: { org: Organisation; parent?: Organisation }) {
  const fields = useOrgFieldFormat();
  const { t, lang } = useI18n();
  const show = (field: (typeof ORG_FIELDS)[number]) => {
    if (field === "parentId") return org.parentId ? <Link to={`/orgs/${org.parentId}`}>{parent?.name ?? org.parentId}</Link> : "—";
    if (field === "aliases") return org.aliases.length ? org.aliases.map((a) => <Tag key={a}>{a}</Tag>) : "—";
    if (field === "isZone") return org.isZone ? t("common.yes") : t("common.no");
    const value = org[field];
    return value === null || value === "" ? "—" : (fields.value?.(field, value) ?? value);
  };
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        ...ORG_FIELDS.map((f) => ({ key: f, label: fields.label(f), children: show(f), span: f === "description" ? ("filled" as const) : undefined })),
        { key: "createdAt", label: t("common.createdAt"), children: formatDateTime(org.createdAt, lang) },
        { key: "updatedAt", label: t("common.updatedAt"), children: formatDateTime(org.updatedAt, lang) },
      ]}
    />
  );
}

export function OrgDetailPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const { roleLabel } = useLabels();
  const fields = useOrgFieldFormat();
  const org = useQuery({ queryKey: orgKeys.one(id), queryFn: () => getOrg(id) });
  const parentId = org.data?.parentId ?? null;
  const parent = useQuery({ queryKey: orgKeys.one(parentId ?? ""), queryFn: () => getOrg(parentId ?? ""), enabled: parentId !== null });
  const history = useQuery({ queryKey: orgKeys.history(id), queryFn: () => orgHistory(id) });
  const peopleQuery = { orgId: id, page: 1, pageSize: 50 };
  const people = useQuery({ queryKey: userKeys.list(peopleQuery), queryFn: () => listUsers(peopleQuery) });

  if (org.isError) return <ErrorAlert error={org.error} />;
  if (!org.data) return <Skeleton active />;
  const record = org.data;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card
        title={
          <Space>
            <span>{record.name}</span>
            {record.status !== "active" ? <OrgStatusTag status={record.status} /> : null}
          </Space>
        }
        extra={
          <Space>
            <PendingOrgActions org={record} />
            {record.abilities?.update ? (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/orgs/${id}/edit`)}>
                {t("common.edit")}
              </Button>
            ) : null}
          </Space>
        }
      >
        <OrgDescriptions org={record} parent={parent.data} />
      </Card>
      <Card title={t("org.people")}>
        <ErrorAlert error={people.error} />
        <Table<User>
          rowKey="id"
          size="small"
          loading={people.isPending}
          dataSource={people.data?.items ?? []}
          pagination={false}
          columns={[
            { title: t("user.username"), dataIndex: "username", render: (name: string, row) => <Link to={`/users/${row.id}`}>{name}</Link> },
            { title: t("user.displayName"), dataIndex: "displayName" },
            {
              title: t("user.role"),
              key: "role",
              render: (_, row) => row.memberships.filter((m) => m.orgId === id).map((m) => <Tag key={m.id}>{roleLabel(m.role)}</Tag>),
            },
          ]}
        />
      </Card>
      <Card title={t("history.title")}>
        <ErrorAlert error={history.error} />
        {history.data ? <HistoryTimeline events={history.data.items} fields={fields} /> : <Skeleton active />}
      </Card>
    </Space>
  );
}
