/**
 * 报送进展: the period (the current one by default), the cumulative percentage, what was done, and evidence files.
 * The server decides what it accepts (a period not yet begun, a second report for a period, a percentage outside
 * 0–100) and its reasons land under the field they concern.
 */
import { useState } from "react";
import { App, Button, Card, Form, Input, InputNumber, Select, Typography } from "antd";
import { useMutation } from "@tanstack/react-query";
import { submitReport } from "../api.ts";
import { EvidenceUpload } from "./EvidenceUpload.tsx";
import { myUnits, reportingUnits } from "./myUnits.ts";
import { periodOf, reportablePeriods } from "../periods.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import type { Plan, ReportInput, Task } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { useMe } from "../../../platform/auth/session.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

const FIELDS = ["orgId", "periodKey", "percent", "statusText", "evidenceFileIds"] as const;

type Values = { orgId?: string; periodKey: string; percent: number | null; statusText: string; evidenceFileIds?: string[] };

function ReportFormBody({ task, plan, onDone }: { task: Task; plan: Plan; onDone: (next: Task) => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const units = myUnits(me, reportingUnits(task));
  const today = todayInShanghai();
  const periods = reportablePeriods(plan.periodKind, task.startDate, task.dueDate, today);
  const current = periodOf(plan.periodKind, today).key;
  const save = useMutation({
    mutationFn: (input: ReportInput) => submitReport(task.id, input),
    onSuccess: (next) => {
      void message.success(t("report.submitted"));
      onDone(next);
    },
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS)),
  });
  const submit = (v: Values) => {
    setExtra([]);
    if (v.percent === null) return; // the required rule has said so under the field
    save.mutate({ orgId: v.orgId, periodKey: v.periodKey, percent: v.percent, statusText: v.statusText.trim(), evidenceFileIds: v.evidenceFileIds ?? [] });
  };
  const unacknowledged = units.filter((u) => !u.acknowledgedAt);
  return (
    <Form<Values>
      form={form}
      name="report"
      layout="vertical"
      style={{ maxWidth: 720 }}
      initialValues={{ orgId: units[0]?.orgId, periodKey: periods.some((p) => p.key === current) ? current : periods[0]?.key }}
      onFinish={submit}
    >
      <ErrorAlert error={save.error} extra={extra} />
      {unacknowledged.length === units.length ? <Typography.Paragraph type="warning">{t("report.acknowledgeFirst")}</Typography.Paragraph> : null}
      <Form.Item name="orgId" label={t("task.actingUnit")} hidden={units.length < 2}>
        <Select options={units.map((u) => ({ value: u.orgId, label: u.orgName }))} />
      </Form.Item>
      <Form.Item name="periodKey" label={t("report.period")} rules={[{ required: true, message: t("form.required") }]}>
        <Select options={periods.map((p) => ({ value: p.key, label: p.key === current ? t("report.currentPeriod", { period: p.key }) : p.key }))} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="percent" label={t("report.percent")} rules={[{ required: true, message: t("form.required") }]} extra={t("report.percentHelp")}>
        <InputNumber suffix="%" style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="statusText" label={t("report.statusText")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
      <Form.Item name="evidenceFileIds" label={t("report.evidence")}>
        <EvidenceUpload />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t("report.submit")}
      </Button>
    </Form>
  );
}

export function ReportForm({ task, plan, onDone }: { task: Task; plan: Plan; onDone: (next: Task) => void }) {
  const { t } = useI18n();
  // A fresh form after each report: its fields and the evidence list start empty again.
  const [round, setRound] = useState(0);
  if (!task.abilities?.report) return null;
  return (
    <Card title={t("report.title")}>
      <ReportFormBody
        key={round}
        task={task}
        plan={plan}
        onDone={(next) => {
          setRound((r) => r + 1);
          onDone(next);
        }}
      />
    </Card>
  );
}
