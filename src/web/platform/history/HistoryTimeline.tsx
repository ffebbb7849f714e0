/**
 * A record's history from the audit log, newest first: when, who, what they did, and each field's old and new
 * value. The module names its fields and formats its values (a city code as the city's name, say).
 */
import { Empty, Space, Timeline, Typography } from "antd";
import { changesOf, type Change, type HistoryEvent } from "./changes.ts";
import { isWebMessageKey, useI18n, type Translate } from "../i18n.tsx";
import { formatDateTime } from "../format.ts";

export type FieldFormat = {
  label: (field: string) => string;
  value?: (field: string, value: unknown) => string | null;
  /** The record's fields in the order its form shows them; others follow in the order the server sent them. */
  order?: readonly string[];
  /** Fields not worth a reader's eye (internal ids that a name beside them already says). */
  hidden?: readonly string[];
};

function plain(value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? t("common.yes") : t("common.no");
  if (Array.isArray(value)) return value.length ? value.map((v) => plain(v, t)).join("、") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function orderBy(changes: Change[], order: readonly string[]): Change[] {
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return [...changes].sort((a, b) => rank(a.field) - rank(b.field));
}

export function actionLabel(action: string, t: Translate): string {
  const key = `history.action.${action}`;
  return isWebMessageKey(key) ? t(key) : action;
}

export function HistoryTimeline({ events, fields }: { events: HistoryEvent[]; fields: FieldFormat }) {
  const { t, lang } = useI18n();
  if (!events.length) return <Empty description={t("history.empty")} />;
  const show = (field: string, value: unknown) => (value === null || value === undefined ? "—" : (fields.value?.(field, value) ?? plain(value, t)));
  const items = [...events].reverse().map((event) => {
    const changes = orderBy(changesOf(event.before, event.after), fields.order ?? []).filter((c) => !fields.hidden?.includes(c.field));
    const creating = event.before === null || event.before === undefined;
    return {
      key: event.id,
      color: event.action.endsWith(".create") ? "green" : "blue",
      content: (
        <div data-testid="history-event">
          <Space wrap>
            <Typography.Text type="secondary">{formatDateTime(event.occurredAt, lang)}</Typography.Text>
            <Typography.Text strong>{event.actorName}</Typography.Text>
            <Typography.Text>{actionLabel(event.action, t)}</Typography.Text>
            {event.clientIp ? <Typography.Text type="secondary">{event.clientIp}</Typography.Text> : null}
          </Space>
          {changes.map((c) => (
            <div key={c.field}>
              <Typography.Text type="secondary">{fields.label(c.field)}: </Typography.Text>
              {creating ? (
                <Typography.Text>{show(c.field, c.after)}</Typography.Text>
              ) : (
                <>
                  <Typography.Text delete>{show(c.field, c.before)}</Typography.Text>
                  {" → "}
                  <Typography.Text>{show(c.field, c.after)}</Typography.Text>
                </>
              )}
            </div>
          ))}
        </div>
      ),
    };
  });
  return <Timeline items={items} />;
}
