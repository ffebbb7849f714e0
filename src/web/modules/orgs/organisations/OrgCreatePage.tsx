/** 新建单位: the form, then the new organisation's page. */
import { Card } from "antd";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router-dom";
import { createOrg, orgKeys } from "../api.ts";
import { OrgForm } from "./OrgForm.tsx";
import { useI18n } from "../../../platform/i18n.tsx";

export function OrgCreatePage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: createOrg,
    onSuccess: (org) => {
      void queryClient.invalidateQueries({ queryKey: orgKeys.all });
      navigate(`/orgs/${org.id}`);
    },
  });
  return (
    <Card title={t("org.create")}>
      <OrgForm save={save} onCancel={() => navigate("/orgs")} />
    </Card>
  );
}
