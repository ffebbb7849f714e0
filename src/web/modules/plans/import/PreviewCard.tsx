/**
 * Step two: what the server read (title, chapters, tasks, units, warnings, counts), corrected by the officer, with
 * the plan's reporting rhythm and dates; confirming creates the plan. The server's refusals land under the field.
 */
import { useState } from "react";
import { Alert, Button, Card, Col, Form, Input, Radio, Row, Space, Statistic, Tag, Typography } from "antd";
import { useMutation } from "@tanstack/react-query";
import { PreviewTable } from "./PreviewTable.tsx";
import { defaultSettings, draftOf, toPlanCreate, unknownNames, unresolvedNames, type Draft, type PlanSettings } from "./draft.ts";
import type { PreviewSource } from "./ImportSource.tsx";
import { createPlan } from "../api.ts";
import { todayInShanghai } from "../../../platform/format.ts";
import { usePlanLabels } from "../labels.ts";
import type { PlanCreated, PlanPreview } from "../types.ts";
import { useI18n } from "../../../platform/i18n.tsx";
import { ErrorAlert } from "../../../platform/ErrorAlert.tsx";
import { applyServerErrors } from "../../../platform/forms/serverErrors.ts";
import type { FieldIssue } from "../../../platform/api/client.ts";

const FIELDS = ["title", "periodKind", "startDate", "endDate"] as const;

function issuePath(path: string, draft: Draft): string {
  const index = /^tasks\.(\d+)/.exec(path)?.[1];
  const task = index === undefined ? undefined : draft.tasks[Number(index)];
  return task ? task.path.join(" ") : path;
}

type Props = { preview: PlanPreview; source: PreviewSource; onCreated: (created: PlanCreated) => void; onRestart: () => void };

export function PreviewCard({ preview, source, onCreated, onRestart }: Props) {
  const { t } = useI18n();
  const labels = usePlanLabels();
  const [form] = Form.useForm<PlanSettings>();
  const [draft, setDraft] = useState<Draft>(() => draftOf(preview));
  const [extra, setExtra] = useState<FieldIssue[]>([]);
  const save = useMutation({
    mutationFn: (settings: PlanSettings) => createPlan(toPlanCreate(preview, draft, settings, source)),
    onSuccess: onCreated,
    // A task's issue (tasks.3.title) is named by the task's number as the plan prints it.
    onError: (error) => setExtra(applyServerErrors(form, error, FIELDS).map((issue) => ({ ...issue, path: issuePath(issue.path, draft) }))),
  });
  const unresolved = unresolvedNames(draft);
  const unknown = unknownNames(draft);
  const emptyTitles = draft.tasks.filter((task) => !task.title.trim()).length;

  return (
    <Card title={t("import.previewTitle")} extra={<Button onClick={onRestart}>{t("import.restart")}</Button>}>
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {(["tasks", "units", "matched", "unknown", "targets"] as const).map((key) => (
          <Col key={key} xs={12} md={4}>
            <Statistic title={t(`import.stats.${key}`)} value={preview.stats[key]} />
          </Col>
        ))}
      </Row>
      {preview.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          title={t("import.warnings", { count: preview.warnings.length })}
          description={preview.warnings.map((w, i) => <div key={`${w.code}-${i}`}>{w.message}</div>)}
          style={{ marginBottom: 16 }}
          data-testid="preview-warnings"
        />
      ) : null}
      {preview.chapters.length ? (
        <Space wrap style={{ marginBottom: 16 }}>
          <Typography.Text type="secondary">{t("import.chapters")}</Typography.Text>
          {preview.chapters.map((c) => <Tag key={c.number}>{`${c.number} ${c.title}`}</Tag>)}
        </Space>
      ) : null}
      <Form<PlanSettings>
        form={form}
        name="plan-import"
        layout="vertical"
        initialValues={defaultSettings(preview, todayInShanghai())}
        onFinish={(settings) => {
          setExtra([]);
          save.mutate(settings);
        }}
      >
        <ErrorAlert error={save.error} extra={extra} />
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Form.Item name="title" label={t("plan.field.title")} rules={[{ required: true, whitespace: true, message: t("form.required") }]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8} lg={4}>
            <Form.Item name="periodKind" label={t("plan.field.periodKind")}>
              <Radio.Group optionType="button" options={(["monthly", "quarterly"] as const).map((k) => ({ value: k, label: labels.periodKind(k) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8} lg={4}>
            <Form.Item name="startDate" label={t("plan.field.startDate")} rules={[{ required: true, message: t("form.required") }]}>
              <Input type="date" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8} lg={4}>
            <Form.Item name="endDate" label={t("plan.field.endDate")} rules={[{ required: true, message: t("form.required") }]} extra={t("import.endDateHelp")}>
              <Input type="date" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {/* Outside the form: Enter in a task's title must not confirm the import. */}
      <PreviewTable preview={preview} draft={draft} onChange={setDraft} />
      {unknown.length ? <Alert type="info" showIcon style={{ marginTop: 16 }} title={t("import.unknownNote", { names: unknown.join(t("common.listSeparator")) })} /> : null}
      {unresolved.length ? <Alert type="warning" showIcon style={{ marginTop: 16 }} title={t("import.unresolved", { names: unresolved.join(t("common.listSeparator")) })} /> : null}
      <Space style={{ marginTop: 16 }}>
        <Button type="primary" onClick={() => form.submit()} loading={save.isPending} disabled={unresolved.length > 0 || emptyTitles > 0 || draft.tasks.length === 0}>
          {t("import.confirm", { count: draft.tasks.length })}
        </Button>
        <Button onClick={onRestart}>{t("common.cancel")}</Button>
      </Space>
    </Card>
  );
}
