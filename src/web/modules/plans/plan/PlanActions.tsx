/** What can be done to a plan as a whole: export its task table, download a period's bulletin, close it. */
import { useState } from "react";
import { App, Button, Popconfirm, Popover, Select, Space } from "antd";
import { DownloadOutlined, FileWordOutlined, StopOutlined } from "@ant-design/icons";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { closePlan, downloadBulletin, downloadTaskTable, planKeys } from "../api.ts";
import { periodOf, periodsBetween } from "../periods.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import type { Plan, TaskListQuery } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { can } from "../../../platform/auth/api.ts";
import { errorMessage } from "../../../platform/ErrorAlert.tsx";

function BulletinButton({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const today = todayInShanghai();
  const until = today < plan.endDate ? today : plan.endDate;
  const periods = periodsBetween(plan.periodKind, plan.startDate, until).reverse();
  const [period, setPeriod] = useState(() => periods[0]?.key ?? periodOf(plan.periodKind, today).key);
  const get = useMutation({ mutationFn: () => downloadBulletin(plan.id, period), onError: (e) => void message.error(errorMessage(e, t)) });
  const content = (
    <Space>
      <Select value={period} onChange={setPeriod} options={periods.map((p) => ({ value: p.key, label: p.key }))} style={{ width: 130 }} aria-label={t("plan.bulletinPeriod")} />
      <Button type="primary" loading={get.isPending} onClick={() => get.mutate()}>
        {t("common.download")}
      </Button>
    </Space>
  );
  return (
    <Popover trigger="click" title={t("plan.bulletinPeriod")} content={content}>
      <Button icon={<FileWordOutlined />}>{t("plan.bulletin")}</Button>
    </Popover>
  );
}

export function PlanActions({ plan, filters }: { plan: Plan; filters: Omit<TaskListQuery, "page" | "pageSize"> }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const exportTable = useMutation({ mutationFn: () => downloadTaskTable(plan.id, filters), onError: (e) => void message.error(errorMessage(e, t)) });
  const close = useMutation({
    mutationFn: () => closePlan(plan.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
      void message.success(t("plan.closed"));
    },
    onError: (e) => void message.error(errorMessage(e, t)),
  });
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} loading={exportTable.isPending} onClick={() => exportTable.mutate()}>
        {t("plan.exportTasks")}
      </Button>
      <BulletinButton plan={plan} />
      {can(me, "closePlan") && plan.status === "active" ? (
        <Popconfirm title={t("plan.closeConfirm")} onConfirm={() => close.mutate()}>
          <Button danger icon={<StopOutlined />} loading={close.isPending}>
            {t("plan.close")}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
