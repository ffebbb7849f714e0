/** A user: the account, its memberships, and its history (sign-ins, changes, grants) from the audit log. */
import { App, Button, Card, Descriptions, Skeleton, Space, Typography } from "antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useParams } from "react-router-dom";
import { getUser, updateUser, userHistory, userKeys } from "../api.ts";
import { MembershipsCard } from "./MembershipsCard.tsx";
import { UserStatusTag } from "./UserStatusTag.tsx";
import { useI18n, isWebMessageKey } from "../../../platform/i18n.tsx";
import { useLabels } from "../../../platform/labels.ts";
import { formatDateTime } from "../../../platform/format.ts";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { HistoryTimeline, type FieldFormat } from "../../../platform/history/HistoryTimeline.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";

function useUserFieldFormat(): FieldFormat {
  const { t, lang } = useI18n();
  const { roleLabel } = useLabels();
  return {
    order: ["username", "displayName", "disabled", "orgName", "role", "failedLogins", "lockedUntil"],
    hidden: ["orgId", "membershipId"],
    label: (field) => {
      const key = `user.field.${field}`;
      return isWebMessageKey(key) ? t(key) : field;
    },
    value: (field, value) => {
      if (field === "role" && typeof value === "string") return roleLabel(value);
      if (field === "lockedUntil" && typeof value === "string") return formatDateTime(value, lang);
      return null;
    },
  };
}

export function UserDetailPage() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const queryClient = useQueryClient();
  const fields = useUserFieldFormat();
  const user = useQuery({ queryKey: userKeys.one(id), queryFn: () => getUser(id) });
  const history = useQuery({ queryKey: userKeys.history(id), queryFn: () => userHistory(id) });
  const update = useMutation({
    mutationFn: (input: { displayName?: string; disabled?: boolean }) => updateUser(id, input),
    onSuccess: (next) => {
      queryClient.setQueryData(userKeys.one(id), next);
      void queryClient.invalidateQueries({ queryKey: userKeys.history(id) });
      void queryClient.invalidateQueries({ queryKey: ["users", "list"] });
      void message.success(t("common.saved"));
    },
  });

  if (user.isError) return <ErrorAlert error={user.error} />;
  if (!user.data) return <Skeleton active />;
  const record = user.data;
  const manage = can(me, "createUser") && record.id !== me.user.id;
  return (
    <Space orientation="vertical" size="large" style={{ width: "100%" }}>
      <Card
        title={record.username}
        extra={
          manage ? (
            <Button danger={!record.disabled} loading={update.isPending} onClick={() => update.mutate({ disabled: !record.disabled })}>
              {record.disabled ? t("user.enable") : t("user.disable")}
            </Button>
          ) : null
        }
      >
        <ErrorAlert error={update.error} />
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "username", label: t("user.username"), children: record.username },
            {
              key: "displayName",
              label: t("user.displayName"),
              children: (
                <Typography.Text
                  editable={manage ? { onChange: (displayName) => displayName.trim() && displayName !== record.displayName && update.mutate({ displayName }) } : false}
                >
                  {record.displayName}
                </Typography.Text>
              ),
            },
            { key: "status", label: t("common.status"), children: <UserStatusTag user={record} /> },
            { key: "createdAt", label: t("common.createdAt"), children: formatDateTime(record.createdAt, lang) },
          ]}
        />
      </Card>
      <MembershipsCard user={record} manage={manage} />
      <Card title={t("history.title")}>
        <ErrorAlert error={history.error} />
        {history.data ? <HistoryTimeline events={history.data.items} fields={fields} /> : <Skeleton active />}
      </Card>
    </Space>
  );
}
