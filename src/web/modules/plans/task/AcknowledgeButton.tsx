/** 签收: the user's unit takes the task on. A user in several of the task's units says for which one. */
import { useState } from "react";
import { App, Button, Select, Space } from "antd";
import { CheckOutlined } from "@ant-design/icons";
import { useMutation } from "@tanstack/react-query";
import { acknowledgeTask } from "../api.ts";
import { myUnits } from "./myUnits.ts";
import type { Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

export function AcknowledgeButton({ task, onDone }: { task: Task; onDone: (next: Task) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const open = [...new Map(myUnits(me, task.units).filter((u) => !u.acknowledgedAt).map((u) => [u.orgId, u])).values()];
  const [orgId, setOrgId] = useState<string | undefined>(open[0]?.orgId);
  const acknowledge = useMutation({
    mutationFn: (id: string) => acknowledgeTask(task.id, id),
    onSuccess: (next) => {
      onDone(next);
      void message.success(t("task.acknowledged"));
    },
    onError: (e) => void message.error(errorMessage(e, t)),
  });
  if (!task.abilities?.acknowledge || open.length === 0) return null;
  const chosen = open.some((u) => u.orgId === orgId) ? orgId : open[0]?.orgId;
  return (
    <Space>
      {open.length > 1 ? (
        <Select value={chosen} onChange={setOrgId} options={open.map((u) => ({ value: u.orgId, label: u.orgName }))} style={{ width: 220 }} aria-label={t("task.actingUnit")} />
      ) : null}
      <Button type="primary" icon={<CheckOutlined />} loading={acknowledge.isPending} onClick={() => chosen && acknowledge.mutate(chosen)}>
        {open.length > 1 ? t("task.acknowledge") : t("task.acknowledgeAs", { org: open[0]?.orgName ?? "" })}
      </Button>
    </Space>
  );
}
