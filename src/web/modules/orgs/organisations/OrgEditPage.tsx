/** 编辑单位: the same form, filled with the record, sent as a PATCH. */
import { Card, Skeleton } from "antd";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useParams } from "react-router-dom";
import { getOrg, orgKeys, updateOrg } from "../api.ts";
import { OrgForm } from "./OrgForm.tsx";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import type { OrgInput } from "../types.ts";

export function OrgEditPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const org = useQuery({ queryKey: orgKeys.one(id), queryFn: () => getOrg(id) });
  const parentId = org.data?.parentId ?? null;
  const parent = useQuery({ queryKey: orgKeys.one(parentId ?? ""), queryFn: () => getOrg(parentId ?? ""), enabled: parentId !== null });
  const save = useMutation({
    mutationFn: (input: OrgInput) => updateOrg(id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData(orgKeys.one(id), saved);
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      navigate(`/orgs/${id}`);
    },
  });
  if (org.isError) return <ErrorAlert error={org.error} />;
  const record = org.data;
  return (
    <Card title={t("org.edit")}>
      {record && (parentId === null || !parent.isPending) ? (
        <OrgForm initial={record} parentName={parent.data?.name} save={save} onCancel={() => navigate(`/orgs/${id}`)} />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}
